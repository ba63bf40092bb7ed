"""The tests' fixtures (loaded by ``pytest_plugins``), and helpers for tests that drive the real window."""

from __future__ import annotations

import os

import httpx
import pytest

from kiosk.autologin.session import State
from kiosk.clock import FakeClock
from kiosk.monitoring.health import HealthServer
from kiosk.sandbox import Sandbox
from kiosk.terminal import KioskController
from tests.helpers import sandbox_settings

WAIT = 15_000  # ms; generous for a 2-core CI machine, never a timing assertion


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk_env(monkeypatch, tmp_path):
    """No KIOSK_* variable from the developer's shell, and no installed config file, leaks into a test."""
    for k in list(os.environ):
        if k.upper().startswith("KIOSK_"):
            monkeypatch.delenv(k)
    monkeypatch.setattr("kiosk.settings.default_config_file", lambda: tmp_path / "no-such-dir" / "kiosk.toml")
    monkeypatch.setattr("kiosk.settings.default_data_dir", lambda: tmp_path / "default-data")  # not the real one
    return monkeypatch


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


@pytest.fixture
def ready_kiosk(qtbot, sb, make_kiosk):
    """``ready_kiosk(**settings)``: a kiosk against ``sb`` that has reached ready."""
    def make(**over) -> KioskController:
        c = make_kiosk(sb, **over)
        wait_state(qtbot, c, State.READY)
        return c
    return make


def health_of(c: KioskController) -> dict:
    return httpx.get(f"http://127.0.0.1:{c.health.port}/health", timeout=5).json()


def wait_state(qtbot, c, state: State, timeout=WAIT):
    qtbot.waitUntil(lambda: c.session.state is state, timeout=timeout)


def wait_painted(qtbot, c) -> None:
    """Wait until the page has drawn two frames, as a person sees a page before touching it.

    The kiosk is ready at DOMContentLoaded, which can come before the first paint; until then
    Chromium drops input events (its paint holding), so a test that types or taps must wait.
    """
    run_js(qtbot, c, "window.__testPainted = false; requestAnimationFrame(function () {"
                     " requestAnimationFrame(function () { window.__testPainted = true; }); }); 1")
    qtbot.waitUntil(lambda: run_js(qtbot, c, "window.__testPainted === true") is True, timeout=WAIT)


def run_js(qtbot, c, script: str):
    box = []
    c.page.runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    return box[0]


