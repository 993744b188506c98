#!/usr/bin/env bash
# check-man-page.sh PROGRAM MAN_PAGE
#
# Checks that a hand-written manual page keeps up with the program:
#  * every command `PROGRAM --help` lists has a section (.SS) in the page, and
#    every section under COMMANDS is a command the program has;
#  * every option `PROGRAM COMMAND --help` lists is described in that command's
#    section or under COMMON OPTIONS (a program without commands: anywhere);
#  * groff formats the page without a warning (when groff is installed).
# CTest runs it for metafill-cli and metafill (packaging/linux/DesktopIntegration.cmake).
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: check-man-page.sh PROGRAM MAN_PAGE" >&2
    exit 2
fi
program=$1
page=$2
# The help in English: the page is written in English.
export METAFILL_LANG=en LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
problems=0
problem() {
    echo "$page: $*" >&2
    problems=$((problems + 1))
}

# The page as plain text: font changes, dashes and zero-width escapes removed.
plain() {
    sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\&//g' -e 's/\\(em/--/g' "$page"
}
# The lines of the sections whose heading (.SH or .SS) is $1 or starts with "$1 ".
section() {
    plain | awk -v want="$1" '
        /^\.S[HS] / { heading = substr($0, 5); gsub(/"/, "", heading)
                      inside = (heading == want || index(heading, want " ") == 1); next }
        inside { print }'
}
# The options a --help text lists: "-o, --output <OUT>" gives -o and --output.
options_of() {
    grep -E '^ +(-[[:alnum:]], )?--?[[:alnum:]][[:alnum:]-]*' | sed -E 's/^ +//; s/ <[^>]*>//; s/  .*//; s/, / /'
}
documented() { # option, text
    grep -qE -- "(^|[^[:alnum:]-])$1([^[:alnum:]-]|$)" <<<"$2"
}

help=$("$program" --help)
if grep -q '^Commands:' <<<"$help"; then
    common=$(section "COMMON OPTIONS")
    commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -n -E 's/^  (.*[^ ]) {2,}.*/\1/p')
    [ -n "$commands" ] || problem "no commands found in '$program --help'"
    while read -r command; do
        text=$(section "$command")
        if [ -z "$text" ]; then
            problem "no section (.SS) for the command '$command'"
            continue
        fi
        # shellcheck disable=SC2086 # the command's words are separate arguments
        for option in $("$program" $command --help | options_of); do
            documented "$option" "$text" || documented "$option" "$common" ||
                problem "'$command' option $option is not described (in its section or under COMMON OPTIONS)"
        done
    done <<<"$commands"
    # And nothing is described that the program no longer has: under COMMANDS,
    # each .SS heading is a command's name.
    while read -r heading; do
        [ -n "$heading" ] || continue
        grep -qx -- "$heading" <<<"$commands" || problem "section '$heading' names no command of '$program --help'"
    done < <(plain | awk '/^\.SH / { inside = ($0 ~ /^\.SH "?COMMANDS"?$/); next }
                          inside && /^\.SS / { heading = substr($0, 5); gsub(/"/, "", heading); print heading }')
    checked="$(wc -l <<<"$commands") commands"
else
    text=$(plain)
    for option in $(options_of <<<"$help"); do
        documented "$option" "$text" || problem "option $option is not described"
    done
    checked="the options"
fi

if command -v groff >/dev/null; then
    warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1 || true)
    [ -z "$warnings" ] || problem "groff warns: $warnings"
else
    echo "note: groff is not installed (groff-base): formatting not checked"
fi

if [ "$problems" -gt 0 ]; then
    echo "$problems problems" >&2
    exit 1
fi
echo "$(basename "$page") describes $checked of $(basename "$program")"
