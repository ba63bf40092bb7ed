"""The SMS verification of a player's phone, as one Qt-free state machine (seed 004).

Shared by the touch panel, the web page bridge and ``kiosk verify-mobile``. The flow
decides; it never does I/O. Each method a face calls returns either ``None`` (the state
changed, or the request was refused with a message) or a :class:`Call`: a small value
naming the client method to run and its arguments. The face runs it wherever suits it
(the Qt panel on a worker thread, the CLI inline) and hands the answer back::

    call = flow.begin()
    while call is not None:
        call = flow.on_result(call, call.execute(client))   # execute() never raises PlayerDataError

``on_result`` may return the next :class:`Call` (e.g. saving the number is followed by
sending the code). At most one call is outstanding (``flow.pending``); while one is, every
method but :meth:`cancel` and :meth:`tick` is ignored, and an answer to anything but the
pending call (after cancel, timeout or a restart) is dropped, so late answers from a
worker thread are harmless.

Steps (``flow.step``) and the player's way through them::

    IDLE ─begin()─► LOADING ─┬─► CONFIRM_NUMBER  confirm_number() or submit_number(cc_n) ─┐
                             ├─► ENTER_NUMBER    submit_number("44-123456789") ───────────┤
                             └─► VERIFIED (outcome ALREADY_VERIFIED)                       ▼
         SAVING_NUMBER ─(200: VERIFIED, outcome NOT_REQUIRED)─(403: 2FA token)─► SENDING_CODE ─► ENTER_CODE
    ENTER_CODE  submit_code(c) ─► CHECKING_CODE ─► VERIFIED | LOCKED | ENTER_CODE (WRONG_CODE, CODE_EXPIRED)
    ENTER_CODE  send_code()    ─► SENDING_CODE, once seconds_until_resend() == 0
                                  (via SAVING_NUMBER for a new 2FA token after CODE_EXPIRED)
    change_number(): CONFIRM_NUMBER, ENTER_CODE or VERIFIED (already) ─► ENTER_NUMBER
    cancel() ─► CANCELLED;  120 s without activity, seen by tick() or the next tap ─► CANCELLED (TIMED_OUT)
    401, 400, or the gateway down while LOADING ─► FAILED; the gateway down later ─► back to the
    step the player acted from (outcome GATEWAY_UNAVAILABLE), to try again by hand.

``LOADING``, ``SAVING_NUMBER``, ``SENDING_CODE`` and ``CHECKING_CODE`` are the busy steps
(show a spinner); ``VERIFIED``, ``LOCKED``, ``CANCELLED`` and ``FAILED`` are final (``begin()``
starts over). ``flow.outcome`` says why the last change happened and ``flow.message`` says it
to the player in plain words; ``flow.error`` keeps the gateway's error for technicians.

Promises: the flow never asks for a code before the gateway allows (a local cooldown, 60 s
after each send or what the gateway said), never retries a validation by itself, and holds
the 2FA token only in memory, dropping it on success, cancel, lock, failure or 120 s of
inactivity. Nothing it exposes contains a token, the phone number (only masked) or the code.
"""

from __future__ import annotations

import enum
import logging
import math
import re
from dataclasses import dataclass, field
from typing import Any

from kiosk.clock import Clock, SystemClock, say_duration
from kiosk.redact import mask_phone, register
from kiosk.verification.player_data import (
    DEFAULT_RESEND_WAIT,
    STATUS_COMMENT,
    AlreadyVerified,
    AttemptsExceeded,
    CodeSent,
    CodeValid,
    GatewayConfigError,
    GatewayUnavailable,
    MobileUpdate,
    PlayerDataError,
    PlayerMobileData,
    ResendTooSoon,
    SessionInvalid,
    TwoFaTokenUnknown,
)
from kiosk.words import Text, Words

log = logging.getLogger(__name__)

class FlowWords(Words):
    """What the verification panel tells the player at each step (the gateway's own refusals come as they are)."""


IDLE_TIMEOUT = 120.0  # seconds without a player action or an answer before the flow gives up


