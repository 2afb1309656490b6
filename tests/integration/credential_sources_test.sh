#!/usr/bin/env bash
# Every way a profile can supply credentials, end to end through the headless command against
# a sandbox: keys in the credentials file, a credential_process helper, a role assumed from
# either, and a chain of two roles. The secrets must appear in no output, even with debug logs.
#
# usage: credential_sources_test.sh CASEBOOK SANDBOX
set -euo pipefail

casebook=$1
sandbox=$2
secret=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY

source "$(dirname "$0")/sandbox_lib.sh"

start_sandbox sandbox

cat >"$work/helper.sh" <<HELPER
#!/bin/sh
echo run >>"$work/helper.runs"
printf '{"Version": 1, "AccessKeyId": "AKIDEXAMPLE", "SecretAccessKey": "%s",
         "Expiration": "2099-01-01T00:00:00Z"}\n' '$secret'
HELPER
chmod +x "$work/helper.sh"

cat >"$work/credentials" <<FILE
[keys]
aws_access_key_id = AKIDEXAMPLE
aws_secret_access_key = $secret
FILE

role=arn:aws:iam::111122223333:role/CasebookReader
cat >"$work/config" <<FILE
[default]
region = us-east-1
endpoint_url = $url

[profile keys]
region = us-east-1
endpoint_url = $url

[profile process]
region = us-east-1
endpoint_url = $url
credential_process = "$work/helper.sh" --unused "an argument"

[profile role]
region = us-east-1
endpoint_url = $url
role_arn = $role
source_profile = keys

[profile role-from-process]
region = us-east-1
endpoint_url = $url
role_arn = $role
role_session_name = casebook-test
source_profile = process

[profile second-role]
region = us-east-1
endpoint_url = $url
role_arn = arn:aws:iam::111122223333:role/CasebookAuditor
source_profile = role
FILE

export AWS_CONFIG_FILE=$work/config AWS_SHARED_CREDENTIALS_FILE=$work/credentials
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_CACHE_HOME=$work/home/.cache
export QT_LOGGING_RULES="casebook.*.debug=true"
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE AWS_DEFAULT_PROFILE
unset AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SUPPORT AWS_ENDPOINT_URL_STS AWS_CA_BUNDLE
mkdir -p "$HOME"

failures=0
expected=$("$casebook" cases --profile keys --format json --include-resolved 2>/dev/null \
    | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["cases"]))')
[[ $expected -gt 0 ]] || { echo "FAIL: no cases listed with plain keys"; exit 1; }

for profile in keys process role role-from-process second-role; do
    out=$work/$profile.out
    err=$work/$profile.err
    if ! "$casebook" cases --profile "$profile" --format json --include-resolved \
            >"$out" 2>"$err"; then
        echo "FAIL: $profile: the command failed"; tail -n 5 "$err"; failures=$((failures + 1))
        continue
    fi
    count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["cases"]))' "$out")
    if [[ $count != "$expected" ]]; then
        echo "FAIL: $profile: $count cases, expected $expected"; failures=$((failures + 1))
    elif grep -qF "$secret" "$out" "$err"; then
        echo "FAIL: $profile: the secret appears in the output"; failures=$((failures + 1))
    else
        echo "ok: $profile lists $count cases"
    fi
done

# The helper ran once for each command that used it, not once per request.
runs=$(wc -l <"$work/helper.runs")
if [[ $runs != 2 ]]; then
    echo "FAIL: credential_process ran $runs times for two commands"; failures=$((failures + 1))
else
    echo "ok: credential_process ran once per command"
fi

# A role the sandbox refuses ends in one readable line and a non-zero exit.
cat >>"$work/config" <<FILE

[profile bad-role]
region = us-east-1
endpoint_url = $url
role_arn = not-an-arn
source_profile = keys
FILE
if "$casebook" cases --profile bad-role >/dev/null 2>"$work/bad.err"; then
    echo "FAIL: a refused role still listed cases"; failures=$((failures + 1))
elif ! grep -q "^casebook: " "$work/bad.err"; then
    echo "FAIL: a refused role gave no readable error"; cat "$work/bad.err"
    failures=$((failures + 1))
else
    echo "ok: a refused role is reported: $(grep '^casebook: ' "$work/bad.err" | head -n 1)"
fi

# The sandbox serves STS as well: a role assumed there draws no note about the real STS.
if grep -q "assumed at" "$work/role.err"; then
    echo "FAIL: a note about STS although STS is the sandbox"; failures=$((failures + 1))
else
    echo "ok: no STS note when STS is moved with Support"
fi

# A helper that fails: its words reach the user once, on one line, and never the log file.
cat >"$work/failing.sh" <<'HELPER'
#!/bin/sh
echo 'cached token PRIVATE-7781 was refused' >&2
exit 3
HELPER
chmod +x "$work/failing.sh"
cat >>"$work/config" <<FILE

[profile failing]
region = us-east-1
endpoint_url = $url
credential_process = "$work/failing.sh"
FILE
QT_LOGGING_RULES= "$casebook" cases --profile failing >/dev/null 2>"$work/failing.err" || true
if [[ $(grep -c . "$work/failing.err") != 1 ]] \
        || ! grep -q "^casebook: .*exited with code 3. It said: cached token" "$work/failing.err" \
        || grep -q "CredentialsUnavailable" "$work/failing.err"; then
    echo "FAIL: a failing helper is not reported on exactly one plain line"
    cat "$work/failing.err"; failures=$((failures + 1))
else
    echo "ok: a failing helper is reported once: $(cat "$work/failing.err")"
fi
"$casebook" cases --profile failing --verbose --log-file "$work/failing.log" \
    >/dev/null 2>/dev/null || true
if ! grep -q "exit code 3" "$work/failing.log" || grep -q "PRIVATE-7781" "$work/failing.log"; then
    echo "FAIL: the log file holds the helper's words or lacks the exit code"
    grep -i "credential" "$work/failing.log"; failures=$((failures + 1))
else
    echo "ok: the log file has the exit code, not the helper's words"
fi

# Mistakes on the command line read like every other error and point to --help.
for mistake in "--after 2024-02-01 --before 2024-01-01" "--account a --profile b" \
        "--endpoint-url ftp://x" "--region nowhere" "--no-such-option"; do
    # shellcheck disable=SC2086 # the mistake is several words on purpose
    if QT_LOGGING_RULES= "$casebook" cases $mistake >/dev/null 2>"$work/mistake.err"; then
        echo "FAIL: $mistake was accepted"; failures=$((failures + 1))
    elif ! head -n 1 "$work/mistake.err" | grep -q "^casebook: " \
            || ! grep -q -- "--help" "$work/mistake.err"; then
        echo "FAIL: $mistake: no 'casebook:' line and --help hint"; cat "$work/mistake.err"
        failures=$((failures + 1))
    else
        echo "ok: $mistake: $(head -n 1 "$work/mistake.err")"
    fi
done

exit $((failures > 0))
