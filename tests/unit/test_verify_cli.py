"""``kiosk verify-mobile`` in-process, driven through stdin, against the sandbox gateway.

One test per exit code: 0 verified, 2 configuration, 3 locked, 4 session not valid,
5 gateway unavailable, 6 cancelled. Each also checks that nothing secret was printed.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.cli import build_parser
from kiosk.sandbox import Sandbox
from kiosk.verification import cli as verify_cli

NUMBER = "44-123456789"


class Typist(io.TextIOBase):
    """Standard input typed by a technician who reads the SMS when it arrives: a line is text or a callable."""

    def __init__(self, *lines: str | Callable[[], str]):
        self._lines = list(lines)

    def readable(self) -> bool:
        return True

    def readline(self, size: int = -1) -> str:
        if not self._lines:
            return ""  # end of input
        line = self._lines.pop(0)
        return (line() if callable(line) else line) + "\n"


@pytest.fixture
def sb(clock):
    with Sandbox(port=0, clock=clock, max_attempts=2) as sandbox:
        yield sandbox


@pytest.fixture
def config(sb, tmp_path, kiosk_env) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'gateway_url = "{sb.gateway_url}"\nbrand_id = 1009\n', encoding="utf-8")
    return path


def parse(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["verify-mobile", *argv])  # the real `kiosk` command line


class Result:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def assert_private(self, *secrets: str | None) -> None:
        text = self.out + self.err
        for s in (NUMBER, "123456789", *secrets):
            if s:
                assert s not in text
        assert "Traceback" not in text


def verify(config: Path, clock, *argv: str, stdin: io.TextIOBase | None = None) -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = verify_cli.main(parse("--config", str(config), *argv), stdin=stdin or Typist(),
                           stdout=out, stderr=err, clock=clock)
    return Result(code, out.getvalue(), err.getvalue())


def codes(sb) -> list[str]:
    return [m["code"] for m in sb.outbox]


def wrong_code(sb, nth: int = 0) -> Callable[[], str]:
    """A code that is surely not the one just sent."""
    return lambda: next(c for c in (f"{i:06d}" for i in range(nth, nth + 2)) if c != sb.last_code())


def test_0_verified_after_a_wrong_code(sb, config, clock):
    session = sb.add_player(number=NUMBER)

    r = verify(config, clock, "--session", session, stdin=Typist(wrong_code(sb), lambda: sb.last_code()))

    assert r.code == 0, r.err
    assert "mobile number ••••••••789 (not verified)" in r.out
    assert "We sent a code by SMS to ••••••••789" in r.out
    assert "Wrong code: Invalid code. Try again." in r.out
    assert r.out.rstrip().endswith("Your mobile number ••••••••789 is verified.")
    assert sb.player_data(session)["mobile"]["verification_status"] == 1
    r.assert_private(session, *codes(sb))


def test_0_an_empty_line_asks_for_a_new_code_once_allowed(sb, config, clock):
    session = sb.add_player(number=NUMBER)

    def later() -> str:
        clock.advance(60)
        return ""

    r = verify(config, clock, "--session", session, stdin=Typist("", later, lambda: sb.last_code()))

    assert r.code == 0, r.err
    assert "Please wait 60 seconds, then ask for a new code." in r.out
    assert len(sb.outbox) == 2
    r.assert_private(session, *codes(sb))


def test_0_with_another_number(sb, config, clock):
    session = sb.add_player(number=NUMBER)

    r = verify(config, clock, "--session", session, "--number", "370-61234567", stdin=Typist(lambda: sb.last_code()))

    assert r.code == 0, r.err
    assert [m["mobile_number"] for m in sb.outbox] == ["370-61234567"]
    assert "••••••••567 is verified" in r.out
    r.assert_private(session, "370-61234567", "61234567", *codes(sb))


def test_0_already_verified(sb, config, clock):
    session = sb.add_player(number=NUMBER, verified=True)

    r = verify(config, clock, "--session", session)

    assert r.code == 0
    assert "(verified)" in r.out and "is already verified" in r.out
    assert sb.outbox == []
    r.assert_private(session)


def test_2_missing_gateway_settings(tmp_path, kiosk_env, clock):
    empty = tmp_path / "kiosk.toml"
    empty.write_text("", encoding="utf-8")

    r = verify(empty, clock, "--session", "some-session-token-123")

    assert r.code == 2
    assert "KIOSK_GATEWAY_URL: is required" in r.err and "KIOSK_BRAND_ID: is required" in r.err
    r.assert_private("some-session-token-123")


def test_2_a_brand_the_gateway_does_not_know(sb, config, kiosk_env, clock):
    session = sb.add_player(number=NUMBER)
    kiosk_env.setenv("KIOSK_BRAND_ID", "4242")  # the environment wins over the file

    r = verify(config, clock, "--session", session)

    assert r.code == 2
    assert "refused brand id 4242" in r.err and "KIOSK_BRAND_ID" in r.err
    r.assert_private(session)


def test_2_a_number_that_is_not_one(sb, config, clock):
    session = sb.add_player(number=NUMBER)

    r = verify(config, clock, "--session", session, "--number", "12345")

    assert r.code == 2
    assert "--number must be the country code and the number" in r.err
    assert sb.counters["gateway_requests"] == 0


def test_2_no_number_on_file_and_none_given(sb, config, clock):
    session = sb.add_player(number="")

    r = verify(config, clock, "--session", session)

    assert r.code == 2
    assert "no mobile number on file" in r.out and "--number" in r.err


def test_3_locked_after_the_attempts(sb, config, clock):
    session = sb.add_player(number=NUMBER)

    r = verify(config, clock, "--session", session, stdin=Typist(wrong_code(sb), wrong_code(sb, 5), lambda: sb.last_code()))

    assert r.code == 3
    assert "Too many attempts" in r.err
    assert r.out.count("SMS code") == 2  # the third line was never read
    assert sb.player_data(session)["mobile"]["verification_status"] == 0
    r.assert_private(session, *codes(sb))


def test_4_a_session_that_is_not_valid(sb, config, clock):
    session = "6a0c9f3e-0000-4000-8000-0000000f00d5"

    r = verify(config, clock, "--session", session)

    assert r.code == 4
    assert "session is no longer valid" in r.err
    r.assert_private(session)


@pytest.mark.parametrize("failure", ["500", "garbage"])
def test_5_gateway_unavailable(sb, config, clock, failure):
    session = sb.add_player(number=NUMBER)
    sb.set_gateway_failure(failure)

    r = verify(config, clock, "--session", session)

    assert r.code == 5
    assert "player-data gateway" in r.err
    r.assert_private(session)


def test_5_gateway_goes_down_while_checking_the_code(sb, config, clock):
    session = sb.add_player(number=NUMBER)

    def fail_then_type() -> str:
        sb.set_gateway_failure("500")
        return sb.last_code()

    r = verify(config, clock, "--session", session, stdin=Typist(fail_then_type))

    assert r.code == 5
    assert "internal problem" in r.err
    r.assert_private(session, *codes(sb))


def test_6_end_of_input_cancels(sb, config, clock):
    session = sb.add_player(number=NUMBER)

    r = verify(config, clock, "--session", session, stdin=Typist())

    assert r.code == 6
    assert "End of input" in r.err
    assert len(sb.outbox) == 1
    r.assert_private(session, *codes(sb))


def test_the_real_command_logs_to_the_data_dir_and_not_to_the_terminal(sb, tmp_path, kiosk_env, clock):
    import logging

    from kiosk.logs import log_file

    data_dir = tmp_path / "data"
    config = tmp_path / "logged.toml"
    config.write_text(f'gateway_url = "{sb.gateway_url}"\nbrand_id = 1009\ndata_dir = "{data_dir.as_posix()}"\n',
                      encoding="utf-8")
    session = sb.add_player(number=NUMBER)
    out, err = io.StringIO(), io.StringIO()
    try:
        code = verify_cli.main(parse("--config", str(config), "--session", session),
                               stdin=Typist(lambda: sb.last_code()), stdout=out, stderr=err, clock=clock,
                               log_to_data_dir=True)
    finally:
        root = logging.getLogger()
        for h in [h for h in root.handlers if getattr(h, "_kiosk", False)]:
            root.removeHandler(h)
            h.close()
    assert code == 0, err.getvalue()
    text = log_file(data_dir).read_text(encoding="utf-8")
    assert "verify-mobile started" in text and "player-data" in text
    for secret in (session, NUMBER, "123456789", *codes(sb)):
        assert secret not in text
    assert "player-data" not in out.getvalue() + err.getvalue()
