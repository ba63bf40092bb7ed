"""The player-data gateway client against the sandbox gateway, over real loopback HTTP.

Every documented status of the four endpoints: 200, 400 (brand), 401 (session), 403
(verification required), the 422 descriptions, 500, a body that is not JSON, and anything
else. Only the clock is fake.
"""

from __future__ import annotations

import logging

import pytest

from kiosk.redact import redact
from kiosk.sandbox import Sandbox
from kiosk.verification.player_data import (
    AlreadyVerified,
    AttemptsExceeded,
    CodeSent,
    CodeValid,
    GatewayConfigError,
    GatewayUnavailable,
    MobileUpdate,
    PlayerDataClient,
    PlayerDataError,
    PlayerMobileData,
    ResendTooSoon,
    SessionInvalid,
    TwoFaTokenUnknown,
    Unprocessable,
)
from tests.helpers import free_port

BRAND = 1009
NUMBER = "44-123456789"


@pytest.fixture
def sb(clock):
    with Sandbox(port=0, clock=clock, max_sends=3, max_attempts=3) as sandbox:
        yield sandbox


@pytest.fixture
def client(sb):
    with PlayerDataClient(sb.gateway_url, "v1", BRAND) as c:
        yield c


@pytest.fixture
def player(sb):
    return sb.add_player(brand_id=BRAND, number=NUMBER)


def start_verification(client, session, number=NUMBER) -> str:
    """UPDATE with the number; the 403 hands out the 2FA token."""
    data = client.get_mobile_data(session)
    update = client.update_mobile_data(session, player_id=data.player_id, number=number)
    assert update.verification_required
    return update.two_fa_token.get_secret_value()


def assert_private(error_or_text, *secrets):
    text = str(error_or_text) + repr(error_or_text)
    for s in secrets:
        assert s not in text


# ------------------------------------------------------------------ 200s and 403


def test_get_mobile_data_returns_the_players_number(client, player):
    data = client.get_mobile_data(player)

    assert isinstance(data, PlayerMobileData)
    assert (data.brand_id, data.is_2fa_required, data.number) == (BRAND, True, NUMBER)
    assert data.mobile.verification_status == 0 and not data.verified
    assert data.mobile.masked_number == "••••••••789"
    assert_private(data, NUMBER, player)
    assert redact(f"number {NUMBER}") == "number [redacted]"  # registered as soon as it was seen


def test_get_mobile_data_knows_an_already_verified_number(sb, client):
    session = sb.add_player(number="370-61234567", verified=True)
    data = client.get_mobile_data(session)
    assert data.verified and data.mobile.verification_status == 1


def test_update_answers_403_with_the_2fa_token(client, player):
    data = client.get_mobile_data(player)
    update = client.update_mobile_data(player, player_id=data.player_id, number="44-987654321")

    assert isinstance(update, MobileUpdate)
    assert update.verification_required
    token = update.two_fa_token.get_secret_value()
    assert len(token) >= 16
    assert_private(update, token)
    assert redact(token) == "[redacted]"


def test_update_answers_200_when_no_verification_is_required(sb, client):
    session = sb.add_player(is_2fa_required=False)
    data = client.get_mobile_data(session)
    update = client.update_mobile_data(session, player_id=data.player_id, number="44-987654321")

    assert update == MobileUpdate(verification_required=False)
    assert sb.player_data(session)["mobile"]["number"] == "44-987654321"
    assert sb.player_data(session)["mobile"]["status_comment"] == "Verified at betshop kiosk"


def test_send_code_sends_an_sms_to_the_number(sb, client, player):
    token = start_verification(client, player)
    sent = client.send_code(player, token, NUMBER)

    assert isinstance(sent, CodeSent)
    assert sent.two_fa_token.get_secret_value() == token
    assert [(m["mobile_number"], m["brand_id"]) for m in sb.outbox] == [(NUMBER, BRAND)]


