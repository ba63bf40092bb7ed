"""``kiosk doctor``: every check a technician needs on site, one line each, in seconds (Qt-free).

Each check says ok, warn, fail or skip, and one sentence the technician can act on. The same
checks feed ``kiosk doctor [--json]`` and the technician menu's *Diagnostics* screen. Nothing
secret is ever in a detail: not the key, the hash, a link or a token (every detail also passes
through :func:`kiosk.redact.redact`).
"""

from __future__ import annotations

import concurrent.futures
import email.utils
import enum
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kiosk import redact
from kiosk.clock import Clock, SystemClock, say_duration
from kiosk.settings import IDENTITY_FIELDS, ConfigError, ConfigSource, Settings, env_name, explicit_settings
from kiosk.words import Num, Words, joined

DNS_TIMEOUT = 3.0
CONNECT_TIMEOUT = 3.0
TLS_TIMEOUT = 5.0
CLOCK_WARN = 120.0        # beyond this the clock is called skewed
CLOCK_FAIL = 24 * 3600.0  # beyond this certificates start to look not yet valid or expired
MIN_FREE_MB = 512         # below this a warning: the web profile and logs grow


class DoctorWords(Words):
    """The doctor's checks on the Diagnostics screen: their names and what each found (the command line and
    ``--json`` say them in English)."""


# The checks' names, in the order they run.
CONFIGURATION, DATA_DIR, KIOSK_PROCESS = DoctorWords.tr("configuration"), DoctorWords.tr("data dir"), \
    DoctorWords.tr("kiosk process")
DISPLAY, LIBRARIES, DNS, CONNECTION, TLS = DoctorWords.tr("display"), DoctorWords.tr("web engine libraries"), \
    DoctorWords.tr("dns"), DoctorWords.tr("connection"), DoctorWords.tr("tls")
AUTOLOGIN, CLOCK, ALLOWED_HOSTS, LOGIN_PAGE = DoctorWords.tr("autologin"), DoctorWords.tr("clock"), \
    DoctorWords.tr("allowed hosts"), DoctorWords.tr("login page")
PRINTER, ENGINE, VIDEO = DoctorWords.tr("printer"), DoctorWords.tr("web engine"), DoctorWords.tr("video")
SECRET, UPDATES = DoctorWords.tr("partner secret"), DoctorWords.tr("updates")


