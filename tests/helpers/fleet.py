"""Helpers for the fleet tests: installer/ansible's playbooks run with ansible-playbook over the chroot
connection (community.general.chroot) against Debian 13 roots (tests/helpers/debroot.py), and a terminal's
graphical session started the way the role set it up (LightDM's autologin), on a real X server.

No systemd runs here, so "LightDM logs the user in" is done by reading what the role wrote
(/etc/lightdm/lightdm.conf.d/50-betshop-kiosk.conf: autologin-user, autologin-session) and running that
session's Exec line through Debian's /etc/X11/Xsession as that user, as LightDM would.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from tests.helpers.debroot import ROOT, run
from tests.helpers.xserver import xvfb

PLAYBOOKS = ROOT / "installer" / "ansible"
LIGHTDM_CONF = "etc/lightdm/lightdm.conf.d/50-betshop-kiosk.conf"


def private_archives(root: Path) -> None:
    """Give the root its own apt archive directory instead of the shared cache mounted_root binds in: apt
    locks that directory, and Ansible installs into several roots at once (as other test runs may)."""
    archives = root / "var/cache/apt/archives"
    subprocess.run(["umount", str(archives)], capture_output=True)
    assert not os.path.ismount(archives), f"{archives} is still the shared cache"
    (archives / "partial").mkdir(parents=True, exist_ok=True)


def ansible_tool(name: str) -> Path:
    tool = Path(sys.executable).parent / name
    assert tool.exists(), f"{name} is missing: pip install -e '.[fleet]' (./dev.sh installs it)"
    return tool


def playbook(inventory: Path, play: str, *args: str, vault_password: Path | None = None,
             timeout: float = 1500) -> tuple[int, str]:
    """Run ``ansible-playbook -i INVENTORY PLAY ARGS`` from installer/ansible; (exit code, all output)."""
    cmd = [ansible_tool("ansible-playbook"), "-i", inventory, play, *args]
    if vault_password is not None:
        cmd += ["--vault-password-file", vault_password]
    env = {**os.environ, "ANSIBLE_NOCOLOR": "1", "ANSIBLE_FORCE_COLOR": "0", "PYTHONWARNINGS": "ignore",
           "ANSIBLE_HOST_KEY_CHECKING": "0", "ANSIBLE_LOCAL_TEMP": str(inventory.parent / "ansible-tmp")}
    done = subprocess.run([str(c) for c in cmd], cwd=PLAYBOOKS, env=env, capture_output=True, text=True,
                          timeout=timeout)
    return done.returncode, done.stdout + done.stderr


def recap(output: str) -> dict[str, dict[str, int]]:
    """PLAY RECAP's counts by host: {'shop-1': {'ok': 40, 'changed': 0, 'failed': 0, ...}}."""
    counts = {}
    for host, rest in re.findall(r"^(\S+)\s+:\s+(ok=.*)$", output.split("PLAY RECAP", 1)[-1], re.M):
        counts[host] = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", rest)}
    return counts


@contextlib.contextmanager
def x_server():
    """A bare X server (Xvfb) that any user may use, as a kiosk's X session has its own; yields ':N'."""
    with xvfb("-ac") as name:
        yield name


def autologin(root: Path) -> tuple[str, list[str]]:
    """The user LightDM logs in and the command of the session it starts, from the files the role wrote."""
    conf = configparser.ConfigParser(interpolation=None)
    conf.read(root / LIGHTDM_CONF)
    seat = conf["Seat:*"]
    user, session = seat["autologin-user"], seat["autologin-session"]
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(root / f"usr/share/xsessions/{session}.desktop")
    return user, desktop["Desktop Entry"]["Exec"].split()


@contextlib.contextmanager
def graphical_session(root: Path, display: str, log: Path, *, user: str | None = None, **env: str):
    """The autologin session of ``root`` running as its user on ``display`` (the X socket bind-mounted into
    the root); yields the Popen. Ends it (the whole process group) afterwards. With ``user`` (a root set up
    without the role's autologin), that user's X session is the package's kiosk session itself."""
    if user is None:
        user, command = autologin(root)
        wrapper = ["/etc/X11/Xsession", " ".join(command)]  # as LightDM runs a session on Debian
    else:
        wrapper = ["/opt/betshop-kiosk/support/kiosk-session", "--session"]
    entry = run(["chroot", root, "getent", "passwd", user]).stdout.strip().split(":")
    uid, gid, home = entry[2], entry[3], entry[5]
    sockets = root / "tmp/.X11-unix"
    sockets.mkdir(parents=True, exist_ok=True)
    run(["mount", "--bind", "/tmp/.X11-unix", sockets])
    session_env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "USER": user, "LOGNAME": user,
                   "SHELL": "/bin/bash", "LANG": "C.UTF-8", "DISPLAY": display, "XDG_SESSION_TYPE": "x11",
                   "XDG_SESSION_DESKTOP": "betshop-kiosk", "XDG_CURRENT_DESKTOP": "betshop-kiosk",
                   # Tests only (the chroot has no user namespaces for Chromium's sandbox); never the product.
                   "QTWEBENGINE_DISABLE_SANDBOX": "1", **env}
    with log.open("ab") as out:
        process = subprocess.Popen(["chroot", f"--userspec={uid}:{gid}", str(root), "/usr/bin/env", "-i",
                                    *(f"{k}={v}" for k, v in session_env.items()), *wrapper],
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        _kill_user_processes(root, int(uid))
        subprocess.run(["umount", "-l", str(sockets)], capture_output=True)


def _kill_user_processes(root: Path, uid: int) -> None:
    """Whatever the session left behind in this root (a kiosk it restarted lives in its own group)."""
    here = os.stat(root)
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            st = os.stat(proc / "root")
            if proc.stat().st_uid == uid and (st.st_dev, st.st_ino) == (here.st_dev, here.st_ino):
                os.kill(int(proc.name), signal.SIGKILL)
        except (OSError, ValueError):
            continue
