"""Keeps people in the kiosk: swallowed keys, no drops, full screen held, the technician chord.

One event filter on the window's widget tree sees every key before the web page does; it
lets through what the webshop needs (typing, F5, Esc inside the page) and swallows what
would leave or change the kiosk.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

K = Qt.Key
CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)
_MODS = CTRL | ALT | SHIFT | Qt.KeyboardModifier.MetaModifier

_CTRL_LETTERS = {K.Key_W, K.Key_Q, K.Key_N, K.Key_T, K.Key_L, K.Key_O, K.Key_S, K.Key_P}
_DEVTOOLS = {K.Key_I, K.Key_J, K.Key_C}
_ZOOM = {K.Key_Plus, K.Key_Equal, K.Key_Minus, K.Key_0, K.Key_Underscore}
_FKEYS = {getattr(K, f"Key_F{i}") for i in range(1, 25)} - {K.Key_F5}


def is_blocked_key(key: int, mods) -> bool:
    """True for keys that would leave, close, zoom, inspect or navigate the kiosk."""
    try:
        key = K(key)
    except ValueError:
        return False
    mods = Qt.KeyboardModifier(mods) & _MODS & ~Qt.KeyboardModifier.KeypadModifier
    if key in _FKEYS:
        return True  # F1-F12 (and beyond) except F5 reload; Alt+F4 among them
    ctrl, alt, shift = bool(mods & CTRL), bool(mods & ALT), bool(mods & SHIFT)
    if ctrl and not alt and key in _CTRL_LETTERS:
        return True
    if ctrl and shift and key in _DEVTOOLS:
        return True
    if alt and key in (K.Key_Left, K.Key_Right, K.Key_Home):
        return True
    if ctrl and key in _ZOOM:
        return True
    return key in (K.Key_Back, K.Key_Forward, K.Key_Close, K.Key_Exit, K.Key_ZoomIn, K.Key_ZoomOut, K.Key_HomePage)


def _int(x) -> int:
    return x if isinstance(x, int) else x.value


def parse_chord(text: str) -> QKeyCombination:
    return QKeySequence(text)[0]  # type: ignore[index]  # QKeySequence::operator[]; PySide6's stubs lack it


class InputGuard(QObject):
    """Filters the kiosk window's whole widget tree: swallows keys that leave or change the kiosk,
    refuses dropped files and links, and emits ``technicianChord`` for the configured chord.

    It watches the window and every widget under it (the view's render widget appears late,
    and is adopted when polished) rather than the whole application: a Python filter on the
    QApplication would see objects still under construction, which PySide cannot wrap safely.
    """

    technicianChord = Signal()
    _KEYS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease)
    _DRAG = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
    _MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)
    _HISTORY_BUTTONS = Qt.MouseButton.BackButton | Qt.MouseButton.ForwardButton

    def __init__(self, chord: str, parent: QObject | None = None):
        super().__init__(parent)
        combo = parse_chord(chord)
        self._chord = (_int(combo.key()), _int(combo.keyboardModifiers() & _MODS))
        self.swallowed = 0

    def watch(self, widget: QWidget) -> None:
        for w in (widget, *widget.findChildren(QWidget)):
            self._adopt(w)

    def _adopt(self, widget: QWidget) -> None:
        widget.setAcceptDrops(False)
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        etype = event.type()
        if etype in self._KEYS:
            return self._key(event)
        if etype in self._DRAG:
            event.ignore()
            return True
        if etype in self._MOUSE and event.button() & self._HISTORY_BUTTONS:
            return self._swallow("mouse back/forward button", etype == QEvent.Type.MouseButtonPress)
        if etype == QEvent.Type.Wheel and event.modifiers() & CTRL:
            return self._swallow("Ctrl+wheel zoom", True)
        if etype == QEvent.Type.NativeGesture:
            return self._swallow("touchpad gesture (pinch zoom, swipe back)", True)
        # ChildPolished (unlike ChildAdded) comes once the new child is whole.
        if etype == QEvent.Type.ChildPolished and isinstance(event.child(), QWidget):
            self._adopt(event.child())
        return False

    def _swallow(self, what: str, count: bool) -> bool:
        if count:
            self.swallowed += 1
            log.debug("%s swallowed", what)
        return True

    def _key(self, event) -> bool:
        key, mods = event.key(), event.modifiers() & _MODS
        if (_int(key), _int(mods)) == self._chord:
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.technicianChord.emit()
            return True
        if is_blocked_key(key, mods):
            if event.type() == QEvent.Type.KeyPress:
                self.swallowed += 1
                log.debug("key swallowed: %s", QKeySequence(QKeyCombination(mods, K(key))).toString())
            return True
        return False


class FullScreenKeeper(QObject):
    """Takes full screen back whenever the window loses it (a window manager, a stray key)."""

    def __init__(self, window: QWidget, enabled: bool, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self.enabled = enabled
        self.restored = 0
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if (self.enabled and obj is self._window and event.type() == QEvent.Type.WindowStateChange
                and not self._window.isFullScreen()):
            QTimer.singleShot(0, self._restore)
        return False

    def _restore(self) -> None:
        if self.enabled and not self._window.isFullScreen():
            self.restored += 1
            log.info("window left full screen; taking it back")
            self._window.showFullScreen()
