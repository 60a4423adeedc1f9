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

# The servers: the same load generator (coapscope-cli bench) against coapscope-cli serve and
# coap-server-notls, runs alternating so both see the same machine; medians of three.
cli="$build_dir/app/cli/coapscope-cli"
ours_port=45683
theirs_port=45693
"$cli" serve --listen "coap://127.0.0.1:$ours_port" >/dev/null &
ours_pid=$!
coap-server-notls -A 127.0.0.1 -p "$theirs_port" >/dev/null 2>&1 &
theirs_pid=$!
trap 'rm -f "$json"; kill "$ours_pid" "$theirs_pid" 2>/dev/null' EXIT
sleep 0.5
# Static resources with similar work: our /test and libcoap's /.
ours_rates=()
theirs_rates=()
for run in 1 2 3; do
    ours_rates+=("$("$cli" bench --json --requests 50000 --concurrency 4 \
        "coap://127.0.0.1:$ours_port/test" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requestsPerSecond"])')")
    theirs_rates+=("$("$cli" bench --json --requests 50000 --concurrency 4 \
        "coap://127.0.0.1:$theirs_port/" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requestsPerSecond"])')")
done
python3 - "${ours_rates[@]}" "${theirs_rates[@]}" <<'PY'
import statistics, sys
values = [float(v) for v in sys.argv[1:]]
ours, theirs = statistics.median(values[:3]), statistics.median(values[3:])
print("\nServers, 50,000 CON GETs from 4 sessions, median of 3 alternating runs, requests per second:\n")
print("| server | requests/s | CoapScope / libcoap |")
print("|---|---:|---:|")
print(f"| coapscope-cli serve (/test) | {ours:.0f} | {ours / theirs:.2f} |")
print(f"| coap-server-notls (/) | {theirs:.0f} | 1.00 |")
PY