class Status(enum.Enum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"
    SKIP = "skip"


_MARK = {Status.OK: "✓", Status.WARN: "!", Status.FAIL: "✗", Status.SKIP: "–"}


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    detail: str

    @property
    def ok(self) -> bool:
        """A warning or a skipped check does not fail the doctor; only a failure does."""
        return self.status is not Status.FAIL

    @property
    def mark(self) -> str:
        return _MARK[self.status]

    def as_json(self) -> dict:
        return {"name": self.name, "ok": self.ok, "status": self.status.value, "detail": self.detail}


@dataclass
class Report:
    checks: list[Check]
    seconds: float

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def as_json(self) -> dict:
        return {"ok": self.ok, "checks": [c.as_json() for c in self.checks], "seconds": round(self.seconds, 3)}

    def text(self) -> str:
        width = max(len(c.name) for c in self.checks)
        lines = []
        for c in self.checks:
            first, *more = c.detail.split("\n")
            lines.append(f"{c.mark} {c.name.ljust(width)}  {first}")
            lines += [f"  {' ' * width}    {m}" for m in more]
        failed = sum(not c.ok for c in self.checks)
        lines.append(f"{'All checks passed' if not failed else f'{failed} check(s) failed'} "
                     f"in {self.seconds:.2f} s.")  # the command line's own summary: English
        return "\n".join(lines)


class _Context:
    """What the checks share: the settings as far as they could be read, and what earlier checks learned."""

    def __init__(self, config: ConfigSource, clock: Clock):
        self.config = config
        self.clock = clock
        self.settings: Settings | None = None   # complete and valid: every check can run
        self.partial: Settings = explicit_settings()  # at least the defaults: data dir, autologin URL
        self.resolved = False
        self.connected = False
        self.date_header: str | None = None
        self.engine: subprocess.Popen | None = None
        self.media: dict[str, bool] | None = None  # what the engine plays, from the engine check's child


def run_checks(config: ConfigSource, *, clock: Clock | None = None, display: bool = True) -> Report:
    """Run every check in order; never raises (an unexpected error is that check's failure)."""
    started = time.monotonic()
    ctx = _Context(config, clock or SystemClock())
    if display:  # the web engine starts in a child while the other checks run
        ctx.engine = _start_engine_probe()
    checks = [_safely(name, fn, ctx) for name, fn in _checks(display)]
    return Report([Check(c.name, c.status, redact.redact(c.detail)) for c in checks], time.monotonic() - started)


def iter_checks(config: ConfigSource, *, clock: Clock | None = None, display: bool = True) -> Iterator[Check]:
    """The same checks one by one, for a screen that shows each as it finishes."""
    ctx = _Context(config, clock or SystemClock())
    for name, fn in _checks(display):
        c = _safely(name, fn, ctx)
        yield Check(c.name, c.status, redact.redact(c.detail))


def _checks(display: bool) -> list[tuple[str, Callable[[_Context], Check]]]:
    items: list[tuple[str, Callable[[_Context], Check]]] = [
        (CONFIGURATION, check_config), (SECRET, check_secret), (DATA_DIR, check_data_dir), (KIOSK_PROCESS, check_lock)]
    if display:
        items.append((DISPLAY, check_display))
    items.append((LIBRARIES, check_libraries))
    items += [(DNS, check_dns), (CONNECTION, check_connect), (TLS, check_tls),
              (AUTOLOGIN, check_autologin), (CLOCK, check_clock), (ALLOWED_HOSTS, check_allowed_hosts),
              (LOGIN_PAGE, check_login_page), (PRINTER, check_printer), (UPDATES, check_updates)]
    if display:
        items += [(ENGINE, check_engine), (VIDEO, check_video)]
    return items


def _safely(name: str, fn: Callable[[_Context], Check], ctx: _Context) -> Check:
    try:
        return fn(ctx)
    except Exception as e:  # a bug in a check must not hide the others, nor become a traceback
        return Check(name, Status.FAIL, DoctorWords.tr("the check itself failed (%1); see the kiosk log and report "
                                                       "it").arg(e.__class__.__name__))


# ---- configuration ------------------------------------------------------------------------------
def check_config(ctx: _Context) -> Check:
    name = CONFIGURATION
    try:
        ctx.settings = ctx.config.load(require=IDENTITY_FIELDS)
    except ConfigError as e:
        ctx.partial = ctx.config.usable()  # what can be read still drives the other checks
        problems = DoctorWords.tr("%n problem(s); fix them in the config file or with `kiosk setup`:", "",
                                  len(e.problems))
        return Check(name, Status.FAIL, joined([problems, *(p.sentence() for p in e.problems)], "\n"))
    ctx.partial = ctx.settings
    return Check(name, Status.OK, DoctorWords.tr("valid; %1").arg(sources_sentence(ctx.config)))


def sources_sentence(config: ConfigSource) -> str:
    """Where each value came from (names only, never values)."""
    in_file = sorted(config.file_values())
    in_env = [env_name(s) for s in config.env_settings()]
    parts: list[str] = []
    if in_file:
        parts.append(DoctorWords.tr("from %1: %2").arg(str(config.path), ", ".join(in_file)))
    if in_env:
        overridden = [e for e in in_env if e[len("KIOSK_"):].lower() in in_file]
        if overridden:
            parts.append(DoctorWords.tr("from the environment: %1 (these win over the file: %2)").arg(
                ", ".join(in_env), ", ".join(overridden)))
        else:
            parts.append(DoctorWords.tr("from the environment: %1").arg(", ".join(in_env)))
    if not parts:
        parts.append(DoctorWords.tr("only defaults"))
    return joined([*parts, DoctorWords.tr("the rest are defaults")], "; ")


def check_secret(ctx: _Context) -> Check:
    """Broker mode or direct mode, and who can read the partner secret (kiosk/broker/custody.py)."""
    from kiosk.broker.custody import custody

    status, sentence = custody(ctx.partial)
    return Check(SECRET, Status(status), sentence)


# ---- this PC ------------------------------------------------------------------------------------
def check_data_dir(ctx: _Context) -> Check:
    from kiosk.datadir import data_dir_problems

    d = ctx.partial.data_dir
    problems = data_dir_problems(d)
    if problems:
        return Check(DATA_DIR, Status.FAIL, DoctorWords.tr("%1; the kiosk would run degraded. Fix the permissions or "
                                                           "free space, or set %2.").arg(joined(problems, "; "),
                                                                                        env_name("data_dir")))
    free_mb = shutil.disk_usage(d).free // (1024 * 1024)
    if free_mb < MIN_FREE_MB:
        return Check(DATA_DIR, Status.WARN, DoctorWords.tr("%1 is writable but only %2 MB are free; free some "
                                                           "space.").arg(str(d), free_mb))
    return Check(DATA_DIR, Status.OK, DoctorWords.tr("%1 is writable, %2 GB free").arg(str(d), Num(free_mb / 1024)))


def check_lock(ctx: _Context) -> Check:
    """Whether a kiosk runs on this data dir (Qt's QLockFile: pid on the first line of kiosk.lock)."""
    lock = ctx.partial.data_dir / "kiosk.lock"
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].strip()
    except FileNotFoundError:
        return Check(KIOSK_PROCESS, Status.OK, DoctorWords.tr("no kiosk is running on this data dir"))
    except OSError as e:
        return Check(KIOSK_PROCESS, Status.WARN, DoctorWords.tr("%1 cannot be read (%2); check its permissions").arg(
            str(lock), str(e.strerror)))
    pid = int(first) if first.isdigit() else 0
    if pid and _alive(pid):
        return Check(KIOSK_PROCESS, Status.OK, DoctorWords.tr("a kiosk is running on this data dir (pid %1)").arg(pid))
    return Check(KIOSK_PROCESS, Status.OK, DoctorWords.tr("no kiosk is running (a stale lock is left; the next start "
                                                          "takes it over)"))


