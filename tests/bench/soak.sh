#!/usr/bin/env bash
# Reliability soak: kill -9 the CLI at random points of a `sync` and of a `create-event-types` run against a
# `salon-admin-cli sandbox --save` process (only the CLI dies), restart until it finishes, then check the
# sandbox's saved state: every phase booked exactly once, every created event type mapped, none duplicated.
# The same with SIGINT/SIGTERM instead of kill -9: each stopped run exits 130/143 (or 0/1 if it ended first)
# and leaves no phase `syncing`, and the restarts need no --take-over-after (the claims were given back).
# Then the lifecycle (docs/lifecycle.md): kill -9 and SIGTERM in turn during a bulk move (one move-appointment
# per appointment), a sick day (reassign --from-staff) and a bulk cancel, run them to the end, and check that
# every step has exactly one live booking at its stored time on its stored staff member's event type, and no
# live booking is left for the cancelled appointments.
# Then the same work with sandbox faults on: runs finish, nothing crashes, no phase is left `syncing`,
# every failure carries a reason.
#
#   tests/bench/soak.sh [SEEDS]            (default 20; the CTest test `bench_reliability` runs 3, small)
#   FIRST_SEED=11 tests/bench/soak.sh 10   (seeds 11-20: split a long soak over parallel processes,
#                                           each with its own WORK dir)
#
# Environment: BIN_DIR (build dir with app/cli/salon-admin-cli and tests/bench/bench_fixtures; default
# build-bench), PHASES (200), SERVICES_ET (2 → 48 event types with 6 staff), KILLS (3 per run), WORK (tmp dir),
# LIFECYCLE_APPTS (12 appointments of 4 booked steps for the lifecycle part; 0 skips it),
# RATE_LIMIT (sandbox requests per 60 s; default 100000: a restarted CLI starts with an empty RateLimiter
# while the sandbox still counts the killed run's requests, so at Cal.com's 120 a 200-phase seed hits 429 and
# waits out 60 s blocks — correct, but it makes 20 seeds take hours; set RATE_LIMIT=120 to include that).
# A phase claimed by a killed run stays `syncing` until the claim is stale (15 min by default); the restarted
# runs pass `--take-over-after 0`, as an admin does after a crash (Cal.com is checked before re-booking).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SEEDS="${1:-20}"
BIN_DIR="${BIN_DIR:-$ROOT/build-bench}"
CLI="$BIN_DIR/app/cli/salon-admin-cli"
FIX="$BIN_DIR/tests/bench/bench_fixtures"
PHASES="${PHASES:-200}"
LIFECYCLE_APPTS="${LIFECYCLE_APPTS:-12}"
SERVICES_ET="${SERVICES_ET:-2}"
KILLS="${KILLS:-3}"
AUTO_WORK=0
[ -n "${WORK:-}" ] || { WORK="$(mktemp -d /tmp/salon-soak.XXXXXX)"; AUTO_WORK=1; }
export QT_LOGGING_RULES='*.debug=false' CALCOM_API_KEY=cal_bench_key CALCOM_TEAM_ID=12345
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# sql DB STATEMENT: runs one statement (python3's sqlite3: the sqlite3 shell is not a dependency), prints
# the first column of the first row.
sql() {
    python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); r = c.execute(sys.argv[2]).fetchone(); c.commit()
print(r[0] if r else "")' "$1" "$2"
}

