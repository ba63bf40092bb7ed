"""The on-screen keyboard as a player meets it: a real `kiosk run` on a real X server (Xvfb), taps by xdotool.

The sandbox webshop's fields report what they hold and where they are (``/sandbox/fields``); keys are
tapped where :func:`kiosk.ui.keyboard_layouts.key_geometry` puts them; what is on screen is read back
from screenshots (``import -window root``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time

import psutil
from PySide6.QtGui import QColor, QImage

from kiosk.sandbox import Sandbox
from kiosk.ui.keyboard_layouts import KeyboardState, Pad, key_center, key_geometry, panel_height
from tests.helpers import free_port, sandbox_env
from tests.helpers.process import KIOSK, clean_env, wait_health
from tests.helpers.xserver import H, W  # the display fixture's screen

AMBER = QColor("#f5b301")  # the Enter key: only the keyboard has it


class Terminal:
    """The touch terminal: the X screen, a finger (xdotool) and the sandbox's view of the page."""

    def __init__(self, display: str, sb: Sandbox, shots):
        self.env = {**os.environ, "DISPLAY": display}
        self.sb = sb
        self.shots = shots
        self.state = KeyboardState(["en_GB", "lt_LT"])  # mirrors the kiosk's keyboard, to know where keys are

    def tap(self, x: int, y: int) -> None:
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], env=self.env, check=True, timeout=10)
        time.sleep(0.12)

    def scroll_page(self) -> None:
        subprocess.run(["xdotool", "mousemove", "500", "200", "click", "5"], env=self.env, check=True, timeout=10)
        time.sleep(0.3)

    def screen(self, name: str) -> QImage:
        path = self.shots / f"{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True, timeout=20)
        return QImage(str(path))

    def field(self, name: str) -> dict | None:
        return (self.sb.fields.get("fields") or {}).get(name)

    def wait(self, predicate, what: str, timeout: float = 20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = predicate()
            if got:
                return got
            time.sleep(0.1)
        raise AssertionError(f"{what}: not seen in {timeout:.0f} s; the page reports {self.sb.fields}")

    def tap_field(self, name: str) -> None:
        """Scroll the page until the field is in view (above a keyboard, if one is up), then tap it."""
        for _ in range(40):  # one wheel notch at a time: the webshop page is long (slips, live draw above)
            f = self.field(name)
            x, y, w, h = f["rect"]
            if y >= 0 and y + h <= self.sb.fields["innerHeight"]:
                self.tap(x + min(40, w // 2), y + h // 2)
                return
            self.scroll_page()
        raise AssertionError(f"could not scroll the {name} field into view: {self.sb.fields}")

    def keys(self, pad: Pad):
        height = panel_height(H)
        self.state.pad = pad
        return key_geometry(self.state.rows(), W, height, numeric=pad.numeric), H - height

    def type(self, pad: Pad, *names: str) -> None:
        for name in names:
            placed, top = self.keys(pad)
            x, y = key_center(placed, name)
            self.tap(x, top + y)
            self.state.press(next(k for k, _r in placed if k.name == name))

    def keyboard_shown(self, pad: Pad, name: str) -> bool:
        """The Enter key of this pad is on screen, where it belongs."""
        placed, top = self.keys(pad)
        x, y = key_center(placed, "enter")
        return self.screen(name).pixelColor(x - 15, top + y - 12) == AMBER

    def show_for(self, pad: Pad) -> None:
        self.state.show_for(pad)


def test_tap_a_field_type_on_the_keyboard_and_the_page_has_the_text(tmp_path, display):
    port = free_port()
    shots = tmp_path / "shots"
    shots.mkdir()
    with Sandbox() as sb:
        env = clean_env(**sandbox_env(sb, tmp_path / "data", KIOSK_HEALTH_PORT=port, KIOSK_FULLSCREEN="true",
                                      KIOSK_ONSCREEN_KEYBOARD="on", KIOSK_KEYBOARD_LAYOUTS='["en_GB", "lt_LT"]',
                                      KIOSK_LOG_LEVEL="DEBUG"),
                        DISPLAY=display, QT_QPA_PLATFORM="xcb")
        proc = subprocess.Popen([*KIOSK, "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, text=True)
        try:
            wait_health(port, lambda h: h["state"] == "ready", timeout=60)
            t = Terminal(display, sb, shots)
            t.wait(lambda: t.field("phone") is not None, "the webshop page with its fields")
            assert not t.keyboard_shown(Pad.TEXT, "0-webshop")

            # A text field: the keyboard comes up, never over the field, and types into it.
            t.tap_field("promo")
            t.show_for(Pad.TEXT)
            t.wait(lambda: t.keyboard_shown(Pad.TEXT, "1-promo"), "the keyboard after tapping the promo field")
            t.type(Pad.TEXT, "s", "a", "v", "e", "1", "0", "shift", "x", "layout", "ą")
            t.wait(lambda: t.field("promo")["value"] == "save10Xą", "the typed promo code in the page")
            t.screen("2-typed")
            x, y, w, h = t.field("promo")["rect"]
            assert t.sb.fields["innerHeight"] <= H - panel_height(H) and y >= 0 and y + h <= t.sb.fields["innerHeight"]
            # Enter applies the code; the page removes the field and the keyboard goes with it.
            t.type(Pad.TEXT, "enter")
            t.wait(lambda: t.sb.fields.get("applied") == "save10Xą", "the promo code applied")
            t.wait(lambda: t.sb.fields["innerHeight"] == H and not t.keyboard_shown(Pad.TEXT, "3-applied"),
                   "the keyboard gone with the field")

            # A phone field inside a frame gets the phone pad.
            t.tap_field("phone")
            t.show_for(Pad.PHONE)
            t.wait(lambda: t.keyboard_shown(Pad.PHONE, "4-phone"), "the phone pad after tapping the phone field")
            t.type(Pad.PHONE, "+", "3", "7", "0", " ", "6")
            t.wait(lambda: t.field("phone")["value"] == "+370 6", "the typed phone number in the frame's field")
            t.screen("5-phone-typed")

            # A password field: typed, and never written to the log (which is at DEBUG).
            t.tap_field("voucher-pin")
            t.show_for(Pad.TEXT)
            t.wait(lambda: t.keyboard_shown(Pad.TEXT, "6-pin"), "the keyboard for the PIN field")
            t.type(Pad.TEXT, "z", "q", "j", "w")
            t.wait(lambda: t.field("voucher-pin")["value"] == 4, "four characters in the PIN field")
            # Pinch zoom is off in the web engine's processes, so the page keeps its scale for the next player.
            engines = [p for p in psutil.Process(proc.pid).children(recursive=True) if "QtWebEngine" in p.name()]
            assert engines and all("--disable-pinch" in p.environ().get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
                                   for p in engines)
        finally:
            proc.send_signal(signal.SIGTERM)
            _out, err = proc.communicate(timeout=30)
    log = (tmp_path / "data" / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "on-screen keyboard shown: phone pad" in log  # the log was on, at DEBUG
    assert "zqjw" not in log and "zqjw" not in err and "save10X" not in log
    assert "Traceback" not in err
