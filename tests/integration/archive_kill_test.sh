#!/usr/bin/env bash
# `casebook sync` killed with SIGKILL at several points against a slow sandbox: each time the
# archive must pass SQLite's quick check, and a run to the end must then hold exactly what an
# uninterrupted sync holds.
#
# usage: archive_kill_test.sh CASEBOOK SANDBOX
set -euo pipefail

casebook=$1
sandbox=$2

if ! command -v sqlite3 >/dev/null; then
    echo "SKIP: the sqlite3 command-line tool is not installed"
    exit 77
fi

source "$(dirname "$0")/sandbox_lib.sh"

export AWS_ACCESS_KEY_ID=AKIDEXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
export AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SUPPORT

start_sandbox slow --faults slow=120
slow_url=$url
start_sandbox clean
clean_url=$url

archive_of() { echo "$1/Casebook/casebook/archive.sqlite"; }
contents() {  # contents DATA_HOME: every archived message, one line each, in a stable order
    sqlite3 "$(archive_of "$1")" "SELECT case_id, time_text, submitted_by, hex(body_hash)
        FROM communications ORDER BY case_id, time_text, submitted_by, body_hash"
}

failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# The reference: one sync that nothing interrupts.
XDG_DATA_HOME=$work/reference "$casebook" sync --endpoint-url "$clean_url" >/dev/null 2>&1 \
    || fail "the uninterrupted sync failed"
contents "$work/reference" >"$work/reference.txt"
[[ $(wc -l <"$work/reference.txt") -gt 300 ]] || fail "the reference archive is nearly empty"

# Kill a slow sync part way, several times at different points, then let one run finish.
export XDG_DATA_HOME=$work/killed
for delay in 0.4 0.9 1.3 0.7 1.8; do
    "$casebook" sync --endpoint-url "$slow_url" >"$work/sync.out" 2>"$work/sync.err" &
    pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null || true
        echo "killed after ${delay}s: $(tail -n 1 "$work/sync.err")"
    else
        wait "$pid" || true
        echo "finished before ${delay}s"
    fi
    if [[ -f $(archive_of "$XDG_DATA_HOME") ]]; then
        check=$(sqlite3 "$(archive_of "$XDG_DATA_HOME")" "PRAGMA quick_check")
        [[ $check == ok ]] || fail "quick_check after a kill at ${delay}s: $check"
    fi
done

"$casebook" sync --endpoint-url "$clean_url" >"$work/final.out" 2>"$work/final.err" \
    || fail "the sync after the kills failed: $(cat "$work/final.err")"
grep -q damaged "$work/final.err" && fail "the archive was reported damaged after the kills"
[[ $(sqlite3 "$(archive_of "$XDG_DATA_HOME")" "PRAGMA quick_check") == ok ]] \
    || fail "quick_check after the final sync"
contents "$XDG_DATA_HOME" >"$work/final.txt"
cmp -s "$work/reference.txt" "$work/final.txt" \
    || fail "the archive differs from an uninterrupted sync: $(diff "$work/reference.txt" \
        "$work/final.txt" | head -n 5)"
incomplete=$(sqlite3 "$(archive_of "$XDG_DATA_HOME")" \
    "SELECT count(*) FROM cases WHERE sync_complete = 0")
[[ $incomplete == 0 ]] || fail "$incomplete cases not marked complete after the final sync"

# A second sync finds nothing new; --all-cases asks for resolved cases again and finds nothing
# new either; a sync given a case is refused.
"$casebook" sync --endpoint-url "$clean_url" 2>/dev/null | grep -q " and 0 new messages" \
    || fail "a sync right after a complete one found something new"
"$casebook" sync --all-cases --endpoint-url "$clean_url" 2>/dev/null \
    | grep -q " and 0 new messages" || fail "sync --all-cases found something new"
status=0
"$casebook" sync --case-id x --endpoint-url "$clean_url" 2>/dev/null || status=$?
[[ $status == 2 ]] || fail "sync --case-id exited $status, not 2"

if [[ $failed -gt 0 ]]; then
    exit 1
fi
echo "PASS: $(wc -l <"$work/final.txt") messages intact after five kills"