def _alive(pid: int) -> bool:
    if os.name == "nt":
        out = subprocess.run(["tasklist", "/FI", f"PID eq {pid}", "/NH"], capture_output=True, text=True,
                             timeout=5, check=False)
        return str(pid) in out.stdout
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def check_display(_ctx: _Context) -> Check:
    name = DISPLAY
    if not sys.platform.startswith("linux"):
        return Check(name, Status.OK, DoctorWords.tr("the desktop session provides the display"))
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith("offscreen"):
        return Check(name, Status.WARN, DoctorWords.tr("QT_QPA_PLATFORM=offscreen: the kiosk would draw to no screen "
                                                       "(right for tests only); unset it on a terminal"))
    wayland, x = os.environ.get("WAYLAND_DISPLAY"), os.environ.get("DISPLAY")
    if wayland:
        path = Path(wayland) if wayland.startswith("/") else Path(os.environ.get("XDG_RUNTIME_DIR", "/run/user")) / wayland
        if path.exists():
            return Check(name, Status.OK, DoctorWords.tr("Wayland display %1").arg(wayland))
        return Check(name, Status.FAIL, DoctorWords.tr("WAYLAND_DISPLAY=%1 but %2 does not exist; run inside the "
                                                       "desktop session").arg(wayland, str(path)))
    if not x:
        return Check(name, Status.FAIL, DoctorWords.tr("neither DISPLAY nor WAYLAND_DISPLAY is set; run it inside the "
                                                       "desktop session (as the installed service does), or set "
                                                       "DISPLAY=:0"))
    return _check_x_display(x)


def _check_x_display(display: str) -> Check:
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return Check(DISPLAY, Status.FAIL, DoctorWords.tr("DISPLAY=%1 is not a display name like :0").arg(display))
    try:
        if host in ("", "unix"):
            with socket.socket(socket.AF_UNIX) as s:
                s.settimeout(CONNECT_TIMEOUT)
                s.connect(f"/tmp/.X11-unix/X{number}")
        else:
            socket.create_connection((host, 6000 + int(number)), timeout=CONNECT_TIMEOUT).close()
    except OSError as e:
        return Check(DISPLAY, Status.FAIL, DoctorWords.tr("no X server answers on DISPLAY=%1 (%2); start the desktop "
                                                          "session or check DISPLAY").arg(display, str(e.strerror or e)))
    return Check(DISPLAY, Status.OK, DoctorWords.tr("X server on DISPLAY=%1").arg(display))


