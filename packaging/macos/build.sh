#!/usr/bin/env bash
# Builds Metafill on a Mac and packages it: Metafill.app on a disk image
# (build/macos-release/Metafill-<version>-macos-<arch>.dmg), signed and
# notarized when the identities below are set.
#
# UNTESTED HERE: written on Linux without a Mac; the CMake parts it drives were
# checked as far as Linux allows (packaging/README.md).
#
# Needs: Xcode's command line tools (xcode-select --install), Homebrew, and
#   brew install cmake ninja qt yaml-cpp nlohmann-json pugixml hdf5 sqlite librsvg
# libcurl is macOS's own. Qt from the Qt online installer works too: set
# QT_DIR=~/Qt/<version>/macos.
#
# Environment:
#   QT_DIR                      Qt kit folder (default: Homebrew's qt)
#   METAFILL_ONTOLOGY_SOURCES   ontology sources of the offline term index
#                               (default: ../shared/ontology-sources next to the checkout)
#   BUILD_DIR                   default: build/macos-release
#   METAFILL_TEST=1             also build and run the test suite
#   METAFILL_CODESIGN_IDENTITY  "Developer ID Application: <Name> (<TEAMID>)": sign the app
#   METAFILL_NOTARY_PROFILE     notarytool keychain profile: notarize and staple the disk image
#
# Homebrew's libraries are built for the macOS they were installed on, and so
# is the package: it runs on that version and later. Build on the oldest macOS
# the users have (or build the libraries with vcpkg, packaging/README.md).
set -euo pipefail

if [ "$(uname -s)" != "Darwin" ]; then
    echo "build.sh: this builds the macOS package and runs on macOS only" >&2
    exit 1
fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${BUILD_DIR:-$root/build/macos-release}"
ontology="${METAFILL_ONTOLOGY_SOURCES:-$(dirname "$root")/shared/ontology-sources}"

if ! command -v brew >/dev/null; then
    echo "build.sh: Homebrew is missing (https://brew.sh)" >&2
    exit 1
fi
brew_prefix="$(brew --prefix)"
qt_dir="${QT_DIR:-$(brew --prefix qt)}"
if [ ! -x "$qt_dir/bin/macdeployqt" ]; then
    echo "build.sh: no macdeployqt in $qt_dir/bin (brew install qt, or set QT_DIR)" >&2
    exit 1
fi
# Homebrew's SQLite is keg-only: without its prefix CMake would take the SDK's.
sqlite_dir="$(brew --prefix sqlite)"
if [ ! -d "$ontology" ]; then
    echo "build.sh: warning: $ontology does not exist; the offline term index will hold no ontology terms" >&2
fi

tests=OFF
if [ "${METAFILL_TEST:-0}" = "1" ]; then tests=ON; fi

# BundleLayout.cmake puts every install folder inside Metafill.app.
cmake -S "$root" -B "$build" -G Ninja \
    -C "$root/packaging/macos/BundleLayout.cmake" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$qt_dir;$sqlite_dir;$brew_prefix" \
    -DMETAFILL_ONTOLOGY_SOURCES="$ontology" \
    -DMETAFILL_BUILD_TESTS="$tests"
cmake --build "$build" --parallel
if [ "$tests" = ON ]; then
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure
fi

# The install step inside cpack runs DeployMac.cmake: macdeployqt, and signing
# when METAFILL_CODESIGN_IDENTITY is set.
rm -f "$build"/Metafill-*-macos-*.dmg
(cd "$build" && cpack -G DragNDrop)
dmgs=("$build"/Metafill-*-macos-*.dmg)
if [ ! -f "${dmgs[0]}" ]; then
    echo "build.sh: cpack wrote no disk image in $build" >&2
    exit 1
fi
dmg="${dmgs[0]}"

if [ -n "${METAFILL_CODESIGN_IDENTITY:-}" ] && [ -n "${METAFILL_NOTARY_PROFILE:-}" ]; then
    bash "$root/packaging/macos/notarize.sh" "$dmg"
fi

# Smoke test of the disk image as a user gets it: mounted read-only, the
# programs started from it, with Homebrew out of reach of the loader.
mount="$(mktemp -d)"
hdiutil attach -nobrowse -readonly -mountpoint "$mount" "$dmg" >/dev/null
trap 'hdiutil detach "$mount" >/dev/null || true; rmdir "$mount" 2>/dev/null || true' EXIT
app="$mount/Metafill.app"
cli="$app/Contents/MacOS/metafill-cli"
env -i HOME="$HOME" PATH=/usr/bin:/bin "$cli" --version
env -i HOME="$HOME" PATH=/usr/bin:/bin "$cli" template check org.metafill.rembi
env -i HOME="$HOME" PATH=/usr/bin:/bin "$cli" terms info --offline
# The GUI shows its window and quits (METAFILL_STARTUP_PROBE, app/main_gui.cpp).
env -i HOME="$HOME" PATH=/usr/bin:/bin METAFILL_STARTUP_PROBE=1 "$app/Contents/MacOS/Metafill" --no-restore
if [ -n "${METAFILL_CODESIGN_IDENTITY:-}" ]; then
    codesign --verify --strict --deep --verbose=2 "$app"
    spctl --assess --type execute --verbose=2 "$app" || echo "Gatekeeper refuses the app until it is notarized"
fi

echo "Disk image: $dmg"
