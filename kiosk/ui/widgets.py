"""The touch pieces every native screen shares: button, digit keypad, busy spinner, drawn marks,
and the overlay that covers the kiosk window.

Drawn by hand where a font or icon theme would be needed: a bare X server has neither.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QPushButton, QSizePolicy, QStackedWidget, QWidget

from kiosk.ui.language import Translation, shop
from kiosk.words import Words

AMBER, RED, GREEN = "#f5b301", "#e5484d", "#3fb950"
SERVER_TEXT_LIMIT = 500  # characters of an upstream's own words (error messages, gateway descriptions) shown


class WidgetWords(Words):
    """The shared touch pieces: the digit keypad's keys."""


def server_text(text: str | None, limit: int = SERVER_TEXT_LIMIT) -> str:
    """An upstream's words cut to a length a screen can hold."""
    text = text or ""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def plain_label(label: QLabel) -> QLabel:
    """A label that shows its text as written: never rich text (markup or images from a server)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def touch_button(text: str, name: str, slot: Callable[..., Any] | SignalInstance | None = None,
                 parent: QWidget | None = None) -> QPushButton:
    """A button for fingers: never takes keyboard focus (no focus rectangles; the keys stay where they are)."""
    b = QPushButton(text, parent)
    b.setObjectName(name)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if slot is not None:
        b.clicked.connect(slot)
    return b


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of a layout and delete it (a list that is filled again)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def styled(w: QWidget, name: str) -> None:
    """Name a panel for its stylesheet and let a plain QWidget subclass paint its QSS background."""
    w.setObjectName(name)
    w.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)


def set_style_property(w: QWidget, name: str, value: Any) -> None:
    """Set a property the stylesheet selects on (``[tone="error"]``) and re-apply the style."""
    if w.property(name) != value:
        w.setProperty(name, value)
        w.style().unpolish(w)
        w.style().polish(w)


class WrappingLabel(QLabel):
    """Word-wrapped, and as tall as its lines need at the width it is given: a grid in a scroll area does not ask a
    label for its height at its width, and a label that wraps to one line more (a longer word in another language)
    was given a line less, its last line cut and the row under it pushed over the field above."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self._claim()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim()

    def _claim(self) -> None:
        need = self.heightForWidth(self.width()) if self.text() else 0
        if need >= 0 and self.minimumHeight() != need:
            self.setMinimumHeight(need)