start_sandbox() { # state save faults -> sets SB_PID, CALCOM_URL
    local state=$1 save=$2 faults=${3:-}
    local args=(sandbox --state "$state" --save "$save" --api-key cal_bench_key --latency 20
                --rate-limit "${RATE_LIMIT:-100000}")
    [ -n "$faults" ] && args+=(--faults "$faults")
    # Empty them here: the redirection below truncates only once the background child runs.
    : >"$WORK/sandbox.url"
    : >"$WORK/sandbox.err"
    "$CLI" "${args[@]}" >"$WORK/sandbox.url" 2>"$WORK/sandbox.err" &
    SB_PID=$!
    for _ in $(seq 600); do [ -s "$WORK/sandbox.url" ] && break; sleep 0.05; done
    CALCOM_URL="$(head -n 1 "$WORK/sandbox.url")"
    # Never fall back to the real Cal.com: without the sandbox's URL, stop.
    if [ -z "$CALCOM_URL" ]; then
        echo "FAIL: the sandbox printed no URL within 30 s" >&2
        cat "$WORK/sandbox.err" >&2
        exit 1
    fi
    export CALCOM_URL
}
stop_sandbox() { [ -n "${SB_PID:-}" ] && kill -TERM "$SB_PID" 2>/dev/null; wait "${SB_PID:-}" 2>/dev/null; SB_PID=""; }
trap stop_sandbox EXIT

# run_killed DB MAX_MS ARGS...: starts the CLI KILLS times and kill -9's it after a random 30..MAX_MS ms
# (unless it ended by itself; KILLS_LANDED counts the kills that hit a running process), then runs it to the
# end; prints the final exit code.
KILLS_LANDED=0
KILLS_TRIED=0
TERMS_LANDED=0
run_killed() {
    local db=$1 max_ms=$2; shift 2
    for ((k = 0; k < KILLS; k++)); do
        "$CLI" --db "sqlite:$db" "$@" >>"$WORK/cli.log" 2>&1 &
        local pid=$!
        local ms=$((30 + RANDOM % (max_ms - 30)))
        sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
        KILLS_TRIED=$((KILLS_TRIED + 1))
        kill -9 "$pid" 2>/dev/null && KILLS_LANDED=$((KILLS_LANDED + 1))
        wait "$pid" 2>/dev/null
    done
    local rc=0
    for attempt in 1 2 3; do
        rc=0; "$CLI" --db "sqlite:$db" "$@" >>"$WORK/cli.log" 2>&1 || rc=$?
        [ "$rc" -eq 0 ] && break
    done
    echo "$rc"
}

# run_signalled DB MAX_MS ARGS...: starts the CLI KILLS times and sends SIGINT or SIGTERM (at random) after
# a random 30..MAX_MS ms; each stopped run must exit 128+signal (0/1 when it ended first) and, for sync, leave
# no phase `syncing`. Then runs it to the end WITHOUT --take-over-after; prints the final exit code.
SIGNALS_LANDED=0
SIGNALS_TRIED=0
run_signalled() {
    local db=$1 max_ms=$2; shift 2
    for ((k = 0; k < KILLS; k++)); do
        local sig=INT expect=130
        if (( (k + RANDOM) % 2 )); then sig=TERM; expect=143; fi
        "$CLI" --db "sqlite:$db" "$@" >>"$WORK/cli.log" 2>&1 &
        local pid=$!
        local ms=$((30 + RANDOM % (max_ms - 30)))
        sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
        SIGNALS_TRIED=$((SIGNALS_TRIED + 1))
        kill -"$sig" "$pid" 2>/dev/null && SIGNALS_LANDED=$((SIGNALS_LANDED + 1))
        local rc=0
        wait "$pid" || rc=$?
        case "$rc" in
            0 | 1 | "$expect") ;;
            *) fail "seed $seed $1: SIG$sig run exited $rc, expected $expect (or 0/1)" ;;
        esac
        if [ "$1" = sync ]; then
            local left
            left=$(sql "$db" "SELECT COUNT(*) FROM appointment_phases WHERE sync_status = 'syncing'")
            [ "$left" = 0 ] || fail "seed $seed sync: $left phases left syncing after SIG$sig (claims not given back)"
        fi
    done
    local rc=0
    for attempt in 1 2 3; do
        rc=0; "$CLI" --db "sqlite:$db" "$@" >>"$WORK/cli.log" 2>&1 || rc=$?
        [ "$rc" -eq 0 ] && break
    done
    echo "$rc"
}

