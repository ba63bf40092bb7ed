"""The last native pop-ups a page could raise, tried as a page would: a colour input, a prompt's text field,
a page behind HTTP authentication; and the login form a wrong KIOSK_LOGIN_URL_PATTERN would leave on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWidgets import QApplication, QColorDialog, QDialog, QMenu

from kiosk.autologin.session import State
from kiosk.ui.dialogs import KioskDialog
from tests.gui.test_fieldweb import open_field_page, settle, tap
from tests.helpers.fixtures import WAIT, health_of, run_js, wait_painted, wait_state


def open_popup_fields(qtbot, c, sb) -> None:
    """The field-test page, scrolled to its colour input and prompt button (below its frame)."""
    open_field_page(qtbot, c, sb)
    run_js(qtbot, c, "document.getElementById('ask').scrollIntoView({block: 'center'}); 1")
    wait_painted(qtbot, c)


def native_windows() -> list[str]:
    """Every visible top-level Qt window but the kiosk's own (its window, and its dialogs)."""
    return [w.metaObject().className() for w in QApplication.topLevelWidgets()
            if w.isVisible() and not w.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            and w.objectName() not in ("stack", "kioskDialog")]


def test_a_colour_input_opens_no_native_window_and_keeps_its_colour(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    wait_painted(qtbot, c)
    open_popup_fields(qtbot, c, sb)
    tap(qtbot, c, "getElementById('color')")
    qtbot.waitUntil(lambda: "QColorDialog" in c.shell.native_windows.refused, timeout=WAIT)
    settle(qtbot)
    assert native_windows() == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QColorDialog) and w.isVisible()]
    assert run_js(qtbot, c, "document.getElementById('color').value") == "#336699"
    # The page is not held modal behind a dialog: a tap beside it reaches the webshop (its prompt opens).
    with_prompt(qtbot, lambda dialog: dialog.reject())
    tap(qtbot, c, "getElementById('ask')")
    qtbot.waitUntil(lambda: run_js(qtbot, c, "window._answer") == "null", timeout=WAIT)


def with_prompt(qtbot, act) -> QTimer:
    """Run ``act(dialog)`` on the kiosk's prompt dialog once it shows (inside its own event loop: the page waits)."""
    timer = QTimer()

    def poll():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, KioskDialog) and w.isVisible():
                timer.stop()
                act(w)
                return
    timer.timeout.connect(poll)
    timer.start(50)
    return timer


def test_a_prompts_text_field_gives_no_menu(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    wait_painted(qtbot, c)
    open_popup_fields(qtbot, c, sb)
    seen = []

    def right_click_everywhere(dialog: KioskDialog) -> None:
        seen.append(dialog.input.text() if dialog.input is not None else None)
        for widget in (dialog.input, dialog):  # a right click, or a long press, on the field and beside it
            at = widget.rect().center()
            QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at)))
            QTest.qWait(300)
            seen.append((QApplication.activePopupWidget(),
                         [w.metaObject().className() for w in QApplication.topLevelWidgets()
                          if isinstance(w, QMenu) and w.isVisible()]))
        dialog.input.setText("43")
        dialog.accept()

    timer = with_prompt(qtbot, right_click_everywhere)
    tap(qtbot, c, "getElementById('ask')")
    qtbot.waitUntil(lambda: run_js(qtbot, c, "window._answer") == "43", timeout=WAIT)
    timer.stop()
    assert seen == ["42", (None, []), (None, [])]


def test_a_page_behind_http_authentication_shows_its_401_page_and_no_password_dialog(qtbot, sb, ready_kiosk, caplog):
    c = ready_kiosk()
    wait_painted(qtbot, c)
    open_field_page(qtbot, c, sb)
    wait_painted(qtbot, c)
    run_js(qtbot, c, "window.onbeforeunload = null; window.removeEventListener('beforeunload', function () {}); 1")
    with caplog.at_level("WARNING", logger="kiosk.ui.popups"):
        run_js(qtbot, c, f"location.href = '{sb.base_url}/sandbox/basic-auth'; 1")
        qtbot.waitUntil(lambda: sb.counters["basic_auth_challenges"] >= 1, timeout=WAIT)
        qtbot.waitUntil(lambda: any("HTTP authentication" in r.getMessage() for r in caplog.records), timeout=WAIT)
    settle(qtbot)
    assert native_windows() == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


# ---- the login form a wrong pattern misses -------------------------------------------------------------

def login_form_checks(qtbot, c) -> int:
    """How often the kiosk's login-form look ran on this document (read in the kiosk's own script world)."""
    box = []
    c.page.runJavaScript("window.__kioskLoginFormChecks || 0", QWebEngineScript.ScriptWorldId.ApplicationWorld,
                         box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    return int(box[0])


def test_the_webshops_voucher_pin_is_no_login_form(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    wait_painted(qtbot, c)
    assert run_js(qtbot, c, "document.getElementById('voucher-pin').type") == "password"
    run_js(qtbot, c, "document.getElementById('voucher-pin').value = '1234'; window.dispatchEvent(new Event('load')); 1")
    qtbot.waitUntil(lambda: login_form_checks(qtbot, c) >= 2, timeout=WAIT)  # the look ran on the finished page
    settle(qtbot)
    assert health_of(c)["degraded"] == [] and c.shell.login_forms.reported == []


def test_a_login_form_the_pattern_misses_is_reported_degraded_once_and_nothing_else_changes(qtbot, sb, ready_kiosk,
                                                                                           caplog):
    c = ready_kiosk(login_url_pattern=r"^https?://[^/?#]+/account/login(?:[/?#]|$)")  # not this webshop's
    login_url = f"{sb.base_url}/webshop/login"
    with caplog.at_level("WARNING", logger="kiosk.ui.shell"):
        sb.expire_sessions()  # the webshop sends its page to its login form, as when a session ends
        qtbot.waitUntil(lambda: c.page.url().toString() == login_url, timeout=WAIT)
        qtbot.waitUntil(lambda: bool(health_of(c)["degraded"]), timeout=WAIT)
    health = health_of(c)
    assert health["state"] == "ready"  # what the kiosk does is unchanged: it cannot know better
    assert len(health["degraded"]) == 1 and f"a login form is on screen at {login_url}," in health["degraded"][0]
    assert "KIOSK_LOGIN_URL_PATTERN" in health["degraded"][0]
    assert sum("a login form is on screen" in r.getMessage() for r in caplog.records) == 1
    c.page.triggerAction(c.page.WebAction.Reload)  # the same URL again: said once
    qtbot.waitUntil(lambda: login_form_checks(qtbot, c) >= 1, timeout=WAIT)
    settle(qtbot)
    assert len(health_of(c)["degraded"]) == 1
    wait_state(qtbot, c, State.READY)
