#!/bin/bash
# Takes the README's screenshots of the real program under Xvfb: the main
# window with REMBI and sample images, the term picker, the grid of all images.
# Usage: packaging/dev/take-screenshots.sh [BUILD_DIR]   (default build/dev)
# Needs xvfb (xvfb-run); images from ../shared/samples when present, else the
# repository's synthetic test images.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/dev}"
cmake --build "$build" --target metafill-screenshot-tour metafill_templates metafill_term_index >/dev/null
images=()
if [ -d ../shared/samples ]; then
    images+=(../shared/samples/czi ../shared/samples/lsm ../shared/samples/nd2 ../shared/samples/lif ../shared/samples/ome-tiff/viv_fixture_multi-channel.ome.tif)
else
    images+=(tests/data/images/lsm tests/data/images/nd2 tests/data/images/czi)
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# Fixed, throwaway settings and a plain English, light desktop for the pictures.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export METAFILL_LANG="${METAFILL_LANG:-en}" QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1400x900x24" "$build/bin/metafill-screenshot-tour" resources/screenshots "${images[@]}"
