#!/usr/bin/env bash
# Signs the disk image, has Apple notarize it and staples the ticket to it, so
# that Gatekeeper opens Metafill on a Mac without a warning, even offline.
#
#   METAFILL_CODESIGN_IDENTITY="Developer ID Application: <Name> (<TEAMID>)" \
#   METAFILL_NOTARY_PROFILE=<keychain profile> \
#       packaging/macos/notarize.sh build/macos-release/Metafill-<version>-macos-<arch>.dmg
#
# The app inside must already be signed (DeployMac.cmake does it when
# METAFILL_CODESIGN_IDENTITY is set at `cpack` time). The keychain profile is
# made once per Mac with an app-specific password of the Apple ID that belongs
# to the Developer team:
#
#   xcrun notarytool store-credentials <keychain profile> \
#       --apple-id <apple id e-mail> --team-id <TEAMID> --password <app-specific password>
#
# UNTESTED HERE: written on Linux.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: METAFILL_CODESIGN_IDENTITY=… METAFILL_NOTARY_PROFILE=… $0 path/to/Metafill.dmg" >&2
    exit 2
fi
dmg="$1"
identity="${METAFILL_CODESIGN_IDENTITY:-}"
profile="${METAFILL_NOTARY_PROFILE:-}"
if [ -z "$identity" ] || [[ "$identity" == *"<"* ]] || [ -z "$profile" ] || [[ "$profile" == *"<"* ]]; then
    echo "notarize.sh: set METAFILL_CODESIGN_IDENTITY and METAFILL_NOTARY_PROFILE (see the comment at the top)" >&2
    exit 2
fi

codesign --force --timestamp --sign "$identity" "$dmg"
# --wait: the result (Accepted or Invalid) comes back in a few minutes; when
# Invalid, `xcrun notarytool log <submission id> --keychain-profile …` says why.
xcrun notarytool submit "$dmg" --keychain-profile "$profile" --wait
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
echo "Notarized and stapled $dmg"
