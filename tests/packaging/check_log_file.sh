#!/usr/bin/env bash
# casebook --verbose --log-file: debug messages reach both standard error and the file, a bare
# --log-file writes to the cache folder, and the demo's secret key appears in neither.
set -euo pipefail
casebook=$1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config
fail() { echo "FAIL: $*" >&2; exit 1; }
secret='wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'

"$casebook" cases --demo --verbose --log-file "$work/named.log" --format json \
    >"$work/cases.json" 2>"$work/stderr"
[ -s "$work/cases.json" ] || fail "cases printed nothing"
grep -q 'casebook\.[a-z]*: ' "$work/named.log" || fail "no casebook.* debug line in the file"
grep -q 'casebook\.[a-z]*: ' "$work/stderr" || fail "standard error lost the debug lines"
if grep -q -F "$secret" "$work/named.log" "$work/stderr"; then
    fail "the secret key was logged"
fi

# Without --verbose, debug lines stay out; a bare --log-file picks the cache folder.
"$casebook" cases --demo --log-file --format txt >/dev/null 2>"$work/stderr-quiet"
default_log=$(find "$work/cache" -name casebook.log)
[ -n "$default_log" ] || fail "a bare --log-file wrote no casebook.log under the cache folder"
case $default_log in
    "$work"/cache/*/casebook/casebook.log) ;;
    *) fail "unexpected default log file $default_log" ;;
esac
if grep -q '\.debug\|casebook\.[a-z]*: sending' "$default_log"; then
    fail "debug lines without --verbose"
fi
echo "log file and --verbose behave"
