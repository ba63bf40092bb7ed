"""Fixtures and helpers for tests that drive the real window (QtWebEngine offscreen) against the sandbox."""

from __future__ import annotations

import httpx
import pytest

from kiosk.autologin.controller import KioskController
from kiosk.autologin.session import State
from kiosk.monitoring.health import HealthServer
from kiosk.sandbox import Sandbox
from tests.helpers import sandbox_settings

WAIT = 15_000  # ms; generous for a 2-core CI machine, never a timing assertion


@pytest.fixture
def sb():
    with Sandbox(poll_interval=0.2) as sandbox:
        yield sandbox


@pytest.fixture
def make_kiosk(qtbot, tmp_path):
    made = []

    def make(sandbox, **over) -> KioskController:
        health = HealthServer(0).start()
        c = KioskController(sandbox_settings(sandbox, tmp_path / f"data{len(made)}", **over), health=health)
        c.start()
        c.show()
        made.append((c, health))
        return c

    yield make
    for c, health in made:
        c.shutdown()
        health.stop()


def health_of(c: KioskController) -> dict:
    return httpx.get(f"http://127.0.0.1:{c.health.port}/health", timeout=5).json()


def wait_state(qtbot, c, state: State, timeout=WAIT):
    qtbot.waitUntil(lambda: c.session.state is state, timeout=timeout)


def run_js(qtbot, c, script: str):
    box = []
    c.page.runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    return box[0]


