"""Setting a terminal up in broker mode: the touch screen and `kiosk setup` give the identity to the broker,
never to kiosk.toml. (As the desktop user, with the PIN the broker checks: tests/system/test_broker_users.py.)"""

from __future__ import annotations

import os
import tomllib

import pytest

from kiosk.broker.identity import read_identity
from kiosk.broker.provision import RootPaths
from kiosk.broker.store import IdentityStore, Sources
from kiosk.cli import main
from kiosk.pin import hash_pin
from kiosk.sandbox import Sandbox
from kiosk.settings import ConfigSource
from kiosk.ui.setup import SetupFlow, _door
from kiosk.worker import TaskManager
from tests.gui.test_setup import enter_pin, tap
from tests.helpers.broker import SECRET, RunningBroker, identity_values, write_toml
from tests.helpers.fixtures import WAIT

PIN = "482916"
PIN_HASH = hash_pin(PIN)


@pytest.fixture
def upstream():
    with Sandbox(secret_key=SECRET) as sandbox:
        yield sandbox


@pytest.fixture
def broker(tmp_path, upstream):
    """A broker holding the sandbox's identity and the technician PIN's hash."""
    running = RunningBroker(tmp_path, upstream, identity_over={"technician_pin": PIN_HASH})
    yield running
    running.stop()


@pytest.fixture
def tasks(qtbot):
    t = TaskManager()
    yield t
    t.shutdown()


def kiosk_toml(tmp_path, upstream, broker_path):
    return write_toml(tmp_path / "kiosk.toml", {"broker": str(broker_path), "technician_pin": PIN_HASH,
                                                "allowed_hosts": [upstream.address], "auth_url": upstream.auth_url})


def test_the_touch_screen_shows_what_the_broker_holds_and_saves_the_identity_to_it(
        qtbot, kiosk_env, tmp_path, upstream, broker, tasks):
    root = tmp_path / "root"
    kiosk_env.setenv("DPKG_ROOT", str(root))  # root's writes land here, not in this machine's /etc
    cfg = kiosk_toml(tmp_path, upstream, broker.path)
    config = ConfigSource.of_process(cfg)
    flow = SetupFlow(config, _door(config), tasks)
    qtbot.addWidget(flow)
    flow.resize(1280, 800)
    flow.show()
    enter_pin(qtbot, flow.gate, PIN)
    form = flow.form
    qtbot.waitUntil(lambda: form.held is not None, timeout=WAIT)
    assert form.edits["shop_name"].text() == identity_values(upstream)["shop_name"]
    assert form.edits["partner_id"].text() == str(upstream.partner_id)
    assert form.edits["secret_key"].text() == "" and form.edits["secret_key"].placeholderText() == "held by the broker"
    assert "and the broker" in form.where.text()
    form.edits["shop_name"].setText("Kaunas, Laisvės al. 1")
    with qtbot.waitSignal(flow.finished, timeout=WAIT):
        tap(qtbot, form, "setup_save")
    assert broker.service.identity.shop_name == "Kaunas, Laisvės al. 1", "the running broker uses it at once"
    held = IdentityStore(Sources(tmp_path / "state")).load()  # and keeps it across a restart
    assert held is not None and held.shop_name == "Kaunas, Laisvės al. 1"
    assert held.secret_key == upstream.secret_key, "an empty secret field keeps the broker's secret"
    saved = tomllib.loads(cfg.read_text(encoding="utf-8"))
    assert not {"secret_key", "partner_id", "shop_name", "pos_name", "user_name"} & set(saved), saved
    assert saved["broker"] == str(broker.path) and saved["allowed_hosts"] == [upstream.address]
    assert upstream.secret_key not in cfg.read_text()


def test_kiosk_setup_as_root_tests_and_writes_the_brokers_identity_not_kiosk_toml(
        kiosk_env, tmp_path, upstream, capsys):
    if os.geteuid() != 0:
        pytest.fail("run as root (CI does): kiosk setup as root writes root's identity file")
    root = tmp_path / "root"
    kiosk_env.setenv("DPKG_ROOT", str(root))
    cfg = kiosk_toml(tmp_path, upstream, tmp_path / "no-broker-yet.sock")
    secret_file = tmp_path / "secret"
    secret_file.write_text(upstream.secret_key + "\n")
    code = main(["setup", "--config", str(cfg), "--partner-id", str(upstream.partner_id), "--shop-name", "Shop 7",
                 "--pos-name", "POS 1", "--user-name", "John Smith", "--auth-url", upstream.auth_url,
                 "--allowed-hosts", upstream.address, "--secret-key-file", str(secret_file)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "✓ accepted" in out.out and "Wrote the broker's identity to" in out.out
    held = read_identity(RootPaths(root).plain)
    assert held is not None, out.out
    assert held is not None and (held.secret_key, held.shop_name) == (upstream.secret_key, "Shop 7")
    text = cfg.read_text()
    assert upstream.secret_key not in text and "Shop 7" not in text and "broker = " in text

