"""What a field test found, against the real QtWebEngine and sandbox pages that behave like real webshops:
white pages, programs launched from frames, file dialogs, heavy pages, refused redirects, beforeunload,
dialogs, mouse buttons and zoom, and the server's own words on screen."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QMouseEvent, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from kiosk.autologin.session import State
from kiosk.sandbox import Sandbox
from kiosk.sandbox.assets import HeavyPage
from kiosk.ui.dialogs import KioskDialog
from tests.helpers.fixtures import WAIT, health_of, run_js, wait_painted, wait_state


def url_of(c) -> str:
    return c.page.url().toString()


def settle(qtbot, ms=600):
    qtbot.wait(ms)  # let a navigation, a program launch or a dialog that was wrongly allowed show itself


@pytest.fixture
def ready(qtbot, ready_kiosk):
    """A ready kiosk whose page has been drawn: Chromium drops taps, keys and wheels before the first paint."""
    def make(**over):
        c = ready_kiosk(**over)
        wait_painted(qtbot, c)
        return c
    return make


def open_field_page(qtbot, c, sb):
    """The sandbox's field-test page (an allowed host): a file input, pickers, pop-ups, a frame, beforeunload."""
    run_js(qtbot, c, f"location.href = '{sb.base_url}/sandbox/field'; 1")
    qtbot.waitUntil(lambda: url_of(c).endswith("/sandbox/field"), timeout=WAIT)
    qtbot.waitUntil(lambda: run_js(qtbot, c, "document.readyState") == "complete", timeout=WAIT)
    qtbot.waitUntil(lambda: run_js(qtbot, c, """(function () { var f = document.getElementById('frame');
        return !!(f.contentDocument && f.contentDocument.getElementById('mailto')); })()"""), timeout=WAIT)
    wait_painted(qtbot, c)  # a tap before the first paint is dropped, as a person's would be


def centre_of(qtbot, c, element_js: str, frame: bool = False) -> QPoint:
    """Where to tap an element, in view coordinates (inside the frame when ``frame``)."""
    x, y = json.loads(run_js(qtbot, c, f"""(function () {{
        var off = {{left: 0, top: 0}}, doc = document;
        if ({'true' if frame else 'false'}) {{
            var f = document.getElementById('frame'); off = f.getBoundingClientRect(); doc = f.contentDocument; }}
        var r = doc.{element_js}.getBoundingClientRect();
        return JSON.stringify([off.left + r.left + r.width / 2, off.top + r.top + r.height / 2]); }})()"""))
    return QPoint(round(x), round(y))


def tap(qtbot, c, element_js: str, frame: bool = False) -> None:
    """A real click (a user gesture for Chromium) on an element."""
    QTest.mouseClick(c.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre_of(qtbot, c, element_js, frame))


def record_states(c) -> list[tuple[str, str | None]]:
    seen = []
    c.session.subscribe(lambda s: seen.append((s.state.value, s.stats.page_url)))
    return seen


# ---- 1. a white page is never "ready" ------------------------------------------------------------

def test_a_script_sending_the_page_to_about_blank_recovers_with_a_fresh_link_and_is_never_ready(qtbot, sb, ready):
    c = ready()
    seen = record_states(c)
    run_js(qtbot, c, "location.href = 'about:blank'; 1")  # commits without asking acceptNavigationRequest
    qtbot.waitUntil(lambda: c.session.stats.autologin_requests == 2, timeout=WAIT)
    wait_state(qtbot, c, State.READY)
    qtbot.waitUntil(lambda: url_of(c).endswith("/webshop/"), timeout=WAIT)
    assert ("ready", "about:blank") not in seen
    assert health_of(c)["page_url"].endswith("/webshop/")
    assert sb.counters["login_page_served"] == 0