class Step(str, enum.Enum):
    IDLE = "idle"                        # not begun
    LOADING = "loading"                  # busy: reading the player's mobile data
    CONFIRM_NUMBER = "confirm_number"    # "Is ••••789 your number?": confirm_number() or submit_number()
    ENTER_NUMBER = "enter_number"        # submit_number("44-123456789")
    SAVING_NUMBER = "saving_number"      # busy: saving the number, getting the 2FA token
    SENDING_CODE = "sending_code"        # busy: asking the gateway to send the SMS
    ENTER_CODE = "enter_code"            # submit_code(code); send_code() once can_send_code
    CHECKING_CODE = "checking_code"      # busy: validating the code
    VERIFIED = "verified"                # final: verified now, already verified, or nothing to verify
    LOCKED = "locked"                    # final: attempts limit reached
    CANCELLED = "cancelled"              # final: cancel() or idle timeout
    FAILED = "failed"                    # final: session ended, terminal misconfigured, gateway down


BUSY_STEPS = frozenset({Step.LOADING, Step.SAVING_NUMBER, Step.SENDING_CODE, Step.CHECKING_CODE})
FINAL_STEPS = frozenset({Step.VERIFIED, Step.LOCKED, Step.CANCELLED, Step.FAILED})


class Outcome(str, enum.Enum):
    """Why the flow is where it is: what the last player action or gateway answer led to."""

    NUMBER_ON_FILE = "number_on_file"
    NO_NUMBER_ON_FILE = "no_number_on_file"
    NUMBER_INVALID = "number_invalid"            # not a CC-NUMBER; nothing was sent
    NUMBER_REJECTED = "number_rejected"          # the gateway refused the number (its words in message)
    CODE_SENT = "code_sent"
    WAIT = "wait"                                # a new code is not allowed yet (see seconds_until_resend)
    CODE_REQUIRED = "code_required"              # submit_code() without a code, or before one was sent
    WRONG_CODE = "wrong_code"                    # the gateway refused the code (its words in message)
    CODE_EXPIRED = "code_expired"                # 2FA token gone: ask for a new code
    REFUSED = "refused"                          # any other refusal (its words in message)
    VERIFIED = "verified"
    ALREADY_VERIFIED = "already_verified"
    NOT_REQUIRED = "not_required"                # number saved; the platform wants no SMS check
    LOCKED = "locked"
    CANCELLED = "cancelled"
    TIMED_OUT = "timed_out"
    SESSION_INVALID = "session_invalid"
    CONFIG_ERROR = "config_error"
    GATEWAY_UNAVAILABLE = "gateway_unavailable"


class Op(str, enum.Enum):
    """The client method a :class:`Call` names."""

    GET_MOBILE_DATA = "get_mobile_data"
    UPDATE_MOBILE_DATA = "update_mobile_data"
    SEND_CODE = "send_code"
    VALIDATE_CODE = "validate_code"


@dataclass(frozen=True, eq=False)
class Call:
    """One request the flow wants made: ``getattr(client, op.value)(**kwargs)``.

    Compared by identity: the flow recognises the answer to the call it is waiting for.
    ``kwargs`` holds tokens and the code, so it is kept out of ``repr``.
    """

    op: Op
    kwargs: dict[str, Any] = field(repr=False)

    def execute(self, client: Any) -> Any:
        """Make the request; return its result, or the :class:`PlayerDataError` it raised."""
        try:
            return getattr(client, self.op.value)(**self.kwargs)
        except PlayerDataError as e:
            return e


def run_inline(flow: VerificationFlow, call: Call | None, client: Any) -> None:
    """Run ``call`` and every call that follows from it, on this thread (CLI, tests)."""
    while call is not None:
        call = flow.on_result(call, call.execute(client))


@dataclass(frozen=True)
class FlowView:
    """A snapshot of what a face shows; ``as_dict()`` is JSON-ready for a web bridge."""

    step: Step
    outcome: Outcome | None
    message: str  # a Text where the kiosk words it; the gateway's own words as they came
    masked_number: str
    code_sent: bool
    seconds_until_resend: int
    can_send_code: bool
    busy: bool
    finished: bool

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.step.value, "outcome": self.outcome.value if self.outcome else None,
                "message": self.message, "masked_number": self.masked_number, "code_sent": self.code_sent,
                "seconds_until_resend": self.seconds_until_resend, "can_send_code": self.can_send_code,
                "busy": self.busy, "finished": self.finished}