check_bookings() { # save db phases -> prints problems
    python3 - "$1" "$2" "$3" <<'PY'
import json, sqlite3, sys, collections
state = json.load(open(sys.argv[1])); db = sqlite3.connect(sys.argv[2]); n = int(sys.argv[3])
per = collections.Counter(b.get("metadata", {}).get("salonPhaseId") for b in state.get("bookings", [])
                          if b.get("status") not in ("cancelled", "rejected"))
problems = [f"phase {p} booked {per.get(str(p), 0)} times" for p in range(1, n + 1) if per.get(str(p), 0) != 1]
for pid, status, uid in db.execute("SELECT id, sync_status, calcom_booking_uid FROM appointment_phases"):
    if status != "synced": problems.append(f"phase {pid} is {status}")
print("\n".join(problems[:10]) + (f"\n... {len(problems)} problems" if len(problems) > 10 else ""))
PY
}

check_event_types() { # save db expected -> prints problems
    python3 - "$1" "$2" "$3" <<'PY'
import json, sqlite3, sys, collections
state = json.load(open(sys.argv[1])); db = sqlite3.connect(sys.argv[2]); n = int(sys.argv[3])
team = [e for e in state.get("eventTypes", []) if e.get("teamId") == 12345]
slugs = collections.Counter(e["slug"] for e in team)
ids = {e["id"] for e in team}
problems = [f"slug {s} exists {c} times" for s, c in slugs.items() if c > 1]
if len(team) != n: problems.append(f"{len(team)} team event types, expected {n}")
rows = db.execute("SELECT event_type_id FROM calcom_event_map").fetchall()
if len(rows) != n: problems.append(f"{len(rows)} map rows, expected {n}")
unmapped = ids - {r[0] for r in rows}
if unmapped: problems.append(f"{len(unmapped)} created event types not mapped")
bad = [r[0] for r in rows if r[0] not in ids]
if bad: problems.append(f"{len(bad)} map rows point to no team event type")
print("\n".join(problems))
PY
}

# killed_loop DB MAX_MS COMMANDS: runs the CLI once per line of COMMANDS (its arguments), one after another;
# KILLS times it stops the loop and kills the CLI that is running after a random 30..MAX_MS ms, with kill -9
# and SIGTERM in turn, then runs all lines to the end (each must exit 0); prints the last exit code that was
# not 0, or 0.
killed_loop() {
    local db=$1 max_ms=$2 commands=$3
    for ((k = 0; k < KILLS; k++)); do
        : >"$WORK/current.pid"
        (
            while read -r -a args; do
                "$CLI" --db "sqlite:$db" "${args[@]}" >>"$WORK/cli.log" 2>&1 &
                echo $! >"$WORK/current.pid"
                wait $!
            done <"$commands"
        ) &
        local loop=$!
        local ms=$((30 + RANDOM % (max_ms - 30)))
        sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
        local signal=KILL
        [ $((k % 2)) = 1 ] && signal=TERM
        KILLS_TRIED=$((KILLS_TRIED + 1))
        # The loop first (so it starts no other CLI), then the CLI it runs.
        kill -9 "$loop" 2>/dev/null
        wait "$loop" 2>/dev/null
        local cli
        cli=$(cat "$WORK/current.pid" 2>/dev/null)
        if [ -n "$cli" ] && kill -"$signal" "$cli" 2>/dev/null; then
            KILLS_LANDED=$((KILLS_LANDED + 1))
            [ "$signal" = TERM ] && TERMS_LANDED=$((TERMS_LANDED + 1))
        fi
        [ -n "$cli" ] && while kill -0 "$cli" 2>/dev/null; do sleep 0.05; done
    done
    local last=0
    for attempt in 1 2 3; do
        last=0
        while read -r -a args; do
            local rc=0
            "$CLI" --db "sqlite:$db" "${args[@]}" >>"$WORK/cli.log" 2>&1 || rc=$?
            [ "$rc" = 0 ] || last=$rc
        done <"$commands"
        [ "$last" = 0 ] && break
    done
    echo "$last"
}

