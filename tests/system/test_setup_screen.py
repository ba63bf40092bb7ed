"""The "not set up yet" screen as a technician meets it: `kiosk run` on a bare X server (Xvfb, no window
manager) at a small terminal's 1024×768, read back from screenshots and tapped with xdotool."""

from __future__ import annotations

import json
import signal
import subprocess
import time

from PySide6.QtGui import QColor, QImage

from tests.helpers import free_port
from tests.helpers.process import KIOSK, clean_env, wait_health
from tests.helpers.xserver import H, W

BACKGROUND = QColor("#0d1b2a")  # the setup screens' own background; the bare root window is black
AMBER = QColor("#f5b301")  # "Set up this terminal" and the PIN pad's "Next"


def screenshot(display: str, path) -> QImage:
    subprocess.run(["import", "-window", "root", str(path)], env=clean_env(DISPLAY=display), check=True, timeout=20)
    return QImage(str(path))


def amber_runs(image: QImage) -> list[tuple[int, int, int]]:
    """(length, x, y) of each horizontal run of amber at least 150 px long: a button, never a line of text."""
    runs = []
    for y in range(0, image.height(), 4):
        run = 0
        for x in range(image.width()):
            run = run + 1 if image.pixelColor(x, y) == AMBER else 0
            if run == 150:
                runs.append((run, x - 149, y))
    return runs


def test_the_not_set_up_screen_fills_a_bare_x_screen_and_a_plain_pin_locks_it(tmp_path, display):
    port = free_port()
    cfg = tmp_path / "kiosk.toml"
    # A PIN typed into the file instead of its hash, and no identity: six problems on a small screen.
    cfg.write_text(f'technician_pin = "482916"\nhealth_port = {port}\n'
                   f'data_dir = {json.dumps(str(tmp_path / "data"))}\n', encoding="utf-8")
    proc = subprocess.Popen([*KIOSK, "run", "--config", str(cfg)], env=clean_env(DISPLAY=display, QT_QPA_PLATFORM="xcb"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        health = wait_health(port, lambda h: h["state"] == "unconfigured", timeout=60)
        assert {"KIOSK_TECHNICIAN_PIN", "KIOSK_SHOP_NAME"} <= set(health["problems"])
        corners = [(2, 2), (W - 3, 2), (2, H - 3), (W - 3, H - 3)]
        deadline = time.monotonic() + 20
        while True:
            shot = screenshot(display, tmp_path / "not-set-up.png")
            covered = all(shot.pixelColor(x, y) == BACKGROUND for x, y in corners)
            if covered and amber_runs(shot) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        # Without a window manager, showFullScreen alone left the window at its size hint in a corner.
        assert covered, [shot.pixelColor(x, y).name() for x, y in corners]
        button = amber_runs(shot)
        assert button, "the 'Set up this terminal' button is not on the screen"
        _length, x, y = button[len(button) // 2]
        subprocess.run(["xdotool", "mousemove", str(x + 75), str(y), "click", "1"], env=clean_env(DISPLAY=display),
                       check=True, timeout=10)
        time.sleep(1.0)
        gate = screenshot(display, tmp_path / "gate.png")
        # The PIN in the file is not a hash: no PIN pad (and no "Next"), so nobody at the terminal chooses one.
        assert gate.pixelColor(2, 2) == BACKGROUND
        assert not amber_runs(gate)
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    assert "482916" not in err and "Traceback" not in err
    assert 'technician_pin = "482916"' in cfg.read_text(encoding="utf-8")  # nothing was written
