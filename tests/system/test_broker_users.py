"""The broker for real: its own account, the kiosk as another user, a third user, the real sandbox (as root).

Two real users (useradd) and a third: ``kiosk broker`` runs as the account the system unit names
(``User=`` of installer/linux/betshop-kiosk-broker.service), started as systemd would start it
(the socket unit's listening socket passed in as fd 3, the credential copied to a private
``$CREDENTIALS_DIRECTORY``, ``$STATE_DIRECTORY``); ``kiosk run`` runs as the desktop user,
offscreen, in broker mode, against the sandbox. Shown: the kiosk reaches ready and survives
session expiry, the API failing, the sandbox going away and a Retry-After; nothing the desktop
user can read (files, its processes' environment and memory) holds the secret or the hash; a
third user gets nothing; 100 link requests at once reach the API at most 5 + seconds / 2 times;
``kiosk broker import`` moves a secret out of kiosk.toml, and with the broker stopped it does not.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from kiosk.autologin.session import RetryPolicy
from kiosk.autologin.webshop import autologin_hash
from kiosk.pin import hash_pin
from kiosk.sandbox import Sandbox, free_port
from tests.helpers.broker import ACTIVATE, identity_values, write_toml
from tests.helpers.process import wait_health
from tests.helpers.users import User, local_user, lookup, pids_of, python_for_others

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "installer/linux/betshop-kiosk-broker.service"
SOCKET_UNIT = ROOT / "installer/linux/betshop-kiosk-broker.socket"
PIN = "482916"
PIN_HASH = hash_pin(PIN)
# This machine's session tooling, if present: not the product's, and left alone.
NOT_SCANNED = ("/proc", "/sys", "/farm")


def unit_values(path: Path) -> dict[str, list[str]]:
    """``Key=value`` lines of a unit file (every section), values in order."""
    values: dict[str, list[str]] = {}
    for line in path.read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            values.setdefault(key.strip(), []).append(value.strip())
    return values


class Machine:
    """The users, the sandbox and a folder every user may enter; processes started as systemd would."""

    def __init__(self, base: Path, broker: User, desk: User, third: User, sandbox: Sandbox):
        self.base, self.broker_user, self.desk, self.third, self.sandbox = base, broker, desk, third, sandbox
        self.secret = sandbox.secret_key
        self.hash = autologin_hash(self.secret, sandbox.partner_id)
        self.socket = base / "run/betshop-kiosk/broker.sock"
        self.procs: dict[str, subprocess.Popen] = {}
        self.health_port = free_port()
        self.python, self.python_env = python_for_others()
        self.marker = base / "started"

    # ---- the broker, as the units say ----------------------------------------------------------
    def start_broker(self, name: str, *, credential: dict | None, state: Path) -> subprocess.Popen:
        service, sock_unit = unit_values(UNIT), unit_values(SOCKET_UNIT)
        assert lookup(service["User"][0]) == self.broker_user
        # The socket unit: root makes the folder and the socket (SocketMode=0666); the broker gets fd 3.
        listen_path = Path(sock_unit["ListenStream"][0])
        assert listen_path.name == self.socket.name
        self.socket.parent.mkdir(parents=True, exist_ok=True)
        self.socket.parent.chmod(int(sock_unit["DirectoryMode"][0], 8))
        self.socket.unlink(missing_ok=True)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(self.socket))
        self.socket.chmod(int(sock_unit["SocketMode"][0], 8))
        listener.listen(128)
        # LoadCredential=: systemd copies root's file into a folder only the unit's user can read.
        creds = self.base / f"credentials-{name}"
        creds.mkdir()
        if credential is not None:
            (ids,) = service["LoadCredential"]
            target = creds / ids
            write_toml(target, credential)
            os.chown(target, self.broker_user.uid, self.broker_user.gid)
            target.chmod(0o400)
        os.chown(creds, self.broker_user.uid, self.broker_user.gid)
        creds.chmod(0o500)
        state.mkdir(exist_ok=True)  # StateDirectory=, mode StateDirectoryMode=
        os.chown(state, self.broker_user.uid, self.broker_user.gid)
        state.chmod(int(service["StateDirectoryMode"][0], 8))
        argv = shlex.split(service["ExecStart"][0].replace("${BETSHOP_KIOSK_DESKTOP_USER}", self.desk.name))
        assert argv[0] == "/opt/betshop-kiosk/kiosk"
        argv = [*self.python, "-m", "kiosk", *argv[1:]]
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "CREDENTIALS_DIRECTORY": str(creds),
               "STATE_DIRECTORY": str(state), "LISTEN_FDS": "1", **self.python_env}
        fd = listener.fileno()
        log = open(self.base / f"{name}.log", "w")  # noqa: SIM115 (closed with the process)
        proc = subprocess.Popen([*self.python, "-c", ACTIVATE, str(fd), *argv], env=env,
                                pass_fds=(fd,), stdout=log, stderr=subprocess.STDOUT, cwd=self.base,
                                **self.broker_user.popen_args())
        listener.close()
        log.close()
        self.procs[name] = proc
        self.wait_log(name, "broker with")
        return proc

    # ---- the kiosk, as its desktop user ---------------------------------------------------------
    def start_kiosk(self, name: str, *, config: Path | None = None, **env_over: str) -> subprocess.Popen:
        xdg = self.base / f"xdg-{name}"
        xdg.mkdir(mode=0o700)
        os.chown(xdg, self.desk.uid, self.desk.gid)
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(self.desk.home), "XDG_RUNTIME_DIR": str(xdg),
               "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1",  # tests only
               "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu --disable-background-networking",
               "KIOSK_HEALTH_PORT": str(self.health_port), "KIOSK_DATA_DIR": str(self.desk.home / f"data-{name}"),
               "KIOSK_DAILY_RESTART": "", **self.python_env, **env_over}
        log = open(self.base / f"{name}.log", "w")  # noqa: SIM115
        proc = subprocess.Popen([*self.python, "-m", "kiosk", "run", *(["--config", str(config)] if config else [])],
                                env=env, stdout=log, stderr=subprocess.STDOUT, cwd=self.base, start_new_session=True,
                                **self.desk.popen_args())
        log.close()
        self.procs[name] = proc
        return proc

    def kiosk_env(self) -> dict[str, str]:
        """Broker mode: no partner id, secret or names; what the view needs (hosts) and the probe (auth URL)."""
        env = self.sandbox.kiosk_env(partner_id=None, secret_key=None, shop_name=None, pos_name=None, user_name=None,
                                     gateway_url=None, brand_id=None)
        env["KIOSK_BROKER"] = str(self.socket)
        return env

    def run_as(self, user: User, script: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        path = self.base / f"script-{secrets.token_hex(4)}.py"
        path.write_text(script)
        path.chmod(0o644)
        return subprocess.run([*self.python, str(path), *args], capture_output=True, text=True, timeout=timeout,
                              cwd=self.base, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(user.home),
                                                  **self.python_env},
                              **user.popen_args())

    def stop(self, name: str) -> int | None:
        proc = self.procs.pop(name, None)
        if proc is None:
            return None
        if proc.poll() is None:
            proc.send_signal(signal.SIGCONT)
            proc.send_signal(signal.SIGTERM)
            try:
                return proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        return proc.wait()

    def log(self, name: str) -> str:
        return (self.base / f"{name}.log").read_text(errors="replace")

    def wait_log(self, name: str, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log(name):
                return
            if self.procs[name].poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(f"{name} never said {text!r}:\n{self.log(name)[-3000:]}")

    def health(self, predicate, timeout: float, name: str = "kiosk") -> dict:
        try:
            return wait_health(self.health_port, predicate, timeout)
        except AssertionError as e:
            raise AssertionError(f"{e}\n--- kiosk log:\n{self.log(name)[-3000:]}\n--- broker log:\n"
                                 f"{self.log('broker')[-2000:]}") from None


@pytest.fixture(scope="module")
def machine():
    if os.geteuid() != 0:
        pytest.fail("this test creates users and runs processes as them: run it as root (CI does)")
    broker_name = unit_values(UNIT)["User"][0]
    base = Path(tempfile.mkdtemp(prefix="kiosk-broker-"))
    base.chmod(0o755)
    marker = base / "started"
    marker.touch()
    time.sleep(0.01)  # files changed from here on are newer than the marker
    try:
        with local_user(broker_name, system=True) as broker, local_user(prefix="ktdesk") as desk, \
                local_user(prefix="ktthird") as third, \
                Sandbox(secret_key=secrets.token_urlsafe(32), poll_interval=0.5) as sandbox:
            m = Machine(base, broker, desk, third, sandbox)
            try:
                yield m
            finally:
                for name in list(m.procs):
                    m.stop(name)
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def running(machine):
    """The broker with its identity from the credential, and the kiosk asking it, reached ready."""
    m = machine
    m.start_broker("broker", credential=identity_values(m.sandbox), state=m.base / "state")
    m.start_kiosk("kiosk", **m.kiosk_env())
    m.health(lambda h: h.get("state") == "ready", 120)
    return m


def settle() -> None:
    """A login that stayed ready this long really worked (RetryPolicy.settled_after): the next expiry is not a loop."""
    time.sleep(RetryPolicy().settled_after + 1)


def test_the_kiosk_logs_in_through_the_broker_and_survives_expiry_outages_and_retry_after(running):
    m, sb = running, running.sandbox
    ready = m.health(lambda h: h.get("state") == "ready", 10)
    assert (ready["shop_id"], ready["pos_id"], ready["user_id"]) == (6202, 6228, 6280)
    assert "autologin link received through the broker" in m.log("kiosk")

    settle()
    n = ready["autologin_requests"]
    sb.expire_sessions()
    m.health(lambda h: h["state"] == "ready" and h["autologin_requests"] > n, 60)

    settle()
    sb.set_auth_failure("500")  # the API fails...
    sb.expire_sessions()
    failing = m.health(lambda h: h["state"] == "offline", 60)
    assert "HTTP 500" in failing["last_error"]
    sb.stop()  # ... then the whole sandbox goes away
    m.health(lambda h: h["state"] == "offline" and "cannot be reached" in (h["last_error"] or ""), 90)
    sb.set_auth_failure(None)
    sb.start()
    back = m.health(lambda h: h["state"] == "ready", 120)

    settle()
    sb.set_auth_failure("503", retry_after=6)
    sb.expire_sessions()
    busy = m.health(lambda h: h["state"] == "offline" and h["retry_after"] is not None, 60)
    assert busy["retry_after"] == 6.0 and "asked to be tried again in 6 seconds" in busy["last_error"]
    sb.set_auth_failure(None)
    again = m.health(lambda h: h["state"] == "ready", 120)
    assert again["autologin_requests"] > back["autologin_requests"]
    assert "Traceback" not in m.log("kiosk") + m.log("broker")


def _found_in_memory(pid: int, needles: list[bytes]) -> list[str]:
    """Every readable mapping of ``pid`` read through /proc/<pid>/mem (as root: whatever the process holds)."""
    hits = []
    try:
        maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
        mem = open(f"/proc/{pid}/mem", "rb", buffering=0)  # noqa: SIM115
    except OSError:
        return hits
    with mem:
        for line in maps:
            fields = line.split()
            if "r" not in fields[1] or (len(fields) > 5 and fields[5] in ("[vvar]", "[vsyscall]")):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            overlap = max(len(n) for n in needles)
            tail = b""
            for at in range(start, end, 1 << 24):
                try:
                    mem.seek(at)
                    chunk = tail + mem.read(min(1 << 24, end - at))
                except (OSError, ValueError, OverflowError):
                    break
                hits += [f"{pid} {fields[-1]}" for n in needles if n in chunk]
                tail = chunk[-overlap:]
    return hits


def _needles(*secrets_: str) -> list[bytes]:
    return [n for s in secrets_ for n in (s.encode(), s.encode("utf-16-le"))]


SCAN = r"""
import subprocess, sys
prune, marker, patterns = sys.argv[1:4]
cmd = (f"find / /dev/shm -xdev \\( {prune} \\) -prune -o -type f -readable -cnewer {marker} -print0 2>/dev/null"
       f" | xargs -0 -r grep -lsFa -f {patterns} --")
