#!/usr/bin/env python3
"""Turns the JSON lines of tests/bench/run-benchmarks.sh into docs/benchmarks.md.

Every figure is the median of the runs; every ratio is the median of the per-run ratios (each run divides by
the limit or ideal computed from that same run's request count)."""
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
from collections import defaultdict

results_path, out_path, runs_requested = sys.argv[1], sys.argv[2], sys.argv[3]
runs = defaultdict(list)
with open(results_path) as f:
    for line in f:
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        key = r["benchmark"] + (f" ({r['backend']})" if "backend" in r else "")
        if r["benchmark"].startswith("ratelimit-"):
            key += f" window {r.get('windowMs')}"
        runs[key].append(r)


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def s(ms):
    return "–" if ms is None else f"{ms / 1000:.2f} s"


def mss(ms):
    return "–" if ms is None else (f"{ms:.0f} ms" if ms >= 10 else f"{ms:.1f} ms")


def cmd(c):
    try:
        return subprocess.run(c, capture_output=True, text=True, shell=True).stdout.strip()
    except Exception:
        return "?"


rows = []   # benchmark, median, limit/ideal, ratio, target, runs, notes
failures = []
for key, rs in runs.items():
    ok = [r for r in rs if "error" not in r]
    bad = len(rs) - len(ok)
    if bad:
        failures.append(f"{key}: {bad} of {len(rs)} runs produced no result (see bench-stderr.log)")
    if not ok:
        continue
    n = f"{len(ok)}"
    nonzero = [r for r in ok if r.get("exitCode", 0) != 0]
    if nonzero:
        failures.append(f"{key}: {len(nonzero)} of {len(ok)} runs exited non-zero (items failed)")
    name = ok[0]["benchmark"]
    if name.startswith("ratelimit-"):
        req = med([r["requests"] for r in ok])
        four29 = sum(r["status429"] for r in ok)
        routes = ok[0].get("routes", {})
        extra = ""
        if name.endswith("create-event-types"):
            extra = (f"{ok[0]['done']}/{ok[0]['items']} created, duplicate slugs "
                     f"{max(r['duplicateSlugs'] for r in ok)}")
        else:
            extra = (f"{ok[0]['synced']}/{ok[0]['phases']} synced, booked twice "
                     f"{max(r['bookedMoreThanOnce'] for r in ok)}, concurrency {ok[0]['concurrency']}")
        periods = []
        for r in ok:
            starts = [0] + [g[0] + g[1] for g in r.get("gaps", [])]
            periods += [b - a for a, b in zip(starts, starts[1:])]
        if periods:
            extra += (f"; the sandbox log shows a new budget starting every {med(periods) / 1000:.2f} s "
                      f"(median of {len(periods)} windows; window {ok[0]['windowMs'] / 1000:g} s)")
        rows.append([
            f"{name} ({ok[0]['limit']} req / {ok[0]['windowMs'] / 1000:g} s, {ok[0]['latencyMs']} ms latency)",
            s(med([r["wallMs"] for r in ok])),
            f"{s(med([r['idealMs'] for r in ok]))} = {req:g} requests ÷ {ok[0]['limit']} × {ok[0]['windowMs'] / 1000:g} s",
            f"{med([r['ratio'] for r in ok]):.3f}",
            "≤ 1.05, 0 × 429",
            n,
            f"429 answers (all runs): {four29}; fixed-window floor {s(med([r['fixedWindowFloorMs'] for r in ok]))}; "
            f"{extra}; requests run 1: " + ", ".join(f"{k} {v}" for k, v in sorted(routes.items())),
        ])
    elif name.startswith("shared-budget"):
        req = med([r["requests"] for r in ok])
        rows.append([
            f"{name}: {ok[0]['processes']} processes on one key ({ok[0]['limit']} req / {ok[0]['windowMs'] / 1000:g} s, "
            f"{ok[0]['latencyMs']} ms latency)" + ("" if ok[0]["sharedBudget"] else ", each pacing alone (before)"),
            s(med([r["wallMs"] for r in ok])),
            f"{s(med([r['idealMs'] for r in ok]))} = {req:g} requests ÷ {ok[0]['limit']} × {ok[0]['windowMs'] / 1000:g} s",
            f"{med([r['ratio'] for r in ok]):.3f}",
            "≤ 1.05, 0 × 429" if ok[0]["sharedBudget"] else "(reference)",
            n,
            f"429 answers (all runs): {sum(r['status429'] for r in ok)}; {ok[0]['synced']}/{ok[0]['phases']} synced, "
            f"booked twice {max(r['bookedMoreThanOnce'] for r in ok)}",
        ])
    elif name.startswith("lifecycle-"):
        req = med([r["requests"] for r in ok])
        what = ("a sick day: every step to another staff member (one booking + one cancel each)"
                if name.endswith("sick-day") else "a move by one day (one reschedule per step)")
        rows.append([
            f"{name}: {ok[0]['appointments']} appointments ({ok[0]['steps']} steps), {what} "
            f"({ok[0]['limit']} req / {ok[0]['windowMs'] / 1000:g} s, {ok[0]['latencyMs']} ms latency)",
            s(med([r["wallMs"] for r in ok])),
            f"{s(med([r['idealMs'] for r in ok]))} = {req:g} requests ÷ {ok[0]['limit']} × {ok[0]['windowMs'] / 1000:g} s",
            f"{med([r['ratio'] for r in ok]):.3f}",
            "≤ 1.05, 0 × 429; requests ≤ 1.10 × floor",
            n,
            f"429 answers (all runs): {sum(r['status429'] for r in ok)}; requests {req:g} against the floor "
            f"{ok[0]['requestFloor']} = {med([r['requestRatio'] for r in ok]):.3f}; {ok[0]['done']}/{ok[0]['appointments']} "
            f"done; steps not booked exactly once where stored {max(r['wrongBookings'] for r in ok)}; requests run 1: "
            + ", ".join(f"{k} {v}" for k, v in sorted(ok[0].get("routes", {}).items())),
        ])
    elif name.startswith("concurrency-"):
        rows.append([
            f"{name} ({ok[0]['count']} bookings, {ok[0]['latencyMs']} ms latency)",
            s(med([r["wallMs"] for r in ok])),
            s(med([r["idealMs"] for r in ok])) + (" = ⌈N ÷ 6⌉ × latency" if "parallel" in name else " = N × latency"),
            f"{med([r['ratio'] for r in ok]):.2f}",
            "≤ 2" if "parallel" in name else "(reference)",
            n,
            f"booked {ok[0]['booked']}, failed {max(r['failed'] for r in ok)}",
        ])
    elif name == "dbscale":
        size = f"({ok[0]['appointments']:,} appointments / {ok[0]['phases']:,} phases, {ok[0]['failedPhases']:,} failed)"
        for metric, raw, stall, label, note in (
                ("openMs", "openSqlMs", None, "open console filtered to failed: counts + first rows shown",
                 f"{ok[0]['rowsAfterOpen']} appointments shown, failed count {ok[0]['failedCountShown']:,}"),
                ("settledMs", "scrollSqlMs", "openStallMs", "… until it stops loading (it reads only what the viewport needs)",
                 f"{ok[0]['rowsSettled']:,} appointments loaded"),
                ("filterMs", "filterSqlMs", "filterStallMs", "text filter \"kundin 4240\": counts + rows",
                 f"{ok[0]['rowsAfterFilter']} appointments match"),
                ("scrollEndMs", "scrollSqlMs", "scrollStallMs", "reload + scroll to the last row",
                 f"{ok[0]['rowsAtEnd']:,} appointments")):
            stall_note = ""
            if stall:
                stall_note = (f"; longest event-loop stall median {mss(med([r[stall] for r in ok]))} "
                              f"(runs: {', '.join(mss(r[stall]) for r in ok)})")
            partial = metric == "settledMs" and ok[0]["rowsSettled"] < ok[0]["plainRows"]
            rows.append([
                f"{key}: {label} {size}",
                mss(med([r[metric] for r in ok])),
                "– (not every row loaded)" if partial else mss(med([r[raw] for r in ok])) + " (same SQL, plain)",
                "–" if partial else f"{med([r[metric] / max(r[raw], 0.1) for r in ok]):.1f}",
                "–",
                n,
                note + stall_note,
            ])
        rows.append([f"{key}: peak memory (ru_maxrss)", f"{med([r['peakRssKiB'] for r in ok]) / 1024:.0f} MiB",
                     f"{med([r['rssBeforeConsoleKiB'] for r in ok]) / 1024:.0f} MiB before the console was created",
                     "–", "–", n, "whole benchmark process (client side; the PostgreSQL server is not included)"])
    elif name == "gui-stall":
        rows.append([
            f"{name}: longest event-loop stall during a {ok[0]['phases']}-phase console retry "
            f"({ok[0]['latencyMs']} ms latency, no rate limit)",
            mss(med([r["maxStallMs"] for r in ok])),
            "50 ms",
            f"{med([r['maxStallMs'] / 50.0 for r in ok]):.2f}",
            "< 1",
            n,
            f"p99 {mss(med([r['p99StallMs'] for r in ok]))}, stalls > 50 ms per run "
            f"{[r['stallsOver50ms'] for r in ok]}, retry took {s(med([r['wallMs'] for r in ok]))}, "
            f"not synced {max(r['notSynced'] for r in ok)}",
        ])
    elif name == "startup":
        rows.append([
            "startup: process start → main window shown and loaded (100,000 appointments, SQLite)",
            s(med([r["wallMs"] for r in ok])),
            s(med([r["idealMs"] for r in ok])) + " (empty database, same loop)",
            f"{med([r['ratio'] for r in ok]):.2f}",
            "–",
            n,
            "`salon-admin --db sqlite:FILE --screenshot PNG`, offscreen",
        ])
    elif name == "day-paint":
        for metric, label in (("wholeDayMs", "the whole day (Export PNG, Print)"),
                              ("viewportMs", "a 1280×720 viewport (the page)")):
            rows.append([
                f"day-paint: {label}, {ok[0]['appointments']} appointments / {ok[0]['blocks']} blocks",
                mss(med([r[metric] for r in ok])),
                "16 ms (one frame at 60 Hz)",
                f"{med([r[metric] / 16.0 for r in ok]):.2f}",
                "< 1",
                n,
                f"median of {ok[0]['repeats']} paints per run, wall clock; CPU time of the painting thread "
                f"{mss(med([r[metric.replace('Ms', 'CpuMs')] for r in ok]))}; layout once {mss(med([r['layoutMs'] for r in ok]))}",
            ])
    else:
        rows.append([key, s(med([r.get("wallMs") for r in ok])), "–", "–", "–", n, ""])

