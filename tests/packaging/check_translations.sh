#!/bin/sh
# Fails while a shipped translation is incomplete: an entry still unfinished, or a string that
# lupdate would add from the sources or drop from the .ts file. The fix for the second kind is
# `cmake --build build --target update_translations`, then translating the new entries.
#
# Usage: check_translations.sh LUPDATE SOURCE_LIST "LUPDATE_OPTIONS" TS_FILE...
set -eu

lupdate=$1
sources=$2
options=$3
shift 3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

for ts in "$@"; do
    name=$(basename "$ts")
    left=$(grep -c 'type="\(unfinished\|vanished\|obsolete\)"' "$ts" || true)
    if [ "$left" -gt 0 ]; then
        echo "$name: $left entries are unfinished, vanished or obsolete:"
        grep -B3 'type="\(unfinished\|vanished\|obsolete\)"' "$ts" | grep '<source>' | head -20
        status=1
    fi

    # lupdate on a copy shows what the sources would change without touching the shipped file.
    cp "$ts" "$work/$name"
    # shellcheck disable=SC2086 # the options are separate words
    "$lupdate" -silent $options "@$sources" -ts "$work/$name" >"$work/lupdate.log" 2>&1 || {
        cat "$work/lupdate.log"
        exit 1
    }
    if ! cmp -s "$ts" "$work/$name"; then
        echo "$name is out of date with the sources; run:"
        echo "  cmake --build build --target update_translations"
        echo "and translate the new entries. Source texts that would change:"
        diff -u "$ts" "$work/$name" | grep '^[-+] *<source>' | head -20 || true
        status=1
    fi
done

[ "$status" -eq 0 ] && echo "translations complete: $*"
exit "$status"
