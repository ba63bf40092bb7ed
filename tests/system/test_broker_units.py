"""The broker's system units pass `systemd-analyze verify`, and root's identity file, plain or sealed with
systemd-creds (to a host key of the test's own, never this machine's), is what the broker reads."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.broker.identity import parse_identity
from kiosk.broker.provision import RootPaths, provision, read_sealed
from kiosk.broker.store import CREDENTIAL_PLAIN, CREDENTIAL_SEALED, IdentityStore, Sources
from kiosk.pin import hash_pin
from tests.helpers.process import clean_env

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer/linux"
UNITS = ("betshop-kiosk-broker.service", "betshop-kiosk-broker.socket")
PIN_HASH = hash_pin("246810", salt=b"0123456789abcdef")


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing (apt-get install {package}; .ci/extra-debian-packages.txt has it)")
    return path


def verify(unit_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """`systemd-analyze verify` of the units in ``unit_dir`` with /opt/betshop-kiosk/kiosk present (a private mount)."""
    need("systemd-analyze", "systemd")
    need("unshare", "util-linux")
    opt = tmp_path / "opt"
    (opt / "betshop-kiosk").mkdir(parents=True)
    kiosk = opt / "betshop-kiosk/kiosk"
    kiosk.write_text("#!/bin/sh\nexit 0\n")
    kiosk.chmod(0o755)
    units = " ".join(str(unit_dir / u) for u in UNITS)
    script = (f'mount --bind "{opt}" /opt && SYSTEMD_UNIT_PATH="{unit_dir}:" '
              f"systemd-analyze --man=no verify {units}")
    return subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                          capture_output=True, text=True, env=clean_env(), timeout=120)


@pytest.mark.skipif(os.geteuid() != 0, reason="unshare --mount needs root (CI runs as root)")
def test_the_broker_units_pass_systemd_analyze_verify(tmp_path):
    done = verify(LINUX, tmp_path / "a")
    assert done.returncode == 0 and not done.stdout.strip() and not done.stderr.strip(), done.stdout + done.stderr
    # The control: a misspelt setting is caught, so a clean run means something.
    broken = tmp_path / "units"
    broken.mkdir()
    for unit in UNITS:
        shutil.copy(LINUX / unit, broken / unit)
    service = broken / UNITS[0]
    service.write_text(service.read_text().replace("LoadCredential=", "LoadCredentail="))
    done = verify(broken, tmp_path / "b")
    assert "LoadCredentail" in done.stdout + done.stderr


def test_the_units_run_the_broker_under_its_own_account_with_its_identity_handed_in():
    service = (LINUX / UNITS[0]).read_text()
    for line in ("User=betshop-kiosk-broker", "LoadCredential=betshop-kiosk-identity",
                 "LoadCredentialEncrypted=betshop-kiosk-identity.sealed", "StateDirectory=betshop-kiosk-broker",
                 "StateDirectoryMode=0700", "ExecStart=/opt/betshop-kiosk/kiosk broker --allow-user "
                 "${BETSHOP_KIOSK_DESKTOP_USER}", "LimitCORE=0", "NoNewPrivileges=yes", "ProtectHome=yes"):
        assert f"\n{line}\n" in service, line
    assert f"LoadCredential={CREDENTIAL_PLAIN}\n" in service and f"LoadCredentialEncrypted={CREDENTIAL_SEALED}\n" in service
    socket_unit = (LINUX / UNITS[1]).read_text()
    assert "\nListenStream=/run/betshop-kiosk/broker.sock\n" in socket_unit
    assert "QTWEBENGINE" not in service + socket_unit


def identity(secret: str):
    return parse_identity({"partner_id": 4242, "secret_key": secret, "shop_name": "Vilnius, \"Gedimino\" pr. 5",
                           "pos_name": "Computer #3", "user_name": "John Smith", "technician_pin": PIN_HASH},
                          "test")


@pytest.mark.skipif(os.geteuid() != 0, reason="root's identity file is root's")
def test_root_writes_the_plain_identity_file_0600_and_it_replaces_a_handed_over_one(tmp_path):
    paths = RootPaths(tmp_path)
    paths.state_file.parent.mkdir(parents=True)
    paths.state_file.write_text("# handed over earlier\n")
    secret = secrets.token_urlsafe(24)
    sentence = provision(identity(secret), paths, seal=False)
    assert str(paths.plain) in sentence and "mode 0600" in sentence
    st = paths.plain.stat()
    assert st.st_uid == 0 and st.st_mode & 0o777 == 0o600
    assert not paths.state_file.exists() and not paths.sealed.exists()
    held = IdentityStore(Sources(tmp_path / "state", credentials_dir=paths.plain.parent)).load()
    assert held == identity(secret)


@pytest.mark.skipif(os.geteuid() != 0, reason="systemd-creds encrypts as root")
def test_sealed_with_systemd_creds_it_decrypts_to_the_identity_and_the_plain_file_goes(tmp_path, monkeypatch):
    need("systemd-creds", "systemd")
    # A host key of this test's own: the machine's /var/lib/systemd/credential.secret is not touched.
    monkeypatch.setenv("SYSTEMD_CREDENTIAL_SECRET", str(tmp_path / "host.secret"))
    paths = RootPaths(tmp_path / "root")
    paths.plain.parent.mkdir(parents=True)
    paths.plain.write_text("# the plain file before\n")
    secret = secrets.token_urlsafe(24)
    sentence = provision(identity(secret), paths, seal=True)
    assert "encrypted to this machine with systemd-creds" in sentence
    assert paths.sealed.exists() and not paths.plain.exists()
    raw = paths.sealed.read_bytes()
    assert secret.encode() not in raw and b"Gedimino" not in raw, "nothing readable at rest"
    assert paths.sealed.stat().st_mode & 0o777 == 0o600
    assert read_sealed(shutil.which("systemd-creds"), paths.sealed) == identity(secret)
    # What LoadCredentialEncrypted= hands the broker: the decrypted file under the credential's name.
    creds = tmp_path / "credentials"
    creds.mkdir()
    done = subprocess.run(["systemd-creds", "decrypt", f"--name={CREDENTIAL_SEALED}", str(paths.sealed),
                           str(creds / CREDENTIAL_SEALED)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    held = IdentityStore(Sources(tmp_path / "state", credentials_dir=creds)).load()
    assert held is not None and held.secret_key == secret
    # Another machine's key cannot open it.
    monkeypatch.setenv("SYSTEMD_CREDENTIAL_SECRET", str(tmp_path / "other-machine.secret"))
    other = subprocess.run(["systemd-creds", "decrypt", f"--name={CREDENTIAL_SEALED}", str(paths.sealed), "-"],
                           capture_output=True, timeout=60, env={**os.environ})
    assert other.returncode != 0
