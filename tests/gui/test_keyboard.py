"""The on-screen keyboard on the real kiosk window and the sandbox webshop (QtWebEngine offscreen)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QPoint, Qt, qVersion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.autologin.session import State
from kiosk.ui import keyboard_layouts as kl
from kiosk.ui.keyboard import OnScreenKeyboard, install_keyboard
from kiosk.ui.keyboard_layouts import Pad, panel_height
from kiosk.ui.widgets import Overlay
from tests.helpers.fixtures import WAIT, run_js, wait_painted, wait_state

PHONE = "document.getElementById('phone-frame').contentDocument.getElementById('phone')"


@pytest.fixture
def kiosk(qtbot, sb, make_kiosk):
    c = make_kiosk(sb, onscreen_keyboard="on", keyboard_layouts=["en_GB", "lt_LT"])
    wait_state(qtbot, c, State.READY)
    c.window.activateWindow()  # the kiosk's one window; offscreen, a later test's window is not activated by itself
    qtbot.waitUntil(c.window.isActiveWindow, timeout=WAIT)
    c.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusObject() is c.view.focusProxy(), timeout=WAIT)
    wait_painted(qtbot, c)  # Chromium drops taps before the page's first paint
    c.keyboard = install_keyboard(c.window, c.view, c.settings, parent=c.shell)
    assert isinstance(c.keyboard, OnScreenKeyboard)
    # The page's script runs and its phone frame is loaded.
    qtbot.waitUntil(lambda: (sb.fields.get("fields") or {}).get("phone") is not None, timeout=WAIT)
    return c


def tap_key(qtbot, kb: OnScreenKeyboard, name: str) -> None:
    button = next(b for k, b in kb.panel.buttons if k.name == name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_keys(qtbot, kb, *names: str) -> None:
    for name in names:
        tap_key(qtbot, kb, name)


def focus_field(qtbot, c, element: str) -> None:
    """The page focuses a field (offscreen, synthetic clicks do not reliably reach Chromium's hit testing;
    tests/system/test_keyboard.py taps fields with a real X pointer)."""
    run_js(qtbot, c, f"(function () {{ var e = {element}; e.scrollIntoView({{block: 'center'}}); e.focus(); return 1; }})()")


def tap_field(qtbot, c, element: str) -> None:
    """A finger on the field (the keyboard follows the field that has focus; this only brings it back)."""
    where = run_js(qtbot, c, f"(function () {{ var e = {element}, r = e.getBoundingClientRect();"
                             " var f = e.ownerDocument.defaultView.frameElement, o = f ? f.getBoundingClientRect() : r;"
                             " var dx = f ? o.left : 0, dy = f ? o.top : 0;"
                             " return Math.round(dx + r.left + 20) + ',' + Math.round(dy + r.top + r.height / 2); })()")
    x, y = (int(v) for v in where.split(","))
    QTest.mouseClick(c.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))


def shown(qtbot, kb, pad: Pad) -> None:
    qtbot.waitUntil(lambda: kb.pad is pad and kb.panel.isVisible(), timeout=WAIT)


def hidden(qtbot, kb) -> None:
    qtbot.waitUntil(lambda: kb.pad is None and not kb.panel.isVisible(), timeout=WAIT)


def field_value(qtbot, c, element: str):
    return run_js(qtbot, c, f"{element}.value")


def test_the_hint_values_are_qts():
    hint = Qt.InputMethodHint
    ours = (kl.HINT_HIDDEN_TEXT, kl.HINT_SENSITIVE_DATA, kl.HINT_DIGITS_ONLY, kl.HINT_FORMATTED_NUMBERS_ONLY,
            kl.HINT_DIALABLE_CHARACTERS_ONLY, kl.HINT_EMAIL_CHARACTERS_ONLY, kl.HINT_URL_CHARACTERS_ONLY)
    assert ours == (hint.ImhHiddenText.value, hint.ImhSensitiveData.value, hint.ImhDigitsOnly.value,
                    hint.ImhFormattedNumbersOnly.value, hint.ImhDialableCharactersOnly.value,
                    hint.ImhEmailCharactersOnly.value, hint.ImhUrlCharactersOnly.value)


def test_a_tapped_text_field_gets_the_keyboard_which_types_into_it_and_never_covers_it(qtbot, sb, kiosk):
    c, kb = kiosk, kiosk.keyboard
    assert not kb.panel.isVisible()
    focus_field(qtbot, c, "document.getElementById('promo')")
    shown(qtbot, kb, Pad.TEXT)
    height = panel_height(c.window.height())
    assert kb.panel.geometry().top() == c.window.height() - height
    qtbot.waitUntil(lambda: c.view.height() == c.window.height() - height, timeout=WAIT)  # the page shrinks
    type_keys(qtbot, kb, "s", "a", "v", "e", "1", "0", "shift", "x", "layout", "ą", "backspace", "ž")
    # The page's own input listener saw every key (it reports what the field holds to the sandbox).
    qtbot.waitUntil(lambda: (sb.fields["fields"]["promo"] or {}).get("value") == "save10Xž", timeout=WAIT)
    top, bottom = (float(v) for v in run_js(qtbot, c, "(function(){var r=document.getElementById('promo')"
                                                      ".getBoundingClientRect(); return r.top + ',' + r.bottom;})()").split(","))
    # Layout is in fractional CSS pixels and scrolling in whole ones: within a pixel is in view.
    assert top >= 0 and bottom <= run_js(qtbot, c, "window.innerHeight") + 1 <= c.view.height() + 1
    # Enter submits: the page applies the code and removes the field, and the keyboard goes with it.
    tap_key(qtbot, kb, "enter")
    hidden(qtbot, kb)
    qtbot.waitUntil(lambda: sb.fields.get("applied") == "save10Xž", timeout=WAIT)  # the page's report arrives
    qtbot.waitUntil(lambda: c.view.height() == c.window.height(), timeout=WAIT)


def test_a_phone_field_in_a_frame_gets_the_phone_pad(qtbot, kiosk):
    c, kb = kiosk, kiosk.keyboard
    focus_field(qtbot, c, PHONE)
    shown(qtbot, kb, Pad.PHONE)
    assert {k.name for k, _b in kb.panel.buttons} == {*"0123456789+ ", "backspace", "enter", "hide"}
    type_keys(qtbot, kb, "+", "3", "7", "0", " ", "6")
    qtbot.waitUntil(lambda: field_value(qtbot, c, PHONE) == "+370 6", timeout=WAIT)


# QtWebEngine passes the inputmode attribute to the input method in Qt 6.11 (the wheels); Debian 13's Qt 6.8.2
# does not (measured: no hint at all), so there such a field gets the letter keyboard, which can type digits too.
INPUTMODE = tuple(int(p) for p in qVersion().split(".")[:2]) >= (6, 11)


@pytest.mark.parametrize("attrs, pad", [
    ('inputmode="numeric"', Pad.DIGITS if INPUTMODE else Pad.TEXT),
    ('type="number"', Pad.DECIMAL),
    ('inputmode="decimal"', Pad.DECIMAL if INPUTMODE else Pad.TEXT),
    ('type="email"', Pad.EMAIL),
    ('type="search"', Pad.TEXT),
])
def test_each_input_type_gets_its_pad(qtbot, kiosk, attrs, pad):
    c, kb = kiosk, kiosk.keyboard
    run_js(qtbot, c, f"""document.body.insertAdjacentHTML("afterbegin", '<input id="extra" {attrs}>');
                          document.getElementById("extra").focus(); 1""")
    shown(qtbot, kb, pad)


def test_blur_hides_it_and_hide_keeps_it_hidden_until_the_field_is_tapped_again(qtbot, kiosk):
    c, kb = kiosk, kiosk.keyboard
    focus_field(qtbot, c, "document.getElementById('promo')")
    shown(qtbot, kb, Pad.TEXT)
    run_js(qtbot, c, "document.activeElement.blur(); 1")
    hidden(qtbot, kb)
    focus_field(qtbot, c, "document.getElementById('promo')")
    shown(qtbot, kb, Pad.TEXT)
    tap_key(qtbot, kb, "hide")
    hidden(qtbot, kb)
    qtbot.wait(200)
    assert kb.pad is None  # the field still has focus, the keyboard stays away
    assert run_js(qtbot, c, "document.activeElement.id") == "promo"
    tap_field(qtbot, c, "document.getElementById('promo')")
    shown(qtbot, kb, Pad.TEXT)


def test_what_is_typed_into_a_password_field_is_never_logged(qtbot, sb, kiosk, caplog):
    c, kb = kiosk, kiosk.keyboard
    caplog.set_level(logging.DEBUG)
    focus_field(qtbot, c, "document.getElementById('voucher-pin')")
    shown(qtbot, kb, Pad.TEXT)
    assert kb.secret
    type_keys(qtbot, kb, "symbols", "#", "€", "symbols", "z", "q", "j")
    qtbot.waitUntil(lambda: (sb.fields["fields"]["voucher-pin"] or {}).get("value") == 5, timeout=WAIT)
    assert run_js(qtbot, c, "document.getElementById('voucher-pin').value") == "#€zqj"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "keyboard shown" in logged  # the log is on, at DEBUG
    for secret in ("#€zqj", "zqj", "€"):
        assert secret not in logged


def test_a_native_panel_over_the_page_hides_the_keyboard_and_keeps_it_away(qtbot, kiosk):
    c, kb = kiosk, kiosk.keyboard
    focus_field(qtbot, c, "document.getElementById('promo')")
    shown(qtbot, kb, Pad.TEXT)
    panel = Overlay(c.window, "testPanel")  # as the technician door and the phone verification open
    panel.cover()
    hidden(qtbot, kb)
    focus_field(qtbot, c, PHONE)
    qtbot.wait(400)
    assert kb.pad is None and not kb.panel.isVisible()
    panel.hide()
    tap_field(qtbot, c, PHONE)
    shown(qtbot, kb, Pad.PHONE)


def test_off_and_auto_without_a_touch_screen_install_nothing(qtbot, sb, make_kiosk):
    c = make_kiosk(sb, onscreen_keyboard="off")
    assert install_keyboard(c.window, c.view, c.settings) is None
    auto = c.settings.model_copy(update={"onscreen_keyboard": "auto"})
    assert install_keyboard(c.window, c.view, auto) is None  # offscreen has no touch screen


def test_the_same_keys_docked_in_a_native_form_type_into_its_focused_field(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from kiosk.ui.keyboard import FieldKeyboard

    form = QWidget()
    lay = QVBoxLayout(form)
    first, second = QLineEdit(), QLineEdit()
    kb = FieldKeyboard(("en_GB", "lt_LT"))
    for w in (first, second, kb):
        lay.addWidget(w)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    touches = []
    kb.pressed.connect(lambda: touches.append(1))

    def tap(name):
        qtbot.mouseClick(kb.button(name), Qt.MouseButton.LeftButton)

    for name in ("shift", "h", "o", "s", "t", "backspace", "space", "?123", "#", "?123", "layout", "ą"):
        tap("symbols" if name == "?123" else name)
    assert first.text() == "Hos #ą" and len(touches) == 12
    tap("enter")  # next field
    assert second.hasFocus()
    tap("a")
    assert second.text() == "a"
    tap("hide")
    assert not second.hasFocus() and kb.button("a").focusPolicy() == Qt.FocusPolicy.NoFocus
