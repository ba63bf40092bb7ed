"""Start → ready on a heavy webshop page: the kiosk (ready when the main document is on screen) vs a bare
QWebEngineView program waiting for its load event (bench/baseline_bare.py).

The sandbox's heavy page (kiosk/sandbox/assets.py): ~3.3 MB in 60 subresources (8 stylesheets, 4 deferred
bundles, 48 images), optionally plus one image that never answers (a host the shop's firewall drops), and
optionally 80 ms before every answer. Interleaved runs against one sandbox per scenario; prints a table;
never fails on timing. Run: .venv/bin/python bench/bench_heavy_page.py  (BENCH_RUNS=5 by default)
"""

from __future__ import annotations

import os
import queue
import statistics
import time

from benchlib import Launched

from kiosk.sandbox import Sandbox
from kiosk.sandbox.assets import HeavyPage

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
NEVER_AFTER = 20.0  # seconds; the bare program's load event never comes while an asset stalls

SCENARIOS = [  # name, one asset never answers, latency before every answer
    ("loopback", False, 0.0),
    ("one asset never answers", True, 0.0),
    ("every answer 80 ms late", False, 0.08),
    ("80 ms late and one asset never answers", True, 0.08),
]


class TimedSandbox(Sandbox):
    """Notes when the webshop page (the main document) is served, to time the page alone."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.served: list[float] = []

    def _dispatch(self, method, path, headers, body):
        reply = super()._dispatch(method, path, headers, body)
        if path.rstrip("/") == "/webshop" and reply is not None and reply.status == 200:
            self.served.append(time.monotonic())
        return reply


def start_to_ready(kind: str, sb: TimedSandbox) -> tuple[float | None, float | None]:
    """Seconds from process start to the first "ready", and from the webshop page served to it (None: never)."""
    run = Launched(kind, sb, prefix="bench-heavy-")
    seen, t0 = run.marks, run.started
    try:
        ready = seen.get(timeout=NEVER_AFTER)
        return ready - t0, ready - sb.served[-1]
    except queue.Empty:
        return None, None
    finally:
        run.stop()


def say(times: list[float | None]) -> str:
    done = [t for t in times if t is not None]
    if not done:
        return f"never (> {NEVER_AFTER:.0f} s)"
    text = f"{statistics.median(done):.2f}"
    return text if len(done) == len(times) else f"{text} ({len(times) - len(done)} never)"


def main() -> None:
    page = HeavyPage(stalled=False)
    print(f"heavy page: {page.subresources} subresources, {page.total_bytes / 1e6:.1f} MB "
          f"(+1 that never answers where said); median of {RUNS} runs")
    print(f"{'':48}{'bare (load event)':>20}{'kiosk (on screen)':>20}")
    for name, stalled, latency in SCENARIOS:
        times: dict[str, list[tuple[float | None, float | None]]] = {"bare": [], "kiosk": []}
        with TimedSandbox(poll_interval=1.0, latency=latency, heavy=HeavyPage(stalled=stalled)) as sb:
            start_to_ready("kiosk", sb)  # warm the OS caches
            for n in range(RUNS):
                for kind in ("bare", "kiosk"):  # interleaved, so drift hits both alike
                    if kind == "bare" and stalled and n > 0 and times["bare"][0][0] is None:
                        times["bare"].append((None, None))  # never is never: one 20 s wait is proof enough
                        continue
                    times[kind].append(start_to_ready(kind, sb))
        for i, what in enumerate(("start → ready", "page served → ready")):
            b, k = say([t[i] for t in times["bare"]]), say([t[i] for t in times["kiosk"]])
            print(f"{what + ', ' + name + ' (s)':48}{b:>20}{k:>20}", flush=True)


if __name__ == "__main__":
    main()
