"""The running kiosk and an installed update (real widgets offscreen, the sandbox, a fake clock, a real install
layout in a temporary folder): shown at once, never interrupting the webshop, restarted into at the daily fresh
start or while the offline screen shows."""

from __future__ import annotations

import os
from datetime import datetime

import httpx
from PySide6.QtWidgets import QLabel

from kiosk import __version__
from kiosk.autologin.session import State
from kiosk.clock import FakeClock
from kiosk.exitcodes import ExitCode
from kiosk.monitoring.health import HealthServer
from kiosk.sandbox import Sandbox, free_port
from kiosk.terminal import KioskController
from kiosk.updates.layout import Installation
from kiosk.updates.state import read_heartbeat
from tests.helpers import sandbox_settings
from tests.helpers.fixtures import WAIT, health_of, run_js, wait_state


def install_layout(tmp_path) -> Installation:
    """This kiosk's release installed, as /opt/betshop-kiosk would hold it."""
    prefix = tmp_path / "opt" / "betshop-kiosk"
    (prefix / "releases" / __version__ / "_internal" / "kiosk").mkdir(parents=True)
    (prefix / "releases" / __version__ / ".in-use").touch()
    (prefix / "current").write_text(__version__ + "\n")
    (prefix / "kiosk").write_text("#!/bin/sh\n")
    (tmp_path / "state" / "kiosk").mkdir(parents=True)
    return Installation(prefix, __version__, tmp_path / "state")


def install_update(inst: Installation, release: str) -> None:
    """What kiosk-release activate does: a new release beside the running one, then `current` renamed into place."""
    (inst.prefix / "releases" / release / "_internal" / "kiosk").mkdir(parents=True)
    (inst.prefix / ".current.new").write_text(release + "\n")
    os.replace(inst.prefix / ".current.new", inst.prefix / "current")


def info_text(c: KioskController) -> str:
    c.shell.technician._show_info()
    grid = c.shell.technician.info_grid
    return "\n".join(grid.itemAt(i).widget().text() for i in range(grid.count())
                     if isinstance(grid.itemAt(i).widget(), QLabel))


def kiosk(sb, tmp_path, inst, clock=None, **over) -> tuple[KioskController, list]:
    c = KioskController(sandbox_settings(sb, tmp_path / "data", **over), health=HealthServer(0).start(), clock=clock)
    exits: list = []
    c.exitRequested.connect(lambda code, why: exits.append((code, why)))
    c.start()
    c.add_update_watch(inst)
    c.show()
    return c, exits


def test_an_installed_update_is_shown_at_once_and_waits_for_the_daily_fresh_start(qtbot, sb, tmp_path):
    inst = install_layout(tmp_path)
    clock = FakeClock(wall=datetime(2026, 11, 22, 3, 58, 0).timestamp())
    c, exits = kiosk(sb, tmp_path, inst, clock, daily_restart="04:00")
    try:
        wait_state(qtbot, c, State.READY)
        qtbot.waitUntil(lambda: health_of(c).get("installed_version") == __version__, timeout=WAIT)
        h = health_of(c)
        assert h["version"] == __version__ and h["update_pending"] is False
        page, requests = c.page, c.session.stats.autologin_requests
        run_js(qtbot, c, "window.__sameDocument = true; 1")

        install_update(inst, "9.9.9")
        qtbot.waitUntil(lambda: health_of(c)["update_pending"] is True, timeout=5000)  # inotify, not the minute's poll
        h = health_of(c)
        assert h["version"] == __version__ and h["installed_version"] == "9.9.9" and h["state"] == "ready"
        metrics = httpx.get(f"http://127.0.0.1:{c.health.port}/metrics", timeout=5).text
        assert "kiosk_update_pending 1.0" in metrics and "kiosk_update_rollbacks_total 0.0" in metrics
        assert "9.9.9 is installed; the kiosk restarts into it at the 04:00 fresh start" in info_text(c)
        c.shell.technician.close_door()
        # The player's webshop is untouched: same page, same document, no new login, no restart.
        assert c.page is page and run_js(qtbot, c, "window.__sameDocument === true") is True
        assert c.session.stats.autologin_requests == requests and exits == []
        beat = read_heartbeat(inst.heartbeat_file)
        assert beat is not None and beat.release == __version__ and beat.state == "ready" and beat.pid == os.getpid()

        clock.advance(60)  # 03:59: not yet
        c.check_daily()
        assert exits == []
        clock.advance(90)  # 04:00:30: the daily fresh start restarts into the update instead of reloading the page
        c.check_daily()
        assert [code for code, _why in exits] == [ExitCode.RESTART]
        assert "restarting into the installed version 9.9.9: the daily fresh start" in exits[0][1]
        assert c.session.stats.autologin_requests == requests  # no pointless login first
    finally:
        c.shutdown()
        c.health.stop()
    assert read_heartbeat(inst.heartbeat_file).state == "restarting"  # the updater knows at once


def test_without_an_update_the_fresh_start_reloads_and_the_offline_screen_waits(qtbot, tmp_path):
    inst = install_layout(tmp_path)
    port = free_port()
    sb = Sandbox(port=port, poll_interval=0.2).start()
    clock = FakeClock(wall=datetime(2026, 11, 22, 3, 59, 50).timestamp())
    c, exits = kiosk(sb, tmp_path, inst, clock, daily_restart="04:00")
    try:
        wait_state(qtbot, c, State.READY)
        clock.advance(20)
        c.check_daily()
        qtbot.waitUntil(lambda: c.session.stats.autologin_requests == 2, timeout=WAIT)  # the usual fresh start
        wait_state(qtbot, c, State.READY)
        qtbot.waitUntil(lambda: run_js(qtbot, c, "document.readyState") == "complete", timeout=WAIT)
        sb.stop()
        c.page.triggerAction(c.page.WebAction.Reload)
        wait_state(qtbot, c, State.OFFLINE)
        qtbot.wait(1500)
        assert exits == [] and not health_of(c)["update_pending"]
        # An update installed while the offline screen shows: no player is served, so it restarts at once.
        install_update(inst, "9.9.9")
        qtbot.waitUntil(lambda: bool(exits), timeout=5000)
        assert exits[0][0] == ExitCode.RESTART and "the offline screen is showing" in exits[0][1]
    finally:
        c.shutdown()
        c.health.stop()
        sb.stop()


def test_a_kiosk_not_installed_from_a_package_says_so(qtbot, sb, tmp_path):
    c, exits = kiosk(sb, tmp_path, None)
    try:
        wait_state(qtbot, c, State.READY)
        h = health_of(c)
        assert h["version"] == __version__ and h["installed_version"] is None and h["update_pending"] is False
        assert "not installed from a package here" in info_text(c)
    finally:
        c.shutdown()
        c.health.stop()