def test_validate_code_verifies_the_number(sb, client, player):
    token = start_verification(client, player)
    client.send_code(player, token, NUMBER)
    code = sb.last_code(NUMBER)

    valid = client.validate_code(player, token, code)

    assert isinstance(valid, CodeValid)
    assert valid.description == "Valid" and valid.result == "OK"
    assert valid.updated_fields.mobile_number == NUMBER
    assert valid.updated_fields.verification_status == "1"
    new_session = valid.auth_token.get_secret_value()
    assert_private(valid, token, new_session, NUMBER, code)
    assert redact(new_session) == "[redacted]"
    assert sb.player_data(player)["mobile"]["verification_status"] == 1


# ------------------------------------------------------------------ 422 outcomes


def test_update_with_a_bad_number_is_refused_in_the_gateways_words(client, player):
    data = client.get_mobile_data(player)
    with pytest.raises(Unprocessable) as caught:
        client.update_mobile_data(player, player_id=data.player_id, number="not-a-number")
    assert type(caught.value) is Unprocessable
    assert caught.value.description == "Invalid mobile number"
    assert caught.value.status == 422


def test_send_too_soon_says_how_long_to_wait(sb, client, player, clock):
    token = start_verification(client, player)
    client.send_code(player, token, NUMBER)
    clock.advance(10)

    with pytest.raises(ResendTooSoon) as caught:
        client.send_code(player, token, NUMBER)

    e = caught.value
    assert e.description == "Please wait before sending again in 50 seconds"
    assert (e.remaining_time, e.wait_seconds) == (50, 50)
    assert e.two_fa_token == token
    assert_private(e, token, NUMBER)
    assert len(sb.outbox) == 1


def test_wait_seconds_come_from_remaining_time_else_the_text_else_60():
    assert ResendTooSoon("Please wait before sending again in 42 seconds", remaining_time=7).wait_seconds == 7
    assert ResendTooSoon("Please wait before sending again in 42 seconds").wait_seconds == 42
    assert ResendTooSoon("Please wait before sending again").wait_seconds == 60


def test_send_beyond_the_limit_is_locked(sb, client, player, clock):
    token = start_verification(client, player)
    for _ in range(3):  # the sandbox's max_sends
        client.send_code(player, token, NUMBER)
        clock.advance(60)
    with pytest.raises(AttemptsExceeded) as caught:
        client.send_code(player, token, NUMBER)
    assert caught.value.description == "Authentication attempts limit exceeded"
    assert len(sb.outbox) == 3


def test_send_with_an_unknown_token_must_start_over(client, player):
    with pytest.raises(TwoFaTokenUnknown) as caught:
        client.send_code(player, "00000000-0000-0000-0000-000000000000", NUMBER)
    assert caught.value.description == "Auth token does not exist"


def test_send_after_verification_says_already_verified(sb, client, player):
    token = start_verification(client, player)
    client.send_code(player, token, NUMBER)
    client.validate_code(player, token, sb.last_code())
    with pytest.raises(AlreadyVerified):
        client.send_code(player, token, NUMBER)


def test_a_wrong_code_is_refused_then_the_attempts_run_out(sb, client, player):
    token = start_verification(client, player)
    client.send_code(player, token, NUMBER)
    wrong = "999999" if sb.last_code() != "999999" else "888888"

    for _ in range(2):
        with pytest.raises(Unprocessable) as caught:
            client.validate_code(player, token, wrong)
        assert type(caught.value) is Unprocessable
        assert caught.value.description == "Invalid code"
        assert caught.value.two_fa_token == token
    with pytest.raises(AttemptsExceeded):
        client.validate_code(player, token, wrong)
    with pytest.raises(AttemptsExceeded):  # even the right code, now
        client.validate_code(player, token, sb.last_code())


