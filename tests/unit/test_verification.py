"""The verification flow against the sandbox gateway over real loopback HTTP; only the clock is fake.

The test plays the face: it calls the flow's methods as a player's taps would, runs the
calls the flow hands back, feeds the answers in, and reads the code from the sandbox's
SMS outbox as the player would read their phone.
"""

from __future__ import annotations

import json

import pytest

from kiosk.sandbox import Sandbox
from kiosk.verification.flow import (
    IDLE_TIMEOUT,
    Call,
    Op,
    Outcome,
    Step,
    VerificationFlow,
    normalize_number,
    run_inline,
)
from kiosk.verification.player_data import PlayerDataClient

BRAND = 1009
NUMBER = "44-123456789"
MASKED = "••••••••789"


@pytest.fixture
def sb(clock):
    with Sandbox(port=0, clock=clock, max_attempts=3) as sandbox:
        yield sandbox


@pytest.fixture
def client(sb):
    with PlayerDataClient(sb.gateway_url, "v1", BRAND) as c:
        yield c


@pytest.fixture
def player(sb):
    return sb.add_player(brand_id=BRAND, number=NUMBER)


@pytest.fixture
def flow(player, clock):
    return VerificationFlow(player, clock=clock)


class Face:
    """What a panel does: run each call the flow asks for and feed the answer back."""

    def __init__(self, flow: VerificationFlow, client: PlayerDataClient, sb: Sandbox):
        self.flow, self.client, self.sb = flow, client, sb

    def do(self, call: Call | None) -> VerificationFlow:
        run_inline(self.flow, call, self.client)
        return self.flow

    def requests(self) -> int:
        return self.sb.counters["gateway_requests"]

    def wrong_code(self) -> str:
        return "000000" if self.sb.last_code() != "000000" else "111111"


@pytest.fixture
def face(flow, client, sb):
    return Face(flow, client, sb)


def at_code_entry(face: Face) -> VerificationFlow:
    face.do(face.flow.begin())
    return face.do(face.flow.confirm_number())


def assert_shows_nothing_secret(flow: VerificationFlow, *secrets: str):
    shown = json.dumps(flow.view().as_dict(), ensure_ascii=False) + repr(flow) + repr(flow.pending)
    for s in (NUMBER, "123456789", *secrets):
        assert s not in shown


# ------------------------------------------------------------------ the happy path


def test_a_player_confirms_the_number_on_file_and_types_the_sms_code(face, flow, sb, player):
    call = flow.begin()
    assert flow.step is Step.LOADING and flow.busy and call.op is Op.GET_MOBILE_DATA
    face.do(call)
    assert flow.step is Step.CONFIRM_NUMBER and flow.outcome is Outcome.NUMBER_ON_FILE
    assert flow.masked_number == MASKED and MASKED in flow.message

    call = flow.confirm_number()
    assert flow.step is Step.SAVING_NUMBER and call.op is Op.UPDATE_MOBILE_DATA
    next_call = flow.on_result(call, call.execute(face.client))
    assert flow.step is Step.SENDING_CODE and next_call.op is Op.SEND_CODE  # the code follows by itself
    face.do(next_call)
    assert flow.step is Step.ENTER_CODE and flow.outcome is Outcome.CODE_SENT and flow.code_sent
    assert flow.holds_two_fa_token
    assert [m["mobile_number"] for m in sb.outbox] == [NUMBER]
    code = sb.outbox[-1]["code"]
    assert_shows_nothing_secret(flow, player, code)

    call = flow.submit_code(code)
    assert flow.step is Step.CHECKING_CODE and call.op is Op.VALIDATE_CODE
    assert_shows_nothing_secret(flow, player, code)
    face.do(call)

    assert flow.step is Step.VERIFIED and flow.outcome is Outcome.VERIFIED and flow.finished
    assert flow.message == f"Your mobile number {MASKED} is verified."
    assert not flow.holds_two_fa_token  # dropped on success
    assert sb.player_data(player)["mobile"]["verification_status"] == 1


def test_a_player_enters_another_number(face, flow, sb, player):
    face.do(flow.begin())
    flow.change_number()
    assert flow.step is Step.ENTER_NUMBER

    face.do(flow.submit_number("+44 987 654 321"))

    assert flow.step is Step.ENTER_CODE and flow.masked_number == "••••••••321"
    assert [m["mobile_number"] for m in sb.outbox] == ["44-987654321"]
    face.do(flow.submit_code(sb.last_code()))
    assert flow.step is Step.VERIFIED
    assert sb.player_data(player)["mobile"]["number"] == "44-987654321"


