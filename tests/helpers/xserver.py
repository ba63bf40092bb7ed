"""A real X server for tests that need one: Xvfb with no window manager, as a bare Linux kiosk boots."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

W, H = 1024, 768  # a small terminal's screen
TOOLS = ("Xvfb", "xdotool", "import")


@pytest.fixture
def display():
    missing = [t for t in TOOLS if shutil.which(t) is None]
    assert not missing, f"{', '.join(missing)} missing: apt-get install xvfb xdotool imagemagick"
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{W}x{H}x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as f:
            number = f.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