print(subprocess.run(["sh", "-c", cmd], capture_output=True, text=True).stdout)
"""


def test_nothing_the_desktop_user_can_read_holds_the_secret_or_the_hash(running):
    m = running
    m.health(lambda h: h.get("state") == "ready", 60)
    needles = _needles(m.secret, m.hash)
    # Files: every file the desktop user can read that changed since the secret existed (an older one
    # cannot hold it), on the root file system and /dev/shm, read as that user.
    patterns = m.base / "patterns"
    patterns.write_text(f"{m.secret}\n{m.hash}\n")
    patterns.chmod(0o444)  # the test's own fixture, named below
    control = m.base / "control-readable-file"
    control.write_text(f"a leak for the scanner to find: {m.hash}\n")
    control.chmod(0o644)
    prune = " -o ".join(f"-path {p}" for p in NOT_SCANNED)
    done = m.run_as(m.desk, SCAN, prune, str(m.marker), str(patterns), timeout=900)
    found = [line for line in done.stdout.splitlines() if line.strip() and line.strip() != str(patterns)]
    assert str(control) in found, f"the scanner did not find the planted leak: {done.stdout[-2000:]} {done.stderr[-2000:]}"
    control.unlink()
    found.remove(str(control))
    assert not found, f"files the desktop user can read hold the secret or the hash: {found}"

    kiosk_pids = pids_of(m.desk.uid)
    assert len(kiosk_pids) >= 3, "the kiosk and its web engine processes"
    assert any("QtWebEngineProcess" in Path(f"/proc/{p}/cmdline").read_bytes().decode(errors="replace")
               for p in kiosk_pids if Path(f"/proc/{p}").exists())
    # The environment of every process of the desktop user.
    for pid in kiosk_pids:
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            continue
        assert not [n for n in needles if n in environ], f"process {pid}'s environment holds a secret"
    # Their memory, every readable mapping. The broker's own memory is the control: it does hold the secret.
    assert _found_in_memory(m.procs["broker"].pid, _needles(m.secret)) or \
        any(_found_in_memory(p, _needles(m.secret)) for p in pids_of(m.broker_user.uid)), "the scanner finds nothing"
    leaks = [hit for pid in kiosk_pids for hit in _found_in_memory(pid, needles)]
    assert not leaks, f"the desktop user's processes hold the secret or the hash: {leaks[:10]}"


PROBE = """
import socket, struct, sys, json
s = socket.socket(socket.AF_UNIX)
s.settimeout(10)
s.connect(sys.argv[1])
body = json.dumps({"v": 1, "op": "link"}).encode()
first, error = b"", None
try:
    s.sendall(struct.pack(">I", len(body)) + body)
    first = s.recv(65536)
