"""A real CUPS scheduler for the printing tests (.ci/setup-cups.sh), and readers of the PDFs that land."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cupspdf import landed, wait_landed  # noqa: F401  (the tests' names for them)

ROOT = Path(__file__).resolve().parents[2]
SETUP = ROOT / ".ci" / "setup-cups.sh"
PDF_QUEUE, NOPAPER_QUEUE = "kiosk-pdf", "kiosk-nopaper"


@pytest.fixture(scope="session")
def cups() -> Path:
    """Starts cupsd (if none answers) with the test queues; the folder where kiosk-pdf's jobs land.

    Never skipped: without root or the Debian packages the test fails and says what to install.
    """
    if os.name != "posix" or os.geteuid() != 0:
        pytest.fail("the printing tests need root to start cupsd and add queues (CI runs as root): "
                    "sudo .ci/setup-cups.sh, then run the tests as root")
    missing = [t for t in ("cupsd", "lp", "lpstat", "cupsenable", "pdfinfo", "pdftotext") if not shutil.which(t)]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: apt-get install "
                    "cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils (.ci/extra-debian-packages.txt)")
    out = subprocess.run([str(SETUP)], capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        pytest.fail(f".ci/setup-cups.sh failed: {out.stderr.strip()}")
    for queue in (PDF_QUEUE, NOPAPER_QUEUE):
        subprocess.run(["cancel", "-a", queue], capture_output=True)
    return Path(out.stdout.strip().splitlines()[-1])


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """(width, height) in mm of every page as printed (the page's rotation applied)."""
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True).stdout
    sizes = [tuple(float(v) for v in m.groups()) for m in re.finditer(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", out)]
    rots = [int(m.group(1)) for m in re.finditer(r"Page +\d+ rot: +(\d+)", out)]
    pages = []
    for i, (w, h) in enumerate(sizes):
        if rots and rots[i] % 180 == 90:
            w, h = h, w
        pages.append((w * 25.4 / 72, h * 25.4 / 72))
    return pages


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def queue(*args: str) -> None:
    subprocess.run(list(args), check=True, capture_output=True, timeout=30)
