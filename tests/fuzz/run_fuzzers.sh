#!/usr/bin/env bash
# Runs each fuzz target for a bounded time on a scratch copy of its seed corpus, so that the
# checkout is never modified. Fails on the first target that finds a crash, a leak or a hang;
# the input that did it is kept and its path printed.
#
#   run_fuzzers.sh BUILD_DIR SECONDS_EACH
set -euo pipefail

build_dir=$1
seconds=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d -t casebook-fuzz.XXXXXX)
failed=0

export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS=suppressions=$here/../sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

for target in fuzz_reply_decoder fuzz_shared_files fuzz_sandbox_request; do
    mkdir -p "$scratch/$target/corpus" "$scratch/$target/artifacts"
    cp "$here/corpus/$target"/* "$scratch/$target/corpus/"

    echo "== $target: ${seconds}s"
    if ! "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$scratch/$target/artifacts/" \
        "$scratch/$target/corpus" >"$scratch/$target/log" 2>&1; then
        tail -n 60 "$scratch/$target/log"
        echo "$target failed; the input is in $scratch/$target/artifacts/"
        failed=1
        continue
    fi
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' \
        "$scratch/$target/log" | tr '\n' ' ' || true
    echo
done

if [ "$failed" -ne 0 ]; then
    exit 1
fi
rm -rf "$scratch"
echo "fuzzing: no crash in any target"
