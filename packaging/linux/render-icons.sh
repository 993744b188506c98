#!/usr/bin/env bash
# Renders the application icon, resources/icons/org.metafill.Metafill.svg, to the
# PNG sizes of the hicolor icon theme in resources/icons/hicolor/<N>x<N>/apps/.
# Run it after changing the SVG and commit the PNGs with it.
#
# Why committed and not rendered at build time: the Windows and macOS builds and
# the window icon (a Qt resource) need the PNGs too, where rsvg-convert is not at
# hand, and the icon changes rarely; so the build needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v rsvg-convert >/dev/null; then
    echo "render-icons.sh: rsvg-convert is missing (Debian: apt-get install librsvg2-bin)" >&2
    exit 1
fi

svg=resources/icons/org.metafill.Metafill.svg
# The sizes desktops ask the hicolor theme for, from panel (16, 22, 24) to
# software centre (128, 256); larger ones use the SVG.
for size in 16 22 24 32 48 64 128 256; do
    dir="resources/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png --output "$dir/org.metafill.Metafill.png.tmp" "$svg"
    mv "$dir/org.metafill.Metafill.png.tmp" "$dir/org.metafill.Metafill.png"
done
echo "Rendered $svg to resources/icons/hicolor/*/apps/org.metafill.Metafill.png"
