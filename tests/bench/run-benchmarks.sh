#!/usr/bin/env bash
# Builds the benchmark programs (Release) and runs each RUNS times; writes docs/benchmarks.md with the
# median of the runs and its ratio to the limit/ideal measured in the same run.
#
#   tests/bench/run-benchmarks.sh                 # everything, 3 runs each
#   RUNS=5 BENCHMARKS="ratelimit concurrency" tests/bench/run-benchmarks.sh
#
# Environment: RUNS (3), SEQ_RUNS (runs of the slow one-at-a-time comparison, default RUNS), BENCHMARKS
# (space-separated subset of: ratelimit lifecycle concurrency dbscale stall startup diagnostics day), BUILD_DIR (build-bench), OUT (docs/benchmarks.md),
# RESULTS (JSON lines of every run; default BUILD_DIR/bench-results.jsonl, appended to when KEEP_RESULTS=1).
# PostgreSQL for dbscale: SALON_TEST_PG_URL if set, else a server started with scripts/test-postgres.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-bench}"
RUNS="${RUNS:-3}"
SEQ_RUNS="${SEQ_RUNS:-$RUNS}"
BENCHMARKS="${BENCHMARKS:-ratelimit lifecycle concurrency dbscale stall startup diagnostics day}"
OUT="${OUT:-$ROOT/docs/benchmarks.md}"
RESULTS="${RESULTS:-$BUILD_DIR/bench-results.jsonl}"

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSALON_WERROR=ON -DCMAKE_CXX_FLAGS= >/dev/null
targets=()
for b in $BENCHMARKS; do
    case "$b" in
    ratelimit) targets+=(bench_ratelimit bench_shared_budget) ;;
    lifecycle) targets+=(bench_lifecycle) ;;
    concurrency) targets+=(bench_concurrency) ;;
    dbscale | stall) targets+=(bench_console) ;;
    startup) targets+=(bench_console salon-admin salon-admin-cli) ;;
    diagnostics) targets+=(bench_ratelimit) ;;
    day) targets+=(bench_day) ;;
    esac
done
cmake --build "$BUILD_DIR" -j2 --target "${targets[@]}"
BIN="$BUILD_DIR/tests/bench"
mkdir -p "$(dirname "$RESULTS")"
[ "${KEEP_RESULTS:-0}" = 1 ] || : > "$RESULTS"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false;*.info=false'

# run N PROGRAM ARGS...: appends the program's JSON line per run; a failed run is recorded, not fatal.
run() {
    local n="$1"; shift
    for ((i = 1; i <= n; i++)); do
        echo "== $* (run $i/$n)" >&2
        local line rc=0
        line="$("$@" 2>>"$BUILD_DIR/bench-stderr.log")" || rc=$?
        if [ -n "$line" ]; then
            echo "$line" | tail -n 1 | sed "s/^{/{\"exitCode\":$rc,/" >> "$RESULTS"
        else
            echo "{\"benchmark\":\"$(basename "$1") $2\",\"exitCode\":$rc,\"error\":\"no result\"}" >> "$RESULTS"
        fi
        echo "   $(tail -n 1 "$RESULTS" | cut -c1-300)" >&2
    done
}

PG_DIR=""
cleanup() { if [ -n "$PG_DIR" ]; then "$ROOT/scripts/test-postgres.sh" stop "$PG_DIR" >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT

for b in $BENCHMARKS; do
    case "$b" in
    ratelimit)
        run "$RUNS" "$BIN/bench_ratelimit" create-event-types --count 600 --limit 120 --window-ms 6000 --latency-ms 80
        run "$RUNS" "$BIN/bench_ratelimit" sync-retry --count 600 --limit 120 --window-ms 6000 --latency-ms 80
        run "$RUNS" "$BIN/bench_shared_budget" run --count 1200 --limit 120 --window-ms 6000 --latency-ms 80
        run 1 "$BIN/bench_shared_budget" run --count 1200 --limit 120 --window-ms 6000 --latency-ms 80 --alone
        ;;
    lifecycle)
        run "$RUNS" "$BIN/bench_lifecycle" sick-day --count 200 --limit 120 --window-ms 6000 --latency-ms 80
        run "$RUNS" "$BIN/bench_lifecycle" move-day --count 200 --limit 120 --window-ms 6000 --latency-ms 80
        ;;
    concurrency)
        run "$RUNS" "$BIN/bench_concurrency" parallel --count 2000 --latency-ms 80
        run "$SEQ_RUNS" "$BIN/bench_concurrency" sequential --count 2000 --latency-ms 80
        ;;
    dbscale)
        run "$RUNS" "$BIN/bench_console" scale --backend sqlite --appointments 100000
        if [ -z "${SALON_TEST_PG_URL:-}" ]; then
            PG_DIR="$(mktemp -d /tmp/salon-bench-pg.XXXXXX)"
            SALON_TEST_PG_URL="$("$ROOT/scripts/test-postgres.sh" start "$PG_DIR" | tail -n 1)"
            export SALON_TEST_PG_URL
        fi
        run "$RUNS" "$BIN/bench_console" scale --backend postgresql --appointments 100000
        ;;
    stall)
        run "$RUNS" "$BIN/bench_console" stall --phases 2000 --latency-ms 80
        ;;
    startup)
        # Process start to main window shown and loaded (--screenshot exits then), on the 100,000-appointment
        # database; the reference is the same on an empty database, measured alternately in the same loop.
        large="$BUILD_DIR/bench-large.sqlite"
        empty="$BUILD_DIR/bench-empty.sqlite"
        [ -s "$large" ] || "$BIN/bench_console" scale --backend sqlite --appointments 100000 --save-db "$large" >/dev/null
        rm -f "$empty"
        "$BUILD_DIR/app/cli/salon-admin-cli" --db "sqlite:$empty" migrate >/dev/null
        gui="$BUILD_DIR/app/gui/salon-admin"
        for ((i = 1; i <= RUNS; i++)); do
            t0=$(date +%s%N); rc_e=0; "$gui" --db "sqlite:$empty" --screenshot "$BUILD_DIR/startup-empty.png" >/dev/null 2>&1 || rc_e=$?
            t1=$(date +%s%N); rc_l=0; "$gui" --db "sqlite:$large" --screenshot "$BUILD_DIR/startup-large.png" >/dev/null 2>&1 || rc_l=$?
            t2=$(date +%s%N)
            line="{\"benchmark\":\"startup\",\"exitCode\":$((rc_e + rc_l)),\"wallMs\":$(((t2 - t1) / 1000000)),\"idealMs\":$(((t1 - t0) / 1000000)),\"ratio\":$(python3 -c "print(($t2-$t1)/max(1,($t1-$t0)))")}"
            echo "$line" >> "$RESULTS"; echo "   $line" >&2
        done
        ;;
    diagnostics)
        # One run: the rate limit at Cal.com's real 60 s window (4 minutes; the margin is 1 % of the window).
        run 1 "$BIN/bench_ratelimit" create-event-types --count 240 --limit 120 --window-ms 60000 --latency-ms 80
        ;;
    day)
        run "$RUNS" "$BIN/bench_day" paint --appointments 200 --repeats 40
        ;;
    *) echo "unknown benchmark: $b" >&2; exit 2 ;;
    esac
done

python3 "$ROOT/tests/bench/summarize.py" "$RESULTS" "$OUT" "$RUNS"
echo "wrote $OUT" >&2