_NUMBER_RE = re.compile(r"(\d{1,4})\s*[-\s]\s*(\d[\d\s]{4,20})")


def normalize_number(text: str) -> str | None:
    """``"+44 1234 56789"`` or ``"44-123456789"`` -> ``"44-123456789"``; None if it is not CC-NUMBER."""
    s = re.sub(r"^\s*(?:\+|00)", "", text or "").strip()
    m = _NUMBER_RE.fullmatch(s)
    if not m:
        return None
    digits = re.sub(r"\s", "", m.group(2))
    if not 5 <= len(digits) <= 14:
        return None
    return f"{m.group(1)}-{digits}"


def same_number(a: str | None, b: str | None) -> bool:
    return bool(a and b) and re.sub(r"\D", "", a or "") == re.sub(r"\D", "", b or "")


class VerificationFlow:
    """One player's phone verification. Not thread-safe: call it from one thread (the UI's)."""

    def __init__(self, session_token: str, *, clock: Clock | None = None,
                 idle_timeout: float = IDLE_TIMEOUT, status_comment: str = STATUS_COMMENT):
        register(session_token)
        self._session_token = session_token
        self._clock = clock or SystemClock()
        self.idle_timeout = idle_timeout
        self._status_comment = status_comment
        self.step = Step.IDLE
        self.outcome: Outcome | None = None
        self.message = ""
        self.error: PlayerDataError | None = None
        self.pending: Call | None = None
        self.code_sent = False
        self.resend_available_at: float | None = None  # clock.monotonic() time; kept across begin()
        self._two_fa_token: str | None = None
        self._player: PlayerMobileData | None = None
        self._stored_number: str | None = None
        self._number: str | None = None
        self._last_activity = self._clock.monotonic()

    def __repr__(self) -> str:
        return f"<VerificationFlow step={self.step.value} outcome={self.outcome and self.outcome.value}>"

    # ------------------------------------------------------------------ what a face reads

    @property
    def busy(self) -> bool:
        return self.pending is not None

    @property
    def finished(self) -> bool:
        return self.step in FINAL_STEPS

    @property
    def masked_number(self) -> str:
        """The number in play (entered, else on file), all but its last 3 digits masked."""
        return mask_phone(self._number or self._stored_number)

    @property
    def mobile_on_file(self) -> PlayerMobileData | None:
        """What the gateway said the player has (its repr hides the number); None before loading."""
        return self._player

    @property
    def holds_two_fa_token(self) -> bool:
        return self._two_fa_token is not None

    def seconds_until_resend(self, now: float | None = None) -> int:
        """Whole seconds until a (new) code may be asked for; 0 when allowed now."""
        if self.resend_available_at is None:
            return 0
        now = self._clock.monotonic() if now is None else now
        return max(0, math.ceil(self.resend_available_at - now))

    @property
    def can_send_code(self) -> bool:
        return self.step is Step.ENTER_CODE and not self.busy and self.seconds_until_resend() == 0

    def view(self) -> FlowView:
        return FlowView(step=self.step, outcome=self.outcome, message=self.message,
                        masked_number=self.masked_number, code_sent=self.code_sent,
                        seconds_until_resend=self.seconds_until_resend(), can_send_code=self.can_send_code,
                        busy=self.busy, finished=self.finished)

    # ------------------------------------------------------------------ what a face calls

    def begin(self) -> Call | None:
        """Start (or start over): read the player's mobile data."""
        if self.busy and self.step is Step.LOADING:
            return None
        self._drop_token()
        self.pending = None
        self.error = None
        self.code_sent = False
        self._player = self._stored_number = self._number = None
        self._touch()
        self._set(Step.LOADING, None, FlowWords.tr("Reading your mobile number…"))
        return self._call(Op.GET_MOBILE_DATA)

    def confirm_number(self) -> Call | None:
        """The player confirms the number on file: save it and send a code to it."""
        if not self._accepts(Step.CONFIRM_NUMBER) or not self._stored_number:
            return None
        return self._save_number(self._stored_number)

    def change_number(self) -> None:
        """The player wants another number: show the number entry (drops any 2FA token)."""
        if not (self._accepts(Step.CONFIRM_NUMBER, Step.ENTER_CODE) or self._already_verified()):
            return
        self._drop_token()
        self.code_sent = False
        self._set(Step.ENTER_NUMBER, None, FlowWords.tr("Enter your mobile number: country code and number."))

    def submit_number(self, cc_number: str) -> Call | None:
        """The player typed a number as ``CC-NUMBER`` (e.g. ``44-123456789``): save it and send a code."""
        if not (self._accepts(Step.CONFIRM_NUMBER, Step.ENTER_NUMBER) or self._already_verified()):
            return None
        number = normalize_number(cc_number)
        if number is None:
            self.error = None
            self._set(Step.ENTER_NUMBER, Outcome.NUMBER_INVALID,
                      FlowWords.tr("That is not a mobile number. Enter the country code and the number, for example "
                                   "%1.").arg("44-123456789"))
            return None
        register(number, re.sub(r"\D", "", number))
        if self.step is Step.VERIFIED and same_number(number, self._stored_number):
            return None  # already verified, and it stays so
        return self._save_number(number)

    def send_code(self) -> Call | None:
        """Ask for a (new) SMS code; refused with a countdown message until the gateway allows it."""
        if not self._accepts(Step.ENTER_CODE):
            return None
        wait = self.seconds_until_resend()
        if wait > 0:
            self._set(Step.ENTER_CODE, Outcome.WAIT, _wait_message(wait))
            return None
        if self._two_fa_token is None:
            return self._save_number(self._number)  # the gateway hands out a new 2FA token on update
        return self._send()

    def submit_code(self, code: str) -> Call | None:
        """The player typed the SMS code: check it once (never retried by the flow)."""
        if not self._accepts(Step.ENTER_CODE):
            return None
        code = (code or "").strip()
        if not self.code_sent or self._two_fa_token is None:
            self._set(Step.ENTER_CODE, Outcome.CODE_REQUIRED, FlowWords.tr("Ask for a new code first."))
            return None
        if not code:
            self._set(Step.ENTER_CODE, Outcome.CODE_REQUIRED, FlowWords.tr("Enter the code from the SMS."))
            return None
        register(code)
        self._set(Step.CHECKING_CODE, None, FlowWords.tr("Checking the code…"))
        return self._call(Op.VALIDATE_CODE, two_fa_token=self._two_fa_token, sms_code=code)

    def cancel(self) -> None:
        """The player (or the kiosk) gives up. Drops the 2FA token; a late answer is ignored."""
        if self.step is Step.IDLE or self.finished:
            return
        self._finish(Step.CANCELLED, Outcome.CANCELLED, FlowWords.tr("Phone verification cancelled."))

    def touch(self) -> None:
        """The player is still here (a key was tapped): the idle timeout starts again."""
        if self.step is not Step.IDLE and not self.finished:
            self._touch()

    def tick(self, now: float | None = None) -> None:
        """Call about once a second: ends the flow after ``idle_timeout`` seconds of inactivity."""
        if self.step is Step.IDLE or self.finished:
            return
        now = self._clock.monotonic() if now is None else now
        if now - self._last_activity >= self.idle_timeout:
            log.info("phone verification timed out at step %s", self.step.value)
            self._finish(Step.CANCELLED, Outcome.TIMED_OUT,
                         FlowWords.tr("Phone verification ended because nothing happened for a while."))

    def on_result(self, call: Call, result: Any) -> Call | None:
        """Feed back what ``call.execute(client)`` returned (a result or a PlayerDataError)."""
        if call is not self.pending:
            log.debug("dropping a late answer to %s", call.op.value)
            return None
        self.pending = None
        self.tick()
        if self.finished:
            return None
        self._touch()
        if isinstance(result, PlayerDataError):
            self.error = result
            log.info("player-data %s refused: %s", call.op.value, result.__class__.__name__)
            return self._on_error(call.op, result)
        self.error = None
        if call.op is Op.GET_MOBILE_DATA and isinstance(result, PlayerMobileData):
            return self._on_mobile_data(result)
        if call.op is Op.UPDATE_MOBILE_DATA and isinstance(result, MobileUpdate):
            return self._on_updated(result)
        if call.op is Op.SEND_CODE and isinstance(result, CodeSent):
            return self._on_sent(result)
        if call.op is Op.VALIDATE_CODE and isinstance(result, CodeValid):
            self._finish(Step.VERIFIED, Outcome.VERIFIED,
                         FlowWords.tr("Your mobile number %1 is verified.").arg(self.masked_number))
            return None
        # An answer of the wrong kind is a bug, not the player's problem: end cleanly, never stuck busy.
        log.error("player-data %s answered with an unexpected %s", call.op.value, type(result).__name__)
        self._finish(Step.FAILED, Outcome.GATEWAY_UNAVAILABLE,
                     FlowWords.tr("Phone verification is not available right now. Please ask at the counter."))
        return None

    # ------------------------------------------------------------------ answers

    def _on_mobile_data(self, data: PlayerMobileData) -> Call | None:
        self._player = data
        self._stored_number = data.number
        if data.verified:
            self._finish(Step.VERIFIED, Outcome.ALREADY_VERIFIED, _already_verified(self.masked_number))
        elif data.number:
            self._set(Step.CONFIRM_NUMBER, Outcome.NUMBER_ON_FILE,
                      FlowWords.tr("Is %1 your mobile number? We will send a code to it by SMS.").arg(self.masked_number))
        else:
            self._set(Step.ENTER_NUMBER, Outcome.NO_NUMBER_ON_FILE,
                      FlowWords.tr("Enter your mobile number: country code and number."))
        return None

    def _on_updated(self, update: MobileUpdate) -> Call | None:
        if not update.verification_required:
            self._finish(Step.VERIFIED, Outcome.NOT_REQUIRED,
                         FlowWords.tr("Your mobile number %1 is saved. It does not need an SMS check.").arg(
                             self.masked_number))
            return None
        self._two_fa_token = update.two_fa_token.get_secret_value() if update.two_fa_token else None
        self.code_sent = False
        wait = self.seconds_until_resend()
        if wait > 0:
            self._set(Step.ENTER_CODE, Outcome.WAIT, _wait_message(wait))
            return None
        return self._send()

    def _on_sent(self, sent: CodeSent) -> Call | None:
        if sent.two_fa_token is not None:
            self._two_fa_token = sent.two_fa_token.get_secret_value()
        self.code_sent = True
        self.resend_available_at = self._clock.monotonic() + DEFAULT_RESEND_WAIT
        self._set(Step.ENTER_CODE, Outcome.CODE_SENT,
                  FlowWords.tr("We sent a code by SMS to %1. Enter it here.").arg(self.masked_number))
        return None

    def _on_error(self, op: Op, e: PlayerDataError) -> Call | None:
        if isinstance(e, SessionInvalid):
            self._finish(Step.FAILED, Outcome.SESSION_INVALID, FlowWords.tr("Your session has ended. Please log in again."))
        elif isinstance(e, GatewayConfigError):
            self._finish(Step.FAILED, Outcome.CONFIG_ERROR,
                         FlowWords.tr("Phone verification is not available on this terminal. Please ask staff for help."))
        elif isinstance(e, AttemptsExceeded):
            self._finish(Step.LOCKED, Outcome.LOCKED,
                         FlowWords.tr("Too many attempts: phone verification is blocked for now. Please ask staff for "
                                      "help."))
        elif isinstance(e, AlreadyVerified):
            self._finish(Step.VERIFIED, Outcome.ALREADY_VERIFIED, _already_verified(self.masked_number))
        elif isinstance(e, GatewayUnavailable):
            self._on_unavailable(op)
        elif op is Op.GET_MOBILE_DATA:
            self._finish(Step.FAILED, Outcome.REFUSED, e.message)
        elif isinstance(e, ResendTooSoon):
            self.resend_available_at = self._clock.monotonic() + e.wait_seconds
            self._keep_token(e)
            if op is Op.UPDATE_MOBILE_DATA:
                self._set(self._number_step(), Outcome.WAIT, _wait_message(e.wait_seconds, new_code=False))
            else:
                self._set(Step.ENTER_CODE, Outcome.WAIT, _wait_message(e.wait_seconds))
        elif isinstance(e, TwoFaTokenUnknown) and op in (Op.SEND_CODE, Op.VALIDATE_CODE):
            self._drop_token()
            self.code_sent = False
            self._set(Step.ENTER_CODE, Outcome.CODE_EXPIRED, FlowWords.tr("Your code has expired. Ask for a new code."))
        elif op is Op.UPDATE_MOBILE_DATA:
            self._set(self._number_step(), Outcome.NUMBER_REJECTED, e.message)
        elif op is Op.SEND_CODE:
            self._keep_token(e)
            self._set(Step.ENTER_CODE, Outcome.REFUSED, e.message)
        else:
            self._keep_token(e)
            self._set(Step.ENTER_CODE, Outcome.WRONG_CODE, e.message)
        return None

    def _on_unavailable(self, op: Op) -> None:
        # The player may try again by hand; only a failed start has nothing to go back to.
        if op is Op.GET_MOBILE_DATA:
            self._finish(Step.FAILED, Outcome.GATEWAY_UNAVAILABLE, FlowWords.tr(
                "The casino platform is not answering. Please try again in a few minutes."))
        elif op is Op.UPDATE_MOBILE_DATA:
            self._set(self._number_step(), Outcome.GATEWAY_UNAVAILABLE, FlowWords.tr(
                "The casino platform is not answering. Your number was not saved; please try again."))
        elif op is Op.SEND_CODE:
            self._set(Step.ENTER_CODE, Outcome.GATEWAY_UNAVAILABLE, FlowWords.tr(
                "The casino platform is not answering. The code may not have been sent; please try again."))
        else:
            self._set(Step.ENTER_CODE, Outcome.GATEWAY_UNAVAILABLE, FlowWords.tr(
                "The casino platform is not answering. Your code was not checked; please enter it again."))

    # ------------------------------------------------------------------ plumbing

    def _accepts(self, *steps: Step) -> bool:
        self.tick()
        if self.busy or self.step not in steps:
            return False
        self._touch()
        return True

    def _already_verified(self) -> bool:
        self.tick()
        if self.step is Step.VERIFIED and self.outcome is Outcome.ALREADY_VERIFIED and self._player is not None:
            self._touch()
            return True
        return False

    def _number_step(self) -> Step:
        return Step.CONFIRM_NUMBER if same_number(self._number, self._stored_number) else Step.ENTER_NUMBER

    def _save_number(self, number: str | None) -> Call | None:
        if self._player is None or not number:
            return None
        self._number = number
        self._drop_token()
        self.code_sent = False
        self.error = None
        self._set(Step.SAVING_NUMBER, None, FlowWords.tr("Saving your mobile number…"))
        return self._call(Op.UPDATE_MOBILE_DATA, player_id=self._player.player_id, number=number,
                          is_2fa_required=self._player.is_2fa_required, status_comment=self._status_comment)

    def _send(self) -> Call:
        self._set(Step.SENDING_CODE, None, FlowWords.tr("Sending a code to %1…").arg(self.masked_number))
        return self._call(Op.SEND_CODE, two_fa_token=self._two_fa_token, mobile_number=self._number)

    def _call(self, op: Op, **kwargs: Any) -> Call:
        self.pending = Call(op, {"session_token": self._session_token, **kwargs})
        return self.pending

    def _set(self, step: Step, outcome: Outcome | None, message: str) -> None:
        self.step, self.outcome, self.message = step, outcome, message

    def _finish(self, step: Step, outcome: Outcome, message: str) -> None:
        self._drop_token()
        self.pending = None
        self._set(step, outcome, message)

    def _keep_token(self, e: PlayerDataError) -> None:
        token = getattr(e, "two_fa_token", None)
        if token and self._two_fa_token is not None:
            self._two_fa_token = token

    def _drop_token(self) -> None:
        self._two_fa_token = None

    def _touch(self) -> None:
        self._last_activity = self._clock.monotonic()


def _wait_message(seconds: int, *, new_code: bool = True) -> Text:
    if new_code:
        return FlowWords.tr("Please wait %1, then ask for a new code.").arg(say_duration(seconds))
    return FlowWords.tr("Please wait %1, then try again.").arg(say_duration(seconds))


def _already_verified(masked: str) -> Text:
    return FlowWords.tr("Your mobile number %1 is already verified.").arg(masked)