# Libraries QtWebEngine and Qt's xcb platform load from the system, and the Debian package of each.
DEBIAN_PACKAGES = {
    "libnss3.so": "libnss3", "libnssutil3.so": "libnss3", "libsmime3.so": "libnss3", "libnspr4.so": "libnspr4",
    "libasound.so.2": "libasound2", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libXcomposite.so.1": "libxcomposite1", "libXdamage.so.1": "libxdamage1", "libXrandr.so.2": "libxrandr2",
    "libXtst.so.6": "libxtst6", "libxshmfence.so.1": "libxshmfence1", "libgbm.so.1": "libgbm1",
    "libdrm.so.2": "libdrm2", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libX11-xcb.so.1": "libx11-xcb1", "libXext.so.6": "libxext6",
    "libxkbfile.so.1": "libxkbfile1", "libXfixes.so.3": "libxfixes3", "libexpat.so.1": "libexpat1",
    "libcups.so.2": "libcups2",
}


def qt_binaries() -> list[Path]:
    """QtWebEngine's process and the xcb platform plugin, from the bundle or the installed PySide6."""
    if getattr(sys, "frozen", False):
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "PySide6"
    else:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
        if spec is None or not spec.submodule_search_locations:
            return []
        base = Path(next(iter(spec.submodule_search_locations)))
    candidates = [base / "Qt" / "libexec" / "QtWebEngineProcess", base / "Qt" / "plugins" / "platforms" / "libqxcb.so",
                  base / "Qt" / "lib" / "libQt6WebEngineCore.so.6"]
    found = [p for p in candidates if p.exists()]
    if found or getattr(sys, "frozen", False):
        return found
    # A distribution's PySide6 (the system-Qt .deb) uses the distribution's Qt: ask Qt where it lives.
    from PySide6.QtCore import QLibraryInfo

    where = QLibraryInfo.LibraryPath
    candidates = [Path(QLibraryInfo.path(where.LibraryExecutablesPath)) / "QtWebEngineProcess",
                  Path(QLibraryInfo.path(where.PluginsPath)) / "platforms" / "libqxcb.so",
                  Path(QLibraryInfo.path(where.LibrariesPath)) / "libQt6WebEngineCore.so.6"]
    return [p for p in candidates if p.exists()]


def missing_libraries(binaries: list[Path]) -> list[str]:
    """Names of shared libraries ``ldd`` cannot find for these binaries."""
    missing: list[str] = []
    for b in binaries:
        out = subprocess.run(["ldd", str(b)], capture_output=True, text=True, timeout=10, check=False)
        for line in out.stdout.splitlines():
            if "=> not found" in line:
                lib = line.split("=>", 1)[0].strip()
                if lib not in missing:
                    missing.append(lib)
    return missing


def check_libraries(_ctx: _Context) -> Check:
    name = LIBRARIES
    if not sys.platform.startswith("linux"):
        return Check(name, Status.SKIP, DoctorWords.tr("checked on Linux only (the Windows installer ships every "
                                                       "library)"))
    if shutil.which("ldd") is None:
        return Check(name, Status.SKIP, DoctorWords.tr("ldd is not installed, so the libraries cannot be listed"))
    binaries = qt_binaries()
    if not binaries:
        return Check(name, Status.FAIL, DoctorWords.tr("QtWebEngine is not found; reinstall the kiosk"))
    missing = missing_libraries(binaries)
    if not missing:
        return Check(name, Status.OK, DoctorWords.tr("every library QtWebEngine and the X platform need is installed"))
    packages = sorted({DEBIAN_PACKAGES.get(lib, "") for lib in missing} - {""})
    unknown = [lib for lib in missing if lib not in DEBIAN_PACKAGES]
    said: list[str] = [DoctorWords.tr("missing %1").arg(", ".join(missing))]
    if packages:
        said.append(DoctorWords.tr("install them: %1").arg(f"sudo apt-get install {' '.join(packages)}"))
    if unknown:
        said.append(DoctorWords.tr("find the package of %1 with `apt-file search`").arg(", ".join(unknown)))
    return Check(name, Status.FAIL, joined(said, "; "))