def test_a_player_without_a_number_on_file_is_asked_for_one(client, sb, clock):
    flow = VerificationFlow(sb.add_player(number=""), clock=clock)
    Face(flow, client, sb).do(flow.begin())
    assert flow.step is Step.ENTER_NUMBER and flow.outcome is Outcome.NO_NUMBER_ON_FILE
    assert flow.confirm_number() is None  # nothing to confirm


def test_something_that_is_not_a_number_is_not_sent(face, flow, sb):
    face.do(flow.begin())
    before = face.requests()

    assert flow.submit_number("call me maybe") is None

    assert flow.step is Step.ENTER_NUMBER and flow.outcome is Outcome.NUMBER_INVALID
    assert "44-123456789" in flow.message  # the example format, not the player's number
    assert face.requests() == before and sb.outbox == []


@pytest.mark.parametrize("typed, normal", [
    ("44-123456789", "44-123456789"), ("+44 123456789", "44-123456789"), ("0044-1234 56789", "44-123456789"),
    ("370 61234567", "370-61234567"), ("123456789", None), ("44-12a456789", None), ("", None), ("44-1234", None),
])
def test_numbers_are_read_as_country_code_and_number(typed, normal):
    assert normalize_number(typed) == normal


def test_the_flow_refuses_taps_while_a_call_is_outstanding(face, flow):
    face.do(flow.begin())
    call = flow.confirm_number()
    assert flow.busy
    assert flow.confirm_number() is None and flow.submit_number("44-987654321") is None
    face.do(call)
    assert flow.step is Step.ENTER_CODE


# ------------------------------------------------------------------ cooldown


def test_no_new_code_before_the_gateway_allows_and_a_countdown_meanwhile(face, flow, sb, clock):
    at_code_entry(face)
    assert flow.seconds_until_resend() == 60 and not flow.can_send_code
    before = face.requests()

    assert flow.send_code() is None
    assert flow.outcome is Outcome.WAIT and flow.message == "Please wait 60 seconds, then ask for a new code."

    clock.advance(45)
    assert flow.seconds_until_resend() == 15 and flow.view().seconds_until_resend == 15
    assert flow.send_code() is None and "15 seconds" in flow.message
    assert face.requests() == before and len(sb.outbox) == 1

    clock.advance(15)
    assert flow.can_send_code and flow.view().can_send_code
    face.do(flow.send_code())
    assert flow.outcome is Outcome.CODE_SENT and len(sb.outbox) == 2
    face.do(flow.submit_code(sb.outbox[-1]["code"]))
    assert flow.step is Step.VERIFIED


def test_the_gateways_own_wait_wins_over_the_local_one(clock):
    with Sandbox(port=0, clock=clock, resend_cooldown=90) as sb, \
            PlayerDataClient(sb.gateway_url, "v1", BRAND) as client:
        flow = VerificationFlow(sb.add_player(), clock=clock)
        face = Face(flow, client, sb)
        at_code_entry(face)
        clock.advance(60)

        face.do(flow.send_code())  # the kiosk's 60 s are over; the gateway wants 90

        assert flow.step is Step.ENTER_CODE and flow.outcome is Outcome.WAIT
        assert flow.seconds_until_resend() == 30 and len(sb.outbox) == 1
        before = face.requests()
        assert flow.send_code() is None and face.requests() == before
        clock.advance(30)
        face.do(flow.send_code())
        assert flow.outcome is Outcome.CODE_SENT and len(sb.outbox) == 2


# ------------------------------------------------------------------ wrong codes and the lock


def test_a_wrong_code_asks_again_and_the_last_attempt_locks(face, flow, sb, player):
    at_code_entry(face)
    wrong = face.wrong_code()

    for _ in range(2):
        before = face.requests()
        face.do(flow.submit_code(wrong))
        assert face.requests() == before + 1  # one validation per code typed, never a retry
        assert flow.step is Step.ENTER_CODE and flow.outcome is Outcome.WRONG_CODE
        assert flow.message == "Invalid code" and flow.holds_two_fa_token

    face.do(flow.submit_code(wrong))

    assert flow.step is Step.LOCKED and flow.outcome is Outcome.LOCKED and flow.finished
    assert "Too many attempts" in flow.message
    assert not flow.holds_two_fa_token
    assert flow.submit_code(sb.last_code()) is None and flow.send_code() is None
    assert sb.player_data(player)["mobile"]["verification_status"] == 0


