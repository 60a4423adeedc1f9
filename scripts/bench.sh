#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# Runs the codec benchmark (CoapScope and libcoap side by side, same process, same messages)
# and prints the figures and ratios as Markdown for docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${COAPSCOPE_BUILD_DIR:-"$root/build"}
"$root/scripts/setup.sh"
json=$(mktemp)
trap 'rm -f "$json"' EXIT
"$build_dir/tests/bench/bench_codec" --benchmark_repetitions=5 --benchmark_min_time=1 \
    --benchmark_report_aggregates_only=true --benchmark_format=json >"$json"
python3 - "$json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
median = {b["run_name"]: b["real_time"] for b in data["benchmarks"] if b["aggregate_name"] == "median"}
ctx = data["context"]
print(f"Measured {ctx['date']} on {ctx['num_cpus']} CPUs at {ctx['mhz_per_cpu']} MHz, "
      f"median of {ctx.get('repetitions', 5)} runs, ns per mix of 8 messages.\n")
print("| operation | CoapScope | libcoap | libcoap / CoapScope |")
print("|---|---:|---:|---:|")
for op in ("Decode", "BuildEncode"):
    ours, theirs = median.get(f"BM_{op}_CoapScope"), median.get(f"BM_{op}_Libcoap")
    if ours and theirs:
        print(f"| {op} | {ours:.0f} | {theirs:.0f} | {theirs / ours:.2f} |")
PY