def test_a_blank_page_after_a_fresh_link_on_the_same_webshop_url_is_noticed_too(qtbot, sb, ready):
    c = ready()
    qtbot.wait(5_500)  # a session that lived a while
    sb.expire_sessions()  # fresh link; the webshop comes back on the very same URL (no urlChanged)
    qtbot.waitUntil(lambda: c.session.stats.ready_count == 2, timeout=WAIT)
    wait_painted(qtbot, c)
    run_js(qtbot, c, "location.href = 'about:blank'; 1")
    qtbot.waitUntil(lambda: c.session.stats.autologin_requests == 3, timeout=WAIT)
    wait_state(qtbot, c, State.READY)
    qtbot.waitUntil(lambda: url_of(c).endswith("/webshop/"), timeout=WAIT)


def test_health_does_not_say_ready_while_the_page_is_blank(qtbot, sb, ready):
    c = ready()
    sb.set_auth_failure("hang")  # hold the fresh link back, to look at the blank moment
    run_js(qtbot, c, "location.href = 'about:blank'; 1")
    qtbot.waitUntil(lambda: c.session.state is not State.READY, timeout=WAIT)
    h = health_of(c)
    assert h["state"] != "ready" and h["page_url"] == "about:blank"
    assert c.window.currentWidget() is c.window.splash  # never a white page on screen


def test_an_about_blank_print_popup_never_replaces_the_webshop(qtbot, sb, ready):
    c = ready()
    open_field_page(qtbot, c, sb)
    urls = []
    c.page.urlChanged.connect(lambda u: urls.append(u.toString()))
    run_js(qtbot, c, "document.getElementById('blank-popup').click(); 1")
    qtbot.waitUntil(lambda: ("about:blank", "not_a_page") in c.page.refused, timeout=WAIT)
    settle(qtbot)
    assert "about:blank" not in urls and url_of(c).endswith("/sandbox/field")
    assert c.session.state is State.READY and c.session.stats.autologin_requests == 1
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not c.window] == []


# ---- 2. frames: allowed hosts only, and no outside program ever --------------------------------------

