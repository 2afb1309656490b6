#!/usr/bin/env bash
# casebook --help, without a display, lists every option and subcommand and exits 0.
set -euo pipefail
casebook=$1

help=$(env -u DISPLAY -u WAYLAND_DISPLAY "$casebook" --help)
for word in --help --version --demo --profile --region --endpoint-url --case-id --verbose \
    --log-file "casebook cases" "casebook export"; do
    if ! grep -q -- "$word" <<<"$help"; then
        echo "--help does not mention $word" >&2
        exit 1
    fi
done

# The headless subcommands list their own options.
help=$(env -u DISPLAY "$casebook" export --help)
for word in --after --before --format --output --verbose --log-file; do
    grep -q -- "$word" <<<"$help" || { echo "export --help does not mention $word" >&2; exit 1; }
done
echo "--help lists every option"
