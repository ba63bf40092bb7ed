"""``kiosk-autostart.exe``: what the Windows logon task runs. Runs ``kiosk.exe run`` and restarts it
until it exits 0 (a technician chose Exit, or another kiosk is already running).

Task Scheduler's "restart on failure" only covers a task that fails to launch, not a program
that exits with an error, so the supervisor contract (restart on any non-zero exit) lives here.
Built without a console window; ``kiosk.exe`` is started without one either.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

RESTART_DELAY_S = 5.0


def supervise(command: Sequence[str], *, delay: float = RESTART_DELAY_S,
              sleep: Callable[[float], None] = time.sleep,
              note: Callable[[str], None] = lambda line: None, stderr=subprocess.DEVNULL) -> int:
    """Run ``command`` until it exits 0; returns 0 then, or 1 if it cannot be started at all.
    ``stderr`` receives the kiosk's standard error (configuration errors are only there)."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    while True:
        try:
            # Valid (null) standard handles: a window-less parent has none to pass on.
            code = subprocess.call(list(command), creationflags=flags, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=stderr)
        except OSError as e:
            note(f"cannot start {command[0]}: {e}")
            return 1
        if code == 0:
            return 0
        note(f"kiosk exited with code {code}; restarting in {delay:g} s")
        sleep(delay)


def _open_log():
    """autostart.log next to the kiosk's own log (%LOCALAPPDATA%\\betshop-kiosk\\logs), or None."""
    base = os.environ.get("LOCALAPPDATA")
    if not base:
        return None
    try:
        path = Path(base) / "betshop-kiosk" / "logs" / "autostart.log"
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > 1_000_000:
            path.replace(path.with_suffix(".log.1"))
        return path.open("a", encoding="utf-8", buffering=1)
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    exe = "kiosk.exe" if sys.platform == "win32" else "kiosk"
    kiosk = Path(sys.executable).with_name(exe)
    log = _open_log()

    def note(line: str) -> None:
        if log is not None:
            log.write(f"{datetime.now().isoformat(timespec='seconds')} autostart: {line}\n")

    return supervise([str(kiosk), "run", *args], note=note, stderr=log or subprocess.DEVNULL)


if __name__ == "__main__":
    raise SystemExit(main())
