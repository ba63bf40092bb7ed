"""Lockdown against the real QtWebEngine and the sandbox: every way out of the page is closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.autologin.navigation import Verdict
from kiosk.autologin.session import State
from kiosk.ui.dialogs import KioskDialog
from tests.helpers.fixtures import WAIT, run_js, wait_painted

K, M = Qt.Key, Qt.KeyboardModifier


def url_of(c) -> str:
    return c.page.url().toString()


def settle(qtbot):
    qtbot.wait(400)  # let a navigation that was wrongly allowed show itself


@pytest.mark.parametrize("target, verdict", [
    ("file:///etc/passwd", Verdict.FORBIDDEN_SCHEME),
    ("data:text/html,<h1>out</h1>", Verdict.FORBIDDEN_SCHEME),
    ("view-source:{base}/webshop/", Verdict.FORBIDDEN_SCHEME),
    ("chrome://gpu", Verdict.FORBIDDEN_SCHEME),
    ("qrc:/qtwebchannel/qwebchannel.js", Verdict.FORBIDDEN_SCHEME),
    ("http://127.0.0.2:{port}/webshop/", Verdict.FOREIGN_HOST),
])
def test_script_navigations_out_of_the_allowlist_leave_the_page_unchanged(qtbot, sb, ready_kiosk, target, verdict):
    c = ready_kiosk()
    before = url_of(c)
    target = target.format(base=sb.base_url, port=sb.port)
    # Chromium itself blocks data:, view-source: and chrome: from a page before the policy is asked:
    # the policy's own verdict is what keeps them out should Chromium ever let one through.
    assert c.shell.policy.judge(target) is verdict and c.shell.policy.judge_frame(target) is verdict
    run_js(qtbot, c, f"location.href = {target!r}; 1")
    settle(qtbot)
    assert url_of(c) == before and c.session.state is State.READY
    assert sb.counters["webshop_page_served"] == 1  # nothing reloaded either


def test_a_form_posting_to_a_foreign_host_is_refused(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    before = url_of(c)
    run_js(qtbot, c, f"""
        const f = document.createElement('form'); f.method = 'post';
        f.action = 'http://127.0.0.2:{sb.port}/collect'; document.body.appendChild(f); f.submit(); 1""")
    qtbot.waitUntil(lambda: bool(c.page.refused), timeout=WAIT)
    settle(qtbot)
    assert url_of(c) == before


def test_window_open_to_a_foreign_host_is_dropped_and_to_an_allowed_one_stays_in_the_view(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    before = url_of(c)
    run_js(qtbot, c, f"window.open('http://127.0.0.2:{sb.port}/webshop/'); 1")
    qtbot.waitUntil(lambda: bool(c.page.refused), timeout=WAIT)
    settle(qtbot)
    assert url_of(c) == before
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not c.window] == []
    run_js(qtbot, c, f"window.open('{sb.base_url}/sandbox/popup', '_blank'); 1")
    qtbot.waitUntil(lambda: url_of(c).endswith("/sandbox/popup"), timeout=WAIT)


def test_a_target_blank_link_to_an_allowed_page_opens_in_the_same_view(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    run_js(qtbot, c, f"""
        const a = document.createElement('a'); a.href = '{sb.base_url}/sandbox/popup'; a.target = '_blank';
        document.body.appendChild(a); a.click(); 1""")
    qtbot.waitUntil(lambda: url_of(c).endswith("/sandbox/popup"), timeout=WAIT)


def test_downloads_are_refused_and_the_page_stays(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    before = url_of(c)
    run_js(qtbot, c, f"location.href = '{sb.base_url}/sandbox/download'; 1")
    qtbot.waitUntil(lambda: c.shell.profile.downloads_refused == 1, timeout=WAIT)
    settle(qtbot)
    assert url_of(c) == before
    assert not any((c.settings.data_dir).rglob("report.pdf"))


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")  # Qt 6 has no other constructor
def test_dropped_files_and_links_are_refused(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    before = url_of(c)
    target = c.view.focusProxy() or c.view
    mime = QMimeData()
    mime.setUrls([QUrl("file:///etc/passwd"), QUrl(f"http://127.0.0.2:{sb.port}/")])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert not enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    settle(qtbot)
    assert url_of(c) == before


BLOCKED_KEYS = [
    (K.Key_F4, M.AltModifier), (K.Key_W, M.ControlModifier), (K.Key_Q, M.ControlModifier),
    (K.Key_N, M.ControlModifier), (K.Key_T, M.ControlModifier), (K.Key_L, M.ControlModifier),
    (K.Key_O, M.ControlModifier), (K.Key_S, M.ControlModifier), (K.Key_P, M.ControlModifier),
    (K.Key_F1, M.NoModifier), (K.Key_F11, M.NoModifier), (K.Key_F12, M.NoModifier),
    (K.Key_I, M.ControlModifier | M.ShiftModifier), (K.Key_J, M.ControlModifier | M.ShiftModifier),
    (K.Key_C, M.ControlModifier | M.ShiftModifier), (K.Key_Left, M.AltModifier), (K.Key_Right, M.AltModifier),
    (K.Key_Plus, M.ControlModifier), (K.Key_Minus, M.ControlModifier), (K.Key_0, M.ControlModifier),
]


def test_keys_that_leave_or_change_the_kiosk_do_nothing(qtbot, sb, ready_kiosk):
    c = ready_kiosk(fullscreen=True)
    qtbot.waitUntil(c.window.isFullScreen, timeout=WAIT)
    before, zoom = url_of(c), c.page.zoomFactor()
    for key, mods in [*BLOCKED_KEYS, (K.Key_Escape, M.NoModifier)]:
        QTest.keyClick(c.view.focusProxy(), key, mods)
    settle(qtbot)
    assert c.shell.input.swallowed == len(BLOCKED_KEYS)  # Esc reaches the page, harmlessly
    assert c.window.isFullScreen() and c.window.isVisible()
    assert url_of(c) == before and c.page.zoomFactor() == zoom
    assert c.session.state is State.READY


def test_typing_still_reaches_the_page(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    # What a person has before typing: the kiosk's one window active and the page drawn (offscreen, a
    # later test's window is not activated by itself, and Chromium drops input before the first paint).
    c.window.activateWindow()
    qtbot.waitUntil(c.window.isActiveWindow, timeout=WAIT)
    wait_painted(qtbot, c)
    run_js(qtbot, c, "const i = document.createElement('input'); i.id = 't'; document.body.prepend(i); i.focus(); 1")
    c.view.setFocus()
    # Keys go where the focus is once Chromium has it: wait for the field to be focused in the page.
    qtbot.waitUntil(lambda: QApplication.focusObject() is c.view.focusProxy(), timeout=WAIT)
    qtbot.waitUntil(lambda: run_js(qtbot, c, "document.hasFocus() && document.activeElement.id") == "t", timeout=WAIT)
    QTest.keyClicks(c.view.focusProxy(), "42a")

    def typed():
        assert run_js(qtbot, c, "document.getElementById('t').value") == "42a"  # the last value is in the error
    qtbot.waitUntil(typed, timeout=WAIT)


def test_the_window_takes_full_screen_back(qtbot, sb, ready_kiosk):
    c = ready_kiosk(fullscreen=True)
    qtbot.waitUntil(c.window.isFullScreen, timeout=WAIT)
    c.window.showNormal()
    qtbot.waitUntil(c.window.isFullScreen, timeout=WAIT)
    assert c.shell.fullscreen.restored >= 1
    c.window.close()  # a window manager's close button or Alt+F4
    assert c.window.isVisible()


def test_no_context_menu(sb, ready_kiosk):
    c = ready_kiosk()
    assert c.view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_permission_requests_are_denied_unless_listed(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    script = """window._perm = null; Notification.requestPermission().then(p => window._perm = p); 1"""
    run_js(qtbot, c, script)
    qtbot.waitUntil(lambda: run_js(qtbot, c, "window._perm") is not None, timeout=WAIT)
    assert run_js(qtbot, c, "window._perm") == "denied"
    run_js(qtbot, c, """window._geo = null; navigator.geolocation.getCurrentPosition(
        () => window._geo = 'granted', e => window._geo = 'error ' + e.code); 1""")
    qtbot.waitUntil(lambda: run_js(qtbot, c, "window._geo") is not None, timeout=WAIT)
    assert run_js(qtbot, c, "window._geo") == "error 1"  # PERMISSION_DENIED


def test_a_listed_permission_is_granted(qtbot, sb, ready_kiosk):
    c = ready_kiosk(permissions=["notifications"])
    run_js(qtbot, c, "window._perm = null; Notification.requestPermission().then(p => window._perm = p); 1")
    qtbot.waitUntil(lambda: run_js(qtbot, c, "window._perm") is not None, timeout=WAIT)
    assert run_js(qtbot, c, "window._perm") == "granted"


def open_dialogs():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskDialog) and w.isVisible()]


def answer_dialog_when_shown(qtbot, seen: list, *, button: str | None):
    """A JS dialog runs its own event loop until answered, so the answer is set up before it opens."""
    def poll():
        dialogs = open_dialogs()
        if not dialogs:
            QTimer.singleShot(50, poll)
            return
        seen.append(dialogs[0].findChild(QLabel, "dialogText").text())
        if button is not None:
            qtbot.mouseClick(dialogs[0].findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    QTimer.singleShot(50, poll)


@pytest.mark.parametrize("button, expected", [("dialogOk", "true"), ("dialogCancel", "false")])
def test_a_javascript_confirm_is_a_kiosk_dialog(qtbot, sb, ready_kiosk, button, expected):
    c = ready_kiosk()
    seen = []
    answer_dialog_when_shown(qtbot, seen, button=button)
    c.page.runJavaScript("window._answer = String(confirm('Print the ticket?')); 1")
    qtbot.waitUntil(lambda: run_js(qtbot, c, "String(window._answer)") == expected, timeout=WAIT)
    assert seen == ["Print the ticket?"]


def test_an_unanswered_alert_closes_by_itself_and_the_watchdog_lets_it_be(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    c.page.dialog_timeout = 3.0  # 60 s in the product
    c.shell.watchdog.ping_every, c.shell.watchdog.timeout = 0.5, 1.0  # shorter than the dialog's life
    seen = []
    answer_dialog_when_shown(qtbot, seen, button=None)
    c.page.runJavaScript("alert('Nobody is here'); window._after = 'yes'; 1")
    qtbot.waitUntil(lambda: run_js(qtbot, c, "String(window._after)") == "yes", timeout=WAIT)
    assert seen == ["Nobody is here"] and not open_dialogs()
    assert c.session.stats.renderer_restarts == 0
