"""The Debian 13 flavour for real: betshop-kiosk-system_*_all.deb in a real Debian 13 (trixie) root
(tests/helpers/debroot.py: debootstrap, cached between runs, an overlay per test).

The built .deb is installed with ``apt-get install ./…deb`` (its dependencies resolve from Debian:
wrong ones fail here). It runs in broker mode by default: the installed broker is started inside the
root as its unit says (its own account, the socket unit's socket passed in, the credential handed in),
with the identity ``betshop-kiosk broker import`` wrote; the installed ``betshop-kiosk run`` is started
as the desktop user the package created, offscreen, against the sandbox on this machine's loopback: it
must reach ready through the broker and report in ``/health`` that its engine (Debian's QtWebEngine,
Python 3.13, PySide6 6.8) plays H.264 and AAC; ``kiosk doctor`` passes its partner secret check.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.sandbox import Sandbox
from tests.helpers.broker import start_installed_broker
from tests.helpers.debroot import (
    ROOT,
    TEST_PACKAGES,
    base_root,
    chroot_env,
    dependency_layer,
    free_port,
    health,
    mounted_root,
    run,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def system_deb(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    done = run([ROOT / "installer/linux/build-deb.sh", "--system-qt", "--out", out, "--compress", "gzip"], timeout=300,
               env={**os.environ, "PYTHON": sys.executable})  # its publicsuffixlist goes into the .deb
    deb = Path(done.stdout.strip().splitlines()[-1])
    assert re.fullmatch(r"betshop-kiosk-system_[^_]+_all\.deb", deb.name), deb.name
    return deb


@pytest.fixture(scope="module")
def trixie(system_deb, tmp_path_factory):
    """A Debian 13 root with the package installed by apt (shared by this module's tests)."""
    if os.geteuid() != 0:
        pytest.fail("this test builds a Debian 13 root with debootstrap and chroot: run it as root (CI does)")
    started = time.monotonic()
    base = base_root()
    depends = " ".join(run(["dpkg-deb", "-f", system_deb, "Depends"]).stdout.split())
    layer = dependency_layer(base, depends)
    with mounted_root([layer, base] if layer else [base], tmp_path_factory.mktemp("trixie")) as (root, _overlaid):
        shutil.copy(system_deb, root / "tmp" / system_deb.name)
        run(["chroot", root, "apt-get", "update", "-qq"], env=chroot_env())
        run(["chroot", root, "apt-get", "install", "-y", "-qq", "--no-install-recommends", f"./tmp/{system_deb.name}"],
            env=chroot_env())
        if layer is None:
            run(["chroot", root, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *TEST_PACKAGES.split()],
                env=chroot_env())
        print(f"\nDebian 13 root ready and the .deb installed in {time.monotonic() - started:.0f} s")
        yield root


@pytest.mark.timeout(1800)  # a cold run makes the Debian root first (about 2 minutes here, more on a slow mirror)
def test_the_debian13_package_installs_reaches_ready_and_plays_h264(system_deb, trixie):
    root = trixie
    started = time.monotonic()
    installed = run(["chroot", root, "dpkg-query", "-W", "-f", "${Status} ${Version}\n",
                     "betshop-kiosk-system", "python3-pyside6.qtwebenginecore"], env=chroot_env()).stdout
    assert installed.count("install ok installed") == 2, installed
    version = run(["chroot", root, "betshop-kiosk", "--version"], env=chroot_env()).stdout
    assert version.startswith("betshop-kiosk "), version
    # The maintainer scripts ran: config written, desktop user created, the release made from the package's
    # files and byte-compiled for this Python.
    assert (root / "etc/xdg/betshop-kiosk/kiosk.toml").is_file()
    release = (root / "opt/betshop-kiosk/current").read_text().strip()
    assert list((root / f"opt/betshop-kiosk/releases/{release}/_internal/kiosk/__pycache__").glob("cli.cpython-3*.pyc"))

    # Broker mode by default: the config names the broker's socket; the broker's account and units are there.
    config = (root / "etc/xdg/betshop-kiosk/kiosk.toml").read_text()
    assert re.search(r'^broker = "/run/betshop-kiosk/broker.sock"$', config, re.M), config
    assert "betshop-kiosk-broker:" in (root / "etc/passwd").read_text()
    assert (root / "etc/systemd/system/sockets.target.wants/betshop-kiosk-broker.socket").is_symlink()

    port = free_port()
    with Sandbox() as sandbox:
        # A technician moves the identity in: root writes the broker's credential (no systemd runs here).
        identity = root / "tmp/identity.toml"
        identity.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in sandbox.kiosk_settings().items()
                                    if k in ("partner_id", "secret_key", "shop_name", "pos_name", "user_name",
                                             "auth_url", "allowed_hosts")))
        run(["chroot", root, "betshop-kiosk", "broker", "import", "--offline", "--config", "/tmp/identity.toml"],
            env=chroot_env())
        assert sandbox.secret_key not in identity.read_text()
        broker_log = root.parent / "broker.log"
        broker = start_installed_broker(root, broker_log)
        env = chroot_env(**sandbox.kiosk_env(partner_id=None, secret_key=None, shop_name=None, pos_name=None,
                                             user_name=None),
                         KIOSK_HEALTH_PORT=str(port), KIOSK_DATA_DIR="/tmp/kiosk-data", HOME="/home/kiosk",
                         QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
        log_path = root.parent / "kiosk.log"
        with log_path.open("w") as log:
            kiosk = subprocess.Popen(["chroot", "--userspec=kiosk:kiosk", str(root), "betshop-kiosk", "run"], env=env,
                                     stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            seen: dict | None = None
            try:
                deadline = time.monotonic() + 120
                while time.monotonic() < deadline and kiosk.poll() is None:
                    seen = health(port) or seen
                    if seen and seen.get("state") == "ready" and seen.get("media") is not None:
                        break
                    time.sleep(0.5)
            finally:
                if kiosk.poll() is None:
                    os.killpg(kiosk.pid, signal.SIGTERM)
                try:
                    code = kiosk.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(kiosk.pid, signal.SIGKILL)
                    code = kiosk.wait()
        output = log_path.read_text(errors="replace")
        tail = output[-4000:] + "\n--- broker:\n" + broker_log.read_text(errors="replace")[-2000:]
        assert seen is not None, f"the kiosk never answered /health (exit {code}):\n{tail}"
        assert seen["state"] == "ready", f"{seen}\n{tail}"
        assert seen["media"] == {"h264": True, "aac": True, "vp9": True, "av1": True, "opus": True}, f"{seen['media']}\n{tail}"
        assert code == 143, f"stopped by SIGTERM, the kiosk exited {code}:\n{tail}"
        assert sandbox.counters["login_page_served"] == 0
        assert "autologin link received through the broker" in output
        # The doctor on it, as the desktop user: broker mode passes; direct mode on this installed terminal fails.
        doctor_env = {k: v for k, v in env.items() if k != "KIOSK_HEALTH_PORT"}
        checks = doctor(root, doctor_env)
        assert checks["partner secret"]["status"] == "ok", checks["partner secret"]
        assert checks["partner secret"]["detail"].startswith("broker mode: the broker at /run/betshop-kiosk/broker.sock")
        direct = doctor(root, {**doctor_env, "KIOSK_BROKER": ""})["partner secret"]
        assert direct["status"] == "fail" and "readable by the desktop user" in direct["detail"]
        assert "sudo kiosk broker import" in direct["detail"]
        broker.send_signal(signal.SIGTERM)
        assert broker.wait(timeout=30) == 0, broker_log.read_text()[-2000:]
    probe = [line for line in output.splitlines() if "video:" in line]
    print(f"\nin the Debian 13 root: start → ready → probed → stopped in {time.monotonic() - started:.0f} s; "
          f".deb {system_deb.stat().st_size / 1024:.0f} KB", *probe, sep="\n")


def doctor(root: Path, env: dict[str, str]) -> dict[str, dict]:
    done = subprocess.run(["chroot", "--userspec=kiosk:kiosk", str(root), "betshop-kiosk", "doctor", "--json"], env=env,
                          capture_output=True, text=True, timeout=180)
    return {c["name"]: c for c in json.loads(done.stdout)["checks"]}


@pytest.mark.timeout(1800)
def test_the_unit_and_gui_suites_pass_on_debian13_python_and_pyside6(trixie):
    """The code runs on Debian 13's Python 3.13 and PySide6 6.8 as well as on the pinned wheels."""
    root = trixie
    src = root / "src"
    # The checkout as it is (some tests read docs/, README.md and installer/), without builds or environments.
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", ".venv*", "dist", "build", "__pycache__", "*.pyc",
                                                              ".ruff_cache", ".pytest_cache", "*.egg-info"))
    done = subprocess.run(["chroot", str(root), "sh", "-c",
                           "cd /src && python3 -m pytest -q -p no:cacheprovider -W error::DeprecationWarning "
                           # Printing needs a CUPS scheduler of its own, which a chroot sharing the host's
                           # network and cupsd cannot have: the host suite prints for real (marker "cups").
                           "-m 'not cups' tests/unit tests/gui"],
                          # publicsuffixlist, which Debian 13 does not package, as the installed kiosk finds it.
                          env=chroot_env(PYTHONPATH="/opt/betshop-kiosk/package/_internal/vendor"), capture_output=True,
                          text=True, timeout=1500)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, f"on Debian 13's Python and PySide6:\n{done.stdout[-6000:]}\n{done.stderr[-2000:]}"
    versions = run(["chroot", root, "python3", "-c", "import sys, PySide6; from PySide6 import QtWebEngineCore as w; "
                    "print(sys.version.split()[0], PySide6.__version__, w.qWebEngineChromiumVersion())"],
                   env=chroot_env()).stdout.strip()
    print(f"\nPython, PySide6, Chromium in the Debian 13 root: {versions}; {summary}")
