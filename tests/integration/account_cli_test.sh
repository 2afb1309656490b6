#!/usr/bin/env bash
# `casebook account` end to end against the OS keychain and a sandbox: an account is added
# from standard input, listed, used by `cases --account` and as the default, and removed.
# Debug logging is on throughout; afterwards the secret must appear in no output, in no file
# under the temporary home, and never among the arguments of a running process.
#
# usage: account_cli_test.sh CASEBOOK SANDBOX
set -euo pipefail

casebook=$1
sandbox=$2
access_key_id=AKIDEXAMPLE
secret=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
account=sandbox-$$

work=$(mktemp -d)
sandbox_pid=
cleanup() {
    [[ -n $sandbox_pid ]] && kill "$sandbox_pid" 2>/dev/null || true
    "$casebook" account remove "$account" >/dev/null 2>&1 || true
    "$casebook" account remove "$account-b" >/dev/null 2>&1 || true
    [[ -n ${KEEP_WORK:-} ]] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

export HOME=$work/home
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share
export XDG_CACHE_HOME=$HOME/.cache XDG_STATE_HOME=$HOME/.local/state
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
export QT_LOGGING_RULES="casebook.*.debug=true"
export AWS_EC2_METADATA_DISABLED=true
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE AWS_DEFAULT_PROFILE
unset AWS_CONFIG_FILE AWS_SHARED_CREDENTIALS_FILE AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SUPPORT
unset AWS_REGION AWS_DEFAULT_REGION

"$sandbox" --port 0 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do
    [[ -s $work/sandbox.out ]] && break
    sleep 0.1
done
url=$(head -n 1 "$work/sandbox.out" | sed -n 's/^listening on //p')
[[ -n $url ]] || { echo "FAIL: the sandbox did not start"; cat "$work/sandbox.err"; exit 1; }

passed=0
failed=0
check() {  # check NAME COMMAND...: runs COMMAND, counts the outcome
    local name=$1
    shift
    if "$@"; then
        echo "PASS: $name"
        passed=$((passed + 1))
    else
        echo "FAIL: $name"
        failed=$((failed + 1))
    fi
}

secret_in_ps() {  # whether any process's arguments hold the secret
    # The pattern comes through a file descriptor, or grep's own arguments would match.
    ps -eo args= | grep -qF -f <(printf '%s\n' "$secret")
}

# The secret goes through a FIFO written by the shell's builtin printf, so it is never an
# argument; while `account add` waits on it, the process table is searched.
add_from_stdin() {
    mkfifo "$work/input"
    "$casebook" account add "$account" --region us-east-1 --endpoint-url "$url" \
        <"$work/input" >"$work/add.out" 2>"$work/add.err" &
    local pid=$!
    sleep 0.5
    local seen=0
    secret_in_ps && seen=1
    printf '%s\n%s\n' "$access_key_id" "$secret" >"$work/input"
    wait "$pid" || { cat "$work/add.err"; return 1; }
    [[ $seen -eq 0 ]]
}

if ! add_from_stdin; then
    if grep -q "No keychain is available" "$work/add.err"; then
        echo "SKIP: no Secret Service on the session bus (run inside dbus-run-session with" \
             "gnome-keyring, as \`make test\` does)"
        exit 77
    fi
    echo "FAIL: account add from standard input"
    exit 1
fi
echo "PASS: account add reads the key pair from standard input"
passed=$((passed + 1))

lists_account() {
    "$casebook" account list >"$work/list.out" 2>"$work/list.err"
    grep -E "^$account +us-east-1 +aws +\* +readable" "$work/list.out"
}
check "account list shows the account, its default mark and a readable secret" lists_account

cases_with_account() {
    "$casebook" cases --account "$account" --format json >"$work/cases.out" 2>"$work/cases.err" &
    local pid=$!
    local seen=0
    secret_in_ps && seen=1
    wait "$pid" || { cat "$work/cases.err"; return 1; }
    python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["cases"]' "$work/cases.out"
    [[ $seen -eq 0 ]]
}
check "cases --account reads the secret from the keychain and lists cases" cases_with_account

cases_with_default() {
    if ! "$casebook" cases >"$work/default.out" 2>"$work/default.err"; then
        cat "$work/default.err"
        return 1
    fi
    [[ -s $work/default.out ]] && grep -q "using stored account" "$work/default.err"
}
check "without other credentials the default stored account is used" cases_with_default

environment_wins() {
    AWS_ACCESS_KEY_ID=AKIDOTHER AWS_SECRET_ACCESS_KEY=not-the-secret \
        "$casebook" cases --endpoint-url "$url" >"$work/env.out" 2>"$work/env.err" && return 1
    ! grep -q "using stored account" "$work/env.err"
}
check "credentials from the environment come before the stored account" environment_wins

# The key pair comes from the shell's builtin printf through a pipe, never as an argument.
add_with() {  # add_with NAME OPTIONS...: account add with the example key pair on stdin
    local name=$1
    shift
    printf '%s\n%s\n' "$access_key_id" "$secret" \
        | "$casebook" account add "$name" "$@" >"$work/again.out" 2>"$work/again.err"
}

second_add_refused() {
    add_with "$account" --region eu-west-2 && return 1
    grep -q "^casebook: An account named '$account' is already stored" "$work/again.err" \
        && grep -q -- "--replace" "$work/again.err" \
        && "$casebook" account list >"$work/list.out" 2>/dev/null \
        && grep -qE "^$account +us-east-1 " "$work/list.out"
}
check "account add refuses a name already stored and changes nothing" second_add_refused

two_without_default() {
    add_with "$account-b" --region eu-west-2 --endpoint-url "$url" || return 1
    "$casebook" cases >"$work/two.out" 2>"$work/two.err" && return 1
    cat "$work/two.err"
    grep -q "No AWS credentials were found" "$work/two.err" \
        && grep -q -- "--account NAME" "$work/two.err" \
        && grep -q "casebook account default NAME" "$work/two.err" \
        && grep -q "$account-b" "$work/two.err"
}
check "two stored accounts and no default: the error says how to choose one" two_without_default

replace_keeps_settings() {
    add_with "$account-b" --replace || { cat "$work/again.err"; return 1; }
    grep -q "Account $account-b replaced" "$work/again.out" || return 1
    "$casebook" account list >"$work/list.out" 2>/dev/null
    grep -qE "^$account-b +eu-west-2 +aws " "$work/list.out" \
        && grep -qF "$url" "$XDG_CONFIG_HOME/Casebook/casebook.conf"
}
check "account add --replace keeps region and endpoint and says replaced" replace_keeps_settings
"$casebook" account remove "$account-b" >/dev/null 2>&1 || true

bad_region_refused() {
    "$casebook" account add "$account-c" --region useast1 </dev/null >/dev/null \
        2>"$work/region.err" && return 1
    grep -q "^casebook: Not an AWS region: useast1" "$work/region.err"
}
check "account add refuses a region that is not shaped like one" bad_region_refused

no_keychain_advice() {
    DBUS_SESSION_BUS_ADDRESS=unix:path=$work/no-bus add_with "$account-c" && return 1
    cat "$work/again.err"
    grep -q "Secret Service" "$work/again.err" && ! grep -q "session only" "$work/again.err"
}
check "without a keychain account add says what to do, not 'session only'" no_keychain_advice

removes_account() {
    "$casebook" account remove "$account" >"$work/remove.out" 2>"$work/remove.err"
    "$casebook" account list >"$work/empty.out" 2>"$work/empty.err"
    grep -q "No accounts are stored" "$work/empty.err"
}
check "account remove deletes it" removes_account

removed_account_refused() {
    "$casebook" cases --account "$account" >"$work/gone.out" 2>"$work/gone.err" && return 1
    grep -q "no stored account named" "$work/gone.err"
}
check "a removed account is refused with a sentence" removed_account_refused

kill "$sandbox_pid" 2>/dev/null || true
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=

secret_nowhere() {
    if grep -rlF -- "$secret" "$work"; then
        echo "the secret was found in the files above"
        return 1
    fi
}
check "the secret is in no output and no file under the temporary home" secret_nowhere
check "a debug log was written" grep -q "casebook.auth" "$work/cases.err"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
