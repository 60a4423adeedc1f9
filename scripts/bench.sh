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
# coap-server-notls, runs alternating so both see the same machine; medians of three. Over UDP
# with 4 and with 16 requests in flight, and over TCP with 8 connections.
cli="$build_dir/app/cli/coapscope-cli"
ours_port=45683
theirs_port=45693
"$cli" serve --listen "coap://127.0.0.1:$ours_port" --listen "coap+tcp://127.0.0.1:$ours_port" \
    >/dev/null &
ours_pid=$!
coap-server-notls -A 127.0.0.1 -p "$theirs_port" >/dev/null 2>&1 &
theirs_pid=$!
trap 'rm -f "$json"; kill "$ours_pid" "$theirs_pid" 2>/dev/null' EXIT
sleep 0.5
rate() { # URI CONCURRENCY
    "$cli" bench --json --requests 50000 --concurrency "$2" "$1" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["requestsPerSecond"])'
}
echo
echo "Servers, 50,000 CON GETs, median of 3 alternating runs, requests per second:"
echo
echo "| transport, requests in flight | coapscope-cli serve (/test) | coap-server-notls (/) | CoapScope / libcoap |"
echo "|---|---:|---:|---:|"
for load in "coap 4" "coap 16" "coap+tcp 8"; do
    set -- $load
    ours=()
    theirs=()
    for run in 1 2 3; do
        ours+=("$(rate "$1://127.0.0.1:$ours_port/test" "$2")")
        theirs+=("$(rate "$1://127.0.0.1:$theirs_port/" "$2")")
    done
    python3 - "$1" "$2" "${ours[@]}" "${theirs[@]}" <<'PY'
import statistics, sys
scheme, flight, values = sys.argv[1], sys.argv[2], [float(v) for v in sys.argv[3:]]
ours, theirs = statistics.median(values[:3]), statistics.median(values[3:])
transport = "UDP" if scheme == "coap" else "TCP"
print(f"| {transport}, {flight} | {ours:,.0f} | {theirs:,.0f} | {ours / theirs:.2f} |")
PY
done
