"""The kiosk as the supervisor sees it: one instance per data dir, /metrics, no debugging port."""

from __future__ import annotations

import signal
import socket
import subprocess

import httpx
from prometheus_client.parser import text_string_to_metric_families

from kiosk.sandbox import Sandbox
from tests.helpers import free_port, sandbox_env
from tests.helpers.process import KIOSK, clean_env, wait_health


def start(env):
    return subprocess.Popen([*KIOSK, "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True)


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    return proc.communicate(timeout=30)


def test_a_second_kiosk_on_the_same_data_dir_exits_0_at_once(tmp_path):
    port = free_port()
    with Sandbox() as sb:
        env = clean_env(**sandbox_env(sb, tmp_path / "data", KIOSK_HEALTH_PORT=port))
        first = start(env)
        try:
            wait_health(port, lambda h: h["state"] == "ready")
            second = subprocess.run([*KIOSK, "run"], env=clean_env(**sandbox_env(sb, tmp_path / "data")),
                                    capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
            assert second.returncode == 0
            assert f"already running (pid {first.pid})" in second.stderr
            assert sb.counters["auth_requests"] == 1  # the second one never asked for a link
        finally:
            stop(first)
        # the lock went with the first process: a new one starts normally
        third = start(env)
        try:
            wait_health(port, lambda h: h["state"] == "ready")
        finally:
            stop(third)


def test_metrics_parse_as_prometheus_text_and_no_debugging_port_opens(tmp_path):
    port, debug_port = free_port(), free_port()
    with Sandbox() as sb:
        env = clean_env(**sandbox_env(sb, tmp_path / "data", KIOSK_HEALTH_PORT=port),
                        QTWEBENGINE_REMOTE_DEBUGGING=str(debug_port),
                        QTWEBENGINE_CHROMIUM_FLAGS=f"--remote-debugging-port={debug_port}")
        proc = start(env)
        try:
            wait_health(port, lambda h: h["state"] == "ready")
            text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
            with socket.socket() as s:
                assert s.connect_ex(("127.0.0.1", debug_port)) != 0, "a remote debugging port is open"
        finally:
            _out, err = stop(proc)
    families = {f.name: f for f in text_string_to_metric_families(text)}
    state = {s.labels["kiosk_state"]: s.value for s in families["kiosk_state"].samples}
    assert state["ready"] == 1 and sum(state.values()) == 1
    requests = {s.labels["result"]: s.value for s in families["kiosk_autologin_requests"].samples
                if s.name.endswith("_total")}
    assert requests["ok"] == 1 and sum(requests.values()) == 1
    assert families["kiosk_renderer_restarts"].samples[0].value == 0
    assert families["kiosk_time_to_first_ready_seconds"].samples[0].value > 0
    assert families["kiosk_last_autologin_latency_seconds"].samples[0].value > 0
    assert families["kiosk_uptime_seconds"].samples[0].value > 0
    assert families["kiosk_build_info"].samples[0].labels["version"]
    assert "remote debugging" in err


def test_an_unwritable_data_dir_runs_degraded_instead_of_exiting_2(tmp_path):
    """Root ignores permissions, so the data dir is a path under a regular file (ENOTDIR for anyone)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a directory", encoding="utf-8")
    port = free_port()
    with Sandbox() as sb:
        proc = start(clean_env(**sandbox_env(sb, blocker / "data", KIOSK_HEALTH_PORT=port)))
        try:
            health = wait_health(port, lambda h: h["state"] == "ready")
            assert proc.poll() is None
            assert health["degraded"] and "data dir not writable" in health["degraded"][0]
        finally:
            out, err = stop(proc)
    assert "running degraded" in err and "Traceback" not in err


# `kiosk run` as it starts, with the controller's "ask for a link" effect watched: which Qt modules are loaded then.
_WATCH_FIRST_REQUEST = """
import sys
import kiosk.terminal as terminal
effect = terminal.KioskController.request_link
def first_request(self):
    if not getattr(first_request, "seen", False):
        first_request.seen = True
        loaded = sorted(m for m in sys.modules if m.startswith("PySide6."))
        print("loaded at the first request: " + " ".join(loaded), file=sys.stderr, flush=True)
    return effect(self)
terminal.KioskController.request_link = first_request
from kiosk.cli import main
sys.exit(main(["run"]))
"""


def test_the_first_autologin_request_goes_out_before_the_widgets_and_the_web_engine_load(tmp_path):
    port = free_port()
    with Sandbox() as sb:
        env = clean_env(**sandbox_env(sb, tmp_path / "data", KIOSK_HEALTH_PORT=port))
        proc = subprocess.Popen([KIOSK[0], "-c", _WATCH_FIRST_REQUEST], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        try:
            wait_health(port, lambda h: h["state"] == "ready")
        finally:
            _out, err = stop(proc)
    line = next(line for line in err.splitlines() if line.startswith("loaded at the first request: "))
    loaded = line.split(": ", 1)[1].split()
    assert "PySide6.QtCore" in loaded  # the controller's worker pool and timers
    assert not [m for m in loaded if m.startswith(("PySide6.QtWidgets", "PySide6.QtWebEngine", "PySide6.QtGui"))], loaded


# `kiosk run` with two moments watched: the first ready (which kiosk modules are loaded then) and the moment the rest
# is added (kiosk.terminal._add_the_rest: printing, the media probe, the update watch, the keyboard).
_WATCH_READY = """
import sys
import kiosk.terminal as terminal

def kiosk_modules():
    return " ".join(sorted(m for m in sys.modules if m.startswith("kiosk.")))

attach = terminal.KioskController.attach
def watched_attach(self, shell):
    self.ready.connect(lambda: print("loaded at ready: " + kiosk_modules(), file=sys.stderr, flush=True))
    return attach(self, shell)
terminal.KioskController.attach = watched_attach
rest = terminal._add_the_rest
def watched_rest(*args):
    rest(*args)
    print("loaded after the rest: " + kiosk_modules(), file=sys.stderr, flush=True)
terminal._add_the_rest = watched_rest
from kiosk.cli import main
sys.exit(main(["run"]))
"""

# What the first ready never waits for (issue 19): built right after it.
AFTER_READY = ("kiosk.printing.service", "kiosk.ui.printing", "kiosk.ui.keyboard", "kiosk.ui.media",
               "kiosk.updates.watch", "kiosk.ui.verify.panel", "kiosk.verification.player_data",
               "kiosk.monitoring.lan")


def _watched_start(env: dict[str, str], port: int) -> tuple[list[str], list[str]]:
    """Run the watched kiosk until the rest is added; the modules loaded at ready and after the rest."""
    proc = subprocess.Popen([KIOSK[0], "-c", _WATCH_READY], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        wait_health(port, lambda h: h["state"] == "ready")
        wait_health(port, lambda h: "printer" in h)  # the print service publishes itself once it is added
    finally:
        _out, err = stop(proc)
    lines = err.splitlines()
    at_ready = next(line for line in lines if line.startswith("loaded at ready: ")).split(": ", 1)[1].split()
    after = next(line for line in lines if line.startswith("loaded after the rest: ")).split(": ", 1)[1].split()
    assert lines.index(next(x for x in lines if x.startswith("loaded at ready"))) < lines.index(
        next(x for x in lines if x.startswith("loaded after the rest")))
    return at_ready, after


def test_what_the_first_ready_does_not_need_is_built_right_after_it(tmp_path):
    port = free_port()
    with Sandbox() as sb:
        at_ready, after = _watched_start(clean_env(**sandbox_env(sb, tmp_path / "data", KIOSK_HEALTH_PORT=port)),
                                         port)
    assert not [m for m in AFTER_READY if m in at_ready], at_ready
    assert "kiosk.ui.verify.bridge" in at_ready  # verification is on: its script is in the first document
    assert {"kiosk.printing.service", "kiosk.ui.media", "kiosk.updates.watch", "kiosk.ui.keyboard"} <= set(after)


def test_with_verification_off_nothing_of_it_is_imported(tmp_path):
    port = free_port()
    with Sandbox() as sb:
        env = {k: v for k, v in sandbox_env(sb, tmp_path / "data", KIOSK_HEALTH_PORT=port).items()
               if k not in ("KIOSK_GATEWAY_URL", "KIOSK_BRAND_ID")}
        at_ready, after = _watched_start(clean_env(**env), port)
    assert not [m for m in after if m.startswith(("kiosk.ui.verify", "kiosk.verification"))], after
    assert "kiosk.printing.service" not in at_ready
