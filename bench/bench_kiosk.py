"""The kiosk against its floor (bench/baseline_bare.py: pydantic-settings, httpx and a QWebEngineView doing the same
requests and loads), same sandbox, same run, alternating: start → ready, expiry → ready, memory.

Prints a table per scenario; never fails on timing. Run: ./dev.sh bench  (or .venv/bin/python bench/bench_kiosk.py);
BENCH_PAIRS=N runs N pairs in every scenario instead of its own number.
"""

from __future__ import annotations

import os
import queue
import statistics
import time

import psutil
from benchlib import Launched

from kiosk.sandbox import Sandbox

PAIRS = int(os.environ.get("BENCH_PAIRS", "0"))  # 0: each scenario's own number
EXPIRIES = 3
EXPIRY_PAIRS = 3  # the first pairs also time expiry → ready (each expiry waits out the session's settling)


def tree_pss(pid: int) -> int:
    total = 0
    proc = psutil.Process(pid)
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def run_once(kind: str, sb: Sandbox, expiries: int = EXPIRIES) -> dict:
    run = Launched(kind, sb)
    lines, t0, proc = run.marks, run.started, run.proc
    try:
        start_ready = lines.get(timeout=60) - t0
        time.sleep(1.5)
        pss = tree_pss(proc.pid)
        refresh = []
        for _ in range(expiries):
            t1 = time.monotonic()
            sb.expire_sessions()
            try:
                refresh.append(lines.get(timeout=30) - t1)
            except queue.Empty:
                raise RuntimeError(f"{kind}: no ready after expiry") from None
            time.sleep(6)  # longer than the session's "settled" time, so this is routine expiry
    finally:
        run.stop()
    return {"start": start_ready, "refresh": statistics.median(refresh) if refresh else None, "pss": pss}


# name, seconds added before every answer of the sandbox (the autologin API and the webshop), pairs, goal (kiosk/floor)
SCENARIOS = [("every answer 150 ms away", 0.15, 11, 1.05), ("loopback", 0.0, 7, 1.25)]


def main() -> None:
    for name, latency, pairs, goal in SCENARIOS:
        compare(name, latency, PAIRS or pairs, goal)


def compare(name: str, latency: float, pairs: int, goal: float) -> None:
    results: dict[str, list[dict]] = {"bare": [], "kiosk": []}
    with Sandbox(poll_interval=0.2, latency=latency) as sb:
        run_once("bare", sb, 0)  # warm the OS caches for both
        run_once("kiosk", sb, 0)
        for n in range(pairs):
            order = ("bare", "kiosk") if n % 2 == 0 else ("kiosk", "bare")  # alternating: drift hits both alike
            for kind in order:
                results[kind].append(run_once(kind, sb, EXPIRIES if n < EXPIRY_PAIRS else 0))
    load = os.getloadavg()[0]
    print(f"\n{name}: kiosk vs its floor, {pairs} alternating pairs, medians (expiry: first {EXPIRY_PAIRS} pairs, "
          f"{EXPIRIES} expiries each; the page polls its session every 0.2 s; load average {load:.1f})")
    print(f"{'':26}{'floor':>10}{'kiosk':>10}{'kiosk/floor':>13}{'goal':>8}")
    rows = [("start → ready (s)", "start", 1, goal), ("expiry → ready (s)", "refresh", 1, None),
            ("PSS at ready (MiB)", "pss", 1 / 2**20, None)]
    for label, key, scale, target in rows:
        b = statistics.median(r[key] for r in results["bare"] if r[key] is not None) * scale
        k = statistics.median(r[key] for r in results["kiosk"] if r[key] is not None) * scale
        print(f"{label:26}{b:10.3f}{k:10.3f}{k / b:12.2f}x{f'{target:.2f}x' if target else '':>8}")
    ratios = sorted(k["start"] / b["start"] for b, k in zip(results["bare"], results["kiosk"], strict=True))
    print(f"{'start, pair by pair':26}{'':20}{statistics.median(ratios):12.2f}x  (pairs {ratios[0]:.2f}–{ratios[-1]:.2f})")


if __name__ == "__main__":
    main()