except OSError as e:  # the broker closed first: a broken pipe or a reset, and nothing read
    error = type(e).__name__
print(json.dumps({"bytes": len(first), "head": first[:60].decode("latin-1"), "error": error}))
"""


def test_a_third_user_gets_nothing(running):
    m = running
    before = m.sandbox.counters.get("auth_requests", 0)
    third = json.loads(m.run_as(m.third, PROBE, str(m.socket)).stdout)
    assert third["bytes"] == 0 and third["error"] in (None, "BrokenPipeError", "ConnectionResetError"), third
    assert m.sandbox.counters.get("auth_requests", 0) == before
    m.wait_log("broker", f"refused a connection from uid {m.third.uid}")
    desk = json.loads(m.run_as(m.desk, PROBE, str(m.socket)).stdout)
    assert desk["bytes"] > 4 and '"ok"' in desk["head"], "the desktop user is answered (the control)"


FLOOD = """
import json, sys, threading, time
from kiosk.broker import client, protocol
results, barrier = [], threading.Barrier(100)
def one():
    barrier.wait()
    try:
        answer = client.call(sys.argv[1], protocol.request(protocol.Op.LINK), timeout=60)
        results.append("ok" if answer["ok"] else answer["error"]["kind"])
    except Exception as e:
        results.append(type(e).__name__)
