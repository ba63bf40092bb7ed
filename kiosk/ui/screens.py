"""Native screens shown instead of the web view: never a white page, never a dead one."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.autologin.session import Screen, ScreenKind, SessionWords
from kiosk.clock import say_duration
from kiosk.ui.language import shop
from kiosk.ui.widgets import SERVER_TEXT_LIMIT, Mark, Spinner, Symbol, plain_label, server_text, set_style_property
from kiosk.words import Words


class ScreenWords(Words):
    """The splash and the offline and error screens' own words (their titles come with the session's screen)."""


class SplashScreen(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("splash")
        lay = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.setSpacing(28)
        brand = QLabel("BetGames webshop")  # a name, the same in every language
        brand.setObjectName("brand")
        brand.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spinner = Spinner()
        self.message = QLabel(shop().text(SessionWords.tr("Signing in to the webshop…")))
        self.message.setObjectName("message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        lay.addWidget(brand)
        lay.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.message)

    def show_screen(self, screen: Screen) -> None:
        self.message.setText(shop().text(screen.title or SessionWords.tr("Signing in to the webshop…")))


class StatusScreen(QWidget):
    """Offline or error: what is happening, in plain words, and a live countdown to the next try."""

    retryRequested = Signal()

    def __init__(self, now: Callable[[], float], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("status")
        self._now = now
        self._retry_at: float | None = None
        self._tap_at: float | None = None
        self._trying = False
        lay = self._layout = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.setSpacing(22)
        lay.setContentsMargins(64, 40, 64, 40)
        self.badge = Mark(Symbol.CLOCK)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)  # unwrapped, a long title made the window wider than a 1024 px screen
        self.reason = plain_label(QLabel())  # carries the server's own words (an autologin error message)
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setWordWrap(True)  # "Iki kito bandymo liko 2 min 03 s" on an 800 px screen
        self.retry_button = QPushButton(shop().text(ScreenWords.tr("Try again now")))
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
        self.badge.set_symbol(Symbol.CLOCK if screen.kind is ScreenKind.OFFLINE else Symbol.ALERT)
        self.title.setText(shop().text(screen.title))
        self.reason.setText(server_text(shop().text(screen.reason), 2 * SERVER_TEXT_LIMIT))
        self._fit_heights()
        self._retry_at = screen.retry_at
        self._tap_at = screen.tap_at
        self._trying = screen.trying
        self._update_countdown()
        self._tick.start(250)
        set_style_property(self, "kind", screen.kind.value)

    def hideEvent(self, e):
        self._tick.stop()
        super().hideEvent(e)

    def resizeEvent(self, e):
        self._fit_heights()
        super().resizeEvent(e)

    def _fit_heights(self) -> None:
        """Each wrapped line of words as tall as it needs at this width: the centred layout gave a title that wraps to
        two lines (a longer language, a small screen) the height of a little less, and cut its second line."""
        margins = self._layout.contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right())
        for label in (self.title, self.reason, self.countdown):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def seconds_left(self) -> int | None:
        if self._retry_at is None:
            return None
        return max(0, math.ceil(self._retry_at - self._now()))

    def _update_countdown(self) -> None:
        self._update_retry_button()
        left = self.seconds_left()
        say = shop().text
        if self._trying:
            self.countdown.setText(say(ScreenWords.tr("Trying again now…")))
        elif left is None:
            self.countdown.setText("")
        elif left == 0:
            self.countdown.setText(say(ScreenWords.tr("Trying again…")))
        else:
            self.countdown.setText(say(ScreenWords.tr("Trying again in %1").arg(say_duration(left))))
        self._fit_heights()

    def _update_retry_button(self) -> None:
        """Disabled, with its own countdown, until a tap may reach the API again (10 s gap, Retry-After)."""
        wait = 0 if self._tap_at is None else max(0, math.ceil(self._tap_at - self._now()))
        self.retry_button.setEnabled(wait == 0 and not self._trying)
        self.retry_button.setText(shop().text(ScreenWords.tr("Try again now") if wait == 0
                                              else ScreenWords.tr("Try again in %1").arg(say_duration(wait))))
