#!/usr/bin/env bash
# Debian's AWS CLI v2 against casebook-sandbox serving the demo dataset: the sandbox must
# speak the Support API as the service does, so that a real client signs, pages and decodes
# errors against it unchanged. Every expectation is read from the dataset files.
#
# usage: aws_cli_test.sh SANDBOX
set -euo pipefail

sandbox=$1
aws=/usr/bin/aws
cases_dir=$(cd "$(dirname "$0")/../../resources/demo/cases" && pwd)
long_case=case-111122223333-muen-2026-d1c0ffee5a1e7700

if [[ ! -x $aws ]]; then
    echo "SKIP: Debian's awscli is not installed ($aws)"
    exit 77
fi

work=$(mktemp -d)
sandbox_pid=
cleanup() {
    if [[ -n $sandbox_pid ]]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

"$sandbox" --port 0 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do
    [[ -s $work/sandbox.out ]] && break
    sleep 0.1
done
url=$(head -n 1 "$work/sandbox.out" | sed -n 's|^listening on \(http://127\.0\.0\.1:[0-9]*\)$|\1|p')
if [[ -z $url ]]; then
    echo "FAIL: the sandbox did not print its URL"
    cat "$work/sandbox.err"
    exit 1
fi
echo "sandbox at $url"

export AWS_ACCESS_KEY_ID=AKIDEXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
export AWS_EC2_METADATA_DISABLED=true AWS_PAGER=""
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SUPPORT

support() {  # support OPERATION ARGS...: the CLI pointed at the sandbox
    "$aws" support "$@" --endpoint-url "$url" --output json
}

dataset() {  # dataset EXPRESSION ARGS...: a Python expression over `cases`, all files parsed
    python3 - "$cases_dir" "$@" <<'PY'
import glob, json, os, sys
cases = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(sys.argv[1], "*.json")))]
attachments = [a for c in cases for a in c.get("attachments", [])]
args = sys.argv[3:]
print(eval(sys.argv[2]))
PY
}

served() {  # served EXPRESSION FILE: a Python expression over `reply`, the CLI's JSON output
    python3 -c 'import json, sys; reply = json.load(open(sys.argv[2])); print(eval(sys.argv[1]))' \
        "$1" "$2"
}

passed=0
failed=0
check() {  # check NAME EXPECTED ACTUAL
    if [[ $2 == "$3" ]]; then
        echo "PASS: $1 (${3:0:60}$([[ ${#3} -gt 60 ]] && echo ...))"
        passed=$((passed + 1))
    else
        echo "FAIL: $1: expected '$2', got '$3'"
        failed=$((failed + 1))
    fi
}

# --- the long thread, every page merged by the CLI ---------------------------------------
if ! support describe-communications --case-id "$long_case" >"$work/thread.json"; then
    echo "FAIL: describe-communications of the long demo case $long_case"
    exit 1
fi
thread_count=$(served 'len(reply["communications"])' "$work/thread.json")
check "long thread length matches its dataset file" \
    "$(dataset 'next(len(c["communications"]) for c in cases if c["case"]["caseId"] == args[0])' \
        "$long_case")" \
    "$thread_count"
check "long thread has at least 300 messages" yes \
    "$([[ $thread_count -ge 300 ]] && echo yes || echo no)"

# Newest first; ties keep the file's order, as a stable sort on timeCreated does.
actual_order=$(python3 - "$work/thread.json" "$cases_dir" "$long_case" <<'PY'
import datetime, glob, json, os, sys
served = [m["body"] for m in json.load(open(sys.argv[1]))["communications"]]
for path in glob.glob(os.path.join(sys.argv[2], "*.json")):
    data = json.load(open(path))
    if data["case"]["caseId"] == sys.argv[3]:
        when = lambda m: datetime.datetime.fromisoformat(m["timeCreated"].replace("Z", "+00:00"))
        wanted = [m["body"] for m in sorted(data["communications"], key=when, reverse=True)]
        print("newest first" if served == wanted else "out of order")
PY
)
check "long thread comes newest first with the file's bodies" "newest first" "$actual_order"