# check_lifecycle STATE DB MODE: MODE "booked" - every staff phase has exactly one live booking, at its stored
# start, on its stored staff member's event type, nothing owed; MODE "cancelled" - no live booking of any
# appointment, every appointment and phase cancelled, nothing owed. Prints problems.
check_lifecycle() {
    python3 - "$1" "$2" "$3" <<'PY'
import json, sqlite3, sys, collections, datetime
state = json.load(open(sys.argv[1])); db = sqlite3.connect(sys.argv[2]); mode = sys.argv[3]
def t(text): return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(datetime.timezone.utc)
live = collections.defaultdict(list)
for b in state.get("bookings", []):
    if b.get("status") not in ("cancelled", "rejected"):
        live[b.get("metadata", {}).get("salonPhaseId")].append(b)
problems = []
owed = db.execute("SELECT COUNT(*) FROM lifecycle_operations WHERE state IN ('open', 'undoing')").fetchone()[0]
if owed: problems.append(f"{owed} lifecycle changes left unfinished")
rows = db.execute("SELECT p.id, p.starts_at, p.sync_status, m.event_type_id, a.status FROM appointment_phases p "
                  "JOIN appointments a ON a.id = p.appointment_id LEFT JOIN calcom_event_map m ON "
                  "m.service_id = a.service_id AND m.segment_key = p.segment_key AND m.staff_id = p.staff_id").fetchall()
for pid, start, status, event_type, appointment_status in rows:
    bookings = live.get(str(pid), [])
    if mode == "cancelled":
        if bookings: problems.append(f"phase {pid} of a cancelled appointment has {len(bookings)} live bookings")
        if status != "cancelled" or appointment_status != "cancelled":
            problems.append(f"phase {pid} is {status}, its appointment {appointment_status}")
        continue
    if len(bookings) != 1:
        problems.append(f"phase {pid} has {len(bookings)} live bookings"); continue
    b = bookings[0]
    if t(b["start"]) != t(start): problems.append(f"phase {pid} is booked at {b['start']}, stored at {start}")
    if b.get("eventTypeId") != event_type: problems.append(f"phase {pid} is booked on {b.get('eventTypeId')}, its staff's type is {event_type}")
    if status != "synced": problems.append(f"phase {pid} is {status}")
print("\n".join(problems[:10]) + (f"\n... {len(problems)} problems" if len(problems) > 10 else ""))
PY
}

services_args=()
for ((s = 0; s < SERVICES_ET; s++)); do services_args+=(--service $((1000 + s))); done
ET_COUNT=$((SERVICES_ET * 4 * 6))
APPTS=$((PHASES / 4))

