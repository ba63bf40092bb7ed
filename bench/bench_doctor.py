"""`kiosk doctor` wall time against the loopback sandbox: the whole process, as a technician runs it.

Prints the median of N runs (all checks, including a real autologin request and the web engine
child), and the time the checks themselves take inside the process (the rest is Python and the
imports). Never asserted. Run it with a display (DISPLAY=:N) for an all-passing doctor; as root
also with QTWEBENGINE_DISABLE_SANDBOX=1, as the tests do.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kiosk.sandbox import Sandbox

RUNS = 9


def main() -> None:
    with Sandbox() as sb, tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "kiosk.toml"
        values = sb.kiosk_settings(data_dir=str(Path(tmp) / "data"))
        cfg.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items()), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.upper().startswith("KIOSK_")}
        walls, inside = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            out = subprocess.run([sys.executable, "-m", "kiosk", "doctor", "--json", "--config", str(cfg)],
                                 capture_output=True, text=True, env=env, timeout=120, check=False)
            walls.append(time.perf_counter() - started)
            report = json.loads(out.stdout)
            inside.append(report["seconds"])
            if out.returncode not in (0, 1):
                raise SystemExit(f"kiosk doctor exited {out.returncode}: {out.stderr}")
        print(f"kiosk doctor against the sandbox, {RUNS} runs, exit {out.returncode}: "
              f"wall median {statistics.median(walls):.3f} s (min {min(walls):.3f}, max {max(walls):.3f}); "
              f"checks alone median {statistics.median(inside):.3f} s")


if __name__ == "__main__":
    main()