# --- all cases -----------------------------------------------------------------------------
support describe-cases --include-resolved-cases >"$work/cases.json"
check "describe-cases --include-resolved-cases returns every case" \
    "$(dataset '" ".join(sorted(c["case"]["caseId"] for c in cases))')" \
    "$(served '" ".join(sorted(c["caseId"] for c in reply["cases"]))' "$work/cases.json")"

support describe-cases --no-include-communications >"$work/open-cases.json"
check "describe-cases leaves resolved cases out by default" \
    "$(dataset 'sum(1 for c in cases if c["case"].get("status") != "resolved")')" \
    "$(served 'len(reply["cases"])' "$work/open-cases.json")"

# --- an attachment -------------------------------------------------------------------------
attachment_id=$(dataset 'attachments[0]["attachmentId"]')
support describe-attachment --attachment-id "$attachment_id" >"$work/attachment.json"
check "describe-attachment returns the dataset's base64" \
    "$(dataset 'next(a["data"] for a in attachments if a["attachmentId"] == args[0])' \
        "$attachment_id")" \
    "$(served 'reply["attachment"]["data"]' "$work/attachment.json")"
check "describe-attachment returns the file name" \
    "$(dataset 'next(a["fileName"] for a in attachments if a["attachmentId"] == args[0])' \
        "$attachment_id")" \
    "$(served 'reply["attachment"]["fileName"]' "$work/attachment.json")"

# --- refusals ------------------------------------------------------------------------------
refused() {  # refused CODE ARGS...: the CLI fails and names CODE on stderr
    local code=$1
    shift
    if "$@" >"$work/refused.out" 2>"$work/refused.err"; then
        echo "exit 0"
    elif grep -q "$code" "$work/refused.err"; then
        echo "$code"
    else
        echo "other: $(head -c 300 "$work/refused.err")"
    fi
}

check "a wrong secret is refused" InvalidSignatureException \
    "$(AWS_SECRET_ACCESS_KEY=not-the-example-secret refused InvalidSignatureException \
        support describe-cases)"
check "an unknown case is refused" CaseIdNotFound \
    "$(refused CaseIdNotFound support describe-communications \
        --case-id case-111122223333-muen-2026-0000000000000000)"

# --- STS AssumeRole, then Support with the temporary keys ----------------------------------
# Only with --endpoint-url: this CLI would send a profile's role_arn to the real STS.
role_arn=arn:aws:iam::111122223333:role/SupportReader
"$aws" sts assume-role --endpoint-url "$url" --output json --role-arn "$role_arn" \
    --role-session-name cli-test --duration-seconds 900 >"$work/role.json"
check "assume-role grants temporary keys" ASIA \
    "$(served 'reply["Credentials"]["AccessKeyId"][:4]' "$work/role.json")"
check "assume-role names the assumed role" \
    "arn:aws:sts::111122223333:assumed-role/SupportReader/cli-test" \
    "$(served 'reply["AssumedRoleUser"]["Arn"]' "$work/role.json")"

with_role() {  # with_role TOKEN COMMAND...: runs COMMAND signed with the assumed keys
    local token=$1
    shift
    local key secret
    key=$(served 'reply["Credentials"]["AccessKeyId"]' "$work/role.json")
    secret=$(served 'reply["Credentials"]["SecretAccessKey"]' "$work/role.json")
    AWS_ACCESS_KEY_ID=$key AWS_SECRET_ACCESS_KEY=$secret AWS_SESSION_TOKEN=$token "$@"
}
token=$(served 'reply["Credentials"]["SessionToken"]' "$work/role.json")
with_role "$token" support describe-cases --no-include-communications >"$work/role-cases.json"
check "the assumed keys read cases" \
    "$(served 'len(reply["cases"])' "$work/open-cases.json")" \
    "$(served 'len(reply["cases"])' "$work/role-cases.json")"
check "the assumed keys with a wrong token are refused" UnrecognizedClientException \
    "$(with_role "${token}x" refused UnrecognizedClientException support describe-cases)"
check "a duration over 12 hours is refused" ValidationError \
    "$(refused ValidationError "$aws" sts assume-role --endpoint-url "$url" \
        --role-arn "$role_arn" --role-session-name cli-test --duration-seconds 43201)"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
