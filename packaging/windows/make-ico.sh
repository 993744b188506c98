#!/usr/bin/env bash
# Makes packaging/windows/org.metafill.Metafill.ico from the application icon,
# resources/icons/org.metafill.Metafill.svg. Run it after the SVG changes and
# commit the result: rc.exe compiles the .ico into metafill.exe, and a Windows
# build machine has no SVG rasterizer to make it there.
#
# Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick's convert (Debian:
# imagemagick); runs on Linux or macOS.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
svg="$root/resources/icons/org.metafill.Metafill.svg"
ico="$root/packaging/windows/org.metafill.Metafill.ico"

for tool in rsvg-convert convert; do
    if ! command -v "$tool" >/dev/null; then
        echo "make-ico.sh: $tool is missing (Debian: apt-get install librsvg2-bin imagemagick)" >&2
        exit 1
    fi
done
if [ ! -f "$svg" ]; then
    echo "make-ico.sh: $svg does not exist" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The sizes Windows asks for: 16-32 for lists and the title bar (20, 24, 40
# at 125 % and 150 % display scaling), 48 and 64 for icon views, 256 for
# large tiles. Each is rendered from the SVG at its own size rather than
# scaled down from one bitmap, so that small sizes stay sharp.
pngs=()
for size in 16 20 24 32 40 48 64 256; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --output "$work/$size.png" "$svg"
    pngs+=("$work/$size.png")
done
# ImageMagick keeps the 256 px image PNG-compressed inside the .ico, as
# Windows Vista and later expect; the smaller ones become bitmaps.
convert "${pngs[@]}" "$work/icon.ico"
mv "$work/icon.ico" "$ico"
echo "Wrote $ico"
