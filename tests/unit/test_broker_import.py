"""`kiosk broker import`: the secret leaves kiosk.toml only once the broker is seen to hold it."""

from __future__ import annotations

import pytest

from kiosk.broker.client import link_source
from kiosk.broker.protocol import Op
from kiosk.broker.store import CREDENTIAL_PLAIN, IdentityStore, Sources
from kiosk.cli import main
from kiosk.sandbox import Sandbox
from kiosk.settings import load_settings
from tests.helpers.broker import SECRET, RunningBroker, identity_values, write_toml

COMMENT = "# the shop's own note, kept\n"


@pytest.fixture
def upstream():
    with Sandbox(secret_key=SECRET) as sandbox:
        yield sandbox


@pytest.fixture
def kiosk_toml(tmp_path, upstream):
    """Today's kiosk.toml: the whole identity, secret included, and a comment."""
    path = write_toml(tmp_path / "kiosk.toml", {**identity_values(upstream), "health_port": 0})
    path.write_text(COMMENT + path.read_text(encoding="utf-8"), encoding="utf-8")
    path.chmod(0o600)
    return path


def test_import_moves_the_secret_and_the_kiosk_still_logs_in(kiosk_env, tmp_path, upstream, kiosk_toml, capsys):
    broker = RunningBroker(tmp_path)
    try:
        assert main(["broker", "import", "--config", str(kiosk_toml), "--socket", str(broker.path)]) == 0
        text = kiosk_toml.read_text(encoding="utf-8")
        assert upstream.secret_key not in text and "secret_key" not in text
        assert f'broker = "{broker.path}"' in text and COMMENT in text and "health_port = 0" in text
        assert "Moved the partner secret out of" in capsys.readouterr().out
        settings = load_settings(kiosk_toml)  # valid in broker mode
        assert settings.broker == str(broker.path) and settings.secret_key is None
        link = link_source(settings).request_link()
        assert link.user_id == 6280 and upstream.counters["auth_ok"] == 1
    finally:
        broker.stop()
    kept = IdentityStore(Sources(tmp_path / "state")).load()
    assert kept is not None and kept.secret_key == upstream.secret_key, "the broker keeps it across a restart"


def test_with_no_broker_running_nothing_changes(kiosk_env, tmp_path, kiosk_toml, capsys):
    before = kiosk_toml.read_bytes()
    assert main(["broker", "import", "--config", str(kiosk_toml), "--socket", str(tmp_path / "none.sock")]) == 1
    assert kiosk_toml.read_bytes() == before
    assert "Nothing was changed; the secret stays in" in capsys.readouterr().err


def test_with_the_broker_stopped_in_the_middle_the_secret_stays_in_kiosk_toml(kiosk_env, tmp_path, kiosk_toml, capsys):
    before = kiosk_toml.read_bytes()
    seen = []

    def stop_after_the_hand_over(op, _role):
        seen.append(op)
        if op is Op.SET_IDENTITY:  # the broker took the identity, then stops: nothing answers the confirmation
            broker.server.shutdown()
            broker.thread.join(5)

    broker = RunningBroker(tmp_path, before_answer=stop_after_the_hand_over)
    try:
        assert main(["broker", "import", "--config", str(kiosk_toml), "--socket", str(broker.path)]) == 1
    finally:
        broker.stop()
    assert Op.SET_IDENTITY in seen
    assert kiosk_toml.read_bytes() == before, "not confirmed, so not removed"
    assert "the secret stays in" in capsys.readouterr().err


def test_an_identity_the_broker_would_refuse_is_not_moved(kiosk_env, tmp_path, kiosk_toml, capsys):
    kiosk_toml.write_text(kiosk_toml.read_text().replace("partner_id = ", "partner_id = -"), encoding="utf-8")
    before = kiosk_toml.read_bytes()
    broker = RunningBroker(tmp_path)
    try:
        assert main(["broker", "import", "--config", str(kiosk_toml), "--socket", str(broker.path)]) == 2
    finally:
        broker.stop()
    assert kiosk_toml.read_bytes() == before and "partner_id" in capsys.readouterr().err


def test_a_kiosk_toml_without_a_secret_has_nothing_to_move_and_gets_broker_mode(kiosk_env, tmp_path, capsys):
    path = tmp_path / "kiosk.toml"
    path.write_text('broker = "/run/betshop-kiosk/broker.sock"\n', encoding="utf-8")
    assert main(["broker", "import", "--config", str(path)]) == 0
    assert "nothing to move" in capsys.readouterr().err
    path.write_text("# not set up yet\nhealth_port = 9100\n", encoding="utf-8")
    assert main(["broker", "import", "--config", str(path), "--socket", "/run/x/broker.sock"]) == 0
    assert "turned broker mode on" in capsys.readouterr().out
    assert path.read_text() == '# not set up yet\nhealth_port = 9100\nbroker = "/run/x/broker.sock"\n'
    assert load_settings(path).broker == "/run/x/broker.sock"


def test_offline_as_root_the_installers_move_it_into_roots_credential(kiosk_env, tmp_path, upstream, kiosk_toml):
    import os

    if os.geteuid() != 0:
        pytest.fail("run as root (CI does): --offline writes root's identity file")
    root = tmp_path / "root"
    kiosk_env.setenv("DPKG_ROOT", str(root))
    assert main(["broker", "import", "--offline", "--config", str(kiosk_toml)]) == 0
    credential = root / "etc/credstore" / CREDENTIAL_PLAIN
    assert credential.stat().st_mode & 0o777 == 0o600 and credential.stat().st_uid == 0
    assert upstream.secret_key not in kiosk_toml.read_text()
    # What systemd's LoadCredential= hands the broker:
    held = IdentityStore(Sources(tmp_path / "state", credentials_dir=credential.parent)).load()
    assert held is not None and held.secret_key == upstream.secret_key
