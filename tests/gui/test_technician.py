"""The technician door: PIN hashing, lockout with a fake clock, and the real PIN pad and menu."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from kiosk.autologin.session import State
from kiosk.clock import FakeClock
from kiosk.exitcodes import ExitCode
from kiosk.pin import TechnicianDoor, hash_pin, verify_pin
from kiosk.settings import load_settings
from tests.helpers.fixtures import WAIT, wait_state

PIN = "246813"


@pytest.fixture(scope="module")
def pin_hash():
    return hash_pin(PIN)


def test_the_pin_is_stored_only_as_a_salted_slow_hash(pin_hash):
    assert PIN not in pin_hash and pin_hash.startswith("scrypt$")
    assert hash_pin(PIN) != pin_hash  # salted
    assert verify_pin(PIN, pin_hash) and not verify_pin("246814", pin_hash)
    with pytest.raises(ValueError):
        hash_pin("12ab")


def test_five_wrong_pins_lock_the_door_for_five_minutes(pin_hash):
    clock = FakeClock()
    door = TechnicianDoor(pin_hash, clock)
    for left in (4, 3, 2, 1):
        assert door.try_pin("0000").message == f"Wrong PIN. Tries left: {left}."
    locked = door.try_pin("0000")
    assert not locked.opened and locked.locked_for == 300
    assert not door.try_pin(PIN).opened  # even the right PIN, while locked
    clock.advance(299)
    assert not door.try_pin(PIN).opened
    clock.advance(1)
    assert door.try_pin(PIN).opened


def test_no_pin_means_no_door():
    answer = TechnicianDoor(None, FakeClock()).try_pin("1234")
    assert not answer.opened and "No technician PIN" in answer.message


def test_set_pin_writes_a_hash_the_settings_accept(tmp_path, kiosk_env):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('# shop 17\nshop_name = "Shop"\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "kiosk", "set-pin", "--config", str(cfg)], input=f"{PIN}\n{PIN}\n",
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    text = cfg.read_text(encoding="utf-8")
    assert "# shop 17" in text and PIN not in text
    assert verify_pin(PIN, load_settings(cfg).technician_pin.get_secret_value())
    bad = subprocess.run([sys.executable, "-m", "kiosk", "set-pin", "--config", str(cfg)], input="123456\n654321\n",
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "differ" in bad.stderr


def tap(qtbot, overlay, name: str):
    qtbot.mouseClick(overlay.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def enter_pin(qtbot, overlay, pin: str):
    for digit in pin:
        tap(qtbot, overlay, f"key_{digit}")
    tap(qtbot, overlay, "key_ok")


@pytest.fixture
def door_kiosk(qtbot, sb, make_kiosk, pin_hash):
    c = make_kiosk(sb, technician_pin=pin_hash, fullscreen=True)
    wait_state(qtbot, c, State.READY)
    return c


def test_the_chord_opens_the_pin_pad_and_the_right_pin_the_menu(qtbot, door_kiosk):
    c = door_kiosk
    overlay = c.shell.technician
    QTest.keyClick(c.view.focusProxy(), Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(overlay.isVisible, timeout=WAIT)
    enter_pin(qtbot, overlay, "111111")
    assert "Wrong PIN" in overlay.message.text() and overlay.stack.currentIndex() == 0
    enter_pin(qtbot, overlay, PIN)
    assert overlay.stack.currentIndex() == 1
    tap(qtbot, overlay, "menu_info")
    shown = {overlay.info_grid.itemAtPosition(r, 0).widget().text(): overlay.info_grid.itemAtPosition(r, 1).widget().text()
             for r in range(overlay.info_grid.rowCount()) if overlay.info_grid.itemAtPosition(r, 0)}
    assert shown["State"] == "ready" and "John Smith" in shown["User"] and str(c.settings.data_dir) == shown["Data folder"]
    assert c.settings.secret_key.get_secret_value() not in " ".join(shown.values())


def test_new_login_link_from_the_menu(qtbot, door_kiosk):
    c = door_kiosk
    c.shell.technician.open_door()
    enter_pin(qtbot, c.shell.technician, PIN)
    tap(qtbot, c.shell.technician, "menu_new_link")
    assert not c.shell.technician.isVisible()
    qtbot.waitUntil(lambda: c.session.stats.autologin_requests == 2, timeout=WAIT)
    wait_state(qtbot, c, State.READY)


@pytest.mark.parametrize("button, code", [("menu_exit", ExitCode.OK), ("menu_restart", ExitCode.RESTART)])
def test_exit_and_restart_from_the_menu(qtbot, door_kiosk, button, code):
    c = door_kiosk
    exits = []
    c.exitRequested.connect(lambda got, _reason: exits.append(got))
    c.shell.technician.open_door()
    enter_pin(qtbot, c.shell.technician, PIN)
    tap(qtbot, c.shell.technician, button)
    assert exits == [code]


def test_the_pad_says_when_it_is_locked(qtbot, door_kiosk):
    overlay = door_kiosk.shell.technician
    overlay.open_door()
    for _ in range(5):
        enter_pin(qtbot, overlay, "000000")
    assert "locked for 5 minutes" in overlay.message.text()
    enter_pin(qtbot, overlay, PIN)
    assert overlay.stack.currentIndex() == 0 and "Try again in" in overlay.message.text()
    # The lockout is in the data dir: the next kiosk process starts locked too.
    from kiosk.pin import STATE_FILE

    again = TechnicianDoor(overlay.door._hash, door_kiosk.clock, state_file=door_kiosk.settings.data_dir / STATE_FILE)
    assert again.locked_for() > 0


def test_without_a_pin_the_chord_does_nothing(qtbot, sb, make_kiosk):
    c = make_kiosk(sb, fullscreen=True)
    wait_state(qtbot, c, State.READY)
    QTest.keyClick(c.view.focusProxy(), Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(200)
    assert not c.shell.technician.isVisible()


def test_the_menu_stays_on_top_when_the_screen_underneath_changes(qtbot, door_kiosk):
    c = door_kiosk
    c.shell.technician.open_door()
    c.session.refresh("a screen change while the technician works", new_page=True)  # splash, then the webshop
    wait_state(qtbot, c, State.READY)
    top = c.window.childAt(c.window.rect().center())
    assert top is not None and (top is c.shell.technician or c.shell.technician.isAncestorOf(top))


def test_every_key_name_the_settings_accept_is_one_qt_reads():
    """The settings' Qt-free table of key names against QKeySequence itself."""
    from PySide6.QtGui import QKeySequence

    from kiosk.settings import TECHNICIAN_KEY_NAMES
    from kiosk.ui.lockdown import parse_chord

    for name in set(TECHNICIAN_KEY_NAMES.values()):
        chord = f"Ctrl+Alt+{name}"
        seq = QKeySequence(chord)
        assert seq.count() == 1 and seq.toString() == chord, name
        assert parse_chord(chord).key() != Qt.Key.Key_unknown, name
