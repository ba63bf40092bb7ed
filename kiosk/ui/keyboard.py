"""The on-screen keyboard for touch terminals: types into the webshop page, any frame.

Why our own and not Qt Virtual Keyboard: see docs/how-it-works/keyboard.md (licence GPL-3.0
or commercial, no Lithuanian layout, a QML engine and ~7.6 MiB in the bundle, a floating window
that covers the field).

How it knows a field has focus: QtWebEngine itself tells Qt's input method about the focused
editable element, in whatever frame (cross-origin iframes too): the view's focus proxy answers
``ImEnabled`` and carries the field's input hints (tel, number, inputmode=numeric, email,
password), and every change is announced by ``QInputMethod.cursorRectangleChanged``. So no script
is injected into the page to watch focus and the page cannot fake or hide it.

Keys reach the page as real key events sent to the focus proxy, so the page's own scripts see
``keydown``/``input`` exactly as from a hardware keyboard. What is typed is never logged.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QInputDevice, QKeyEvent
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk import assets
from kiosk.languages import chosen, keyboard_layouts
from kiosk.settings import Settings
from kiosk.ui.keyboard_layouts import (
    Action,
    Key,
    KeyboardState,
    Pad,
    Typed,
    is_secret,
    key_geometry,
    pad_for_hints,
    panel_height,
)
from kiosk.ui.language import Translation, shop
from kiosk.ui.widgets import Overlay, styled

log = logging.getLogger(__name__)

_Q = Qt.InputMethodQuery
_NO_LIMIT = 16777215  # QWIDGETSIZE_MAX

# Scrolls the focused field (through same-origin frames; a cross-origin frame is brought into view
# as a whole) into the part of the view the keyboard leaves, once Chromium has the new height.
_SCROLL_JS = """(function (h) {
  var t0 = Date.now();
  function go() {
    if (window.innerHeight > h + 1) {
      if (Date.now() - t0 < 600) { requestAnimationFrame(go); return; }
      // A busy machine: the view has not shrunk yet. Scroll now, and again once it has.
      window.addEventListener("resize", function () { requestAnimationFrame(reveal); }, {once: true});
    }
    reveal();
  }
  function reveal() {
    var e = document.activeElement;
    while (e && (e.tagName === "IFRAME" || e.tagName === "FRAME")) {
      var inner = null;
      try { inner = e.contentDocument && e.contentDocument.activeElement; } catch (x) { inner = null; }
      if (!inner) break;
      e = inner;
    }
    if (e && e.scrollIntoView) e.scrollIntoView({block: "nearest", inline: "nearest"});
  }
  go();
})(%d);"""


def touch_screen_present() -> bool:
    return any(d.type() == QInputDevice.DeviceType.TouchScreen for d in QInputDevice.devices())


def _qt_key(text: str) -> int:
    """The Qt key code for a typed character (Latin-1 keys have their own; others go by text alone)."""
    code = ord(text.upper()) if len(text) == 1 else 0
    return code if 0x20 <= code <= 0xFF else 0


def fit_label(button: QPushButton, padding: int = 3, smallest: int = 11) -> None:
    """A key's label whole on the key: a smaller font for a word longer than the key is wide (a narrow docked
    keyboard, a longer word in another language: "Įvesti", "Ocultar")."""
    button.ensurePolished()
    font = button.font()
    room = button.width() - 2 * padding
    size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 4 / 3)
    start = size
    while size > smallest and QFontMetrics(font).horizontalAdvance(button.text()) > room:
        size -= 1
        font.setPixelSize(size)
    if size != start:
        button.setStyleSheet(f"font-size: {size}px;")


class KeyboardPanel(QWidget):
    """The keys, drawn as touch buttons that never take focus (the page's field keeps it)."""

    pressed = Signal(object)  # Key

    def __init__(self, state: KeyboardState, parent: QWidget | None = None, lang: Translation | None = None):
        super().__init__(parent)
        self.state = state
        self.lang = lang or shop()  # the labels of space, Enter and Hide
        styled(self, "keyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(assets.text("keyboard.qss"))
        self.buttons: list[tuple[Key, QPushButton]] = []
        self.hide()

    def rebuild(self) -> None:
        """Lay the current keys out at the panel's size (called on every state or size change)."""
        for _key, b in self.buttons:
            b.hide()
            b.deleteLater()
        self.buttons = []
        rows = self.state.rows()
        for key, (x, y, w, h) in key_geometry(rows, self.width(), self.height(), numeric=self.state.pad.numeric):
            b = QPushButton(self.lang.text(key.label), self)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setObjectName("key_" + key.action.value)
            b.setProperty("wide", key.width > 1)
            b.setProperty("active", key.active)
            b.setGeometry(x, y, w, h)
            if key.action is Action.BACKSPACE:
                b.setAutoRepeat(True)  # hold to delete
                b.setAutoRepeatDelay(500)
                b.setAutoRepeatInterval(80)
            b.clicked.connect(lambda _checked=False, k=key: self.pressed.emit(k))
            fit_label(b)
            b.show()
            self.buttons.append((key, b))

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self.rebuild()


class FieldKeyboard(QWidget):
    """The same keys docked in a native form (the technician's setup form): they type into the focused
    line edit, or ``target`` when none has the focus. Enter moves to the next field; Hide drops the focus."""

    pressed = Signal()  # any key: the form counts it as a touch (idle timer)

    def __init__(self, layouts: list[str] | tuple[str, ...] | None = None, parent: QWidget | None = None,
                 lang: Translation | None = None):
        super().__init__(parent)
        self.target: QLineEdit | None = None
        lang = lang or shop()
        # The shop's letters (a shop name with ą, ñ or ç) and English; a technician's English for a visit keeps them.
        self.state = KeyboardState(layouts or keyboard_layouts([], shop().code))
        self.state.show_for(Pad.EMAIL)  # host names, URLs and shop names: letters, digits, @ and .
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.panel = KeyboardPanel(self.state, self, lang)
        self.panel.pressed.connect(self._on_key)
        self.panel.setMinimumSize(420, 280)  # the panel places its keys itself: no size hint of its own
        # Docked beside a form the keys are narrower than across a screen: smaller letters.
        self.panel.setStyleSheet(self.panel.styleSheet() + "\nQWidget#keyboard QPushButton { font-size: 22px; }\n"
                                 "QWidget#keyboard QPushButton#key_enter, QWidget#keyboard QPushButton#key_hide,"
                                 " QWidget#keyboard QPushButton#key_symbols, QWidget#keyboard QPushButton#key_altgr,"
                                 ' QWidget#keyboard QPushButton#key_char[wide="true"] { font-size: 18px; }\n')
        lay.addWidget(self.panel)
        self.panel.show()

    def button(self, name: str) -> QPushButton:
        """The button of the key called ``name`` (a character, ``space``, or an action such as ``shift``)."""
        wanted = " " if name == "space" else name
        return next(b for key, b in self.panel.buttons if key.name == wanted)

    def _field(self) -> QLineEdit | None:
        w = QApplication.focusWidget()
        return w if isinstance(w, QLineEdit) else self.target

    def _on_key(self, key: Key) -> None:
        before = self.state.look()
        typed = self.state.press(key)
        field = self._field()
        if typed is not None and field is not None:
            if typed.action is Action.CHAR:
                field.insert(typed.text)
            elif typed.action is Action.BACKSPACE:
                field.backspace()
            elif typed.action is Action.ENTER:
                field.focusNextChild()
            elif typed.action is Action.HIDE:
                field.clearFocus()
        if self.state.look() != before:
            self.panel.rebuild()
        self.pressed.emit()


class OnScreenKeyboard(QObject):
    """Shows the keyboard while an editable field of the web view has focus, and types into it."""

    shown = Signal(str)   # the pad's name
    hidden = Signal()

    def __init__(self, window: QStackedWidget, view: QWebEngineView, layouts: list[str],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.view = view
        self.state = KeyboardState(layouts)
        self.panel = KeyboardPanel(self.state, window)
        self.panel.pressed.connect(self._on_key)
        self.pad: Pad | None = None       # shown for this pad; None: hidden
        self.secret = False               # the focused field is a password field
        self._dismissed = False           # Hide was tapped: stay hidden until the field is tapped again
        self._watched: set[int] = set()
        self.last_shown_at = 0.0          # perf_counter() when the keyboard last became visible
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(0)        # after QtWebEngine has finished updating the focus proxy
        self._check.timeout.connect(self._evaluate)
        # Bound methods, not lambdas: Qt drops these connections when the keyboard is deleted.
        QGuiApplication.inputMethod().cursorRectangleChanged.connect(self._schedule)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # make_application() ran: the keyboard is a widget
        app.focusChanged.connect(self._on_focus_changed)
        window.currentChanged.connect(self._schedule)
        window.installEventFilter(self)
        # QtWebEngine does not announce a field that gets focus together with the view itself (the first tap
        # after the view had no focus): after a tap or a focus change, look a few more times.
        self._settle_left = 0
        self._settle = QTimer(self)
        self._settle.setInterval(40)
        self._settle.timeout.connect(self._on_settle_tick)
        # While shown, a cheap look every 300 ms: QtWebEngine does not always announce a focused field that a
        # script removes or blurs (a form applied with Enter, a dialog replacing the page's content).
        self._while_shown = QTimer(self)
        self._while_shown.setInterval(300)
        self._while_shown.timeout.connect(self._evaluate)

    def _schedule(self, *_args) -> None:
        self._check.start()

    def _look_again(self) -> None:
        self._settle_left = 12  # ~0.5 s
        self._settle.start()

    def _on_settle_tick(self) -> None:
        self._settle_left -= 1
        if self._settle_left <= 0:
            self._settle.stop()
        self._evaluate()

    def _on_focus_changed(self, _old, new) -> None:
        proxy = self.view.focusProxy()
        if proxy is not None and new is proxy:
            self._watch(proxy)
            self._look_again()
        self._schedule()

    def _watch(self, proxy: QWidget) -> None:
        if id(proxy) not in self._watched:
            proxy.installEventFilter(self)  # taps on the page: look again; a hidden keyboard comes back
            self._watched.add(id(proxy))
            proxy.destroyed.connect(self._forget_proxies)

    def _forget_proxies(self, *_args) -> None:
        self._watched.clear()  # ids may be reused; the next focus change watches the live proxy again

    # ---- what has focus ----------------------------------------------------------------------
    def _focused_field(self) -> int | None:
        """The input hints of the focused editable field in the view, or None when there is none."""
        proxy = self.view.focusProxy()
        if proxy is None or QApplication.focusObject() is not proxy:
            return None  # an overlay (technician door, verification panel) or another screen has focus
        if self.window.currentWidget() is not self.view or not self.view.isVisible():
            return None
        if any(isinstance(w, Overlay) and w.isVisible() for w in self.window.children()):
            return None  # the technician door or the verification panel covers the page: they have their own keypads
        self._watch(proxy)
        if not proxy.inputMethodQuery(_Q.ImEnabled):
            return None
        return int(proxy.inputMethodQuery(_Q.ImHints) or 0)

    def _evaluate(self) -> None:
        hints = self._focused_field()
        if hints is None:
            self._dismissed = False
            self._hide()
            return
        self.secret = is_secret(hints)
        pad = pad_for_hints(hints)
        if self._dismissed:
            return
        if pad is not self.pad:
            self._show(pad)

    # ---- showing and hiding --------------------------------------------------------------------
    def _show(self, pad: Pad) -> None:
        was_visible = self.pad is not None
        self.pad = pad
        self.state.show_for(pad)
        self._place()
        self.panel.rebuild()
        self.panel.show()
        self.panel.raise_()
        self._while_shown.start()
        if not was_visible:
            self.last_shown_at = time.perf_counter()
        log.debug("on-screen keyboard shown: %s pad", pad.value)  # the pad only, never what is typed
        self.shown.emit(pad.value)
        self._scroll_field_into_view()

    def _place(self) -> None:
        """The keyboard along the window's bottom; the web view shrinks to the space above it, so the keyboard
        never covers the field. (A maximum height, not layout margins: those would raise the window's minimum
        size, and without a window manager the window would grow past the screen.)"""
        height = panel_height(self.window.height())
        self.view.setMaximumHeight(max(0, self.window.height() - height))
        self.panel.setGeometry(0, self.window.height() - height, self.window.width(), height)

    def _hide(self) -> None:
        if self.pad is None:
            return
        self.pad = None
        self._while_shown.stop()
        self.panel.hide()
        self.view.setMaximumHeight(_NO_LIMIT)
        log.debug("on-screen keyboard hidden")
        self.hidden.emit()

    def _scroll_field_into_view(self) -> None:
        page = self.view.page()
        css_height = int(self.view.height() / max(page.zoomFactor(), 0.01))
        page.runJavaScript(_SCROLL_JS % css_height, QWebEngineScript.ScriptWorldId.ApplicationWorld)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        t = e.type()
        if obj is self.window and t == QEvent.Type.Resize and self.pad is not None:
            self._place()
        elif obj is not self.window and t in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
                                              QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
            self._dismissed = False  # a tap on the page: a hidden keyboard may come back
            self._look_again()
        return False

    # ---- typing ----------------------------------------------------------------------------------
    def _on_key(self, key: Key) -> None:
        before = self.state.look()
        typed = self.state.press(key)
        if typed is not None and typed.action is Action.HIDE:
            self._dismissed = True
            self._hide()
            return
        if typed is not None:
            self._send(typed)
            self._look_again()  # Enter may have submitted the form and removed the field
        if self.state.look() != before:
            self.panel.rebuild()  # shift (or a one-shot shift used up), symbols, layout or an accent changed the keys

    def _send(self, typed: Typed) -> None:
        proxy = self.view.focusProxy()
        if proxy is None:
            return
        if typed.action is Action.BACKSPACE:
            events = [(Qt.Key.Key_Backspace.value, "")]
        elif typed.action is Action.ENTER:
            events = [(Qt.Key.Key_Return.value, "\r")]
        else:
            events = [(_qt_key(ch), ch) for ch in typed.text]
        for code, text in events:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(proxy, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))


def wanted(settings: Settings) -> bool:
    """KIOSK_ONSCREEN_KEYBOARD: on, off, or auto (on when a touch screen is present)."""
    mode = settings.onscreen_keyboard
    if mode == "auto":
        return touch_screen_present()
    return mode == "on"


def install_keyboard(window: QStackedWidget, view: QWebEngineView, settings: Settings,
                     parent: QObject | None = None) -> OnScreenKeyboard | None:
    """The on-screen keyboard over the kiosk window, or None when KIOSK_ONSCREEN_KEYBOARD says no."""
    if not wanted(settings):
        log.info("on-screen keyboard off (KIOSK_ONSCREEN_KEYBOARD=%s%s)", settings.onscreen_keyboard,
                 ", no touch screen found" if settings.onscreen_keyboard == "auto" else "")
        return None
    layouts = keyboard_layouts(settings.keyboard_layouts, chosen(settings.language))
    log.info("on-screen keyboard on; layouts %s", ", ".join(layouts))
    return OnScreenKeyboard(window, view, layouts, parent)
