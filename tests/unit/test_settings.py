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


# ---- the one configuration source ---------------------------------------------------------------------
def test_a_source_reads_its_own_environment_not_the_processes(kiosk_env, tmp_path):
    from kiosk.settings import ConfigSource

    cfg = write(tmp_path, 'shop_name = "From file"\nzoom = 1.5\n')
    kiosk_env.setenv("KIOSK_ZOOM", "3")  # the process's, not this source's
    source = ConfigSource(cfg, explicit=True, environ={"KIOSK_SHOP_NAME": "From env", "PATH": "/bin"})
    s = source.load()
    assert s.shop_name == "From env" and s.zoom == 1.5
    assert source.env_settings() == ["shop_name"] and source.env_value("shop_name") == "From env"
    assert source.overriding(zoom="2").load().zoom == 2.0 and source.load().zoom == 1.5


def test_secrets_taken_out_of_the_environment_still_count_as_set_there_and_never_show(kiosk_env, tmp_path):
    import os

    from kiosk.settings import ConfigSource, take_secrets_from_environ

    kiosk_env.setenv("KIOSK_SECRET_KEY", "s3cret-never-shown")
    kiosk_env.setenv("KIOSK_PARTNER_ID", "7")
    source = ConfigSource.of_process(write(tmp_path, 'secret_key = "from the file"\n'))
    assert take_secrets_from_environ() == {"KIOSK_SECRET_KEY": "s3cret-never-shown"}
    assert "KIOSK_SECRET_KEY" not in os.environ
    assert source.load().secret_key.get_secret_value() == "s3cret-never-shown"  # the environment still wins
    assert source.origin("secret_key", in_file=True) == "from environment variable KIOSK_SECRET_KEY"
    assert "s3cret" not in repr(source) and "s3cret" not in str(source)


def test_problems_are_records_and_the_error_says_the_same_sentences(kiosk_env, tmp_path):
    from kiosk.settings import ConfigSource, Problem

    cfg = write(tmp_path, 'partner_id = "abc"\nshop_nme = "typo"\n')
    settings, problems = ConfigSource(cfg, environ={"KIOSK_SECRET_KEY": " "}).check(require=("pos_name",))
    assert settings is None
    assert problems == [
        Problem("partner_id", "Input should be a valid integer, unable to parse string as an integer",
                f"from {cfg}, key 'partner_id'", "'abc'"),
        Problem("secret_key", "must not be empty", "from environment variable KIOSK_SECRET_KEY"),  # no value: a secret
        Problem(None, f"'shop_nme' in {cfg} is not a setting the kiosk knows (check the spelling; keys are lower case)"),
        Problem("pos_name", "is required", f"not set: set environment variable KIOSK_POS_NAME or key 'pos_name' in {cfg}"),
    ]
    assert [p.name for p in problems] == ["KIOSK_PARTNER_ID", "KIOSK_SECRET_KEY", "config_file", "KIOSK_POS_NAME"]
    assert str(ConfigError(problems)).splitlines() == [
        "The kiosk configuration has 4 problem(s):",
        "  - KIOSK_PARTNER_ID: Input should be a valid integer, unable to parse string as an integer, got 'abc' "
        f"(from {cfg}, key 'partner_id')",
        "  - KIOSK_SECRET_KEY: must not be empty (from environment variable KIOSK_SECRET_KEY)",
        f"  - 'shop_nme' in {cfg} is not a setting the kiosk knows (check the spelling; keys are lower case)",
        f"  - KIOSK_POS_NAME: is required (not set: set environment variable KIOSK_POS_NAME or key 'pos_name' in {cfg})",
    ]
    assert problems[0].sentence(with_value=False) == ("KIOSK_PARTNER_ID: Input should be a valid integer, unable to "
                                                      f"parse string as an integer (from {cfg}, key 'partner_id')")


def test_what_can_be_read_of_a_broken_configuration(kiosk_env, tmp_path):
    from kiosk.settings import ConfigSource

    cfg = write(tmp_path, 'screen = 2\nfullscreen = "sometimes"\nhealth_port = 9100\nzoomm = 2\n'
                          'paper_width_mm = 58\nprint_margins_mm = 20\n')
    source = ConfigSource(cfg, environ={"KIOSK_HEALTH_PORT": "70000", "KIOSK_DATA_DIR": str(tmp_path / "d")})
    with pytest.raises(ConfigError):
        source.load()
    usable = source.usable()  # each bad setting takes its default; the rest as given
    assert usable.screen == 2 and usable.fullscreen is True and usable.health_port == 0
    assert usable.data_dir == tmp_path / "d" and usable.paper_width_mm == 58 and usable.print_margins_mm == 0
    cfg.write_text("screen = \n", encoding="utf-8")  # not TOML at all: the environment alone
    assert source.usable().data_dir == tmp_path / "d" and source.usable().screen == 0


def test_a_form_checked_before_its_file_exists_is_not_a_missing_file(kiosk_env, tmp_path):
    from kiosk.settings import ConfigSource

    source = ConfigSource(tmp_path / "new.toml", explicit=True)
    assert "does not exist" in source.check()[1][0].message  # `kiosk run --config new.toml`: a typo
    settings, problems = source.check({"zoom": 2.0, "printer": None})  # `kiosk setup --config new.toml`: it will be
    assert problems == [] and settings is not None and settings.zoom == 2.0
