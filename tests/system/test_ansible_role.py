"""installer/ansible's role applied for real: ansible-playbook over the chroot connection to a fresh overlay of
the cached Debian 13 root, the package from a signed repository served on loopback, the secret from
ansible-vault, in broker mode (the role's default: the identity and the secret in root's credential file for the
kiosk broker, never in the desktop user's kiosk.toml).

The first run changes things, the second changes nothing, ``--check --diff`` on the configured root reports no
change, no secret appears in any of their output, the files the role wrote are what LightDM, systemd, the
kiosk and Prometheus read, and the kiosk, started the way the role set it up (LightDM's autologin session as
the desktop user it created, with the settings it wrote, its link asked of the broker the package installed,
started as its units say with the identity the role wrote), reaches ready against the sandbox, its /metrics
reachable over TLS with basic auth as the web config says.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import ssl
import stat
import subprocess
import time
import tomllib
from pathlib import Path

import bcrypt
import httpx
import pytest
import yaml

from kiosk.broker.identity import read_identity
from kiosk.sandbox import Sandbox
from tests.helpers.aptrepo import AptRepo, build_system_deb
from tests.helpers.broker import installed_broker
from tests.helpers.debroot import base_root, chroot_env, dependency_layer, free_port, health, mounted_root, run
from tests.helpers.fleet import (
    LIGHTDM_CONF,
    ansible_tool,
    graphical_session,
    playbook,
    private_archives,
    recap,
    x_server,
)

pytestmark = pytest.mark.slow

SHOP, POS, USER = "Vilnius, Gedimino pr. 5", "Computer #3", "Cashier \"Ona\""
DESKTOP_USER = "kasa"


@pytest.fixture(scope="module")
def secret() -> str:
    return "fleet-" + secrets.token_hex(16)


@pytest.fixture(scope="module")
def sandbox(secret):
    with Sandbox(secret_key=secret, partner_id=4321) as sb:
        yield sb


@pytest.fixture(scope="module")
def tls(tmp_path_factory) -> dict[str, str]:
    d = tmp_path_factory.mktemp("tls")
    run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", d / "key.pem",
         "-out", d / "cert.pem"])
    return {"cert": (d / "cert.pem").read_text(), "key": (d / "key.pem").read_text(), "cafile": str(d / "cert.pem")}


@pytest.fixture(scope="module")
def configured(tmp_path_factory, secret, sandbox, tls):
    """A Debian 13 root the role was applied to twice, then in --check --diff mode; the three outputs."""
    if os.geteuid() != 0:
        pytest.fail("this test applies the role to a Debian 13 root over chroot: run it as root (CI does)")
    started = time.monotonic()
    work = tmp_path_factory.mktemp("ansible")
    deb = build_system_deb(work)
    repo = AptRepo(work)
    repo.publish(deb)
    repo.serve()
    base = base_root()
    layer = dependency_layer(base, " ".join(run(["dpkg-deb", "-f", deb, "Depends"]).stdout.split()))
    ports = {"health": free_port(), "metrics": free_port()}
    try:
        with mounted_root([layer, base] if layer else [base], work / "terminal") as (root, _overlaid):
            private_archives(root)
            inventory = write_inventory(work / "inventory", root, repo, sandbox, secret, tls, ports)
            outputs = []
            for args in (("-v",), (), ("--check",)):
                code, output = playbook(inventory / "hosts.yml", "site.yml", "--diff", *args,
                                        vault_password=inventory.parent / "vault-password")
                (work / f"run{len(outputs) + 1}.log").write_text(output)
                assert code == 0, f"ansible-playbook {' '.join(args)} exited {code}:\n{output[-6000:]}"
                outputs.append(output)
            print(f"\nrole applied three times to a fresh Debian 13 root in {time.monotonic() - started:.0f} s")
            yield {"root": root, "outputs": outputs, "inventory": inventory, "ports": ports, "work": work}
    finally:
        repo.stop()


def write_inventory(inventory: Path, root: Path, repo: AptRepo, sandbox: Sandbox, secret: str, tls: dict,
                    ports: dict) -> Path:
    hashed = bcrypt.hashpw(b"scrape-pass", bcrypt.gensalt(rounds=4)).decode()
    group = inventory / "group_vars/betshop_kiosks"
    group.mkdir(parents=True)
    (inventory / "host_vars").mkdir()
    (inventory / "hosts.yml").write_text(yaml.safe_dump({"betshop_kiosks": {"hosts": {"shop-1": {
        "ansible_connection": "community.general.chroot", "ansible_host": str(root), "ansible_become": False,
    }}}}))
    (group / "main.yml").write_text(yaml.safe_dump({
        "betshop_kiosk_partner_id": sandbox.partner_id,
        "betshop_kiosk_auth_url": sandbox.auth_url,
        "betshop_kiosk_allowed_hosts": [sandbox.address],
        "betshop_kiosk_repo_url": repo.url,
        "betshop_kiosk_repo_key": repo.public_key,
        "betshop_kiosk_health_port": ports["health"],
        "betshop_kiosk_metrics_listen": f"127.0.0.1:{ports['metrics']}",
        "betshop_kiosk_metrics_allow": ["127.0.0.1/32"],
        "betshop_kiosk_metrics_basic_auth_users": {"prometheus": hashed},
        "betshop_kiosk_metrics_tls_cert": tls["cert"],
        "betshop_kiosk_file_sd_path": str(inventory.parent / "file_sd" / "betshop-kiosk.json"),
        "betshop_kiosk_settings": {"fullscreen": False, "daily_restart": ""},
    }))
    (inventory / "host_vars/shop-1.yml").write_text(yaml.safe_dump({
        "betshop_kiosk_shop_name": SHOP, "betshop_kiosk_pos_name": POS, "betshop_kiosk_user_name": USER,
        "betshop_kiosk_desktop_user": DESKTOP_USER, "betshop_kiosk_scrape_address": "10.20.1.11",
    }))
    (inventory.parent / "vault-password").write_text(secrets.token_hex(16) + "\n")
    vault = group / "vault.yml"
    vault.write_text(yaml.safe_dump({"betshop_kiosk_secret_key": secret, "betshop_kiosk_metrics_tls_key": tls["key"]}))
    run([ansible_tool("ansible-vault"), "encrypt", "--vault-password-file", inventory.parent / "vault-password", vault],
        env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert secret not in vault.read_text()
    return inventory


@pytest.mark.timeout(2400)  # a cold run makes the Debian root and its dependency layer first
def test_the_first_run_changes_the_second_and_check_mode_change_nothing(configured):
    first, second, check = (recap(o)["shop-1"] for o in configured["outputs"])
    assert first["failed"] == 0 and first["changed"] >= 10, first
    assert second["changed"] == 0 and second["failed"] == 0, f"not idempotent:\n{changed_tasks(configured['outputs'][1])}"
    assert check["changed"] == 0 and check["failed"] == 0, f"--check sees changes:\n{changed_tasks(configured['outputs'][2])}"


def changed_tasks(output: str) -> str:
    blocks = output.split("\nTASK [")
    return "\n".join("TASK [" + b[:600] for b in blocks if "\nchanged:" in b)


def test_no_secret_reaches_the_playbooks_output(configured, secret, sandbox, tls):
    hashed = hashlib.sha256(f"{secret}{sandbox.partner_id}".encode()).hexdigest()
    key_body = "".join(tls["key"].strip().splitlines()[1:-1])
    for n, output in enumerate(configured["outputs"], 1):
        assert secret not in output, f"run {n} printed the secret"
        assert hashed not in output.lower(), f"run {n} printed the hash"
        assert key_body[:40] not in output.replace("\n", ""), f"run {n} printed the metrics TLS key"
        assert "TASK [betshop_kiosk : Partner identity and secret to the kiosk broker (root's, 0600)]" in output
    assert "censored" in configured["outputs"][0]  # run 1 is verbose (-v): Ansible says what it held back


def test_the_files_the_role_wrote(configured, secret, sandbox):
    root, ports = configured["root"], configured["ports"]
    passwd = {line.split(":")[0]: line.split(":") for line in (root / "etc/passwd").read_text().splitlines()}
    uid, gid = int(passwd[DESKTOP_USER][2]), int(passwd[DESKTOP_USER][3])
    assert passwd[DESKTOP_USER][5] == f"/home/{DESKTOP_USER}" and (root / f"home/{DESKTOP_USER}").is_dir()

    config = root / "etc/xdg/betshop-kiosk/kiosk.toml"
    st = config.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (uid, gid, 0o600)
    values = tomllib.loads(config.read_text())
    # Broker mode: the desktop user's file names the broker's socket and holds neither the secret nor the identity.
    assert values["broker"] == "/run/betshop-kiosk/broker.sock" and secret not in config.read_text()
    assert not {"secret_key", "partner_id", "shop_name", "pos_name", "user_name"} & set(values), values
    credential = root / "etc/credstore/betshop-kiosk-identity"
    for path, mode in ((credential, 0o600), (credential.parent, 0o700)):
        st = path.stat()
        assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (0, 0, mode), path
    identity = read_identity(credential)  # what the broker reads from it
    assert identity is not None and identity.secret_key == secret and identity.partner_id == sandbox.partner_id
    assert (identity.shop_name, identity.pos_name, identity.user_name) == (SHOP, POS, USER)
    assert (identity.auth_url, list(identity.allowed_hosts)) == (sandbox.auth_url, [sandbox.address])
    assert (root / "etc/systemd/system/betshop-kiosk-broker.service.d/10-desktop-user.conf").read_text().endswith(
        f"Environment=BETSHOP_KIOSK_DESKTOP_USER={DESKTOP_USER}\n")
    assert values["health_port"] == ports["health"] and values["metrics_listen"] == f"127.0.0.1:{ports['metrics']}"
    assert values["metrics_web_config"] == "/etc/xdg/betshop-kiosk/metrics-web.yml"
    assert values["fullscreen"] is False and values["daily_restart"] == ""
    web = root / "etc/xdg/betshop-kiosk/metrics-web.yml"
    assert stat.S_IMODE(web.stat().st_mode) == 0o640 and web.stat().st_gid == gid
    assert set(yaml.safe_load(web.read_text())) == {"tls_server_config", "basic_auth_users"}
    key = root / "etc/xdg/betshop-kiosk/metrics-key.pem"
    assert (key.stat().st_uid, key.stat().st_gid, stat.S_IMODE(key.stat().st_mode)) == (0, gid, 0o640)

    sources = (root / "etc/apt/sources.list.d/betshop-kiosk.sources").read_text()
    assert "Signed-By: /etc/apt/keyrings/betshop-kiosk.asc" in sources and "Types: deb" in sources
    assert (root / "etc/apt/keyrings/betshop-kiosk.asc").read_text().startswith("-----BEGIN PGP PUBLIC KEY BLOCK")
    policy = run(["chroot", root, "apt-cache", "policy", "betshop-kiosk-system"], env=chroot_env()).stdout
    assert "***" in policy and "127.0.0.1" in policy, policy  # installed from the partner's repository

    assert (root / "etc/systemd/user/betshop-kiosk.service.d/10-desktop-user.conf").read_text().endswith(
        f"ConditionUser={DESKTOP_USER}\n")
    lightdm = (root / LIGHTDM_CONF).read_text()
    assert f"autologin-user={DESKTOP_USER}\n" in lightdm and "autologin-session=betshop-kiosk\n" in lightdm
    assert (root / "usr/share/xsessions/betshop-kiosk.desktop").is_file()
    assert os.readlink(root / "etc/systemd/system/display-manager.service") == "/usr/lib/systemd/system/lightdm.service"
    assert os.readlink(root / "etc/systemd/system/default.target") == "/usr/lib/systemd/system/graphical.target"
    # This machine's systemd may be older than Debian 13's and grumble about other units' newer keys: only
    # what it says about the display manager the role enabled counts.
    verified = subprocess.run(["systemd-analyze", f"--root={root}", "verify", "--man=no", "display-manager.service"],
                              capture_output=True, text=True)
    complaints = [line for line in (verified.stdout + verified.stderr).splitlines()
                  if "lightdm" in line.lower() or "display-manager" in line]
    assert not complaints, verified.stdout + verified.stderr

    targets = json.loads((configured["work"] / "file_sd/betshop-kiosk.json").read_text())
    assert targets == [{"targets": [f"10.20.1.11:{ports['metrics']}"],
                        "labels": {"shop": SHOP, "pos": POS, "terminal": "shop-1"}}]


@pytest.mark.timeout(600)
def test_the_kiosk_started_as_the_role_set_it_up_reaches_ready(configured, sandbox, tls):
    root, ports = configured["root"], configured["ports"]
    log = configured["work"] / "session.log"
    with installed_broker(root, configured["work"] / "broker.log"), x_server() as display, \
            graphical_session(root, display, log) as session:
        seen = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and session.poll() is None:
            seen = health(ports["health"]) or seen
            if seen and seen.get("state") == "ready":
                break
            time.sleep(0.5)
        tail = log.read_text(errors="replace")[-4000:]
        assert seen and seen["state"] == "ready", f"{seen}\n{tail}"
        assert seen["metrics_listen"] == {"address": f"127.0.0.1:{ports['metrics']}", "tls": True, "basic_auth": True,
                                          "error": None}
        # Logged in as the inventory's shop, POS and user, with the partner id and secret the role gave the broker.
        assert [(s["shop_name"], s["pos_name"], s["user_name"]) for s in sandbox.sessions][-1:] == [(SHOP, POS, USER)]
        kiosk_log = root / f"home/{DESKTOP_USER}/.local/share/betshop-kiosk/logs/kiosk.log"
        assert "autologin link received through the broker" in kiosk_log.read_text(errors="replace")
        url = f"https://127.0.0.1:{ports['metrics']}/metrics"
        with httpx.Client(verify=ssl.create_default_context(cafile=tls["cafile"]), timeout=5) as client:
            assert client.get(url, auth=("prometheus", "scrape-pass")).status_code == 200
            assert client.get(url, auth=("prometheus", "wrong")).status_code == 401
        pid = kiosk_pid(root)
        uid = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                   if line.startswith("Uid:"))
        desktop_uid = int(run(["chroot", root, "id", "-u", DESKTOP_USER]).stdout)
        args = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        # The launcher /opt/betshop-kiosk/kiosk runs the current release's (docs/it/updates.md).
        assert uid == desktop_uid and re.search(r"/opt/betshop-kiosk/releases/[^/ ]+/kiosk run\b", args), (uid, args)


def kiosk_pid(root: Path) -> int:
    here = os.stat(root)
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            st = os.stat(proc / "root")
            if (proc / "comm").read_text().strip() == "kiosk" and (st.st_dev, st.st_ino) == (here.st_dev, here.st_ino) \
                    and b"\0run" in (proc / "cmdline").read_bytes():  # `kiosk run`, not the broker (also "kiosk")
                return int(proc.name)
        except OSError:
            continue
    raise AssertionError("no kiosk process in the root")
