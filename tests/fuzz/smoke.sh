#!/usr/bin/env bash
# Runs every libFuzzer target of a build for a while on its seed inputs:
#   tests/fuzz/smoke.sh BUILD_DIR [SECONDS] [TARGET...]
# BUILD_DIR is a build of the `asan` or `fuzz` preset; SECONDS per target
# (default 30, what CI runs); TARGETs narrow the run (default: all of them).
# The list of targets and their seeds comes from the build
# (BUILD_DIR/tests/fuzz/fuzz-targets.tsv, written by tests/fuzz/CMakeLists.txt).
#
# Fuzzing starts from a copy of the seeds, so the source tree is never
# written. Crashing inputs are kept in $FUZZ_OUT (default BUILD_DIR/fuzz-smoke)
# with the log of the run; add each one, once fixed, to
# tests/data/fuzz/regressions/TARGET/ so that fuzz_TARGET_replay keeps it fixed.
# Exits non-zero when any target found a crash, a leak, undefined behaviour,
# an input slower than 10 s or one that needs more than 2 GiB.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD_DIR [SECONDS] [TARGET...]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
seconds=${2:-30}
shift $(($# < 2 ? $# : 2))
only=("$@")

manifest="$build_dir/tests/fuzz/fuzz-targets.tsv"
if [[ ! -f $manifest ]]; then
    echo "$manifest is missing: configure the build with METAFILL_BUILD_FUZZERS=ON (presets asan, fuzz)" >&2
    exit 2
fi
suppressions="$(cd "$(dirname "$0")/.." && pwd)/sanitizers/lsan.supp"
out=${FUZZ_OUT:-$build_dir/fuzz-smoke}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same sanitizer settings as the test preset: any undefined behaviour
# stops the run; leaks in Qt's and fontconfig's start-up are suppressed.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$suppressions:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 METAFILL_LANG=en

failed=()
ran=0
printf '%-24s %10s %8s %6s %s\n' target executions exec/s cov result
while IFS=$'\t' read -r -a columns; do
    [[ ${#columns[@]} -ge 2 ]] || continue
    name=${columns[0]}
    binary=${columns[1]}
    if [[ ${#only[@]} -gt 0 && ! " ${only[*]} " == *" $name "* ]]; then
        continue
    fi
    ran=$((ran + 1))
    # Seeds from several folders may share a file name: number them.
    corpus="$work/$name"
    mkdir -p "$corpus"
    n=0
    for seed in "${columns[@]:2}"; do
        n=$((n + 1))
        cp "$seed" "$corpus/$n-$(basename "$seed")"
    done
    log="$out/$name.log"
    status=0
    "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$out/$name-" </dev/null >"$log" 2>&1 || status=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    if [[ $status -eq 0 ]]; then
        result=ok
    else
        result="FAILED (exit $status; see $log)"
        failed+=("$name")
    fi
    printf '%-24s %10s %8s %6s %s\n' "$name" "${executions:-?}" "${speed:-?}" "${coverage:-?}" "$result"
done <"$manifest"

if [[ $ran -eq 0 ]]; then
    echo "No fuzz target ran (asked for: ${only[*]:-all}; listed in $manifest)" >&2
    exit 2
fi
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "Fuzzing found problems in: ${failed[*]}" >&2
    for name in "${failed[@]}"; do
        echo "---- $name (end of $out/$name.log)" >&2
        tail -n 60 "$out/$name.log" >&2
    done
    exit 1
fi
