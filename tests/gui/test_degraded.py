"""A data dir the kiosk cannot write: it runs degraded (in-memory profile) and says so.

We run as root, so permissions would not stop us: the data dir is a path under a regular file
(``blocker/data``), which nobody can create (ENOTDIR), root included.
"""

from __future__ import annotations

import httpx

from kiosk.autologin.session import State
from kiosk.datadir import data_dir_problems
from kiosk.monitoring.health import HealthServer
from kiosk.terminal import KioskController
from kiosk.ui.technician import information_rows
from tests.helpers import sandbox_settings
from tests.helpers.fixtures import wait_state


def unwritable(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a regular file, not a directory", encoding="utf-8")
    return blocker / "data"


def test_data_dir_problems_names_the_dir_and_the_reason(tmp_path):
    assert data_dir_problems(tmp_path / "fine") == []
    problems = data_dir_problems(unwritable(tmp_path))
    assert len(problems) == 1 and problems[0].startswith("data dir not writable:") and "blocker" in problems[0]


def test_an_unwritable_data_dir_still_shows_the_webshop_and_says_degraded(qtbot, sb, tmp_path):
    data_dir = unwritable(tmp_path)
    health = HealthServer(0).start()
    c = KioskController(sandbox_settings(sb, data_dir), health=health)
    try:
        c.start()
        c.show()
        wait_state(qtbot, c, State.READY)
        assert c.shell.profile.isOffTheRecord()
        body = httpx.get(f"http://127.0.0.1:{health.port}/health", timeout=5).json()
        assert body["state"] == "ready"
        assert body["degraded"] and body["degraded"][0].startswith("data dir not writable")
        assert "kiosk_degraded 1.0" in httpx.get(f"http://127.0.0.1:{health.port}/metrics", timeout=5).text
        info = dict(information_rows(c.settings, c.shell.technician.snapshot, []))  # what the screen shows
        assert info["Degraded"].startswith("data dir not writable") and "blocker" in info["Degraded"]
    finally:
        c.shutdown()
        health.stop()


def test_a_writable_data_dir_is_not_degraded(qtbot, sb, make_kiosk):
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.READY)
    assert not c.shell.profile.isOffTheRecord()
    assert dict(information_rows(c.settings, c.shell.technician.snapshot, []))["Degraded"] == "no"
    assert httpx.get(f"http://127.0.0.1:{c.health.port}/health", timeout=5).json()["degraded"] == []
