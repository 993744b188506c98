#!/usr/bin/env bash
# Signs Metafill.app with a Developer ID Application certificate, for
# distribution outside the App Store: every nested binary first (frameworks,
# libraries, plugins, the helper programs), the bundle last, all with the
# hardened runtime and a secure timestamp, as notarization requires.
#
#   METAFILL_CODESIGN_IDENTITY="Developer ID Application: <Name> (<TEAMID>)" \
#       packaging/macos/sign-app.sh path/to/Metafill.app
#
# DeployMac.cmake runs this at install time when METAFILL_CODESIGN_IDENTITY is
# set. The identity is the certificate's name as `security find-identity -v -p
# codesigning` lists it, in the login keychain of the Mac (or CI runner) that
# signs. UNTESTED HERE: written on Linux.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1/Contents/MacOS" ]; then
    echo "usage: METAFILL_CODESIGN_IDENTITY=… $0 path/to/Metafill.app" >&2
    exit 2
fi
app="$1"
identity="${METAFILL_CODESIGN_IDENTITY:-}"
# The documentation's placeholder must not end up in a signing attempt.
if [ -z "$identity" ] || [[ "$identity" == *"<"* ]]; then
    echo "sign-app.sh: set METAFILL_CODESIGN_IDENTITY to your certificate, e.g." \
        "\"Developer ID Application: Jane Doe (AB12CD34EF)\"" >&2
    exit 2
fi

sign() {
    codesign --force --options runtime --timestamp --sign "$identity" "$1"
}

# Frameworks as a whole (the framework bundle's own seal), then loose libraries
# and plugins. None of these is inside another, so their order does not matter.
if [ -d "$app/Contents/Frameworks" ]; then
    while IFS= read -r -d '' framework; do
        sign "$framework"
    done < <(find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' -print0)
    while IFS= read -r -d '' library; do
        sign "$library"
    done < <(find "$app/Contents/Frameworks" -maxdepth 1 -type f -name '*.dylib' -print0)
fi
if [ -d "$app/Contents/PlugIns" ]; then
    while IFS= read -r -d '' plugin; do
        sign "$plugin"
    done < <(find "$app/Contents/PlugIns" -type f -name '*.dylib' -print0)
fi

# Helper programs (the IMS probe) and every program in Contents/MacOS except
# the main one, which the bundle's signature covers.
main="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$app/Contents/Info.plist")"
if [ -d "$app/Contents/Helpers" ]; then
    while IFS= read -r -d '' helper; do
        sign "$helper"
    done < <(find "$app/Contents/Helpers" -type f -perm -u+x -print0)
fi
while IFS= read -r -d '' program; do
    [ "$(basename "$program")" = "$main" ] || sign "$program"
done < <(find "$app/Contents/MacOS" -maxdepth 1 -type f -perm -u+x -print0)

# The bundle: the main program, Info.plist and the seal over Resources.
sign "$app"
codesign --verify --strict --deep --verbose=2 "$app"
echo "Signed $app as $identity"
