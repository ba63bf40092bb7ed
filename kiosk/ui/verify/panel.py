"""The touch panel of the phone verification: a large overlay over the web view.

It turns taps into :class:`~kiosk.verification.VerificationFlow` calls, runs the calls the flow
hands back on the :class:`~kiosk.worker.TaskManager` (never on the UI thread), feeds the answers
back with ``flow.on_result`` and draws ``flow.view()``. Every decision is the flow's.

``finished(dict)`` is emitted once per :meth:`VerificationPanel.start`, when the panel closes:

* ``{"status": "verified", "token", "auth_token", "updated_fields"}``: the tokens are the new
  login the gateway made (``None`` when the number was already verified or needed no check);
* ``{"status": "cancelled" | "locked" | "failed", "reason": <flow outcome, e.g. "timed_out">}``.

Privacy: the screen shows the number on file only masked; the digits the player is typing
are shown while they type (they must see their mistakes), the SMS code only as dots.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import assets, redact
from kiosk.clock import Clock, say_duration
from kiosk.ui.language import Translation, shop
from kiosk.ui.widgets import Keypad, Mark, Overlay, Spinner, Symbol, plain_label, server_text, set_style_property, touch_button
from kiosk.verification.flow import BUSY_STEPS, Call, Outcome, Step, VerificationFlow
from kiosk.verification.player_data import CodeValid, GatewayUnavailable, PlayerDataClient, PlayerDataError
from kiosk.words import Words
from kiosk.worker import TaskManager

log = logging.getLogger(__name__)

REFRESH_MS = 250           # countdown and idle check; flow.tick() is cheap
VERIFIED_CLOSE_MS = 3000   # the tick mark stays this long, then the panel closes by itself
OUTCOME_CLOSE_MS = 12000   # long enough to read "ask staff for help"
CC_MAX, NUMBER_MAX, CODE_MAX = 4, 14, 10
CODE_SLOTS = 6             # hollow dots shown for a code not yet typed (the usual SMS code length)
CARD_MARGIN = 32
KEYPAD_WIDTH = 372
CARD_MAX_WIDTH, CARD_MAX_HEIGHT, CARD_MAX_HEIGHT_PORTRAIT = 1180, 780, 1300

_NEGATIVE = {Outcome.NUMBER_INVALID, Outcome.NUMBER_REJECTED, Outcome.WRONG_CODE, Outcome.CODE_EXPIRED,
             Outcome.REFUSED, Outcome.CODE_REQUIRED, Outcome.GATEWAY_UNAVAILABLE}


class PanelWords(Words):
    """The phone verification panel's own words (what it says at each step comes from the flow)."""


def stylesheet() -> str:
    return assets.text("verify_panel.qss")


def result_of(flow: VerificationFlow, valid: CodeValid | None) -> dict[str, Any]:
    """The ``finished`` payload for a flow that has ended (or is being closed)."""
    if flow.step is Step.VERIFIED:
        token = valid.token.get_secret_value() if valid and valid.token else None
        auth = valid.auth_token.get_secret_value() if valid and valid.auth_token else None
        redact.register(token, auth)
        fields = valid.updated_fields.model_dump() if valid and valid.updated_fields else None
        return {"status": "verified", "token": token, "auth_token": auth, "updated_fields": fields}
    if flow.step is Step.LOCKED:
        return {"status": "locked", "reason": Outcome.LOCKED.value}
    if flow.step is Step.FAILED:
        return {"status": "failed", "reason": flow.outcome.value if flow.outcome else "failed"}
    reason = flow.outcome.value if flow.step is Step.CANCELLED and flow.outcome else Outcome.CANCELLED.value
    return {"status": "cancelled", "reason": reason}


class _Client:
    """The gateway client, made on first use on a worker thread (making it may load the trust store)."""

    def __init__(self, factory: Callable[[], PlayerDataClient]):
        self._factory = factory
        self._client: PlayerDataClient | None = None
        self._lock = threading.Lock()

    def get(self) -> PlayerDataClient:
        with self._lock:
            if self._client is None:
                self._client = self._factory()
            return self._client

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()