def test_an_empty_code_is_not_sent(face, flow):
    at_code_entry(face)
    before = face.requests()
    assert flow.submit_code("   ") is None
    assert flow.outcome is Outcome.CODE_REQUIRED and face.requests() == before


# ------------------------------------------------------------------ start over


@pytest.fixture
def short_lived_codes(clock):
    """Codes that expire before the flow's idle timeout, so a present player can see one expire."""
    with Sandbox(port=0, clock=clock, code_ttl=90) as sb, \
            PlayerDataClient(sb.gateway_url, "v1", BRAND) as client:
        yield Face(VerificationFlow(sb.add_player(), clock=clock), client, sb)


def test_an_expired_code_starts_over_with_a_new_token(short_lived_codes, clock):
    face = short_lived_codes
    flow, sb = face.flow, face.sb
    at_code_entry(face)
    old_code = sb.last_code()
    clock.advance(90)

    face.do(flow.submit_code(old_code))

    assert flow.step is Step.ENTER_CODE and flow.outcome is Outcome.CODE_EXPIRED
    assert flow.message == "Your code has expired. Ask for a new code."
    assert not flow.holds_two_fa_token and not flow.code_sent
    before = face.requests()
    assert flow.submit_code(old_code) is None and face.requests() == before  # nothing to check it against

    call = flow.send_code()
    assert call.op is Op.UPDATE_MOBILE_DATA  # a new 2FA token first, then the SMS
    face.do(call)
    assert flow.outcome is Outcome.CODE_SENT and len(sb.outbox) == 2
    face.do(flow.submit_code(sb.last_code()))
    assert flow.step is Step.VERIFIED


# ------------------------------------------------------------------ idle timeout and cancel


def test_two_minutes_without_activity_end_the_flow_and_drop_the_token(face, flow, sb, clock):
    at_code_entry(face)
    clock.advance(100)
    face.do(flow.submit_code(face.wrong_code()))  # activity: the two minutes start again
    clock.advance(IDLE_TIMEOUT - 1)
    flow.tick()
    assert flow.step is Step.ENTER_CODE and flow.holds_two_fa_token

    clock.advance(1)
    flow.tick()

    assert flow.step is Step.CANCELLED and flow.outcome is Outcome.TIMED_OUT
    assert not flow.holds_two_fa_token
    before = face.requests()
    assert flow.submit_code(sb.last_code()) is None and face.requests() == before


def test_a_tap_after_two_idle_minutes_is_too_late_even_without_tick(face, flow, sb, clock):
    at_code_entry(face)
    clock.advance(IDLE_TIMEOUT)
    assert flow.submit_code(sb.last_code()) is None
    assert flow.step is Step.CANCELLED and flow.outcome is Outcome.TIMED_OUT


def test_cancel_drops_the_token_and_ignores_a_late_answer(face, flow, sb):
    at_code_entry(face)
    assert flow.holds_two_fa_token
    call = flow.submit_code(face.wrong_code())

    flow.cancel()
    assert flow.step is Step.CANCELLED and flow.outcome is Outcome.CANCELLED
    assert not flow.holds_two_fa_token and not flow.busy

    # the worker's answer arrives after the player walked away
    assert flow.on_result(call, call.execute(face.client)) is None
    assert flow.step is Step.CANCELLED and not flow.holds_two_fa_token


def test_a_call_outstanding_for_two_minutes_is_abandoned(face, flow, clock):
    call = flow.begin()
    clock.advance(IDLE_TIMEOUT)
    flow.tick()
    assert flow.step is Step.CANCELLED and flow.outcome is Outcome.TIMED_OUT
    assert flow.on_result(call, call.execute(face.client)) is None
    assert flow.step is Step.CANCELLED


def test_begin_starts_over_after_the_flow_ended(face, flow, sb):
    at_code_entry(face)
    flow.cancel()
    face.do(flow.begin())
    assert flow.step is Step.CONFIRM_NUMBER and not flow.holds_two_fa_token


# ------------------------------------------------------------------ nothing to do


