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

# The servers: the same load generator (coapscope-cli bench) against coapscope-cli serve (with
# its default busy polling and with --busy-poll 0) and against coap-server-notls, runs
# alternating so all see the same machine; medians of three. Each server's processor time
# (user + system, from /proc) is summed over its runs and given per request, since polling
# buys speed with processor time.
cli="$build_dir/app/cli/coapscope-cli"
ours_port=45683
still_port=45673
theirs_port=45693
"$cli" serve --listen "coap://127.0.0.1:$ours_port" --listen "coap+tcp://127.0.0.1:$ours_port" \
    >/dev/null &
ours_pid=$!
"$cli" serve --busy-poll 0 --listen "coap://127.0.0.1:$still_port" \
    --listen "coap+tcp://127.0.0.1:$still_port" >/dev/null &
still_pid=$!
coap-server-notls -A 127.0.0.1 -p "$theirs_port" >/dev/null 2>&1 &
theirs_pid=$!
stop_servers() {
    kill "$ours_pid" "$still_pid" "$theirs_pid" 2>/dev/null || true
    wait "$ours_pid" "$still_pid" "$theirs_pid" 2>/dev/null || true # ports free for a next run
}
trap 'rm -f "$json"; stop_servers' EXIT
sleep 0.5
for pid in "$ours_pid" "$still_pid" "$theirs_pid"; do
    kill -0 "$pid" 2>/dev/null || { echo "bench.sh: a server did not start" >&2; exit 1; }
done
requests=50000
cpu_ticks() { # PID: user + system time so far, in clock ticks
    awk '{print $14 + $15}' "/proc/$1/stat"
}
measure() { # PID URI CONCURRENCY: prints "requests/s ticks"
    local before report ticks
    before=$(cpu_ticks "$1")
    # Read the report only after the run: a parser starting up beside it would take its CPU.
    report=$("$cli" bench --json --requests "$requests" --concurrency "$3" "$2")
    ticks=$(($(cpu_ticks "$1") - before))
    echo "$(python3 -c 'import json,sys; print(json.load(sys.stdin)["requestsPerSecond"])' \
        <<<"$report") $ticks"
}
echo
echo "Servers, 50,000 CON GETs per run, median of 3 alternating runs, requests per second;"
echo "server processor time per request in µs:"
echo
echo "| transport, requests in flight | coapscope-cli serve (/test) | same, --busy-poll 0 | coap-server-notls (/) | CoapScope / libcoap | µs per request: CoapScope, --busy-poll 0, libcoap |"
echo "|---|---:|---:|---:|---:|---:|"
for load in "coap 1" "coap 4" "coap 16" "coap+tcp 8"; do
    set -- $load
    results=()
    for run in 1 2 3; do
        results+=("$(measure "$ours_pid" "$1://127.0.0.1:$ours_port/test" "$2")")
        results+=("$(measure "$still_pid" "$1://127.0.0.1:$still_port/test" "$2")")
        results+=("$(measure "$theirs_pid" "$1://127.0.0.1:$theirs_port/" "$2")")
    done
    python3 - "$1" "$2" "$requests" "$(getconf CLK_TCK)" "${results[@]}" <<'PY'
import statistics, sys
scheme, flight, requests, tick = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
pairs = [tuple(map(float, r.split())) for r in sys.argv[5:]]
servers = [pairs[i::3] for i in range(3)]  # ours, ours without polling, libcoap
rates = [statistics.median(r for r, _ in runs) for runs in servers]
cpu = [sum(t for _, t in runs) / tick / (requests * len(runs)) * 1e6 for runs in servers]
transport = "UDP" if scheme == "coap" else "TCP"
print(f"| {transport}, {flight} | {rates[0]:,.0f} | {rates[1]:,.0f} | {rates[2]:,.0f} | "
      f"{rates[0] / rates[2]:.2f} | {cpu[0]:.1f}, {cpu[1]:.1f}, {cpu[2]:.1f} |")
PY
done
