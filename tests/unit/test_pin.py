"""The technician door (Qt-free): PIN length, escalating lockouts, and lockout state that survives a restart."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys

import pytest

from kiosk.clock import FakeClock
from kiosk.pin import LOCKOUTS, STATE_FILE, TechnicianDoor, hash_pin, verify_pin

PIN = "246813"


@pytest.fixture(scope="module")
def pin_hash():
    return hash_pin(PIN)


def legacy_hash(pin: str) -> str:
    """A hash as an older kiosk (4-digit PINs allowed) wrote it: same format, same KDF."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def lock(door: TechnicianDoor, wrong: str = "000000"):
    for _ in range(4):
        assert not door.try_pin(wrong).locked_for
    return door.try_pin(wrong)


@pytest.mark.parametrize("pin", ["1234", "12345", "12345a", "1234567890123"])
def test_new_pins_need_six_to_twelve_digits(pin):
    with pytest.raises(ValueError, match="6 to 12 digits"):
        hash_pin(pin)


def test_a_four_digit_pin_hashed_by_an_older_version_still_opens_the_door():
    old = legacy_hash("2468")
    assert verify_pin("2468", old)
    assert TechnicianDoor(old, FakeClock()).try_pin("2468").opened


@pytest.mark.parametrize("argv", [["set-pin"], ["demo", "--pin", "1234"]])
def test_the_commands_refuse_a_short_pin(tmp_path, argv):
    cfg = tmp_path / "kiosk.toml"
    extra = ["--config", str(cfg)] if argv == ["set-pin"] else []
    out = subprocess.run([sys.executable, "-m", "kiosk", *argv, *extra], input="1234\n1234\n",
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "6 to 12 digits" in out.stderr and "Traceback" not in out.stderr
    assert not cfg.exists()


def test_lockouts_escalate_and_the_right_pin_resets_them(pin_hash):
    clock = FakeClock()
    door = TechnicianDoor(pin_hash, clock)
    seen = []
    for _ in range(5):
        answer = lock(door)
        seen.append(answer.locked_for)
        assert not door.try_pin(PIN).opened  # locked, even for the right PIN
        clock.advance(answer.locked_for)
    assert seen == [300, 900, 3600, 14400, 14400] and LOCKOUTS[-1] == 14400
    assert "locked for 4 hours" in lock(door).message
    clock.advance(14400)
    assert door.try_pin(PIN).opened
    assert lock(door).locked_for == 300  # back to the first step


def test_a_restart_does_not_reset_the_lockout(pin_hash, tmp_path):
    state = tmp_path / STATE_FILE
    clock = FakeClock(start=1000.0, wall=1_790_000_000.0)
    door = TechnicianDoor(pin_hash, clock, state_file=state)
    assert lock(door).locked_for == 300
    clock.advance(100)
    # A new process: the monotonic clock starts over, the wall clock goes on.
    after = FakeClock(start=5.0, wall=clock.wall() + 20)
    again = TechnicianDoor(pin_hash, after, state_file=state)
    assert again.locked_for() == pytest.approx(180)
    assert not again.try_pin(PIN).opened
    after.advance(180)
    assert lock(again).locked_for == 900  # the next lockout escalates across the restart
    data = json.loads(state.read_text(encoding="utf-8"))
    assert data["level"] == 2 and PIN not in state.read_text(encoding="utf-8")


def test_wrong_tries_survive_a_restart(pin_hash, tmp_path):
    state = tmp_path / STATE_FILE
    door = TechnicianDoor(pin_hash, FakeClock(), state_file=state)
    for _ in range(4):
        door.try_pin("000000")
    fresh = TechnicianDoor(pin_hash, FakeClock(), state_file=state)
    assert fresh.try_pin("000000").locked_for == 300  # the 5th wrong try, although the process restarted


def test_a_clock_set_back_cannot_lock_the_door_for_years(pin_hash, tmp_path):
    state = tmp_path / STATE_FILE
    clock = FakeClock(wall=1_790_000_000.0)
    lock(TechnicianDoor(pin_hash, clock, state_file=state))
    back = FakeClock(wall=1_790_000_000.0 - 10 * 365 * 86400)  # a dead CMOS battery
    assert TechnicianDoor(pin_hash, back, state_file=state).locked_for() <= 300


@pytest.mark.parametrize("content", [b"{not json", b'{"wrong": "x"}', b"\xff\xfe", b"[]", b'{"level": 1}'])
def test_a_damaged_state_file_starts_unlocked_and_is_rewritten(pin_hash, tmp_path, content):
    state = tmp_path / STATE_FILE
    state.write_bytes(content)
    door = TechnicianDoor(pin_hash, FakeClock(), state_file=state)
    assert door.locked_for() == 0 and door.try_pin(PIN).opened
    assert lock(door).locked_for == 300
    assert json.loads(state.read_text(encoding="utf-8"))["level"] == 1


def test_an_unwritable_state_file_keeps_the_lockout_in_memory(pin_hash, tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    door = TechnicianDoor(pin_hash, FakeClock(), state_file=blocker / "sub" / STATE_FILE)  # root cannot write there either
    assert lock(door).locked_for == 300
    assert door.locked_for() == 300
    assert "cannot be saved" in caplog.text


def test_a_new_pin_keeps_the_rule_and_is_entered_twice_the_same():
    from kiosk.pin import NewPin

    choosing = NewPin()
    assert choosing.prompt == "Enter the new PIN"
    assert choosing.enter("1234") == "the PIN must be 6 to 12 digits" and choosing.prompt == "Enter the new PIN"
    assert choosing.enter("246813") is None and choosing.prompt == "Enter the same PIN again" and choosing.pin is None
    assert choosing.enter("246814") == "the two PINs differ" and choosing.prompt == "Enter the new PIN"  # start again
    assert choosing.enter("246813") is None and choosing.enter("246813") is None and choosing.pin == "246813"


@pytest.mark.parametrize(("typed", "expect"), [
    ("246813\n246813\n", "246813"), ("246813\n246814\n", "the two PINs differ"),
    ("12ab56\n", "the PIN must be 6 to 12 digits"), ("\n", "the PIN must be 6 to 12 digits"), ("", "the PIN must be"),
])
def test_asking_a_new_pin_on_a_pipe(typed, expect):
    import io

    from kiosk.technician.prompts import PinRefused, ask_new_pin

    try:
        got = ask_new_pin("New PIN: ", stdin=io.StringIO(typed))
    except PinRefused as e:
        got = str(e)
    assert got.startswith(expect)
    assert ask_new_pin("New PIN: ", optional=True, stdin=io.StringIO("\n")) is None  # kiosk setup: Enter skips it


def test_set_pin_says_why_a_pin_is_refused(tmp_path):
    cfg = tmp_path / "kiosk.toml"
    out = subprocess.run([sys.executable, "-m", "kiosk", "set-pin", "--config", str(cfg)], input="246813\n246814\n",
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and out.stderr.strip() == "kiosk set-pin: the two PINs differ; nothing was changed."
    assert not cfg.exists()