FIRST_SEED="${FIRST_SEED:-1}"
for ((seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++)); do
    RANDOM=$seed
    d="$WORK/seed-$seed"; mkdir -p "$d"
    # --- sync, killed and restarted
    "$FIX" state "$d/state-sync.json" --staff 6 --services 2 --event-types
    "$FIX" dataset "$d/salon-sync.json" --staff 6 --services 2 --event-maps --failed-appointments "$APPTS"
    "$CLI" --db "sqlite:$d/sync.sqlite" import "$d/salon-sync.json" >/dev/null || fail "seed $seed: import"
    start_sandbox "$d/state-sync.json" "$d/after-sync.json"
    run_killed "$d/sync.sqlite" 1500 sync --take-over-after 0 >"$WORK/rc"; rc=$(cat "$WORK/rc")
    stop_sandbox
    [ "$rc" = 0 ] || fail "seed $seed sync: final run exited $rc"
    problems=$(check_bookings "$d/after-sync.json" "$d/sync.sqlite" "$PHASES")
    [ -z "$problems" ] || fail "seed $seed sync: $problems"

    # --- sync, stopped by SIGINT/SIGTERM and restarted (no take-over needed: claims were given back)
    "$CLI" --db "sqlite:$d/signal.sqlite" import "$d/salon-sync.json" >/dev/null || fail "seed $seed: import"
    start_sandbox "$d/state-sync.json" "$d/after-signal.json"
    run_signalled "$d/signal.sqlite" 1500 sync >"$WORK/rc"; rc=$(cat "$WORK/rc")
    stop_sandbox
    [ "$rc" = 0 ] || fail "seed $seed sync after signals: final run exited $rc"
    problems=$(check_bookings "$d/after-signal.json" "$d/signal.sqlite" "$PHASES")
    [ -z "$problems" ] || fail "seed $seed sync after signals: $problems"

    # --- create-event-types, killed and restarted
    "$FIX" state "$d/state-et.json" --staff 6 --services "$SERVICES_ET"
    "$FIX" dataset "$d/salon-et.json" --staff 6 --services "$SERVICES_ET"
    "$CLI" --db "sqlite:$d/et.sqlite" import "$d/salon-et.json" >/dev/null || fail "seed $seed: import"
    start_sandbox "$d/state-et.json" "$d/after-et.json"
    # The wizard's 48 types take well under a second at 20 ms latency: kill early.
    run_killed "$d/et.sqlite" 400 create-event-types "${services_args[@]}" >"$WORK/rc"; rc=$(cat "$WORK/rc")
    stop_sandbox
    [ "$rc" = 0 ] || fail "seed $seed create-event-types: final run exited $rc"
    problems=$(check_event_types "$d/after-et.json" "$d/et.sqlite" "$ET_COUNT")
    [ -z "$problems" ] || fail "seed $seed create-event-types: $problems"

    # --- create-event-types, stopped by SIGINT/SIGTERM and restarted
    "$CLI" --db "sqlite:$d/et-signal.sqlite" import "$d/salon-et.json" >/dev/null || fail "seed $seed: import"
    start_sandbox "$d/state-et.json" "$d/after-et-signal.json"
    run_signalled "$d/et-signal.sqlite" 400 create-event-types "${services_args[@]}" >"$WORK/rc"; rc=$(cat "$WORK/rc")
    stop_sandbox
    [ "$rc" = 0 ] || fail "seed $seed create-event-types after signals: final run exited $rc"
    problems=$(check_event_types "$d/after-et-signal.json" "$d/et-signal.sqlite" "$ET_COUNT")
    [ -z "$problems" ] || fail "seed $seed create-event-types after signals: $problems"

    # --- faults on: every run ends (exit 0/1, no signal), nothing left syncing, every failure has a reason
    faults="seed=$seed,500=0.1,reset=0.03,malformed=0.03,html502=0.03,spike=0.03:2000"
    "$CLI" --db "sqlite:$d/faults.sqlite" import "$d/salon-sync.json" >/dev/null || fail "seed $seed: import"
    start_sandbox "$d/state-sync.json" "$d/after-faults.json" "$faults"
    for attempt in 1 2 3 4 5 6; do
        rc=0; "$CLI" --db "sqlite:$d/faults.sqlite" sync >>"$WORK/cli.log" 2>&1 || rc=$?
        [ "$rc" -le 1 ] || fail "seed $seed faults: sync exited $rc (crash or could not run)"
        left=$(sql "$d/faults.sqlite" "SELECT COUNT(*) FROM appointment_phases WHERE sync_status = 'syncing'")
        [ "$left" = 0 ] || fail "seed $seed faults: $left phases left syncing after run $attempt"
        noreason=$(sql "$d/faults.sqlite" "SELECT COUNT(*) FROM appointment_phases WHERE sync_status = 'failed' AND COALESCE(TRIM(sync_error), '') = ''")
        [ "$noreason" = 0 ] || fail "seed $seed faults: $noreason failed phases without a reason"
        [ "$rc" = 0 ] && break
    done
    stop_sandbox
    doubles=$(python3 -c "
import json,collections,sys
s=json.load(open('$d/after-faults.json'))
c=collections.Counter(b.get('metadata',{}).get('salonPhaseId') for b in s.get('bookings',[]) if b.get('status') not in ('cancelled','rejected'))
print(sum(1 for v in c.values() if v>1))")
    [ "$doubles" = 0 ] || fail "seed $seed faults: $doubles phases booked more than once"
    # --- lifecycle: kill -9 and SIGTERM during a bulk move, a sick day and a bulk cancel; restart; finish
    if [ "$LIFECYCLE_APPTS" -gt 0 ]; then
        "$FIX" booked "$d/state-lc.json" "$d/salon-lc.json" "$d/moves.txt" --appointments "$LIFECYCLE_APPTS" \
            --staff 2 --step-minutes 5
        "$CLI" --db "sqlite:$d/lc.sqlite" import "$d/salon-lc.json" >/dev/null || fail "seed $seed: lifecycle import"
        sed 's/^\([0-9]*\) \(.*\)$/move-appointment \1 --to \2/' "$d/moves.txt" >"$d/move.cmds"
        start_sandbox "$d/state-lc.json" "$d/after-move.json"
        killed_loop "$d/lc.sqlite" 1500 "$d/move.cmds" >"$WORK/rc"; rc=$(cat "$WORK/rc")
        stop_sandbox
        [ "$rc" = 0 ] || fail "seed $seed bulk move: last runs exited $rc"
        problems=$(check_lifecycle "$d/after-move.json" "$d/lc.sqlite" booked)
        [ -z "$problems" ] || fail "seed $seed bulk move: $problems"

        echo "reassign --from-staff 00000000-0000-4000-8000-000000000001 --to-staff 00000000-0000-4000-8000-000000000002 --on 2030-11-05" >"$d/sick.cmds"
        start_sandbox "$d/after-move.json" "$d/after-sick.json"
        killed_loop "$d/lc.sqlite" 1500 "$d/sick.cmds" >"$WORK/rc"; rc=$(cat "$WORK/rc")
        stop_sandbox
        [ "$rc" = 0 ] || fail "seed $seed sick day: last run exited $rc"
        problems=$(check_lifecycle "$d/after-sick.json" "$d/lc.sqlite" booked)
        [ -z "$problems" ] || fail "seed $seed sick day: $problems"
        others=$(sql "$d/lc.sqlite" "SELECT COUNT(*) FROM appointment_phases WHERE staff_id <> '00000000-0000-4000-8000-000000000002'")
        [ "$others" = 0 ] || fail "seed $seed sick day: $others phases not handed over"

        echo "cancel-appointment $(seq -s ' ' 1 "$LIFECYCLE_APPTS") --reason Krankheit" >"$d/cancel.cmds"
        start_sandbox "$d/after-sick.json" "$d/after-cancel.json"
        killed_loop "$d/lc.sqlite" 1000 "$d/cancel.cmds" >"$WORK/rc"; rc=$(cat "$WORK/rc")
        stop_sandbox
        [ "$rc" = 0 ] || fail "seed $seed bulk cancel: last run exited $rc"
        problems=$(check_lifecycle "$d/after-cancel.json" "$d/lc.sqlite" cancelled)
        [ -z "$problems" ] || fail "seed $seed bulk cancel: $problems"
    fi
    echo "seed $seed done (failures so far: $failures)" >&2
done
echo "soak: $SEEDS seeds from $FIRST_SEED, $failures failures, $KILLS_LANDED of $KILLS_TRIED kills ($TERMS_LANDED of them SIGTERM) and $SIGNALS_LANDED of $SIGNALS_TRIED SIGINT/SIGTERM hit a running CLI (work dir $WORK)" >&2
# A temporary work dir is removed after a clean soak and kept for inspection after a failure.
[ "$failures" -eq 0 ] && [ "$AUTO_WORK" = 1 ] && rm -rf "$WORK"
[ "$failures" -eq 0 ]