class ElidedLabel(QLabel):
    """One line that gives way to its neighbours: cut in the middle with "…" when the room is short (a long file
    path beside a title in a wordy language), whole in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, hint.height())

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(self.width(), 1)))


class Keypad(QWidget):
    """Digits, Clear, Delete and one wide action key; emits what was tapped.

    Buttons are named ``key_0`` … ``key_9``, ``key_clear``, ``key_back``, ``key_ok``.
    """

    digit = Signal(str)
    back = Signal()
    clear = Signal()
    ok = Signal()

    def __init__(self, parent: QWidget | None = None, *, ok_text: str | None = None, lang: Translation | None = None):
        super().__init__(parent)
        t = (lang or shop()).text
        self.setObjectName("keypad")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for i, d in enumerate("123456789"):
            self._digit_key(d, grid, i // 3, i % 3)
        clear = self._key(t(WidgetWords.tr("Clear")), "key_clear", grid, 3, 0)
        clear.setProperty("role", "aux")
        clear.clicked.connect(self.clear)
        self._digit_key("0", grid, 3, 1)
        back = self._key("⌫", "key_back", grid, 3, 2)
        back.setAccessibleName(t(WidgetWords.tr("Delete")))
        back.setProperty("role", "aux")
        back.clicked.connect(self.back)
        self.ok_key = touch_button(ok_text or t(WidgetWords.tr("OK")), "key_ok", self.ok, self)
        self.ok_key.setMinimumHeight(80)
        grid.addWidget(self.ok_key, 4, 0, 1, 3)
        self.keys["key_ok"] = self.ok_key

    def set_language(self, lang: Translation) -> None:
        """Clear and Delete in another language (the action key's text is its owner's to set)."""
        self.keys["key_clear"].setText(lang.text(WidgetWords.tr("Clear")))
        self.keys["key_back"].setAccessibleName(lang.text(WidgetWords.tr("Delete")))

    def _key(self, text: str, name: str, grid: QGridLayout, row: int, col: int) -> QPushButton:
        b = touch_button(text, name, parent=self)
        b.setMinimumSize(108, 80)  # well above a fingertip (≥ 64 px)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        grid.addWidget(b, row, col)
        self.keys[name] = b
        return b

    def _digit_key(self, d: str, grid: QGridLayout, row: int, col: int) -> None:
        b = self._key(d, f"key_{d}", grid, row, col)
        b.clicked.connect(lambda: self.digit.emit(d))


class Spinner(QWidget):
    """A small busy indicator that keeps moving, so nobody thinks the terminal froze."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(72, 72)
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._step)

    def showEvent(self, e):  # animate only while visible
        self._timer.start(40)
        super().showEvent(e)

    def hideEvent(self, e):
        self._timer.stop()
        super().hideEvent(e)

    def _step(self) -> None:
        self._angle = (self._angle + 12) % 360
        self.update()

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(6, 6, self.width() - 12, self.height() - 12)
        p.setPen(QPen(QColor(255, 255, 255, 40), 7))
        p.drawEllipse(rect)
        pen = QPen(QColor(AMBER), 7)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawArc(rect, -self._angle * 16, 100 * 16)


class Symbol(enum.Enum):
    CLOCK = "clock"  # we will try again
    ALERT = "alert"  # someone should look
    TICK = "tick"    # done


_COLOUR = {Symbol.CLOCK: AMBER, Symbol.ALERT: RED, Symbol.TICK: GREEN}


class Mark(QWidget):
    """A round sign with a clock, an exclamation mark or a tick, drawn to any size."""

    def __init__(self, symbol: Symbol = Symbol.ALERT, size: int = 96, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(size, size)
        self.symbol = symbol

    def set_symbol(self, symbol: Symbol) -> None:
        self.symbol = symbol
        self.update()

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = self.width() / 96  # drawn on a 96-unit square
        p.scale(s, s)
        color = QColor(_COLOUR[self.symbol])
        p.setPen(QPen(color, 6))
        p.drawEllipse(QRectF(5, 5, 86, 86))
        pen = QPen(color, 9)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        if self.symbol is Symbol.CLOCK:
            p.drawLine(48, 48, 48, 26)
            p.drawLine(48, 48, 64, 56)
        elif self.symbol is Symbol.TICK:
            p.drawPolyline([QPointF(28, 49), QPointF(42, 63), QPointF(68, 35)])
        else:
            p.drawLine(48, 24, 48, 56)
            p.drawPoint(48, 72)


class Overlay(QWidget):
    """A full-window layer over the kiosk window (technician door, phone verification, …).

    It follows the window's size and stays above the window's pages: a QStackedWidget raises
    the page it switches to, so that page is sent back to the bottom instead. Overlays keep
    their order among themselves (the last one shown is on top).
    """

    def __init__(self, parent: QWidget, name: str):
        super().__init__(parent)
        self.host = parent  # the window it covers
        styled(self, name)
        parent.installEventFilter(self)
        if isinstance(parent, QStackedWidget):
            parent.currentChanged.connect(self._keep_pages_below)
        self.hide()

    def cover(self) -> None:
        """Show over the whole window, above everything shown so far."""
        self.setGeometry(self.host.rect())
        self.show()
        self.raise_()

    def _keep_pages_below(self, _index: int) -> None:
        assert isinstance(self.host, QStackedWidget)  # connected only then
        current = self.host.currentWidget()
        if current is not None:
            current.lower()

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.parentWidget() and e.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
        return False
