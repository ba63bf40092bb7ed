"""The on-screen keyboard: time from a field getting focus to the keyboard painted, and what it costs at start.

1. Real kiosk in-process (real QtWebEngine offscreen, loopback sandbox). The page focuses the sandbox's
   promo field (a script, as a tap does), and the clock stops at the keyboard's first paint.
2. With Xvfb and xdotool installed: a real `kiosk run` on Xvfb; xdotool taps the promo field and the clock
   stops at the kiosk's "keyboard shown" log line (millisecond timestamps).
Measured, never asserted.
Run: ./dev.sh bench  (or QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_keyboard.py)
"""

from __future__ import annotations

import datetime
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from benchlib import offscreen_env
from benchlib import until as wait_until
from PySide6.QtCore import QEvent, QObject

from kiosk.autologin.session import State
from kiosk.sandbox import Sandbox, free_port
from kiosk.settings import explicit_settings
from kiosk.terminal import KioskController
from kiosk.ui.app import make_application
from kiosk.ui.keyboard import install_keyboard

offscreen_env()  # before the application and the web engine exist
app = make_application()
until = partial(wait_until, app)  # until(predicate, timeout=60.0): spins the event loop
RUNS = int(os.environ.get("BENCH_RUNS", "30"))




class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, obj, e) -> bool:
        if e.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def main() -> None:
    with Sandbox(poll_interval=5) as sb:
        settings = explicit_settings(**sb.kiosk_settings(data_dir=Path(tempfile.mkdtemp(prefix="bench-")),
                                                         onscreen_keyboard="on", keyboard_layouts=["en_GB", "lt_LT"]))
        c = KioskController(settings)
        c.start()
        c.show()
        until(lambda: c.session.state is State.READY)
        c.window.activateWindow()
        c.view.setFocus()
        t = time.perf_counter()
        kb = install_keyboard(c.window, c.view, settings, parent=c.shell)
        install_ms = (time.perf_counter() - t) * 1000
        until(lambda: (sb.fields.get("fields") or {}).get("phone") is not None)
        painted = Painted()
        kb.panel.installEventFilter(painted)
        to_visible, to_painted = [], []
        for i in range(RUNS):
            c.page.runJavaScript("document.activeElement && document.activeElement.blur()")
            until(lambda: kb.pad is None)
            painted.at = None
            field = "document.getElementById('promo')" if i % 2 == 0 else \
                "document.getElementById('phone-frame').contentDocument.getElementById('phone')"
            t = time.perf_counter()
            c.page.runJavaScript(f"{field}.focus()")
            until(lambda: kb.pad is not None and painted.at is not None)
            to_visible.append((kb.last_shown_at - t) * 1000)
            to_painted.append((painted.at - t) * 1000)
        t = time.perf_counter()
        for _ in range(20):
            kb.panel.rebuild()
        rebuild_ms = (time.perf_counter() - t) * 1000 / 20
        c.shutdown()

    def q(values, p):
        return sorted(values)[min(len(values) - 1, int(len(values) * p))]

    print(f"on-screen keyboard, {RUNS} focus → keyboard cycles (text and phone fields), offscreen:")
    print(f"  focus (script) → keyboard shown:   median {statistics.median(to_visible):.1f} ms, p90 {q(to_visible, 0.9):.1f} ms")
    print(f"  focus (script) → keyboard painted: median {statistics.median(to_painted):.1f} ms, p90 {q(to_painted, 0.9):.1f} ms")
    print(f"  laying out the keys (shift, layout, pad change): {rebuild_ms:.1f} ms")
    print(f"  installing the keyboard at start: {install_ms:.1f} ms")


def _log_times(log: Path, text: str) -> list[float]:
    out = []
    for line in log.read_text(encoding="utf-8").splitlines():
        if text in line:
            stamp = datetime.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
            out.append(stamp.timestamp())
    return out


def on_xvfb(runs: int = 10) -> None:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("  (tap → keyboard on a real X server: needs Xvfb and xdotool; not measured)")
        return
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        display = ":" + f.readline().strip()
    data = Path(tempfile.mkdtemp(prefix="bench-kb-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    taps = []
    with Sandbox(poll_interval=5) as sb:
        env.update(sb.kiosk_env(data_dir=data, fullscreen=True, onscreen_keyboard="on", log_level="DEBUG",
                                health_port=free_port()))
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        proc = subprocess.Popen([sys.executable, "-m", "kiosk", "run"], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        log = data / "logs" / "kiosk.log"

        def xdo(*args: str) -> None:
            subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, check=True)

        def wait(predicate, timeout: float = 30.0) -> None:
            deadline = time.monotonic() + timeout
            while not predicate():
                if time.monotonic() > deadline:
                    raise RuntimeError("timed out")
                time.sleep(0.02)

        try:
            wait(lambda: (sb.fields.get("fields") or {}).get("phone") is not None, 60)
            for _ in range(runs):
                while True:  # scroll the promo field into view
                    x, y, w, h = sb.fields["fields"]["promo"]["rect"]
                    if y >= 0 and y + h <= sb.fields["innerHeight"]:
                        break
                    xdo("mousemove", "500", "200", "click", "5")
                    time.sleep(0.3)
                shown = len(_log_times(log, "keyboard shown"))
                t = time.time()
                xdo("mousemove", str(x + 40), str(y + h // 2), "click", "1")
                wait(lambda n=shown: len(_log_times(log, "keyboard shown")) > n)
                taps.append((_log_times(log, "keyboard shown")[-1] - t) * 1000)
                hidden = len(_log_times(log, "keyboard hidden"))
                xdo("mousemove", "700", "30", "click", "1")  # the header: the field loses focus
                wait(lambda n=hidden: len(_log_times(log, "keyboard hidden")) > n)
                time.sleep(0.3)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
            xvfb.terminate()
            xvfb.wait(timeout=10)
            shutil.rmtree(data, ignore_errors=True)
    print(f"  tap (xdotool, Xvfb) → keyboard shown, {runs} taps: median {statistics.median(taps):.0f} ms, "
          f"max {max(taps):.0f} ms")


if __name__ == "__main__":
    main()
    on_xvfb()