def test_an_expired_code_means_the_token_no_longer_exists(sb, client, player, clock):
    token = start_verification(client, player)
    client.send_code(player, token, NUMBER)
    clock.advance(300)  # the sandbox's code_ttl
    with pytest.raises(TwoFaTokenUnknown):
        client.validate_code(player, token, sb.last_code())


def test_validate_twice_says_already_verified(sb, client, player):
    token = start_verification(client, player)
    client.send_code(player, token, NUMBER)
    client.validate_code(player, token, sb.last_code())
    with pytest.raises(AlreadyVerified) as caught:
        client.validate_code(player, token, sb.last_code())
    assert caught.value.description == "Auth Token is already verified"


# ------------------------------------------------------------------ the same failures on all four endpoints

ENDPOINTS = {
    "get mobile data": lambda c, session: c.get_mobile_data(session),
    "update mobile data": lambda c, session: c.update_mobile_data(session, player_id=32574, number=NUMBER),
    "send code": lambda c, session: c.send_code(session, "c8bfd06c-f934-4cb9-a554-694825b89328", NUMBER),
    "validate code": lambda c, session: c.validate_code(session, "c8bfd06c-f934-4cb9-a554-694825b89328", "123456"),
}


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_an_unknown_brand_is_a_configuration_error(sb, player, endpoint):
    with PlayerDataClient(sb.gateway_url, "v1", 4242) as wrong_brand, pytest.raises(GatewayConfigError) as caught:
        ENDPOINTS[endpoint](wrong_brand, player)
    message = str(caught.value)
    assert "4242" in message and "KIOSK_BRAND_ID" in message and "invalid brand id" in message
    assert caught.value.status == 400
    assert_private(caught.value, player, NUMBER)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_an_unknown_session_means_log_in_again(client, endpoint):
    session = "3f1b2c4d-0000-4000-8000-00000000dead"
    with pytest.raises(SessionInvalid) as caught:
        ENDPOINTS[endpoint](client, session)
    assert "log in again" in str(caught.value)
    assert caught.value.status == 401
    assert_private(caught.value, session)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("failure, status, words", [("500", 500, "internal problem"), ("garbage", 200, "unreadable")])
def test_a_failing_gateway_is_unavailable(sb, client, player, endpoint, failure, status, words):
    sb.set_gateway_failure(failure)
    with pytest.raises(GatewayUnavailable) as caught:
        ENDPOINTS[endpoint](client, player)
    assert caught.value.status == status
    assert words in str(caught.value)
    assert_private(caught.value, player, NUMBER)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_any_other_status_is_unavailable(sb, player, endpoint):
    with PlayerDataClient(sb.gateway_url, "no-such-version", BRAND) as client, \
            pytest.raises(GatewayUnavailable) as caught:  # the sandbox answers 404
        ENDPOINTS[endpoint](client, player)
    assert caught.value.status == 404
    assert "unexpected HTTP 404" in str(caught.value)


def test_no_answer_at_all_is_unavailable():
    with PlayerDataClient(f"http://127.0.0.1:{free_port()}", "v1", BRAND) as client, \
            pytest.raises(GatewayUnavailable) as caught:
        client.get_mobile_data("a-session-token-nobody-knows")
    assert "cannot be reached" in str(caught.value) and "KIOSK_GATEWAY_URL" in str(caught.value)
    assert caught.value.status is None


def test_errors_are_one_family():
    for cls in (GatewayConfigError, SessionInvalid, GatewayUnavailable, Unprocessable, ResendTooSoon,
                AttemptsExceeded, TwoFaTokenUnknown, AlreadyVerified):
        assert issubclass(cls, PlayerDataError)


def test_nothing_secret_is_logged(sb, client, player, caplog):
    caplog.set_level(logging.DEBUG)
    token = start_verification(client, player)
    client.send_code(player, token, NUMBER)
    code = sb.last_code()
    client.validate_code(player, token, code)

    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "validate code -> 200" in logged
    for secret in (player, token, NUMBER, "123456789", code):
        assert secret not in logged
