"""Kiosk vs a bare QWebEngineView program, same sandbox, same run: start→ready, expiry→ready, memory.

Prints a table; never fails on timing. Run: ./dev.sh bench  (or .venv/bin/python bench/bench_kiosk.py)
"""

from __future__ import annotations

import os
import queue
import statistics
import time

import psutil
from benchlib import Launched

from kiosk.sandbox import Sandbox

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
EXPIRIES = 3


def tree_pss(pid: int) -> int:
    total = 0
    proc = psutil.Process(pid)
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def run_once(kind: str, sb: Sandbox) -> dict:
    run = Launched(kind, sb)
    lines, t0, proc = run.marks, run.started, run.proc
    try:
        start_ready = lines.get(timeout=60) - t0
        time.sleep(1.5)
        pss = tree_pss(proc.pid)
        refresh = []
        for _ in range(EXPIRIES):
            t1 = time.monotonic()
            sb.expire_sessions()
            try:
                refresh.append(lines.get(timeout=30) - t1)
            except queue.Empty:
                raise RuntimeError(f"{kind}: no ready after expiry") from None
            time.sleep(6)  # longer than the session's "settled" time, so this is routine expiry
    finally:
        run.stop()
    return {"start": start_ready, "refresh": statistics.median(refresh), "pss": pss}


SCENARIOS = [("loopback", 0.0), ("WAN-like: every answer 80 ms late", 0.08)]


def main() -> None:
    for name, latency in SCENARIOS:
        compare(name, latency)


def compare(name: str, latency: float) -> None:
    results: dict[str, list[dict]] = {"bare": [], "kiosk": []}
    with Sandbox(poll_interval=0.2, latency=latency) as sb:
        run_once("bare", sb)  # warm the OS caches for both
        for _ in range(RUNS):
            for kind in ("bare", "kiosk"):  # interleaved, so drift hits both alike
                results[kind].append(run_once(kind, sb))
    print(f"\n{name}: kiosk vs bare QWebEngineView, median of {RUNS} runs each "
          f"({EXPIRIES} expiries a run; the page polls its session every 0.2 s)")
    print(f"{'':26}{'bare':>10}{'kiosk':>10}{'kiosk/bare':>12}")
    rows = [("start → ready (s)", "start", 1), ("expiry → ready (s)", "refresh", 1),
            ("PSS at ready (MiB)", "pss", 1 / 2**20)]
    for label, key, scale in rows:
        b = statistics.median(r[key] for r in results["bare"]) * scale
        k = statistics.median(r[key] for r in results["kiosk"]) * scale
        print(f"{label:26}{b:10.3f}{k:10.3f}{k / b:11.1%}")


if __name__ == "__main__":
    main()
