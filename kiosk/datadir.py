"""Can the kiosk write its data dir? If not, it runs degraded rather than not at all (Qt-free).

A read-only or full data dir (a disk gone read-only, a quota, a wrong ``KIOSK_DATA_DIR``) used to
mean exit 2 and a supervisor restart loop with a black screen. Now the kiosk keeps the shop
running: an in-memory (off-the-record) web profile, no single-instance lock, logs to stderr only,
no technician-door state file; and it says so in ``/health`` (``degraded``) and on the
technician Information screen.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kiosk.words import Words


class DataDirWords(Words):
    """Why the kiosk runs degraded: its data dir (Information, Diagnostics)."""

PROBE_BYTES = 64 * 1024
MIN_FREE_BYTES = 32 * 1024 * 1024  # below this Chromium's own writes (cookies, cache) start failing


def data_dir_problems(data_dir: Path) -> list[str]:
    """Sentences saying why the kiosk cannot use ``data_dir`` as it should; empty when it can."""
    probe = data_dir / f".write-test-{os.getpid()}"
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as f:  # no fsync: it costs ~10 ms at start; the free-space check below covers the rest
            f.write(b"\0" * PROBE_BYTES)
    except OSError as e:
        return [DataDirWords.tr("data dir not writable: %1 (%2)").arg(str(data_dir), e.strerror or e.__class__.__name__)]
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass
    try:
        free = shutil.disk_usage(data_dir).free
    except OSError:
        return []
    if free < MIN_FREE_BYTES:
        return [DataDirWords.tr("data dir almost full: %1 (%2 MB free)").arg(str(data_dir), free // (1024 * 1024))]
    return []
