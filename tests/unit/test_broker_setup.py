"""The setup form's logic in broker mode (kiosk/technician/configure.py over the one ConfigSource): the identity
is checked as the broker takes it, handed to the broker, and the secret never stays in kiosk.toml."""

from __future__ import annotations

import tomllib

import pytest

from kiosk.sandbox import Sandbox
from kiosk.settings import ConfigSource
from kiosk.technician import configure
from tests.helpers.broker import SECRET, RunningBroker, identity_values, write_toml


@pytest.fixture
def upstream():
    with Sandbox(secret_key=SECRET) as sandbox:
        yield sandbox


def broker_mode_file(tmp_path, upstream, socket, **more):
    return write_toml(tmp_path / "kiosk.toml", {"broker": str(socket), "auth_url": upstream.auth_url,
                                                "allowed_hosts": [upstream.address], **more})


def identity_form(upstream, **over):
    values = {k: str(v) if not isinstance(v, list) else ", ".join(v) for k, v in identity_values(upstream).items()}
    values.update(over)
    return values


def test_in_broker_mode_the_form_checks_the_identity_and_the_kiosks_own_settings_never_hold_the_secret(
        kiosk_env, tmp_path, upstream):
    config = ConfigSource.of_process(broker_mode_file(tmp_path, upstream, tmp_path / "broker.sock"))
    checked = configure.check_form(config, identity_form(upstream))
    assert checked.errors == {}, "a secret typed into the form goes to the broker: no error in broker mode"
    assert checked.settings is not None and checked.settings.broker == str(tmp_path / "broker.sock")
    assert checked.settings.secret_key is None and checked.file_values["secret_key"] == SECRET

    wrong = configure.check_form(config, identity_form(upstream, partner_id="abc", shop_name=""))
    assert set(wrong.errors) == {"partner_id", "shop_name"} and wrong.settings is None
    assert wrong.errors["partner_id"].startswith("Partner id: ")

    no_secret = identity_form(upstream, secret_key="")
    assert configure.check_form(config, no_secret).errors == {"secret_key": "Secret key: is required"}
    assert configure.check_form(config, no_secret, secret_held=True).errors == {}, "the broker's secret is kept"


def test_saving_in_broker_mode_hands_the_identity_to_the_broker_and_takes_an_old_secret_out_of_the_file(
        kiosk_env, tmp_path, upstream):
    kiosk_env.setenv("DPKG_ROOT", str(tmp_path / "root"))  # root's writes (if any) land here, not in /etc
    broker = RunningBroker(tmp_path, upstream)
    try:
        path = broker_mode_file(tmp_path, upstream, broker.path, secret_key="left-over-from-direct-mode")
        config = ConfigSource.of_process(path)
        assert configure.broker_address(config) == str(broker.path)
        checked = configure.check_form(config, identity_form(upstream, shop_name="Kaunas 2", secret_key=""),
                                       secret_held=True)
        assert checked.errors == {}, checked.errors
        said = configure.save(config, checked)
        assert said is not None and "The broker holds the identity now" in said
        assert broker.service.identity is not None and broker.service.identity.shop_name == "Kaunas 2"
        assert broker.service.identity.secret_key == SECRET
        saved = tomllib.loads(path.read_text(encoding="utf-8"))
        assert "secret_key" not in saved and "left-over-from-direct-mode" not in path.read_text()
        assert not {"partner_id", "shop_name", "pos_name", "user_name"} & set(saved)
        assert config.load().broker == str(broker.path), "what was saved is a valid broker-mode configuration"
    finally:
        broker.stop()


def test_the_connection_test_through_the_broker_says_so_and_still_checks_the_login_page(
        kiosk_env, tmp_path, upstream):
    broker = RunningBroker(tmp_path, upstream)
    try:
        config = ConfigSource.of_process(broker_mode_file(tmp_path, upstream, broker.path))
        result = configure.test_connection(config.load())
    finally:
        broker.stop()
    assert result.ok, result.sentence
    assert result.sentence.startswith("accepted by the broker: shop id ")
    assert "Login page: an invalid login link lands on" in result.sentence and "recognises" in result.sentence
    assert SECRET not in result.sentence and not any(t in result.sentence for t in upstream.issued_tokens)
