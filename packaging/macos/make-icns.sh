#!/usr/bin/env bash
# Makes packaging/macos/org.metafill.Metafill.icns from the application icon,
# resources/icons/org.metafill.Metafill.svg. Run it after the SVG changes and
# commit the result (MacPackage.cmake puts it into Metafill.app/Contents/Resources).
#
# On a Mac: Apple's iconutil turns an .iconset folder into the .icns (needs
# rsvg-convert: brew install librsvg). On Linux: png2icns (Debian: icnsutils)
# and rsvg-convert (Debian: librsvg2-bin) make the same file, without the
# 64 px image, which png2icns cannot store; macOS scales 128 px down instead.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
svg="$root/resources/icons/org.metafill.Metafill.svg"
icns="$root/packaging/macos/org.metafill.Metafill.icns"

if [ ! -f "$svg" ]; then
    echo "make-icns.sh: $svg does not exist" >&2
    exit 1
fi
if ! command -v rsvg-convert >/dev/null; then
    echo "make-icns.sh: rsvg-convert is missing (macOS: brew install librsvg; Debian: apt-get install librsvg2-bin)" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

render() { # size, output file
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio --output "$2" "$svg"
}

if command -v iconutil >/dev/null; then
    # The ten images of an .iconset: each size at 1x and 2x (Retina).
    iconset="$work/org.metafill.Metafill.iconset"
    mkdir "$iconset"
    for size in 16 32 128 256 512; do
        render "$size" "$iconset/icon_${size}x${size}.png"
        render "$((size * 2))" "$iconset/icon_${size}x${size}@2x.png"
    done
    iconutil --convert icns --output "$work/icon.icns" "$iconset"
elif command -v png2icns >/dev/null; then
    pngs=()
    for size in 16 32 48 128 256 512 1024; do
        render "$size" "$work/$size.png"
        pngs+=("$work/$size.png")
    done
    png2icns "$work/icon.icns" "${pngs[@]}" >/dev/null
else
    echo "make-icns.sh: needs iconutil (macOS) or png2icns (Debian: apt-get install icnsutils)" >&2
    exit 1
fi
mv "$work/icon.icns" "$icns"
echo "Wrote $icns"
