"""A real X server for tests that need one: Xvfb with no window manager, as a bare Linux kiosk boots."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest

W, H = 1024, 768  # a small terminal's screen
TOOLS = ("Xvfb", "xdotool", "import")


@contextlib.contextmanager
def xvfb(*extra: str) -> Iterator[str]:
    """A bare X server (Xvfb, W×H, no TCP) for as long as the block runs; yields its display, ':N'. ``extra``:
    more Xvfb arguments (``-ac``: any user may draw on it, as a kiosk's own X session lets its user)."""
    assert shutil.which("Xvfb"), "Xvfb is missing: apt-get install xvfb"
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{W}x{H}x24", "-nolisten", "tcp",
                               *extra], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as f:
            number = f.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def display():
    missing = [t for t in TOOLS if shutil.which(t) is None]
    assert not missing, f"{', '.join(missing)} missing: apt-get install xvfb xdotool imagemagick"
    with xvfb() as name:
        yield name
