"""Native screens shown instead of the web view: never a white page, never a dead one."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.autologin.session import Screen, ScreenKind
from kiosk.clock import say_duration


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
        pen = QPen(QColor("#f5b301"), 7)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawArc(rect, -self._angle * 16, 100 * 16)


class Badge(QWidget):
    """A round sign drawn by hand (no font or icon theme needed on a bare X server)."""

    def __init__(self, kind: ScreenKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(96, 96)
        self.kind = kind

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor("#f5b301") if self.kind is ScreenKind.OFFLINE else QColor("#e5484d")
        p.setPen(QPen(color, 6))
        p.drawEllipse(QRectF(5, 5, 86, 86))
        pen = QPen(color, 9)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        if self.kind is ScreenKind.OFFLINE:  # a clock: we will try again
            p.drawLine(48, 48, 48, 26)
            p.drawLine(48, 48, 64, 56)
        else:  # an exclamation mark: someone should look
            p.drawLine(48, 24, 48, 56)
            p.drawPoint(48, 72)


class SplashScreen(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("splash")
        lay = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.setSpacing(28)
        brand = QLabel("BetGames webshop")
        brand.setObjectName("brand")
        brand.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spinner = Spinner()
        self.message = QLabel("Signing in to the webshop…")
        self.message.setObjectName("message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(brand)
        lay.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.message)

    def show_screen(self, screen: Screen) -> None:
        self.message.setText(screen.title or "Signing in to the webshop…")


class StatusScreen(QWidget):
    """Offline or error: what is happening, in plain words, and a live countdown to the next try."""

    retryRequested = Signal()

    def __init__(self, now: Callable[[], float], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("status")
        self._now = now
        self._retry_at: float | None = None
        lay = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.setSpacing(22)
        lay.setContentsMargins(120, 60, 120, 60)
        self.badge = Badge(ScreenKind.OFFLINE)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.reason = QLabel()
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.retry_button = QPushButton("Try again now")
        self.retry_button.setObjectName("retry")
        self.retry_button.setMinimumSize(280, 72)
        self.retry_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retry_button.clicked.connect(self.retryRequested)
        for w in (self.title, self.reason, self.countdown):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.title)
        lay.addWidget(self.reason)  # no alignment flag: it would break the wrapped label's height
        lay.addWidget(self.countdown)
        lay.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._update_countdown)

    def show_screen(self, screen: Screen) -> None:
        self.badge.kind = screen.kind
        self.badge.update()
        self.setProperty("kind", screen.kind.value)
        self.title.setText(screen.title)
        self.reason.setText(screen.reason or "")
        self._retry_at = screen.retry_at
        self._update_countdown()
        self._tick.start(250)
        self.style().unpolish(self)
        self.style().polish(self)

    def hideEvent(self, e):
        self._tick.stop()
        super().hideEvent(e)

    def seconds_left(self) -> int | None:
        if self._retry_at is None:
            return None
        return max(0, math.ceil(self._retry_at - self._now()))

    def _update_countdown(self) -> None:
        left = self.seconds_left()
        if left is None:
            self.countdown.setText("")
        elif left == 0:
            self.countdown.setText("Trying again…")
        else:
            self.countdown.setText(f"Trying again in {say_duration(left)}")