cpu = cmd("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2") or platform.machine()
ram = cmd("free -g | awk '/Mem:/ {print $2}'")
par = [r["wallMs"] for r in runs.get("concurrency-parallel", []) if "error" not in r]
seq = [r["wallMs"] for r in runs.get("concurrency-sequential", []) if "error" not in r]
if par and seq:
    rows.append(["concurrency: one at a time ÷ parallel (same 2,000 bookings)", f"{med(seq) / med(par):.1f}×",
                 "6× (connections per host)", f"{(med(seq) / med(par)) / 6:.2f}", "–", f"{len(par)} + {len(seq)}",
                 "what the client's parallel connections save over a simple script"])
machine = f"{cmd('nproc')} cores (`nproc`), kernel {cmd('uname -r')} (`uname -r`), {cpu.strip()}, {ram} GiB RAM; shared and noisy"
stamps = sorted(r["finishedAt"] for rs in runs.values() for r in rs if "finishedAt" in r)
mtime = datetime.datetime.fromtimestamp(os.path.getmtime(results_path), datetime.timezone.utc)
when = (f"between {stamps[0]} and {stamps[-1]}" if stamps else f"up to {mtime.strftime('%Y-%m-%d %H:%M UTC')}")

with open(out_path, "w") as out:
    out.write("# Benchmarks\n\n")
    out.write("Produced by `tests/bench/run-benchmarks.sh` (Release build in `build-bench/`, programs in `tests/bench/`).\n")
    out.write("Every figure is the **median** of the runs; every ratio is the median of the per-run ratios, each run "
              "dividing by the limit or ideal computed from that run's own request count. The machine is shared "
              "and noisy, so no unit test asserts absolute times.\n\n")
    out.write(f"Measured {when} on {machine}. Runs requested per benchmark: {runs_requested}.\n\n")
    out.write("| Benchmark | Median | Limit / ideal | Ratio | Target | Runs | Notes |\n|---|---|---|---|---|---|---|\n")
    for r in rows:
        out.write("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |\n")
    if failures:
        out.write("\n**Incomplete runs:** " + "; ".join(failures) + "\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "benchmarks-notes.md")) as notes:
        out.write("\n" + notes.read())
