"""The doctor's word on who can read the partner secret: broker mode, or direct mode (failing on a terminal)."""

from __future__ import annotations

import pytest

from kiosk.broker.custody import FAIL, OK, custody, installed
from kiosk.sandbox import Sandbox
from kiosk.settings import explicit_settings
from tests.helpers.broker import SECRET, RunningBroker


@pytest.fixture
def upstream():
    with Sandbox(secret_key=SECRET) as sandbox:
        yield sandbox


def test_direct_mode_is_fine_for_development_and_fails_on_an_installed_terminal_with_the_fix():
    direct = explicit_settings(partner_id=1, secret_key="s", shop_name="S", pos_name="P", user_name="U")
    assert custody(direct, on_installed_terminal=False)[0] == OK
    status, sentence = custody(direct, on_installed_terminal=True)
    assert status == FAIL and sentence.startswith("the partner secret is readable by the desktop user")
    assert "sudo kiosk broker import" in sentence
    assert installed() is False, "this checkout is not an installed kiosk"


def test_broker_mode_passes_when_the_broker_holds_an_identity(tmp_path, upstream):
    broker = RunningBroker(tmp_path, upstream)
    try:
        status, sentence = custody(explicit_settings(broker=str(broker.path)))
    finally:
        broker.stop()
    assert status == OK and sentence.startswith(f"broker mode: the broker at {broker.path} holds it")
    assert SECRET not in sentence


def test_broker_mode_fails_when_the_broker_holds_nothing_or_does_not_answer(tmp_path):
    broker = RunningBroker(tmp_path)
    try:
        status, sentence = custody(explicit_settings(broker=str(broker.path)))
    finally:
        broker.stop()
    assert status == FAIL and "holds no identity yet" in sentence and "sudo kiosk setup" in sentence
    status, sentence = custody(explicit_settings(broker=str(tmp_path / "gone.sock")))
    assert status == FAIL and "no broker socket" in sentence and "systemctl restart betshop-kiosk-broker.socket" in sentence