threads = [threading.Thread(target=one) for _ in range(100)]
started = time.monotonic()
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps({"elapsed": time.monotonic() - started, "results": results}))
"""


def test_a_hundred_link_requests_at_once_reach_the_api_at_most_5_plus_half_the_seconds(running):
    m = running
    before = m.sandbox.counters.get("auth_requests", 0)
    started = time.monotonic()
    done = m.run_as(m.desk, FLOOD, str(m.socket))
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    reached = m.sandbox.counters.get("auth_requests", 0) - before
    results = report["results"]
    print(f"\n100 link requests at once: {reached} reached the API in {elapsed:.1f} s; "
          f"{ {r: results.count(r) for r in set(results)} }")
    assert len(results) == 100
    assert reached <= 5 + elapsed / 2
    assert results.count("ok") <= reached and results.count("throttled") >= 50


def test_import_moves_the_secret_and_the_kiosk_still_logs_in_and_a_stopped_broker_moves_nothing(running):
    m = running
    m.stop("kiosk")
    m.stop("broker")
    # A terminal as today's package left it: the identity and the secret in the desktop user's kiosk.toml.
    folder = m.base / "etc-xdg"
    folder.mkdir(mode=0o755)
    config = write_toml(folder / "kiosk.toml", {**identity_values(m.sandbox), "fullscreen": False,
                                                 "technician_pin": PIN_HASH})
    os.chown(config, m.desk.uid, m.desk.gid)
    config.chmod(0o600)
    original = config.read_bytes()
    broker = m.start_broker("broker2", credential=None, state=m.base / "state2")
    importing = [*m.python, "-m", "kiosk", "broker", "import", "--config", str(config), "--socket", str(m.socket)]

    broker.send_signal(signal.SIGSTOP)  # the broker stops in the middle: it takes the connection, never answers
    try:
        done = subprocess.run(importing, capture_output=True, text=True, timeout=120,
                              env={"PATH": "/usr/bin:/bin", **m.python_env})
    finally:
        broker.send_signal(signal.SIGCONT)
    assert done.returncode == 1, done.stderr
    assert "the secret stays in" in done.stderr and config.read_bytes() == original

    done = subprocess.run(importing, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", **m.python_env})
    assert done.returncode == 0, done.stderr
    text = config.read_text()
    assert m.secret not in text and re.search(r'^broker = ".*broker.sock"$', text, re.M)
    assert config.stat().st_uid == m.desk.uid and config.stat().st_mode & 0o777 == 0o600
    m.start_kiosk("kiosk2", config=config)
    ready = m.health(lambda h: h.get("state") == "ready", 120, name="kiosk2")
    assert ready["user_id"] == 6280
    assert "autologin link received through the broker" in m.log("kiosk2")


HAND_OVER = """
import json, sys
from kiosk.broker.handover import HandoverError, deliver
said = []
for pin in (None, "000000", sys.argv[2]):
    try:
        said.append(deliver(sys.argv[1], {"shop_name": "Kaunas, Laisves al. 1"}, pin=pin))
    except HandoverError as e:
        said.append("refused: " + str(e))
print(json.dumps(said))
"""


def test_the_desktop_user_changes_the_identity_only_with_the_pin_the_broker_checks(running):
    m = running  # the broker of the import above: it holds the identity and the PIN's hash kiosk.toml had
    said = json.loads(m.run_as(m.desk, HAND_OVER, str(m.socket), PIN).stdout)
    assert said[0].startswith("refused") and "needs the technician PIN" in said[0]
    assert said[1].startswith("refused") and "Wrong PIN" in said[1]
    assert "The broker holds the identity now" in said[2]
    status = json.loads(subprocess.run([*m.python, "-m", "kiosk", "broker", "status", "--json", "--socket",
                                        str(m.socket)], capture_output=True, text=True, timeout=60,
                                       env={"PATH": "/usr/bin:/bin", **m.python_env}).stdout)
    assert status["identity"]["shop_name"] == "Kaunas, Laisves al. 1" and status["identity"]["pin_set"]
    assert m.secret not in json.dumps(status) and m.hash not in json.dumps(status)
