#!/usr/bin/env bash
# tests/fuzz/run.sh: run the libFuzzer harnesses, then replay the saved regressions.
#
#   bash tests/fuzz/run.sh BUILD_DIR [SECONDS]      (make -f Makefile.emscripten fuzz)
#
# BUILD_DIR holds fuzz_scenario and fuzz_analysis (configured with -DMLROI_FUZZ=ON).
# Each fuzzer runs SECONDS (default 60; 0 skips fuzzing, replay only), both at once on two
# cores, from the seed corpus tests/fuzz/corpus/<name>/ with tests/fuzz/scenario.dict.
# New corpus entries go to BUILD_DIR/corpus/<name>/ (never the repo), emptied first so the
# SECONDS go to fuzzing rather than to replaying a corpus that grows with every run (an
# analysis takes ~50-100 ms under the sanitizers); FUZZ_KEEP_CORPUS=1 keeps it, for long
# sessions. A failing input goes to BUILD_DIR/artifacts/. Then every file in
# tests/fuzz/regressions/ (README.md aside) goes through both harnesses once.
# Exit status: non-zero on any failure.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build="${1:?usage: bash tests/fuzz/run.sh BUILD_DIR [SECONDS]}"
seconds="${2:-60}"
fuzzers=(scenario analysis)

for name in "${fuzzers[@]}"; do
    [ -x "$build/fuzz_$name" ] || { echo "fuzz: $build/fuzz_$name missing (build it first)" >&2; exit 2; }
done
# Symbolized stacks (llvm-14); UBSan stops at the first report with a stack.
if [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
    export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
if [ "$seconds" -gt 0 ]; then
    pids=()
    for name in "${fuzzers[@]}"; do
        [ "${FUZZ_KEEP_CORPUS:-0}" = 1 ] || rm -rf "${build:?}/corpus/$name"
        mkdir -p "$build/corpus/$name" "$build/artifacts"
        "$build/fuzz_$name" "$build/corpus/$name" "tests/fuzz/corpus/$name" \
            -dict=tests/fuzz/scenario.dict -max_total_time="$seconds" -timeout=10 \
            -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$build/artifacts/$name-" >"$build/fuzz_$name.log" 2>&1 &
        pids+=($!)
    done
    for i in "${!fuzzers[@]}"; do
        name="${fuzzers[$i]}"
        if wait "${pids[$i]}"; then
            result=ok
        else
            result=FAILED
            status=1
        fi
        runs=$(grep -a -m1 '^stat::number_of_executed_units' "$build/fuzz_$name.log" | awk '{print $2}')
        rate=$(grep -a -m1 '^stat::average_exec_per_sec' "$build/fuzz_$name.log" | awk '{print $2}')
        added=$(grep -a -m1 '^stat::new_units_added' "$build/fuzz_$name.log" | awk '{print $2}')
        analyses=$(grep -a -m1 '^mlroi fuzz: analyses run:' "$build/fuzz_$name.log" | awk '{print $NF}')
        echo "fuzz_$name: $result, ${runs:-?} runs in ${seconds}s (${rate:-?}/s)${analyses:+, $analyses of them analysed}, ${added:-?} new corpus entries (log: $build/fuzz_$name.log)"
        if [ "$result" = FAILED ]; then
            grep -a -m3 -E 'invariant broken|ERROR: |runtime error|SUMMARY' "$build/fuzz_$name.log" | cut -c1-400 >&2
            grep -a -m1 'Test unit written to' "$build/fuzz_$name.log" >&2
            echo "  keep it: cp <that file> tests/fuzz/regressions/<what-it-breaks>.json" >&2
        fi
    done
fi

# Replay: every saved case through both harnesses (an empty directory is fine).
shopt -s nullglob
cases=()
for f in tests/fuzz/regressions/*; do
    case "$f" in *.md) continue ;; esac
    [ -f "$f" ] && cases+=("$f")
done
if [ "${#cases[@]}" -eq 0 ]; then
    echo "fuzz: no regressions to replay"
else
    for name in "${fuzzers[@]}"; do
        failed=0
        for f in "${cases[@]}"; do
            if ! "$build/fuzz_$name" "$f" >"$build/replay.log" 2>&1; then
                failed=$((failed + 1))
                status=1
                echo "fuzz_$name: regression FAILS: $f" >&2
                grep -a -m2 -E 'invariant broken|ERROR: |runtime error' "$build/replay.log" | cut -c1-400 >&2
            fi
        done
        echo "fuzz_$name: replayed ${#cases[@]} regressions, $failed failing"
    done
fi
exit "$status"
