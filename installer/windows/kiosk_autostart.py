"""``kiosk-autostart.exe``: what the Windows logon task runs. Runs ``kiosk.exe run`` and restarts it
until it exits 0 (a technician chose Exit, or another kiosk is already running).

Task Scheduler's "restart on failure" only covers a task that fails to launch, not a program
that exits with an error, so the supervisor contract (restart on any non-zero exit) lives here.
Built without a console window; ``kiosk.exe`` is started without one either.

Installed releases live side by side (``releases\\<version>\\``, docs/it/updates.md), and ``current`` names the
one to start: the wrapper reads it again before every start, so after the kiosk exits to restart into an
update (its daily fresh start) the new release starts, even though this wrapper is the old release's.

``autostart.log`` gets the wrapper's own lifecycle lines and, of the kiosk's standard error,
only what a technician needs there: warnings, errors and any plain sentence (a configuration
error); the kiosk's INFO and DEBUG lines are already in its own ``kiosk.log``. The file rotates
by size while the wrapper runs (a logon session may last months), 1 MB and 3 old files kept.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

RESTART_DELAY_S = 5.0
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

# A line of the kiosk's log format ("2026-11-22 04:00:00,123 INFO    kiosk.terminal: ...") below WARNING.
_CHATTER_RE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ (?:DEBUG|INFO)\b")


def worth_keeping(line: str) -> bool:
    """The kiosk's warnings, errors and plain sentences; not its INFO/DEBUG chatter."""
    return bool(line.strip()) and not _CHATTER_RE.match(line)


def supervise(command: Sequence[str] | Callable[[], Sequence[str]], *, delay: float = RESTART_DELAY_S,
              sleep: Callable[[float], None] = time.sleep,
              note: Callable[[str], None] = lambda line: None, stderr=subprocess.DEVNULL,
              on_stderr: Callable[[str], None] | None = None) -> int:
    """Run ``command`` until it exits 0; returns 0 then, or 1 if it cannot be started at all. A callable
    ``command`` is asked again before every start (the installed release may have changed).
    ``stderr`` receives the kiosk's standard error (configuration errors are only there); or, with
    ``on_stderr``, each line of it worth keeping (:func:`worth_keeping`) is handed to that."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    while True:
        argv = list(command() if callable(command) else command)
        try:
            # Valid (null) standard handles: a window-less parent has none to pass on.
            proc = subprocess.Popen(argv, creationflags=flags, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE if on_stderr is not None else stderr,
                                    encoding="utf-8", errors="replace")
        except OSError as e:
            note(f"cannot start {argv[0]}: {e}")
            return 1
        if on_stderr is not None:
            for line in proc.stderr:
                if worth_keeping(line):
                    on_stderr(line.rstrip("\r\n"))
            proc.stderr.close()
        code = proc.wait()
        if code == 0:
            note("kiosk exited with code 0 (a technician chose Exit, or another kiosk runs); autostart ends")
            return 0
        note(f"kiosk exited with code {code}; restarting in {delay:g} s")
        sleep(delay)


def open_log(path: Path, *, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS) -> logging.Logger | None:
    """A logger writing to ``path``, rotated by size while it runs; None if the file cannot be opened."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger(f"kiosk-autostart:{path}")
    logger.propagate = False
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def run(command: Sequence[str] | Callable[[], Sequence[str]], log_path: Path | None, *, max_bytes: int = LOG_MAX_BYTES,
        backups: int = LOG_BACKUPS, **supervise_args) -> int:
    """Supervise ``command``, logging to ``log_path`` (rotated by size) as described above."""
    log = open_log(log_path, max_bytes=max_bytes, backups=backups) if log_path is not None else None

    def note(line: str) -> None:
        if log is not None:
            log.info(f"{datetime.now().isoformat(timespec='seconds')} autostart: {line}")

    first = command() if callable(command) else command
    note(f"starting {first[0]}")
    try:
        return supervise(command, note=note, on_stderr=log.info if log is not None else None, **supervise_args)
    finally:
        if log is not None:
            for h in log.handlers:
                h.close()


def installed_kiosk(here: Path, exe: str) -> Path:
    """The kiosk program of the installed release: ``<prefix>\\releases\\<current>\\kiosk.exe`` when ``here`` (this
    wrapper's folder) is a release and ``current`` names one that is there; else the one beside the wrapper."""
    releases = here.parent
    if releases.name == "releases":
        try:
            name = (releases.parent / "current").read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            name = ""
        candidate = releases / name / exe
        if name and "/" not in name and "\\" not in name and not name.startswith(".") and candidate.is_file():
            return candidate
    return here / exe


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    exe = "kiosk.exe" if sys.platform == "win32" else "kiosk"
    here = Path(sys.executable).parent
    base = os.environ.get("LOCALAPPDATA")
    # autostart.log next to the kiosk's own log (%LOCALAPPDATA%\\betshop-kiosk\\logs).
    log_path = Path(base) / "betshop-kiosk" / "logs" / "autostart.log" if base else None
    return run(lambda: [str(installed_kiosk(here, exe)), "run", *args], log_path)


if __name__ == "__main__":
    raise SystemExit(main())