def test_an_already_verified_number_is_said_so(client, sb, clock):
    flow = VerificationFlow(sb.add_player(number="370-61234567", verified=True), clock=clock)
    Face(flow, client, sb).do(flow.begin())

    assert flow.step is Step.VERIFIED and flow.outcome is Outcome.ALREADY_VERIFIED
    assert flow.message == "Your mobile number ••••••••567 is already verified."
    assert sb.outbox == []


def test_an_already_verified_player_may_still_verify_another_number(client, sb, clock):
    flow = VerificationFlow(sb.add_player(number="370-61234567", verified=True), clock=clock)
    face = Face(flow, client, sb)
    face.do(flow.begin())

    face.do(flow.submit_number("370-69999999"))

    assert flow.step is Step.ENTER_CODE and [m["mobile_number"] for m in sb.outbox] == ["370-69999999"]


def test_a_player_without_2fa_needs_no_code(client, sb, clock):
    session = sb.add_player(is_2fa_required=False)
    flow = VerificationFlow(session, clock=clock)
    face = Face(flow, client, sb)
    face.do(flow.begin())

    face.do(flow.confirm_number())

    assert flow.step is Step.VERIFIED and flow.outcome is Outcome.NOT_REQUIRED
    assert "does not need an SMS check" in flow.message
    assert sb.outbox == []


# ------------------------------------------------------------------ failures


def test_an_unknown_session_fails_plainly(client, sb, clock):
    flow = VerificationFlow("5c7d2a1e-0000-4000-8000-00000000beef", clock=clock)
    Face(flow, client, sb).do(flow.begin())
    assert flow.step is Step.FAILED and flow.outcome is Outcome.SESSION_INVALID
    assert flow.message == "Your session has ended. Please log in again."


def test_an_unknown_brand_fails_with_a_message_for_staff(sb, player, clock):
    flow = VerificationFlow(player, clock=clock)
    with PlayerDataClient(sb.gateway_url, "v1", 4242) as wrong_brand:
        Face(flow, wrong_brand, sb).do(flow.begin())
    assert flow.step is Step.FAILED and flow.outcome is Outcome.CONFIG_ERROR
    assert "ask staff" in flow.message
    assert "KIOSK_BRAND_ID" in flow.error.message  # for the technician's log


def test_a_gateway_down_at_the_start_fails(face, flow, sb):
    sb.set_gateway_failure("500")
    face.do(flow.begin())
    assert flow.step is Step.FAILED and flow.outcome is Outcome.GATEWAY_UNAVAILABLE


def test_a_gateway_down_while_checking_lets_the_player_try_again_by_hand(face, flow, sb):
    at_code_entry(face)
    code = sb.last_code()
    sb.set_gateway_failure("garbage")
    before = face.requests()

    face.do(flow.submit_code(code))

    assert face.requests() == before + 1  # not retried by the flow
    assert flow.step is Step.ENTER_CODE and flow.outcome is Outcome.GATEWAY_UNAVAILABLE
    assert flow.holds_two_fa_token and "enter it again" in flow.message
    sb.set_gateway_failure(None)
    face.do(flow.submit_code(code))
    assert flow.step is Step.VERIFIED


def test_a_gateway_down_while_saving_goes_back_to_the_number(face, flow, sb):
    face.do(flow.begin())
    sb.set_gateway_failure("500")
    face.do(flow.confirm_number())
    assert flow.step is Step.CONFIRM_NUMBER and flow.outcome is Outcome.GATEWAY_UNAVAILABLE
    sb.set_gateway_failure(None)
    face.do(flow.confirm_number())
    assert flow.step is Step.ENTER_CODE and flow.outcome is Outcome.CODE_SENT


def test_the_view_is_ready_for_a_web_page(face, flow, player):
    at_code_entry(face)
    view = flow.view().as_dict()
    assert view == {"step": "enter_code", "outcome": "code_sent", "message": flow.message,
                    "masked_number": MASKED, "code_sent": True, "seconds_until_resend": 60,
                    "can_send_code": False, "busy": False, "finished": False}
    json.dumps(view)
    assert_shows_nothing_secret(flow, player)


def test_tapping_keys_keeps_the_flow_alive_past_the_idle_timeout(face, clock):
    flow = at_code_entry(face)
    for _ in range(5):  # a slow player, tapping now and then
        clock.advance(100)
        flow.touch()
        flow.tick()
    assert flow.step is Step.ENTER_CODE and flow.holds_two_fa_token
    clock.advance(120)
    flow.tick()
    assert flow.step is Step.CANCELLED and not flow.holds_two_fa_token
