"""Time from a page's print call to the slip's job in the spooler (real QtWebEngine, real CUPS, cups-pdf).

Main frame: from ``window.print()`` (the page's own clock, Date.now()) to ``lp`` returning a job id.
Iframe: from the click on "Print slip" (the hidden iframe still has to load /sandbox/slip, which
calls print() on load) to the job id. Also the page-to-paper time: the job's PDF written by cups-pdf.
Needs root (starts cupsd with .ci/setup-cups.sh). Figures are printed, never asserted.
Run: ./dev.sh bench  (or QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_print.py)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from benchlib import ROOT, offscreen_env
from benchlib import until as wait_until

from kiosk.autologin.session import State
from kiosk.sandbox import Sandbox
from kiosk.settings import explicit_settings
from kiosk.terminal import KioskController
from kiosk.ui.app import make_application

sys.path.insert(0, str(ROOT))  # the reader of cups-pdf's output is a test helper, not part of the kiosk
from tests.helpers.cupspdf import landed

offscreen_env()  # before the application and the web engine exist
app = make_application()
until = partial(wait_until, app)  # until(predicate, timeout=60.0): spins the event loop
RUNS = int(os.environ.get("BENCH_RUNS", "10"))




def js(c, script: str):
    box = []
    c.page.runJavaScript(script, 0, box.append)
    until(lambda: bool(box))
    return box[0]


def main() -> None:
    setup = subprocess.run([str(ROOT / ".ci" / "setup-cups.sh")], capture_output=True, text=True)
    if setup.returncode != 0:
        print(f"bench_print: cannot start CUPS ({setup.stderr.strip()}); run as root")
        return
    out_dir = Path(setup.stdout.strip().splitlines()[-1])
    results: dict[str, list[float]] = {"main frame: window.print() → job in spooler": [],
                                       "iframe: click → slip loaded → job in spooler": [],
                                       "job in spooler → PDF written by cups-pdf": []}
    with Sandbox(poll_interval=1.0) as sb:
        c = KioskController(explicit_settings(**sb.kiosk_settings(
            data_dir=Path(tempfile.mkdtemp(prefix="bench-print-")), printer="kiosk-pdf")))
        c.start()
        c.show()
        service = c.add_printing()
        until(lambda: c.session.state is State.READY)
        jobs: list[tuple[str, float]] = []
        service.spooled.connect(lambda job: jobs.append((job, time.time())))
        for i in range(RUNS * 2 + 2):
            main_frame = i % 2 == 0
            before = len(jobs)
            button = "print-page" if main_frame else "print-slip"
            t0 = js(c, f"(() => {{ const t = Date.now(); document.getElementById('{button}').click(); return t; }})()")
            until(lambda before=before: len(jobs) > before)
            job, t1 = jobs[-1]
            until(lambda job=job: landed(out_dir, job) is not None)
            t2 = time.time()
            if i < 2:
                continue  # warm-up: the hidden page's first layout
            key = list(results)[0 if main_frame else 1]
            results[key].append(t1 - t0 / 1000)
            results[list(results)[2]].append(t2 - t1)
        c.shutdown()
    print(f"bench_print: {RUNS} slips each way, median (max), 2-core machine, offscreen")
    print("| | median (ms) | max (ms) |")
    print("|---|---|---|")
    for name, values in results.items():
        print(f"| {name} | {statistics.median(values) * 1000:.0f} | {max(values) * 1000:.0f} |")


if __name__ == "__main__":
    main()
