"""Start-up of the frozen bundle against the source tree: `kiosk demo --exit-when-ready`, a few runs each.

Prints, per variant, the time from process start to the kiosk's "webshop ready" log line (what a
shop sees at boot) and to process exit. Needs a built bundle (dist/betshop-kiosk, or BETSHOP_KIOSK_BUNDLE);
without one it says so and exits 0. Figures only, no assertions.

    QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python bench/bench_frozen_startup.py [RUNS]
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
READY = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) .*webshop ready", re.M)


def source_command() -> list[str]:
    return [sys.executable, "-m", "kiosk"]


def frozen_command() -> list[str] | None:
    bundle = Path(os.environ.get("BETSHOP_KIOSK_BUNDLE", ROOT / "dist" / "betshop-kiosk"))
    exe = bundle / ("kiosk.exe" if sys.platform == "win32" else "kiosk")
    return [str(exe)] if exe.is_file() else None


def one_run(command: list[str]) -> tuple[float, float]:
    """(seconds to "webshop ready", seconds to exit) of one `demo --exit-when-ready`."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started_wall = time.time()
    started = time.perf_counter()
    done = subprocess.run([*command, "demo", "--exit-when-ready", "--timeout", "60"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    total = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} demo exited {done.returncode}:\n{done.stderr[-2000:]}")
    m = READY.search(done.stderr)
    if not m:
        raise RuntimeError(f"no 'webshop ready' line in the output of {command[0]}")
    ready_at = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
    return ready_at - started_wall, total


def summary(name: str, runs: list[tuple[float, float]]) -> str:
    ready = [r for r, _ in runs]
    total = [t for _, t in runs]
    return (f"  {name:<7} ready: median {statistics.median(ready):.3f} s (min {min(ready):.3f}, max {max(ready):.3f})"
            f"   exit: median {statistics.median(total):.3f} s")


def main() -> int:
    frozen = frozen_command()
    if frozen is None:
        print("bench_frozen_startup: no bundle (build it: pyinstaller --noconfirm installer/betshop-kiosk.spec); skipped")
        return 0
    variants = {"source": source_command(), "frozen": frozen}
    for command in variants.values():  # warm the page cache, so neither pays for a cold disk
        one_run(command)
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    for _ in range(RUNS):  # interleaved, so drift on the machine hits both alike
        for name, command in variants.items():
            results[name].append(one_run(command))
    print(f"kiosk demo --exit-when-ready, start to 'webshop ready' and to exit, {RUNS} runs each:")
    for name, runs in results.items():
        print(summary(name, runs))
    src = statistics.median(r for r, _ in results["source"])
    frz = statistics.median(r for r, _ in results["frozen"])
    print(f"  frozen/source (ready, median): {frz / src:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