def _start_engine_probe() -> subprocess.Popen | None:
    from kiosk.technician.engine_probe import command

    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("KIOSK_")}  # no secret in the child
    try:
        return subprocess.Popen(command(), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    except OSError:
        return None


def check_engine(ctx: _Context) -> Check:
    name = ENGINE
    proc = ctx.engine
    if proc is None:
        return Check(name, Status.FAIL, DoctorWords.tr("the web engine test could not be started; reinstall the kiosk"))
    try:
        out, err = proc.communicate(timeout=45)  # the page (15 s at most), then the media probe (20 s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return Check(name, Status.FAIL, DoctorWords.tr("QtWebEngine did not load a test page within 30 s; the PC may be "
                                                       "overloaded, or its graphics drivers broken"))
    if proc.returncode == 0:
        ctx.media = _media_line(out)
        return Check(name, Status.OK, DoctorWords.tr("QtWebEngine started a renderer and loaded a test page"))
    if "Running as root" in err:  # Chromium's own words: its sandbox (which the kiosk keeps on) refuses root
        return Check(name, Status.FAIL, DoctorWords.tr("QtWebEngine cannot start as root (Chromium's sandbox refuses "
                                                       "it); run `kiosk doctor` as the kiosk's user, e.g. %1").arg(
            "sudo -u kiosk kiosk doctor"))
    last = next((line.strip() for line in reversed(err.splitlines()) if line.strip()), "no message")
    return Check(name, Status.FAIL, DoctorWords.tr("QtWebEngine did not load a test page (%1); check the web engine "
                                                   "libraries above and the graphics drivers").arg(last[:160]))


def _media_line(out: str) -> dict[str, bool] | None:
    """The child's ``media {json}`` line: {codec: plays}, or None when it has none or it is malformed."""
    from kiosk.monitoring.media import CODECS

    for line in out.splitlines():
        if line.startswith("media "):
            try:
                found = json.loads(line[len("media "):])
            except ValueError:
                return None
            if isinstance(found, dict) and set(CODECS) <= set(found):
                return {c: found[c] is True for c in CODECS}
    return None


def check_video(ctx: _Context) -> Check:
    """Can the webshop's live streams play (H.264 and AAC)? The way out is named when they cannot."""
    from kiosk.monitoring.media import summary, video_check

    name = VIDEO
    if ctx.engine is None or ctx.engine.returncode != 0:
        return Check(name, Status.SKIP, DoctorWords.tr("not checked: the web engine did not start (above)"))
    if ctx.media is None:
        return Check(name, Status.FAIL, DoctorWords.tr("the web engine did not say which codecs it plays within 20 s; "
                                                       "run `kiosk doctor` again, and check the graphics drivers if it "
                                                       "repeats"))
    passed, sentence = video_check(ctx.media, sys.platform)
    return Check(name, Status.OK if passed else Status.FAIL, joined([summary(ctx.media), sentence], ". "))


