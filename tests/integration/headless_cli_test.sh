#!/usr/bin/env bash
# The headless commands against a sandbox, checked against Debian's AWS CLI on the same
# sandbox: `casebook export --format json` must carry exactly what
# `aws support describe-communications` prints, and failures must exit non-zero with one line.
#
# usage: headless_cli_test.sh CASEBOOK SANDBOX
set -euo pipefail

casebook=$1
sandbox=$2
aws=/usr/bin/aws
long_case=case-111122223333-muen-2026-d1c0ffee5a1e7700

if [[ ! -x $aws ]]; then
    echo "SKIP: Debian's awscli is not installed ($aws)"
    exit 77
fi

source "$(dirname "$0")/sandbox_lib.sh"

start_sandbox faulty --faults throttle=3,error500=5
faulty_url=$url
start_sandbox skewed --faults clock=-1200
skewed_url=$url
start_sandbox clean

export AWS_ACCESS_KEY_ID=AKIDEXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
export AWS_EC2_METADATA_DISABLED=true AWS_PAGER=""
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SUPPORT

same_json() {  # same_json A B [KEY-TO-DROP]: equal after parsing
    python3 - "$@" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
if len(sys.argv) > 3:
    for case in b.get("cases", []):
        case.pop(sys.argv[3], None)
if a != b:
    print("differs:", json.dumps(a)[:300], "vs", json.dumps(b)[:300])
    sys.exit(1)
PY
}

export_matches_cli() {
    "$casebook" export --endpoint-url "$url" --case-id "$long_case" --format json \
        --output "$work/casebook.json" &&
    "$aws" support describe-communications --endpoint-url "$url" --case-id "$long_case" \
        --output json >"$work/aws.json" &&
    same_json "$work/casebook.json" "$work/aws.json" &&
    python3 -c 'import json,sys; n=len(json.load(open(sys.argv[1]))["communications"]);
sys.exit(0 if n >= 300 else 1)' "$work/casebook.json"
}
check "export --format json equals aws describe-communications" export_matches_cli

export_to_stdout() {
    "$casebook" export --endpoint-url "$url" --case-id "$long_case" --format json --output - \
        >"$work/stdout.json" &&
    same_json "$work/stdout.json" "$work/casebook.json"
}
check "export --output - writes the same to standard output" export_to_stdout

cases_match_cli() {
    "$casebook" cases --include-resolved --format json --endpoint-url "$url" \
        >"$work/cases.json" &&
    "$aws" support describe-cases --include-resolved-cases --no-include-communications \
        --endpoint-url "$url" --output json >"$work/aws-cases.json" &&
    same_json "$work/cases.json" "$work/aws-cases.json"
}
check "cases --format json equals aws describe-cases" cases_match_cli

cases_as_text() {
    "$casebook" cases --endpoint-url "$url" >"$work/cases.txt" &&
    grep -q "17299050123" "$work/cases.txt"
}
check "cases prints a readable table" cases_as_text

fails_with_one_line() {  # fails_with_one_line PATTERN ARGS...: non-zero exit, one stderr line
    local pattern=$1
    shift
    if "$casebook" "$@" >"$work/out" 2>"$work/err"; then
        echo "  unexpectedly succeeded"
        return 1
    fi
    [[ $(wc -l <"$work/err") -eq 1 ]] && grep -q "$pattern" "$work/err" ||
        { echo "  stderr was:"; cat "$work/err"; return 1; }
}
check "unknown case fails with one line" fails_with_one_line CaseIdNotFound \
    export --endpoint-url "$url" --case-id case-none --format json --output "$work/x.json"
check "wrong secret fails with one line" env AWS_SECRET_ACCESS_KEY=wrong \
    bash -c "$(declare -f fails_with_one_line); casebook='$casebook' work='$work' \
        fails_with_one_line InvalidSignatureException cases --endpoint-url '$url'"
check "no file is left behind by a failed export" test ! -e "$work/x.json"
check "an export to a missing folder fails with one line" fails_with_one_line "Cannot write" \
    export --endpoint-url "$url" --case-id "$long_case" --output "$work/none/x.json"
check "an unknown format is refused" fails_with_one_line "docx" \
    export --endpoint-url "$url" --case-id "$long_case" --format docx --output -
check "a bad time is refused" fails_with_one_line "yesterday" \
    cases --endpoint-url "$url" --after yesterday
check "no credentials is explained" env -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY \
    HOME="$work" bash -c "$(declare -f fails_with_one_line); casebook='$casebook' \
        work='$work' fails_with_one_line AWS_ACCESS_KEY_ID cases --endpoint-url '$url'"

export_survives_faults() {
    "$casebook" export --endpoint-url "$faulty_url" --case-id "$long_case" --format json \
        --output "$work/faulty.json" &&
    same_json "$work/faulty.json" "$work/casebook.json"
}
check "export through throttling every 3rd and a 500 every 5th is exact" export_survives_faults

export_corrects_clock() {
    "$casebook" export --endpoint-url "$skewed_url" --case-id "$long_case" --format json \
        --output "$work/skewed.json" 2>"$work/skewed.err" &&
    same_json "$work/skewed.json" "$work/casebook.json" &&
    grep -q "clock is 20 min ahead of AWS" "$work/skewed.err"
}
check "export against a server clock 20 minutes off is exact and says so" export_corrects_clock

bad_fault_spec_refused() {
    ! "$sandbox" --port 0 --faults throttle=often >"$work/bad.out" 2>"$work/bad.err" &&
    grep -q "throttle" "$work/bad.err"
}
check "casebook-sandbox refuses a bad --faults spec" bad_fault_spec_refused

cases_refuse_to_overwrite() {
    local file=$work/cases.txt
    echo "keep me" >"$file" &&
    ! "$casebook" cases --endpoint-url "$url" --output "$file" 2>"$work/cases.err" &&
    [[ $(wc -l <"$work/cases.err") -eq 1 ]] && grep -q "add --force" "$work/cases.err" &&
    [[ $(cat "$file") == "keep me" ]] &&
    "$casebook" cases --endpoint-url "$url" --output "$file" --force &&
    [[ $(cat "$file") != "keep me" ]]
}
check "cases --output replaces an existing file only with --force" cases_refuse_to_overwrite

needs_no_display() {
    env -u DISPLAY -u QT_QPA_PLATFORM "$casebook" --version >"$work/version" &&
    grep -q "^casebook " "$work/version" &&
    env -u DISPLAY -u QT_QPA_PLATFORM "$casebook" export --help | grep -q "Usage: casebook"
}
check "--help and --version answer without a display" needs_no_display

options_before_the_command() {
    "$casebook" --endpoint-url "$url" --region eu-west-1 cases --format json >/dev/null
}
check "options may come before the subcommand" options_before_the_command

full_disk_is_an_error() {
    ! "$casebook" cases --endpoint-url "$url" >/dev/full 2>"$work/full.err" &&
    [[ $(wc -l <"$work/full.err") -eq 1 ]] && grep -q "standard output" "$work/full.err"
}
check "a failed write to standard output fails the command" full_disk_is_an_error

demo_needs_no_credentials() {
    env -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY "$casebook" export --demo \
        --case-id "$long_case" --format json --output "$work/demo.json" &&
    same_json "$work/demo.json" "$work/casebook.json"
}
check "export --demo uses the built-in sandbox" demo_needs_no_credentials

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