class Launches(QObject):
    """Stands in for the OS: Qt hands unknown schemes to QDesktopServices, which would run xdg-open."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def launches():
    rec = Launches()
    schemes = ("mailto", "tel", "betshop-helper")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, rec, "open")
    yield rec
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def test_mailto_tel_and_custom_schemes_in_a_frame_never_launch_a_program(qtbot, sb, ready, launches):
    c = ready()
    open_field_page(qtbot, c, sb)
    for link in ("mailto", "tel", "custom"):
        tap(qtbot, c, f"getElementById('{link}')", frame=True)  # a real tap: a user gesture
        settle(qtbot, 400)
    run_js(qtbot, c, "document.getElementById('frame').contentWindow.location.href = 'mailto:x@example.com'; 1")
    settle(qtbot)
    assert launches.urls == []
    policy = c.shell.profile.settings().unknownUrlSchemePolicy()
    assert policy == QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes
    assert url_of(c).endswith("/sandbox/field") and c.session.state is State.READY


def test_a_frame_navigation_to_a_foreign_host_is_refused(qtbot, sb, ready):
    c = ready()
    open_field_page(qtbot, c, sb)
    tap(qtbot, c, "getElementById('foreign')", frame=True)
    foreign = f"http://127.0.0.2:{sb.port}/"
    qtbot.waitUntil(lambda: (foreign, "foreign_host") in c.page.refused, timeout=WAIT)
    settle(qtbot)
    assert run_js(qtbot, c, "document.getElementById('frame').contentWindow.location.pathname") == "/sandbox/frame"


# ---- 3. no file chooser, ever ------------------------------------------------------------------------

def watch_file_dialogs(seen: list) -> QTimer:
    """A native file dialog runs its own event loop: note it and close it, so a failing test ends."""
    timer = QTimer()

    def poll():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QFileDialog) and w.isVisible():
                seen.append(w.windowTitle() or "file dialog")
                w.reject()
    timer.timeout.connect(poll)
    timer.start(50)
    return timer


def test_a_file_input_and_the_file_system_access_api_open_no_file_dialog(qtbot, sb, ready):
    c = ready()
    open_field_page(qtbot, c, sb)
    dialogs: list[str] = []
    timer = watch_file_dialogs(dialogs)
    tap(qtbot, c, "getElementById('file')")
    qtbot.waitUntil(lambda: c.page.files_refused == 1, timeout=WAIT)
    tap(qtbot, c, "getElementById('fs-picker')")
    qtbot.waitUntil(lambda: run_js(qtbot, c, "window._fs") is not None, timeout=WAIT)
    settle(qtbot)
    timer.stop()
    assert dialogs == []
    assert run_js(qtbot, c, "document.getElementById('file').files.length") == 0
    assert run_js(qtbot, c, "window._fs").startswith("rejected")
    assert c.session.state is State.READY


# ---- 5. ready when the main document is on screen, not at the load event ------------------------------

@pytest.fixture
def heavy_sb():
    with Sandbox(poll_interval=0.2, heavy=HeavyPage(stalled=True)) as sandbox:
        yield sandbox


def test_a_heavy_page_with_an_asset_that_never_answers_is_ready_and_does_not_loop(qtbot, heavy_sb, make_kiosk):
    c = make_kiosk(heavy_sb)
    wait_state(qtbot, c, State.READY)
    qtbot.waitUntil(lambda: heavy_sb.counters["stalled_requests"] == 1, timeout=WAIT)
    assert run_js(qtbot, c, "document.readyState") == "interactive"  # its load event has not fired, and never will
    assert run_js(qtbot, c, "window.__heavyBundles") == 4  # the deferred bundles ran: the page works
    assert not c.shell.watchdog.loading  # the hang watchdog is awake on a page that never finishes loading
    settle(qtbot, 2000)
    assert c.session.state is State.READY and c.session.stats.autologin_requests == 1
    assert c.session._load_deadline is None  # the main-document guard is off once the document is on screen


def test_zoom_is_reset_on_every_ready_even_when_the_load_event_never_comes(qtbot, heavy_sb, make_kiosk):
    c = make_kiosk(heavy_sb)
    wait_state(qtbot, c, State.READY)
    c.page.setZoomFactor(1.7)  # as a pinch or Ctrl+wheel that got through would leave it
    heavy_sb.expire_sessions()
    qtbot.waitUntil(lambda: c.session.stats.ready_count == 2, timeout=WAIT)
    assert c.page.zoomFactor() == pytest.approx(1.0)


# ---- 6. a refused redirect says which host and which setting ---------------------------------------

def test_a_login_link_redirecting_to_a_host_not_allowed_is_an_error_naming_it(qtbot, sb, make_kiosk):
    sb.link_redirect = f"http://127.0.0.2:{sb.port}/webshop/"
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.ERROR, timeout=WAIT)
    reason = c.session.stats.last_error
    assert "127.0.0.2" in reason and "KIOSK_ALLOWED_HOSTS" in reason and "in time" not in reason
    assert c.window.status.reason.text() == reason


def test_a_login_link_redirecting_from_https_to_plain_http_is_an_error_naming_the_host(qtbot, sb, make_kiosk):
    sb.link_redirect = "http://webshop.example/webshop/"  # an allowed host, but plain http off this PC
    c = make_kiosk(sb, allowed_hosts=[sb.address, "webshop.example"])
    wait_state(qtbot, c, State.ERROR, timeout=WAIT)
    reason = c.session.stats.last_error
    assert "plain http at webshop.example" in reason and "KIOSK_AUTH_URL" in reason


# ---- found by reading the code ------------------------------------------------------------------------

def answer_dialogs(qtbot, seen: list, button: str = "dialogOk", keep: list | None = None) -> QTimer:
    timer = QTimer()

    def poll():
        for d in QApplication.topLevelWidgets():
            if isinstance(d, KioskDialog) and d.isVisible():
                seen.append(d.findChild(QLabel, "dialogText").text())
                if keep is not None:
                    keep.append(d)
                qtbot.mouseClick(d.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    timer.timeout.connect(poll)
    timer.start(50)
    return timer


def test_javascript_dialogs_are_deleted_after_use(qtbot, sb, ready):
    # Measured on PySide 6.11.3: with nothing else referring to it, the dialog goes with its Python wrapper
    # (0 of 5 left even without deleteLater). Here the test holds the wrappers, as any stray reference
    # would (a closure, a signal connection): the native windows must still go.
    c = ready()
    seen, held = [], []
    timer = answer_dialogs(qtbot, seen, keep=held)
    for n in range(5):
        c.page.runJavaScript(f"window._a{n} = confirm('Ticket {n}?'); 1")
        qtbot.waitUntil(lambda n=n: run_js(qtbot, c, f"String(window._a{n})") == "true", timeout=WAIT)
    timer.stop()
    assert len(seen) == 5 and len(held) == 5
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(d) for d in held), timeout=WAIT)
    assert c.window.findChildren(KioskDialog) == []


def test_the_kiosks_fresh_link_leaves_a_page_that_asks_to_stay(qtbot, sb, ready):
    c = ready()
    c.page.dialog_timeout = 2.0  # an unanswered "leave?" counts as "stay" (60 s in the product)
    open_field_page(qtbot, c, sb)
    tap(qtbot, c, "querySelector('h1')")  # a person touched the page: Chromium now asks before it is left
    qtbot.waitUntil(lambda: run_js(qtbot, c, "navigator.userActivation.hasBeenActive") is True, timeout=WAIT)
    shown = []
    timer = answer_dialogs(qtbot, shown, "dialogCancel")  # anyone answering would say "stay"
    c.session.refresh("test: a fresh link")
    qtbot.waitUntil(lambda: url_of(c).endswith("/webshop/"), timeout=WAIT)
    wait_state(qtbot, c, State.READY)
    timer.stop()
    assert shown == [] and c.page.unload_confirmed == 1


def test_the_technicians_reload_leaves_a_page_that_asks_to_stay(qtbot, sb, ready):
    c = ready()
    c.page.dialog_timeout = 2.0
    open_field_page(qtbot, c, sb)
    tap(qtbot, c, "querySelector('h1')")
    run_js(qtbot, c, "window._before_reload = 1; 1")
    shown = []
    timer = answer_dialogs(qtbot, shown, "dialogCancel")
    c.shell.technician.reloadRequested.emit()
    qtbot.waitUntil(lambda: run_js(qtbot, c, "typeof window._before_reload") == "undefined", timeout=WAIT)
    timer.stop()
    assert shown == [] and c.page.unload_confirmed == 1


def test_the_technicians_reload_works_on_a_page_that_never_finishes_loading(qtbot, heavy_sb, make_kiosk):
    c = make_kiosk(heavy_sb)
    wait_state(qtbot, c, State.READY)
    qtbot.waitUntil(lambda: heavy_sb.counters["stalled_requests"] == 1, timeout=WAIT)
    run_js(qtbot, c, "window._before_reload = 1; 1")
    served = heavy_sb.counters["webshop_page_served"]
    c.shell.technician.reloadRequested.emit()
    qtbot.waitUntil(lambda: heavy_sb.counters["webshop_page_served"] == served + 1, timeout=WAIT)
    qtbot.waitUntil(lambda: run_js(qtbot, c, "typeof window._before_reload") == "undefined", timeout=WAIT)


def test_a_page_that_asks_to_stay_still_asks_when_the_player_leaves_it(qtbot, sb, ready):
    c = ready()
    open_field_page(qtbot, c, sb)
    tap(qtbot, c, "querySelector('h1')")
    shown = []
    timer = answer_dialogs(qtbot, shown, "dialogCancel")
    tap(qtbot, c, "getElementById('leave')")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT)
    settle(qtbot)
    timer.stop()
    assert url_of(c).endswith("/sandbox/field") and c.page.unload_confirmed == 0


def mouse(widget, etype, button, pos=QPointF(200, 200)):
    return QMouseEvent(etype, pos, widget.mapToGlobal(pos), button, button if etype != QEvent.Type.MouseButtonRelease
                       else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)


def test_mouse_back_and_forward_buttons_do_not_navigate(qtbot, sb, ready):
    c = ready()
    # Until its load event a document's navigations replace it (HTML: not "completely loaded"), and the
    # webshop is ready before its videos and images are in: wait for the load, so there is a back entry.
    qtbot.waitUntil(lambda: run_js(qtbot, c, "document.readyState") == "complete", timeout=WAIT)
    run_js(qtbot, c, f"location.href = '{sb.base_url}/sandbox/popup'; 1")
    qtbot.waitUntil(lambda: url_of(c).endswith("/sandbox/popup"), timeout=WAIT)
    qtbot.waitUntil(lambda: c.page.history().canGoBack(), timeout=WAIT)
    target = c.view.focusProxy()
    before = c.shell.input.swallowed
    for button in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton, Qt.MouseButton.BackButton):
        for etype in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            QApplication.sendEvent(target, mouse(target, etype, button))
    settle(qtbot, 1000)
    assert url_of(c).endswith("/sandbox/popup")
    assert c.shell.input.swallowed - before == 3


def test_ctrl_wheel_does_not_zoom(qtbot, sb, ready):
    c = ready()  # measured without the filter: 5 notches → zoom factor 1.2, kept for the next player
    run_js(qtbot, c, "window._w = 0; addEventListener('wheel', e => { if (e.ctrlKey) window._w++; }); 1")
    target = c.view.focusProxy()
    pos = QPointF(300, 300)
    for _ in range(5):
        QApplication.sendEvent(target, QWheelEvent(pos, target.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120),
                                                   Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                                                   Qt.ScrollPhase.NoScrollPhase, False))
    settle(qtbot, 1000)
    assert c.page.zoomFactor() == pytest.approx(1.0)
    assert run_js(qtbot, c, "window._w") == 0


def test_pinch_gestures_do_not_zoom(qtbot, sb, ready):
    c = ready()  # measured without the filter: 5 pinches → page scale 4.0
    target = c.view.focusProxy()
    pos = QPointF(300, 300)
    QApplication.sendEvent(target, QWheelEvent(pos, target.mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120),
                                               Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                               Qt.ScrollPhase.NoScrollPhase, False))  # the pointer is over the page
    settle(qtbot, 1000)
    for kind in [Qt.NativeGestureType.ZoomNativeGesture] * 5:
        QApplication.sendEvent(target, QNativeGestureEvent(kind, QPointingDevice.primaryPointingDevice(), 2, pos, pos,
                                                           target.mapToGlobal(pos), 0.5, QPointF(0, 0), 1))
    settle(qtbot, 1000)
    assert run_js(qtbot, c, "window.visualViewport.scale") == pytest.approx(1.0)
    assert c.page.zoomFactor() == pytest.approx(1.0)


def test_the_servers_words_are_plain_text_and_cut(qtbot, sb, make_kiosk):
    from kiosk.sandbox.webshop import RICH_ERROR

    sb.set_auth_failure("rich_error")
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.ERROR)
    label = c.window.status.reason
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Account blocked</b>" in label.text()  # shown as written, never rendered (no image fetched)
    assert len(label.text()) < len(RICH_ERROR) and len(label.text()) <= 1000


def test_a_single_page_webshop_routing_to_its_login_form_gets_a_fresh_link(qtbot, sb, ready):
    # history.pushState changes the address without a navigation the policy could refuse.
    c = ready()
    before = sb.counters["auth_requests"]
    run_js(qtbot, c, "history.pushState({}, '', '/webshop/login'); 1")
    qtbot.waitUntil(lambda: sb.counters["auth_requests"] > before, timeout=WAIT)
    wait_state(qtbot, c, State.READY)
    qtbot.waitUntil(lambda: url_of(c).endswith("/webshop/"), timeout=WAIT)
    assert c.session.stats.login_redirects >= 1
