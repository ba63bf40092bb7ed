"""The Chromium flag filter: no debugging port, no renderer sandbox off, no single process, in any dash form."""

from __future__ import annotations

import pytest

from kiosk import engine_flags


@pytest.mark.parametrize("flag", [
    "--remote-debugging-port=9222", "-remote-debugging-port=9222", "--Remote-Debugging-Port=9222",
    "--remote-debugging-pipe", "--remote-debugging-address=0.0.0.0", "--remote-allow-origins=*",
    "--auto-open-devtools-for-tabs", "--no-sandbox", "-no-sandbox", "--NO-SANDBOX", "--no-zygote",
    "--disable-setuid-sandbox", "--single-process", "-single-process", "--in-process-gpu", "-in-process-gpu",
    "--disable-web-security", "--ignore-certificate-errors", "--ignore-certificate-errors-spki-list=abc",
    "--user-data-dir=/tmp/x", "--load-extension=/tmp/ext", "--allow-running-insecure-content",
    "--log-net-log=/tmp/net.json", "--net-log-capture-mode=Everything", "--enable-logging=stderr", "--v=1",
    "--vmodule=*/net/*=2", "--renderer-cmd-prefix=gdb", "--utility-cmd-prefix=strace",
    "--gpu-launcher=/tmp/x",
])
def test_dangerous_flags_are_dropped_in_any_dash_form(flag):
    kept, dropped = engine_flags.clean(f"--disable-gpu {flag} --lang=lt")
    assert kept.split() == ["--disable-gpu", "--lang=lt", "--disable-pinch"]
    assert dropped == [engine_flags.flag_name(flag)]


def test_harmless_flags_and_values_stay_and_pinch_zoom_is_turned_off_once():
    kept, dropped = engine_flags.clean("--disable-gpu --force-device-scale-factor=1.25 --disable-pinch")
    assert kept == "--disable-gpu --force-device-scale-factor=1.25 --disable-pinch" and dropped == []
    assert engine_flags.clean("")[0] == "--disable-pinch"


def test_the_environment_is_rewritten_before_the_engine_starts():
    env = {"QTWEBENGINE_CHROMIUM_FLAGS": "-remote-debugging-port=9222 --single-process --disable-gpu",
           "QTWEBENGINE_REMOTE_DEBUGGING": "9222"}
    assert engine_flags.apply(env) == ["remote-debugging-port", "single-process"]
    assert env == {"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu --disable-pinch"}
