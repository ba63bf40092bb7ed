"""The test printer: the CUPS queue ``kiosk-pdf`` (cups-pdf, set up by ``.ci/setup-cups.sh``) writes every job
as a PDF; these find the one a job became. Used by the printing tests and ``bench/bench_print.py``; not shipped
(nothing in the kiosk reads cups-pdf's output). No pytest import, so the benchmark can use it too."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path


def landed(folder: Path, job_id: str) -> Path | None:
    """The PDF cups-pdf wrote for ``kiosk-pdf-N`` (named …job_N.pdf), once it is complete."""
    n = job_id.rsplit("-", 1)[1]
    for p in folder.glob(f"*job_{n}.pdf"):
        if p.stat().st_size > 0 and subprocess.run(["pdfinfo", str(p)], capture_output=True).returncode == 0:
            return p
    return None


def wait_landed(folder: Path, job_id: str, timeout: float = 30.0) -> Path:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        p = landed(folder, job_id)
        if p is not None:
            return p
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not land in {folder} within {timeout} s")
