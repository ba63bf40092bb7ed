"""The settings contract: sources, precedence and messages a technician can act on."""

from __future__ import annotations

import pytest

from kiosk.settings import IDENTITY_FIELDS, ConfigError, load_settings


def write(tmp_path, text: str):
    p = tmp_path / "kiosk.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_environment_alone_is_a_complete_configuration(kiosk_env, tmp_path):
    for k, v in {"KIOSK_PARTNER_ID": "12345", "KIOSK_SECRET_KEY": "s3cret", "KIOSK_SHOP_NAME": "Shop",
                 "KIOSK_POS_NAME": "POS", "KIOSK_USER_NAME": "User"}.items():
        kiosk_env.setenv(k, v)
    s = load_settings(require=IDENTITY_FIELDS)
    assert s.partner_id == 12345 and s.secret_key.get_secret_value() == "s3cret"
    assert s.allowed_hosts == ["webshop.betgames.tv"] and s.fullscreen is True
    assert s.auth_url == "https://api.betgames.tv/s/api/v2/webshop/auth"


def test_environment_wins_over_the_file(kiosk_env, tmp_path):
    cfg = write(tmp_path, 'partner_id = 1\nshop_name = "From file"\nhealth_port = 9100\n')
    kiosk_env.setenv("KIOSK_PARTNER_ID", "2")
    s = load_settings(cfg)
    assert s.partner_id == 2 and s.shop_name == "From file" and s.health_port == 9100


def test_every_problem_is_listed_with_its_source(kiosk_env, tmp_path):
    cfg = write(tmp_path, 'partner_id = "abc"\nshop_nme = "typo"\nhealth_port = 70000\n')
    kiosk_env.setenv("KIOSK_ALLOWED_HOSTS", '["https://webshop.betgames.tv/"]')
    kiosk_env.setenv("KIOSK_SECRET_KEY", "do-not-print-me")
    kiosk_env.setenv("KIOSK_LOGIN_URL_PATTERN", "/webshop/.*login")
    with pytest.raises(ConfigError) as e:
        load_settings(cfg, require=IDENTITY_FIELDS)
    msg = str(e.value)
    assert "KIOSK_PARTNER_ID: Input should be a valid integer" in msg and f"from {cfg}, key 'partner_id'" in msg
    assert "KIOSK_HEALTH_PORT" in msg and "65535" in msg
    assert "'shop_nme' in" in msg and "not a setting" in msg
    assert "KIOSK_ALLOWED_HOSTS" in msg and "from environment variable KIOSK_ALLOWED_HOSTS" in msg
    assert "KIOSK_LOGIN_URL_PATTERN: matches the autologin link itself" in msg
    assert "KIOSK_POS_NAME: is required (not set: set environment variable KIOSK_POS_NAME or key 'pos_name'" in msg
    assert "do-not-print-me" not in msg


def test_a_secret_never_appears_in_its_own_error(kiosk_env, tmp_path):
    kiosk_env.setenv("KIOSK_SECRET_KEY", "   ")
    with pytest.raises(ConfigError) as e:
        load_settings()
    assert "KIOSK_SECRET_KEY: must not be empty (from environment variable KIOSK_SECRET_KEY)" in str(e.value)


def test_broken_toml_and_missing_explicit_file(kiosk_env, tmp_path):
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_settings(write(tmp_path, "partner_id = \n"))
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "missing.toml")


def test_bad_json_in_an_environment_list(kiosk_env):
    kiosk_env.setenv("KIOSK_ALLOWED_HOSTS", "webshop.betgames.tv")
    with pytest.raises(ConfigError) as e:
        load_settings()
    assert "KIOSK_ALLOWED_HOSTS" in str(e.value) and "JSON" in str(e.value)


def test_plain_http_only_for_loopback(kiosk_env):
    kiosk_env.setenv("KIOSK_AUTH_URL", "http://api.betgames.tv/s/api/v2/webshop/auth")
    with pytest.raises(ConfigError, match="must use https"):
        load_settings()
    kiosk_env.setenv("KIOSK_AUTH_URL", "http://127.0.0.1:8765/s/api/v2/webshop/auth")
    assert load_settings().auth_url.startswith("http://127.0.0.1")


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.1.2.3", True), ("localhost", True), ("::1", True), ("[::1]", True),
    ("127.example.com", False), ("127.0.0.1.nip.io", False), ("128.0.0.1", False), ("webshop.betgames.tv", False),
])
def test_loopback_means_a_loopback_address_not_a_name_that_starts_with_127(host, loopback):
    from kiosk.sandbox.server import is_loopback
    from kiosk.settings import is_loopback_host

    assert is_loopback_host(host) is loopback
    assert is_loopback(host) is loopback


def test_plain_http_to_a_127_lookalike_name_is_refused(kiosk_env):
    kiosk_env.setenv("KIOSK_AUTH_URL", "http://127.example.com/s/api/v2/webshop/auth")
    with pytest.raises(ConfigError, match="must use https"):
        load_settings()


@pytest.mark.parametrize("value", ["Ctrl+Alt+Bogus", "Ctrl+Alt+TT", "Ctrl+Alt+Minus", "Ctrl+Alt+PageUpp",
                                   "Shift+T", "Ctrl+Alt+F36"])
def test_a_technician_chord_qt_cannot_read_is_a_configuration_error(kiosk_env, value):
    kiosk_env.setenv("KIOSK_TECHNICIAN_KEYS", value)
    with pytest.raises(ConfigError, match="KIOSK_TECHNICIAN_KEYS"):
        load_settings()


@pytest.mark.parametrize("value, canonical", [("ctrl+alt+shift+t", "Ctrl+Alt+Shift+T"),
                                              ("Ctrl+Alt+escape", "Ctrl+Alt+Esc"), ("Alt+F9", "Alt+F9"),
                                              ("ctrl+alt+pageup", "Ctrl+Alt+PgUp")])
def test_technician_chords_are_written_the_way_qt_reads_them(kiosk_env, value, canonical):
    kiosk_env.setenv("KIOSK_TECHNICIAN_KEYS", value)
    assert load_settings().technician_keys == canonical
