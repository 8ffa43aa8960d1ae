#!/usr/bin/env bash
# Benchmark of the command line as users run it: whole processes of the built product through ./stic (JVM and
# OSGi start-up included), on the Kaluga example and on generated models of 1,000 and 10,000 elements.
# Prints wall time, CPU time (user + system), peak memory (maximum resident set size, from GNU time) and the load
# average per command; never fails on a time.
#
#   releng/cli-benchmark.sh [WORKDIR]     (default WORKDIR: target/cli-benchmark)
#
# Each command is stopped after STIC_BENCH_TIMEOUT seconds (default 900), shown as exit 124.
# Targets: `stic validate` on the Kaluga example in under 3 s as a whole process (issue 10); `stic report` of the
# 1,000-element model in under 3 s (issue 21; start-up alone is the `startup` rows, `stic --version`).
# STIC_BENCH_100K=1 also renders a generated 100,000-element model once in each format (svg, png, pdf).
# On a shared machine run it as `nice -n 5 releng/cli-benchmark.sh` and read the figures as busy.
# Needs /usr/bin/time (Debian package `time`); builds the product first if it is missing (see ./stic).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
work=$(realpath -m "${1:-$root/target/cli-benchmark}")
stic=$root/stic
mkdir -p "$work"
cd "$work"

if [[ ! -x /usr/bin/time ]]; then
    echo "cli-benchmark: /usr/bin/time is missing (apt-get install time)" >&2
    exit 2
fi

# One start to build the product if needed and to fill the OSGi configuration cache, as any second run finds it.
"$stic" --version >/dev/null

kaluga=$root/bundles/org.stic.examples/models/kaluga-pharma.stic
for n in 1000 10000; do
    [[ -f model-$n.stic ]] || "$stic" new --synthetic "$n" --seed 1 -o "model-$n.stic" >/dev/null
done

# measure LABEL COMMAND...: runs once, prints one row; the command's output goes to LABEL.out/.err
measure() {
    local label=$1
    shift
    local status=0
    /usr/bin/time -v -o "$label.time" timeout "${STIC_BENCH_TIMEOUT:-900}" "$@" >"$label.out" 2>"$label.err" \
        || status=$?
    local wall rss cpu
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$label.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$label.time")
    # user + system: steadier than the wall time on a shared machine
    cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' "$label.time")
    # m:ss.ss or h:mm:ss to seconds
    local seconds
    seconds=$(awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$wall")
    printf '%-26s %9s s %7s s %9d MB   exit %d   load %s\n' "$label" "$seconds" "$cpu" $((rss / 1024)) "$status" \
        "$(cut -d' ' -f1 /proc/loadavg)"
}

printf '%-26s %11s %9s %12s\n' "command / model" "wall" "CPU" "peak RSS"
for run in 1 2 3; do
    measure "startup-$run" "$stic" --version
done
for run in 1 2 3; do
    rm -rf "report-1000-$run"
    measure "report-1000-$run" "$stic" report "model-1000.stic" -o "report-1000-$run"
done
for run in 1 2 3; do
    measure "validate-kaluga-$run" "$stic" validate "$kaluga"
done
measure "render-kaluga" "$stic" render "$kaluga" --view both -o "render-kaluga.svg"
measure "report-kaluga" "$stic" report "$kaluga" -o "report-kaluga"
measure "analyze-json-kaluga" "$stic" analyze "$kaluga" --format json -o "analyze-kaluga.json"
for n in 1000 10000; do
    measure "validate-$n" "$stic" validate "model-$n.stic"
    measure "validate-sarif-$n" "$stic" validate "model-$n.stic" --format sarif
    measure "render-$n" "$stic" render "model-$n.stic" --view both -o "render-$n.svg"
    measure "report-$n" "$stic" report "model-$n.stic" -o "report-$n"
    measure "analyze-json-$n" "$stic" analyze "model-$n.stic" --format json -o "analyze-$n.json"
done
if [[ ${STIC_BENCH_100K:-} == 1 ]]; then
    [[ -f model-100000.stic ]] || "$stic" new --synthetic 100000 --seed 1 -o "model-100000.stic" >/dev/null
    for format in svg png pdf; do
        rm -f "render-100000.$format"
        measure "render-100000-$format" "$stic" render "model-100000.stic" --view both -o "render-100000.$format"
    done
fi
echo "cli-benchmark: outputs and GNU time logs in $work" >&2