class VerificationPanel(Overlay):
    """The overlay; covers its parent (the kiosk window) while a verification runs."""

    finished = Signal(dict)
    key_ok: QPushButton  # like every key of the pad: self.key_0 … self.key_ok, set from self.keypad.keys

    def __init__(self, parent: QWidget, client_factory: Callable[[], PlayerDataClient], tasks: TaskManager,
                 clock: Clock | None = None):
        super().__init__(parent, "verifyPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys typed on a real keyboard land here, not in the page
        self.setStyleSheet(stylesheet())
        self._client = _Client(client_factory)
        self.destroyed.connect(self._client.close)
        self._tasks = tasks
        self._clock = clock
        self.flow: VerificationFlow | None = None
        self._task: int | None = None
        self._valid: CodeValid | None = None
        self._reported = True
        self._cc = self._number = self._code = ""
        self._active = "number"  # which number field the keypad types into: "cc" or "number"
        self._number_prefilled = False
        self.lang: Translation = shop()  # the shop's, or the page's own (use_language) when the kiosk speaks it
        self._build()
        self._retranslate()
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._on_tick)
        self._auto_close = QTimer(self)
        self._auto_close.setSingleShot(True)
        self._auto_close.timeout.connect(self._close)

    # ------------------------------------------------------------------ what the kiosk calls

    @property
    def busy(self) -> bool:
        """A verification is under way: started, and ``finished`` not emitted yet."""
        return not self._reported

    @property
    def waiting(self) -> bool:
        """A gateway call is out (the spinner shows)."""
        return self.flow is not None and self.flow.busy

    def start(self, session_token: str, lang: Translation | None = None) -> None:
        """Open the panel over the window and begin a verification for this player session, in ``lang`` (the
        page's language when it is one of the kiosk's; by default the shop's)."""
        redact.register(session_token)
        if self.busy:
            self.cancel()  # the one under way ends as cancelled
        self.flow = VerificationFlow(session_token, clock=self._clock)
        self._valid = None
        self._reported = False
        self._cc = self._number = self._code = ""
        self._number_prefilled = False
        self._auto_close.stop()
        self.use_language(lang or shop())
        self.cover()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh.start()
        log.info("phone verification panel opened")
        self._run(self.flow.begin())

    def use_language(self, lang: Translation) -> None:
        """Speak ``lang`` from now on (the page's language, learnt a moment after the panel opened)."""
        if lang is not self.lang:
            self.lang = lang
            self._retranslate()
            self._render()

    def cancel(self) -> None:
        """Give up (Cancel tapped, or the kiosk needs the screen back); emits ``finished`` as cancelled."""
        if self.flow is not None and not self.flow.finished:
            self.flow.cancel()
        self._close()

    def button(self, name: str) -> QPushButton:
        """A button by its object name (``key_0`` … ``key_9``, ``key_back``, ``key_ok``, ``cancel``, …)."""
        found = self.findChild(QPushButton, name)
        if found is None:
            raise KeyError(name)
        return found

    # ------------------------------------------------------------------ running the flow's calls

    def _run(self, call: Call | None) -> None:
        if call is not None:
            self._forget_task()
            client = self._client
            self._task = self._tasks.run(lambda: _execute(client, call), lambda r: self._on_answer(call, r),
                                         lambda e: self._on_crash(call, e))
        self._render()

    def _on_answer(self, call: Call, result: Any) -> None:
        self._task = None
        flow = self.flow
        if flow is None or call is not flow.pending:
            return  # an answer for a flow that was cancelled or restarted
        if isinstance(result, CodeValid):
            self._valid = result  # the flow keeps no token; the page that asked needs the new login
        self._run(flow.on_result(call, result))  # an unexpected answer ends the flow as failed, never stuck

    def _on_crash(self, call: Call, error: BaseException) -> None:
        log.error("phone verification call %s failed unexpectedly: %s", call.op.value, error.__class__.__name__)
        self._on_answer(call, GatewayUnavailable(
            f"The player-data request failed unexpectedly ({error.__class__.__name__}); try again."))

    def _forget_task(self) -> None:
        if self._task is not None:
            self._tasks.forget(self._task)
            self._task = None

    # ------------------------------------------------------------------ taps

    def _touched(self, *_args: object) -> None:
        if self.flow is not None:
            self.flow.touch()

    def _tap_digit(self, d: str) -> None:
        step = self.flow.step if self.flow else None
        if step is Step.ENTER_CODE and len(self._code) < CODE_MAX:
            self._code += d
        elif step is Step.ENTER_NUMBER:
            if self._active == "cc" and len(self._cc) < CC_MAX:
                self._cc += d
            elif self._active == "number" and len(self._number) < NUMBER_MAX:
                self._number += d
        self._render()

    def _tap_back(self) -> None:
        step = self.flow.step if self.flow else None
        if step is Step.ENTER_CODE:
            self._code = self._code[:-1]
        elif step is not Step.ENTER_NUMBER:
            return
        elif self._active == "cc":
            self._cc = self._cc[:-1]
        elif self._number:
            self._number = self._number[:-1]
        else:  # deleting past the number's start goes back into the country code
            self._active = "cc"
        self._render()

    def _tap_clear(self) -> None:
        step = self.flow.step if self.flow else None
        if step is Step.ENTER_CODE:
            self._code = ""
        elif step is not Step.ENTER_NUMBER:
            return
        elif self._active == "cc":
            self._cc = ""
        else:
            self._number = ""
        self._render()

    def _tap_ok(self) -> None:
        flow = self.flow
        if flow is None:
            return
        if flow.step is Step.ENTER_CODE:
            code, self._code = self._code, ""
            self._run(flow.submit_code(code))
        elif flow.step is Step.ENTER_NUMBER:
            if self._active == "cc" and self._cc:
                self._active = "number"
                self._render()
                return
            self._run(flow.submit_number(f"{self._cc}-{self._number}"))

    def _tap_confirm(self) -> None:
        if self.flow:
            self._run(self.flow.confirm_number())

    def _tap_change_number(self) -> None:
        if not self.flow:
            return
        self._auto_close.stop()
        self.flow.change_number()
        if self.flow.step is Step.ENTER_NUMBER:
            self._prefill_number()
        self._render()

    def _tap_resend(self) -> None:
        if self.flow:
            self._code = ""
            self._run(self.flow.send_code())

    def _select_field(self, which: str) -> None:
        self._active = which
        self._render()

    def _prefill_number(self) -> None:
        """The country code of the number on file (it says nothing about the player); the rest is theirs to type."""
        on_file = self.flow.mobile_on_file.number if self.flow and self.flow.mobile_on_file else None
        self._cc = on_file.split("-", 1)[0] if on_file and "-" in on_file else ""
        self._number = ""
        self._active = "number" if self._cc else "cc"
        self._number_prefilled = True

    def keyPressEvent(self, e: QKeyEvent) -> None:
        text = e.text()
        if text.isdigit() and len(text) == 1:
            self._tap_digit(text)
        elif e.key() == Qt.Key.Key_Backspace:
            self._tap_back()
        elif e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.keypad.isVisible() \
                and self.keypad.ok_key.isEnabled():
            self._tap_ok()
        elif e.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(e)

    # ------------------------------------------------------------------ time

    def _on_tick(self) -> None:
        flow = self.flow
        if flow is None:
            return
        was_final = flow.finished
        flow.tick()
        if flow.finished and not was_final:  # idle timeout: nobody is there to read a message
            self._close()
            return
        self._render_countdown()

    def _close(self) -> None:
        self._refresh.stop()
        self._auto_close.stop()
        self._forget_task()
        flow = self.flow
        self._cc = self._number = self._code = ""
        self.hide()
        if flow is None or self._reported:
            return
        if not flow.finished:
            flow.cancel()
        result = result_of(flow, self._valid)
        self._valid = None
        self._reported = True
        log.info("phone verification panel closed: %s", result["status"])
        self.finished.emit(result)

    # ------------------------------------------------------------------ drawing

    def resizeEvent(self, e) -> None:
        # Landscape terminals: keypad beside the text; portrait ones: below it.
        w, h = self.width(), self.height()
        landscape = w >= h
        self._body.setDirection(QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom)
        cw = min(w - 2 * CARD_MARGIN, CARD_MAX_WIDTH)
        ch = min(h - 2 * CARD_MARGIN, CARD_MAX_HEIGHT if landscape else CARD_MAX_HEIGHT_PORTRAIT)
        self.card.setGeometry((w - cw) // 2, (h - ch) // 2, max(cw, 0), max(ch, 0))
        self.keypad.setFixedWidth(KEYPAD_WIDTH if landscape else max(KEYPAD_WIDTH, min(cw - 88, 540)))
        super().resizeEvent(e)

    def _build(self) -> None:
        self.card = QFrame(self)  # placed by resizeEvent: centred, as large as the screen allows
        self.card.setObjectName("verifyCard")

        card = QVBoxLayout(self.card)
        card.setContentsMargins(44, 32, 44, 36)
        card.setSpacing(20)

        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("verifyTitle")
        self.title.setWordWrap(True)  # "Patvirtinkite savo mobiliojo telefono numerį" is longer than the English
        self.cancel_button = touch_button("", "cancel", parent=self.card)
        self.cancel_button.setMinimumSize(200, 68)
        self.cancel_button.clicked.connect(self.cancel)
        header.addWidget(self.title, 1)
        header.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        card.addLayout(header)

        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(44)
        card.addLayout(self._body, 1)

        left = QVBoxLayout()
        left.setSpacing(18)
        self._body.addLayout(left, 1)
        self.number_caption = QLabel()
        self.number_caption.setObjectName("caption")
        self.number_label = QLabel()
        self.number_label.setObjectName("maskedNumber")
        self.message = plain_label(QLabel())  # the gateway's own descriptions: plain text, cut
        self.message.setObjectName("verifyMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(70)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        left.addWidget(self.number_caption)
        left.addWidget(self.number_label)
        left.addWidget(self.message)

        self.pages = QStackedWidget(self.card)
        self.pages.setObjectName("verifyPages")
        left.addWidget(self.pages, 1)
        self.busy_page = self._busy_page()
        self.confirm_page = self._confirm_page()
        self.number_page = self._number_page()
        self.code_page = self._code_page()
        self.result_page = self._result_page()
        for page in (self.busy_page, self.confirm_page, self.number_page, self.code_page, self.result_page):
            self.pages.addWidget(page)

        self.change_number = touch_button("", "change_number", parent=self.card)
        self.change_number.setProperty("role", "secondary")
        self.change_number.setMinimumHeight(68)
        self.change_number.clicked.connect(self._tap_change_number)
        left.addWidget(self.change_number, 0, Qt.AlignmentFlag.AlignLeft)

        self.keypad = Keypad(self.card)
        self.keypad.setFixedWidth(KEYPAD_WIDTH)
        for signal in (self.keypad.digit, self.keypad.back, self.keypad.clear):
            signal.connect(self._touched)  # typing is activity
        self.keypad.digit.connect(self._tap_digit)
        self.keypad.back.connect(self._tap_back)
        self.keypad.clear.connect(self._tap_clear)
        self.keypad.ok.connect(self._tap_ok)
        self._body.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter)
        for name, key in self.keypad.keys.items():  # panel.key_0 … panel.key_ok, for tests and the technician menu
            setattr(self, name, key)

    def _busy_page(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 16, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.spinner = Spinner(w)
        self.wait_label = QLabel()
        self.wait_label.setObjectName("waitLabel")
        row.addWidget(self.spinner)
        row.addWidget(self.wait_label, 1)
        lay.addLayout(row)
        lay.addStretch()
        return w

    def _confirm_page(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 8, 0, 0)
        self.confirm = touch_button("", "confirm", parent=w)
        self.confirm.setProperty("role", "primary")
        self.confirm.setMinimumSize(420, 84)
        self.confirm.clicked.connect(self._tap_confirm)
        lay.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch()
        return w

    def _number_page(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(14)
        self.cc_field = touch_button("", "cc_field", parent=w)
        self.cc_field.setProperty("role", "field")
        self.cc_field.setFixedSize(150, 84)
        self.cc_field.clicked.connect(lambda: self._select_field("cc"))
        self.number_field = touch_button("", "number_field", parent=w)
        self.number_field.setProperty("role", "field")
        self.number_field.setMinimumHeight(84)
        self.number_field.clicked.connect(lambda: self._select_field("number"))
        row.addWidget(self.cc_field)
        row.addWidget(self.number_field, 1)
        hints = QHBoxLayout()
        hints.setSpacing(14)
        self.cc_hint = QLabel()
        self.cc_hint.setObjectName("hint")
        self.cc_hint.setFixedWidth(150)
        self.cc_hint.setWordWrap(True)
        self.number_hint = QLabel()
        self.number_hint.setObjectName("hint")
        hints.addWidget(self.cc_hint, 0, Qt.AlignmentFlag.AlignTop)
        hints.addWidget(self.number_hint, 1, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(row)
        lay.addLayout(hints)
        lay.addStretch()
        return w

    def _code_page(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(14)
        self.code_display = QLabel()
        self.code_display.setObjectName("codeDisplay")
        self.code_display.setMinimumHeight(84)

        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setWordWrap(True)  # "…in 58 seconds." was cut off beside the keypad at 1024 px
        self.resend = touch_button("", "resend", parent=w)
        self.resend.setProperty("role", "secondary")
        self.resend.setMinimumHeight(68)
        self.resend.clicked.connect(self._tap_resend)
        lay.addWidget(self.code_display)
        lay.addWidget(self.countdown)
        lay.addWidget(self.resend, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch()
        return w

    def _result_page(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(28)
        self.mark = Mark(Symbol.TICK, 88, w)
        self.done = touch_button("", "done", parent=w)
        self.done.setProperty("role", "primary")
        self.done.setMinimumSize(240, 84)
        self.done.clicked.connect(self._close)
        lay.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        lay.addStretch()
        return w

    def _retranslate(self) -> None:
        """Every fixed word in the panel's language (what changes with the step is set by :meth:`_render`)."""
        t = self.lang.text
        self.title.setText(t(PanelWords.tr("Verify your mobile number")))
        self.number_caption.setText(t(PanelWords.tr("Mobile number")))
        self.wait_label.setText(t(PanelWords.tr("Please wait…")))
        self.confirm.setText(t(PanelWords.tr("Yes, send me the code")))
        self.cc_hint.setText(t(PanelWords.tr("Country code")))
        self.number_hint.setText(t(PanelWords.tr("Number")))
        self.code_display.setAccessibleName(t(PanelWords.tr("SMS code")))
        self.resend.setText(t(PanelWords.tr("Send a new code")))
        self.done.setText(t(PanelWords.tr("Done")))
        self.change_number.setText(t(PanelWords.tr("Use another number")))
        self.cancel_button.setText(t(PanelWords.tr("Cancel")))
        self.keypad.set_language(self.lang)

    def _render(self) -> None:
        flow = self.flow
        if flow is None:
            return
        v = flow.view()
        step = v.step
        if step is Step.CANCELLED:  # timed out while a call was out: close, there is nobody to tell
            if self.isVisible():
                self._close()
            return
        show_number = bool(v.masked_number) and step is not Step.ENTER_NUMBER  # not while typing another one
        self.number_caption.setVisible(show_number)
        self.number_label.setVisible(show_number)
        self.number_label.setText(v.masked_number)
        self.message.setText(server_text(self.lang.text(v.message)))
        tone = ("error" if v.outcome in _NEGATIVE or step in (Step.LOCKED, Step.FAILED)
                else "ok" if step is Step.VERIFIED else "wait" if v.outcome is Outcome.WAIT else "")
        set_style_property(self.message, "tone", tone)

        keypad = False
        if v.busy or step in BUSY_STEPS or step is Step.IDLE:
            self.pages.setCurrentWidget(self.busy_page)
        elif step is Step.CONFIRM_NUMBER:
            self.pages.setCurrentWidget(self.confirm_page)
        elif step is Step.ENTER_NUMBER:
            if not self._number_prefilled:  # first time here; after a refusal the typed digits stay
                self._prefill_number()
            self.pages.setCurrentWidget(self.number_page)
            keypad = True
            self._render_number()
        elif step is Step.ENTER_CODE:
            self.pages.setCurrentWidget(self.code_page)
            keypad = True
            self._render_code()
        else:
            self.pages.setCurrentWidget(self.result_page)
            self.mark.set_symbol(Symbol.TICK if step is Step.VERIFIED else Symbol.ALERT)
            if not self._auto_close.isActive() and self.isVisible():
                self._auto_close.start(VERIFIED_CLOSE_MS if step is Step.VERIFIED else OUTCOME_CLOSE_MS)
        self.keypad.setVisible(keypad)
        self.cancel_button.setText(self.lang.text(PanelWords.tr("Close") if flow.finished else PanelWords.tr("Cancel")))
        self.change_number.setVisible(not v.busy and (
            step in (Step.CONFIRM_NUMBER, Step.ENTER_CODE)
            or (step is Step.VERIFIED and v.outcome is Outcome.ALREADY_VERIFIED)))
        self._render_countdown()

    def _render_number(self) -> None:
        self.cc_field.setText(f"+{self._cc}" if self._cc else "+")
        self.number_field.setText(_group(self._number) if self._number else "")
        set_style_property(self.cc_field, "active", self._active == "cc")
        set_style_property(self.number_field, "active", self._active == "number")
        if self._active == "cc":
            self.key_ok.setText(self.lang.text(PanelWords.tr("Next")))
            self.key_ok.setEnabled(bool(self._cc))
        else:
            self.key_ok.setText(self.lang.text(PanelWords.tr("Send me the code")))
            self.key_ok.setEnabled(bool(self._cc) and len(self._number) >= 5)

    def _render_code(self) -> None:
        n = len(self._code)
        dots = "●" * n + "○" * max(0, CODE_SLOTS - n)
        self.code_display.setText(" ".join(dots))
        self.key_ok.setText(self.lang.text(PanelWords.tr("Check the code")))
        self.key_ok.setEnabled(n > 0)

    def _render_countdown(self) -> None:
        flow = self.flow
        if flow is None or flow.step is not Step.ENTER_CODE:
            return
        wait = flow.seconds_until_resend()
        t = self.lang.text
        if wait > 0:
            self.countdown.setText(t(PanelWords.tr("You can ask for a new code in %1.").arg(say_duration(wait))))
        elif flow.code_sent:
            self.countdown.setText(t(PanelWords.tr("No SMS? You can ask for a new code now.")))
        else:
            self.countdown.setText(t(PanelWords.tr("Ask for a new code.")))
        self.resend.setEnabled(flow.can_send_code)


def _execute(client: _Client, call: Call) -> Any:
    """On a worker thread: make the request (and the client, the first time)."""
    try:
        made = client.get()
    except PlayerDataError as e:  # e.g. the gateway is not configured
        return e
    return call.execute(made)


def _group(digits: str) -> str:
    return " ".join(digits[i:i + 3] for i in range(0, len(digits), 3))

