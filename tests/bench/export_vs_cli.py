#!/usr/bin/env python3
"""Times `casebook export --format json` of the demo's long case beside
`aws support describe-communications` on the same sandbox, in one run, and prints the ratio.

usage: export_vs_cli.py CASEBOOK SANDBOX [--runs N]

Prints one JSON object per line ({"name": ..., "ms": ...}) and a final ratio line. The target
in DESIGN.md is a ratio of at most 0.10 (Casebook at least ten times faster).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

LONG_CASE = "case-111122223333-muen-2026-d1c0ffee5a1e7700"
AWS = "/usr/bin/aws"


def start_sandbox(sandbox):
    process = subprocess.Popen([sandbox, "--port", "0"], stdout=subprocess.PIPE, text=True)
    first_line = process.stdout.readline().strip()
    prefix = "listening on "
    if not first_line.startswith(prefix):
        process.kill()
        sys.exit(f"sandbox did not start: {first_line!r}")
    return process, first_line[len(prefix):]


def timed(command, env, runs):
    """Median wall time in milliseconds of `runs` runs, after one warm-up run."""
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("casebook")
    parser.add_argument("sandbox")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    env = dict(os.environ,
               AWS_ACCESS_KEY_ID="AKIDEXAMPLE",
               AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
               AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE="/dev/null",
               AWS_SHARED_CREDENTIALS_FILE="/dev/null", AWS_EC2_METADATA_DISABLED="true",
               AWS_PAGER="", QT_QPA_PLATFORM="offscreen")
    sandbox, url = start_sandbox(args.sandbox)
    try:
        with tempfile.TemporaryDirectory() as work:
            output = os.path.join(work, "export.json")
            casebook_ms = timed([args.casebook, "export", "--endpoint-url", url, "--case-id",
                                 LONG_CASE, "--format", "json", "--output", output],
                                env, args.runs)
            count = len(json.load(open(output))["communications"])
            aws_ms = timed([AWS, "support", "describe-communications", "--endpoint-url", url,
                            "--case-id", LONG_CASE, "--output", "json"], env, args.runs)
    finally:
        sandbox.terminate()
        sandbox.wait()

    print(json.dumps({"name": "export.json.casebook", "ms": round(casebook_ms, 1),
                      "communications": count}))
    print(json.dumps({"name": "export.json.aws_cli", "ms": round(aws_ms, 1),
                      "communications": count}))
    ratio = casebook_ms / aws_ms
    print(json.dumps({"name": "export.json.ratio", "ratio": round(ratio, 3),
                      "target": 0.10, "met": ratio <= 0.10}))


if __name__ == "__main__":
    main()
