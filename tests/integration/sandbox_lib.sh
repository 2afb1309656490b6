# Shared by the shell tests, sourced after $sandbox names the casebook-sandbox binary: a
# scratch folder in $work, sandboxes on free loopback ports, all removed on exit, and check()
# counting outcomes in $passed and $failed.

work=$(mktemp -d)
sandbox_pids=()
cleanup() {
    for pid in "${sandbox_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

start_sandbox() {  # start_sandbox NAME [ARGS...]: starts one, sets $url
    local name=$1
    shift
    "$sandbox" --port 0 "$@" >"$work/$name.out" 2>"$work/$name.err" &
    sandbox_pids+=($!)
    for _ in $(seq 100); do
        [[ -s $work/$name.out ]] && break
        sleep 0.1
    done
    url=$(head -n 1 "$work/$name.out" | sed -n 's/^listening on //p')
    [[ -n $url ]] || { echo "FAIL: sandbox $name did not start"; cat "$work/$name.err"; exit 1; }
}

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
