#!/usr/bin/env bash
# Installs the dependencies, builds Metafill and starts it with the REMBI template.
# Without a display it says so and runs a demo export with the command line instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/dev/install-deps.sh
cmake --preset release
cmake --build --preset release
bin=build/release/bin

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/metafill" --template org.metafill.rembi
fi

echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty), so the window cannot open."
echo "Running a demo export with metafill-cli instead."
echo
images=../shared/samples
if [ ! -d "$images" ]; then
    images=tests/data/images
    echo "(../shared/samples is absent: using the small synthetic image files in $images)"
fi
out=$(mktemp -d)/demo.tsv
"$bin/metafill-cli" export --template org.metafill.rembi \
    --set 'study.title=Mitosis in HeLa cells, 37 °C; "demo"' \
    --set 'study.description=Demo export: µ, °, ä ö ü, commas; semicolons and "quotes"' \
    --set 'biosample.organism=Homo sapiens (NCBITaxon:9606)' \
    -o "$out" "$images"
echo
echo "First lines of $out (tabs shown as |):"
head -c 1500 "$out" | cut -c1-400 | tr '\t' '|'
