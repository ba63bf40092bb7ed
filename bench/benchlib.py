"""What the benchmarks share: the test-like Qt environment, waiting on the event loop, and starting
the kiosk (or the bare baseline program) as a process and timing it to a line it logs.

Benchmarks run as scripts (``python bench/bench_x.py``), so this module is imported as ``benchlib``.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def offscreen_env() -> None:
    """As the tests run: headless, and (as root) without Chromium's sandbox. Never set by the product."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def until(app, predicate: Callable[[], bool], timeout: float = 60.0) -> float:
    """Spin ``app``'s event loop until ``predicate()``; the seconds it took."""
    start = time.monotonic()
    while not predicate():
        if time.monotonic() - start > timeout:
            raise RuntimeError("timed out")
        app.processEvents()
        time.sleep(0.001)
    return time.monotonic() - start


class Launched:
    """A kiosk (``kind="kiosk"``) or the bare baseline (``"bare"``) started against ``sandbox``; ``marks``
    gets the monotonic time of every line saying it is ready."""

    def __init__(self, kind: str, sandbox, prefix: str = "bench-", **settings: str):
        data = Path(tempfile.mkdtemp(prefix=f"{prefix}{kind}-"))
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env.update(sandbox.kiosk_env(data_dir=data, **settings))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # benchmarks run as root, like the tests
        if kind == "kiosk":
            cmd, marker = [sys.executable, "-m", "kiosk", "run"], "webshop ready"
        else:
            cmd, marker = [sys.executable, str(ROOT / "bench" / "baseline_bare.py")], "ready"
        self.marks: queue.Queue = queue.Queue()
        self.started = time.monotonic()
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     stdin=subprocess.DEVNULL)

        def pump(f):
            for line in f:
                if marker in line:
                    self.marks.put(time.monotonic())

        for f in (self.proc.stdout, self.proc.stderr):
            threading.Thread(target=pump, args=(f,), daemon=True).start()

    def stop(self) -> None:
        """SIGTERM, as a supervisor stops it; killed if it has not ended within 20 s."""
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
