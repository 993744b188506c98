#!/usr/bin/env bash
# check-install.sh tree|desktop BUILD_DIR SOURCE_DIR
#
# Installs BUILD_DIR into a temporary prefix (cmake --install) and checks what an
# installation holds, not the build tree (whose layout only mirrors it):
#   tree     the installed metafill-cli finds its templates, the offline term
#            index, the translations and metafill-ims-probe, and metafill starts;
#   desktop  the .desktop file, the AppStream metadata and the MIME types pass
#            desktop-file-validate, appstreamcli validate and update-mime-database,
#            and the icon and programs they name are installed. Exits 77 (CTest:
#            skipped) when desktop-file-validate or appstreamcli is missing
#            (packages desktop-file-utils, appstream).
# CTest runs both (packaging/linux/DesktopIntegration.cmake).
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: check-install.sh tree|desktop BUILD_DIR SOURCE_DIR" >&2
    exit 2
fi
mode=$1
build=$2
source=$3
app_id=org.metafill.Metafill

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

if [ "$mode" = desktop ]; then
    for tool in desktop-file-validate appstreamcli; do
        if ! command -v "$tool" >/dev/null; then
            echo "SKIP: $tool is not installed (Debian: desktop-file-utils, appstream)"
            exit 77
        fi
    done
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# An installed layout under a prefix the build never saw: the programs must find
# their files relative to themselves.
prefix="$work/usr"
cmake --install "$build" --prefix "$prefix" >"$work/install.log" ||
    { cat "$work/install.log" >&2; fail "cmake --install $build failed"; }

# Nothing may point the programs at the build or source tree, nor at the user's
# own templates and settings.
unset METAFILL_TEMPLATE_PATH METAFILL_IMS_PROBE METAFILL_LANG
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" XDG_CACHE_HOME="$work/home/cache"
mkdir -p "$HOME"
cd "$work"
cli="$prefix/bin/metafill-cli"

check_tree() {
    [ -x "$cli" ] || fail "bin/metafill-cli is not installed"
    "$cli" --version | grep -q "^metafill-cli " || fail "metafill-cli --version"

    # Every built-in template is installed, checks clean, and is found by its id
    # (with the environment and the user's folders emptied above, only the
    # installed share/metafill/templates can hold it).
    local installed=0 template id
    for template in "$source"/templates/*.yaml; do
        [ -f "$prefix/share/metafill/templates/$(basename "$template")" ] ||
            fail "$(basename "$template") is not installed in share/metafill/templates"
        installed=$((installed + 1))
        id=$(sed -n 's/^id: *\([^ #]*\).*/\1/p' "$template" | head -n 1)
        "$cli" template check "$id" >"$work/check.out" 2>&1 ||
            { cat "$work/check.out" >&2; fail "the installed metafill-cli does not find template $id"; }
    done
    [ "$installed" -gt 0 ] || fail "no templates in $source/templates"

    # The offline term index.
    [ -f "$prefix/share/metafill/ontology/terms.sqlite" ] || fail "share/metafill/ontology/terms.sqlite is not installed"
    "$cli" terms info >"$work/terms.out" 2>&1 || { cat "$work/terms.out" >&2; fail "metafill-cli terms info"; }
    grep -F "$prefix/" "$work/terms.out" | grep -qF "share/metafill/ontology/terms.sqlite" ||
        fail "metafill-cli terms info does not use the installed index: $(head -n 3 "$work/terms.out")"

    # The translations: German help differs from English, and says "Befehle:".
    ls "$prefix"/share/metafill/translations/metafill_de.qm >/dev/null || fail "metafill_de.qm is not installed"
    METAFILL_LANG=de "$cli" --help >"$work/help.de"
    METAFILL_LANG=en "$cli" --help >"$work/help.en"
    grep -q "^Befehle:" "$work/help.de" || fail "metafill-cli does not load the installed German translation"
    grep -q "^Commands:" "$work/help.en" || fail "metafill-cli --help in English"

    # Imaris files are read by the installed helper program, when the build has one.
    local probe
    probe=$(find "$prefix" -name metafill-ims-probe -type f | head -n 1)
    if [ -n "$probe" ]; then
        "$cli" inspect --json "$source/tests/data/images/ims/synthetic-2ch.ims" >"$work/ims.json" ||
            fail "metafill-cli inspect on an Imaris file: $(cat "$work/ims.json")"
        if ! grep -q '"format":"ims"' "$work/ims.json" || ! grep -q '"error":null' "$work/ims.json"; then
            fail "the installed metafill-cli cannot run $probe: $(cat "$work/ims.json")"
        fi
    else
        echo "note: this build has no metafill-ims-probe (built without HDF5)"
    fi

    # The desktop program starts from the installed tree (and stops at --version).
    if [ -e "$prefix/bin/metafill" ]; then
        QT_QPA_PLATFORM=offscreen "$prefix/bin/metafill" --version | grep -q "^metafill " ||
            fail "the installed metafill does not start"
    fi
    echo "installed tree works: $installed templates, term index, translations${probe:+, Imaris probe}"
}

check_desktop() {
    local file desktop="$prefix/share/applications/$app_id.desktop"
    local metainfo="$prefix/share/metainfo/$app_id.metainfo.xml"
    local mime="$prefix/share/mime/packages/$app_id.xml"
    for file in "$desktop" "$metainfo" "$mime"; do
        [ -f "$file" ] || fail "$file is not installed (a build with METAFILL_BUILD_GUI=OFF has no desktop integration)"
    done

    desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
    # --no-net: tests never reach the internet (the screenshot URLs are not fetched).
    appstreamcli validate --no-net --strict --explain "$metainfo" || fail "appstreamcli validate $metainfo"
    appstreamcli validate-tree --no-net --strict --explain "$work" || fail "appstreamcli validate-tree"

    # update-mime-database compiles the MIME XML and complains about what it cannot use.
    if command -v update-mime-database >/dev/null; then
        # (With its folder in XDG_DATA_DIRS, as on a real system; else it adds a note about it.)
        XDG_DATA_DIRS="$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
            update-mime-database "$prefix/share/mime" 2>"$work/mime.err" || fail "update-mime-database: $(cat "$work/mime.err")"
        if [ -s "$work/mime.err" ]; then
            fail "update-mime-database: $(cat "$work/mime.err")"
        fi
        grep -q "^application/x-metafill-record+json:\*\.metafill\.json$" "$prefix/share/mime/globs" ||
            fail "the record type's glob is not in the compiled MIME database"
    else
        echo "note: update-mime-database is not installed (shared-mime-info): MIME XML not compiled"
    fi

    # What the .desktop file names is there: the program and its icon at every size.
    local exec icon
    exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$prefix/bin/$exec" ] || fail "Exec=$exec is not installed in bin"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ -f "$prefix/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "Icon=$icon: no scalable SVG installed"
    for size in 16 32 48 64 128 256; do
        [ -f "$prefix/share/icons/hicolor/${size}x${size}/apps/$icon.png" ] || fail "Icon=$icon: no ${size}x${size} PNG installed"
    done
    echo "desktop integration valid: $(basename "$desktop"), $(basename "$metainfo"), $(basename "$mime"), icons"
}

case "$mode" in
    tree) check_tree ;;
    desktop) check_desktop ;;
    *) echo "check-install.sh: unknown mode '$mode' (tree or desktop)" >&2; exit 2 ;;
esac