# ---- the network, as the autologin request sees it ------------------------------------------------
def _target(ctx: _Context) -> tuple[str, str, int, str | None]:
    """(scheme, host, port, proxy URL or None) of the autologin endpoint."""
    parts = urlsplit(ctx.partial.auth_url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if proxy and urllib.request.proxy_bypass(host):
        proxy = None
    return parts.scheme, host, port, proxy


def _resolve(host: str, port: int) -> list[str]:
    # getaddrinfo has no timeout of its own: ask on a thread and stop waiting for it at DNS_TIMEOUT (a
    # `with` block would wait for the thread on the way out, however long the system resolver takes).
    pool = concurrent.futures.ThreadPoolExecutor(1)
    future = pool.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    pool.shutdown(wait=False)
    try:
        infos = future.result(timeout=DNS_TIMEOUT)
    except concurrent.futures.TimeoutError:
        raise socket.gaierror(f"no answer within {DNS_TIMEOUT:.0f} s") from None
    return sorted({str(i[4][0]) for i in infos})


def check_dns(ctx: _Context) -> Check:
    _scheme, host, port, proxy = _target(ctx)
    what: str = host
    if proxy:
        p = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        host, port = p.hostname or "", p.port or 80
        what = DoctorWords.tr("the proxy %1").arg(host)
    try:
        addresses = _resolve(host, port)
    except (socket.gaierror, UnicodeError) as e:
        return Check(DNS, Status.FAIL, DoctorWords.tr("%1 cannot be resolved (%2); check the network cable or Wi-Fi, "
                                                      "and the PC's DNS servers").arg(what, _reason(e)))
    ctx.resolved = True
    return Check(DNS, Status.OK, DoctorWords.tr("%1 is %2").arg(what, ", ".join(addresses[:3])))


def check_connect(ctx: _Context) -> Check:
    if not ctx.resolved:
        return Check(CONNECTION, Status.SKIP, DoctorWords.tr("skipped: the name did not resolve"))
    _scheme, host, port, proxy = _target(ctx)
    via = ""
    if proxy:
        p = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        via = f"{p.hostname}:{p.port or 80}"
        target = (p.hostname or "", p.port or 80)
    else:
        target = (host, port)
    started = time.monotonic()
    try:
        socket.create_connection(target, timeout=CONNECT_TIMEOUT).close()
    except OSError as e:
        return Check(CONNECTION, Status.FAIL, DoctorWords.tr("cannot connect to %1 (%2); a firewall or proxy may block "
                                                             "it: check the shop's internet access").arg(
            f"{target[0]}:{target[1]}", _reason(e)))
    ctx.connected = True
    ms = round((time.monotonic() - started) * 1000)
    if via:
        return Check(CONNECTION, Status.OK, DoctorWords.tr("%1 reachable through the proxy %2 in %3 ms").arg(
            f"{host}:{port}", via, ms))
    return Check(CONNECTION, Status.OK, DoctorWords.tr("%1 reachable in %2 ms").arg(f"{host}:{port}", ms))


def check_tls(ctx: _Context) -> Check:
    scheme, host, port, proxy = _target(ctx)
    if scheme != "https":
        return Check(TLS, Status.SKIP, DoctorWords.tr("plain http to the loopback sandbox %1; no TLS to check").arg(host))
    if not ctx.connected:
        return Check(TLS, Status.SKIP, DoctorWords.tr("skipped: no connection"))
    if proxy:
        return Check(TLS, Status.SKIP, DoctorWords.tr("through a proxy: the autologin request below checks the "
                                                      "certificate"))
    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        with socket.create_connection((host, port), timeout=TLS_TIMEOUT) as raw, \
                context.wrap_socket(raw, server_hostname=host) as tls:
            version = tls.version()
    except ssl.SSLCertVerificationError as e:
        return Check(TLS, Status.FAIL, DoctorWords.tr("the certificate of %1 is not trusted (%2); check the PC's date "
                                                      "and time, and behind a company proxy install its certificate in "
                                                      "the system store").arg(host, e.verify_message or "not valid"))
    except (ssl.SSLError, OSError) as e:
        return Check(TLS, Status.FAIL, DoctorWords.tr("the secure connection to %1 failed (%2); a proxy or firewall may "
                                                      "intercept it").arg(host, _reason(e)))
    return Check(TLS, Status.OK, DoctorWords.tr("%1 to %2, certificate trusted by the system store").arg(str(version),
                                                                                                        host))


def check_autologin(ctx: _Context) -> Check:
    name = AUTOLOGIN
    if ctx.settings is None:
        return Check(name, Status.SKIP, DoctorWords.tr("skipped: the configuration is not complete"))
    if not ctx.resolved:
        return Check(name, Status.SKIP, DoctorWords.tr("skipped: the autologin host did not resolve"))
    from kiosk.technician.configure import test_connection

    result = test_connection(ctx.settings, login_page=False)  # the "login page" check below asks on its own
    return Check(name, Status.OK if result.ok else Status.FAIL, result.sentence)


def check_clock(ctx: _Context) -> Check:
    name = CLOCK
    if ctx.resolved:
        ctx.date_header = _fetch_date(ctx)
    if ctx.date_header is None:
        return Check(name, Status.SKIP, DoctorWords.tr("skipped: the API's time could not be read (no answer)"))
    try:
        theirs = email.utils.parsedate_to_datetime(ctx.date_header).timestamp()
    except (TypeError, ValueError):
        return Check(name, Status.SKIP, DoctorWords.tr("skipped: the API's Date header cannot be read"))
    skew = ctx.clock.wall() - theirs
    off = say_duration(abs(skew))
    if abs(skew) > CLOCK_FAIL:
        said = DoctorWords.tr("this PC's clock is %1 ahead of the API's; certificates will look invalid: set the date "
                              "and time, and turn on automatic time (NTP)") if skew > 0 else DoctorWords.tr(
            "this PC's clock is %1 behind the API's; certificates will look invalid: set the date and time, and turn on "
            "automatic time (NTP)")
        return Check(name, Status.FAIL, said.arg(off))
    if abs(skew) > CLOCK_WARN:
        said = DoctorWords.tr("this PC's clock is %1 ahead of the API's; turn on automatic time (NTP)") if skew > 0 \
            else DoctorWords.tr("this PC's clock is %1 behind the API's; turn on automatic time (NTP)")
        return Check(name, Status.WARN, said.arg(off))
    return Check(name, Status.OK, DoctorWords.tr("within %1 of the API's clock").arg(off))


def _fetch_date(ctx: _Context) -> str | None:
    import httpx

    from kiosk.httpclient import make_client

    parts = urlsplit(ctx.partial.auth_url)
    try:
        with make_client(httpx.Timeout(TLS_TIMEOUT)) as client:
            return client.head(f"{parts.scheme}://{parts.netloc}/").headers.get("date")
    except httpx.HTTPError:
        return None


def check_allowed_hosts(ctx: _Context) -> Check:
    from kiosk.technician.hostcheck import check_hosts

    found = check_hosts(ctx.partial, _resolve)
    return Check(ALLOWED_HOSTS, Status.OK if found.ok else Status.FAIL, found.sentence)


def check_login_page(ctx: _Context) -> Check:
    """Where the webshop sends an invalid login link, against KIOSK_LOGIN_URL_PATTERN (kiosk/technician/loginpage.py)."""
    from kiosk.technician.loginpage import check_login_page as ask_webshop

    found = ask_webshop(ctx.partial)
    status = Status.WARN if not found.checked else Status.OK if found.ok else Status.FAIL
    return Check(LOGIN_PAGE, status, found.sentence)


# ---- printer (only where printing is configured) --------------------------------------------------
def check_printer(ctx: _Context) -> Check:
    printer = str(getattr(ctx.partial, "printer", "") or "")
    if printer.lower() == "off":
        return Check(PRINTER, Status.SKIP, DoctorWords.tr("printing is off (KIOSK_PRINTER=off)"))
    return printer_check(printer)


def printer_check(name: str) -> Check:
    """The slip printer as the kiosk sees it: the same spooler and words (``''`` = the system default)."""
    from kiosk.printing.desk import make_spooler
    from kiosk.printing.spooler import SpoolerError

    try:
        status = make_spooler().status(name)
    except SpoolerError as e:
        # Named and missing is a fault; no default printer may just be a shop that prints nothing.
        return Check(PRINTER, Status.FAIL if name else Status.WARN, e.args[0] if e.args else str(e))
    if status.problem:
        return Check(PRINTER, Status.WARN, DoctorWords.tr("printer %1: %2").arg(repr(status.name), status.problem))
    return Check(PRINTER, Status.OK, DoctorWords.tr("printer %1 is %2").arg(repr(status.name), _PRINTER_STATES.get(
        status.state.value, status.state.value)))


_PRINTER_STATES = {"ready": DoctorWords.tr("ready", "printer"), "printing": DoctorWords.tr("printing"),
                   "stopped": DoctorWords.tr("stopped"), "offline": DoctorWords.tr("offline", "printer"),
                   "error": DoctorWords.tr("error", "printer")}


def check_updates(ctx: _Context) -> Check:
    """The partner's repository, the maintenance window, the last update check and its result (kiosk/updates/)."""
    from kiosk.updates.layout import running_installation
    from kiosk.updates.report import updates_report

    status, detail = updates_report(running_installation(), ctx.partial.update_window, ctx.partial.daily_restart)
    return Check(UPDATES, {"ok": Status.OK, "warn": Status.WARN}.get(status, Status.SKIP), detail)


def _reason(e: BaseException) -> str:
    return getattr(e, "strerror", None) or str(e) or e.__class__.__name__
