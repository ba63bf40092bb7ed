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

DNS_TIMEOUT = 3.0
CONNECT_TIMEOUT = 3.0
TLS_TIMEOUT = 5.0
CLOCK_WARN = 120.0        # beyond this the clock is called skewed
CLOCK_FAIL = 24 * 3600.0  # beyond this certificates start to look not yet valid or expired
MIN_FREE_MB = 512         # below this a warning: the web profile and logs grow


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
                     f"in {self.seconds:.2f} s.")
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
        ("configuration", check_config), ("partner secret", check_secret), ("data dir", check_data_dir),
        ("kiosk process", check_lock)]
    if display:
        items.append(("display", check_display))
    items.append(("web engine libraries", check_libraries))
    items += [("dns", check_dns), ("connection", check_connect), ("tls", check_tls),
              ("autologin", check_autologin), ("clock", check_clock), ("allowed hosts", check_allowed_hosts),
              ("login page", check_login_page), ("printer", check_printer), ("updates", check_updates)]
    if display:
        items += [("web engine", check_engine), ("video", check_video)]
    return items


def _safely(name: str, fn: Callable[[_Context], Check], ctx: _Context) -> Check:
    try:
        return fn(ctx)
    except Exception as e:  # a bug in a check must not hide the others, nor become a traceback
        return Check(name, Status.FAIL, f"the check itself failed ({e.__class__.__name__}); "
                                        "see the kiosk log and report it")


# ---- configuration ------------------------------------------------------------------------------
def check_config(ctx: _Context) -> Check:
    name = "configuration"
    try:
        ctx.settings = ctx.config.load(require=IDENTITY_FIELDS)
    except ConfigError as e:
        ctx.partial = ctx.config.usable()  # what can be read still drives the other checks
        return Check(name, Status.FAIL, f"{len(e.problems)} problem(s); fix them in the config file or "
                     "with `kiosk setup`:\n" + "\n".join(p.sentence() for p in e.problems))
    ctx.partial = ctx.settings
    return Check(name, Status.OK, "valid; " + sources_sentence(ctx.config))


def sources_sentence(config: ConfigSource) -> str:
    """Where each value came from (names only, never values)."""
    in_file = sorted(config.file_values())
    in_env = [env_name(s) for s in config.env_settings()]
    parts = []
    if in_file:
        parts.append(f"from {config.path}: {', '.join(in_file)}")
    if in_env:
        overridden = [e for e in in_env if e[len("KIOSK_"):].lower() in in_file]
        parts.append(f"from the environment: {', '.join(in_env)}"
                     + (f" (these win over the file: {', '.join(overridden)})" if overridden else ""))
    if not parts:
        parts.append("only defaults")
    return "; ".join(parts) + "; the rest are defaults"


def check_secret(ctx: _Context) -> Check:
    """Broker mode or direct mode, and who can read the partner secret (kiosk/broker/custody.py)."""
    from kiosk.broker.custody import NAME, custody

    status, sentence = custody(ctx.partial)
    return Check(NAME, Status(status), sentence)


# ---- this PC ------------------------------------------------------------------------------------
def check_data_dir(ctx: _Context) -> Check:
    from kiosk.datadir import data_dir_problems

    d = ctx.partial.data_dir
    problems = data_dir_problems(d)
    if problems:
        return Check("data dir", Status.FAIL, f"{'; '.join(problems)}; the kiosk would run degraded. "
                     f"Fix the permissions or free space, or set {env_name('data_dir')}.")
    free_mb = shutil.disk_usage(d).free // (1024 * 1024)
    if free_mb < MIN_FREE_MB:
        return Check("data dir", Status.WARN, f"{d} is writable but only {free_mb} MB are free; free some space.")
    return Check("data dir", Status.OK, f"{d} is writable, {free_mb / 1024:.1f} GB free")


def check_lock(ctx: _Context) -> Check:
    """Whether a kiosk runs on this data dir (Qt's QLockFile: pid on the first line of kiosk.lock)."""
    lock = ctx.partial.data_dir / "kiosk.lock"
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].strip()
    except FileNotFoundError:
        return Check("kiosk process", Status.OK, "no kiosk is running on this data dir")
    except OSError as e:
        return Check("kiosk process", Status.WARN, f"{lock} cannot be read ({e.strerror}); check its permissions")
    pid = int(first) if first.isdigit() else 0
    if pid and _alive(pid):
        return Check("kiosk process", Status.OK, f"a kiosk is running on this data dir (pid {pid})")
    return Check("kiosk process", Status.OK, "no kiosk is running (a stale lock is left; the next start takes it over)")


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
    name = "display"
    if not sys.platform.startswith("linux"):
        return Check(name, Status.OK, "the desktop session provides the display")
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith("offscreen"):
        return Check(name, Status.WARN, "QT_QPA_PLATFORM=offscreen: the kiosk would draw to no screen "
                                        "(right for tests only); unset it on a terminal")
    wayland, x = os.environ.get("WAYLAND_DISPLAY"), os.environ.get("DISPLAY")
    if wayland:
        path = Path(wayland) if wayland.startswith("/") else Path(os.environ.get("XDG_RUNTIME_DIR", "/run/user")) / wayland
        if path.exists():
            return Check(name, Status.OK, f"Wayland display {wayland}")
        return Check(name, Status.FAIL, f"WAYLAND_DISPLAY={wayland} but {path} does not exist; "
                                        "run inside the desktop session")
    if not x:
        return Check(name, Status.FAIL, "neither DISPLAY nor WAYLAND_DISPLAY is set; run it inside the desktop "
                                        "session (as the installed service does), or set DISPLAY=:0")
    return _check_x_display(x)


def _check_x_display(display: str) -> Check:
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return Check("display", Status.FAIL, f"DISPLAY={display} is not a display name like :0")
    try:
        if host in ("", "unix"):
            with socket.socket(socket.AF_UNIX) as s:
                s.settimeout(CONNECT_TIMEOUT)
                s.connect(f"/tmp/.X11-unix/X{number}")
        else:
            socket.create_connection((host, 6000 + int(number)), timeout=CONNECT_TIMEOUT).close()
    except OSError as e:
        return Check("display", Status.FAIL, f"no X server answers on DISPLAY={display} ({e.strerror or e}); "
                                             "start the desktop session or check DISPLAY")
    return Check("display", Status.OK, f"X server on DISPLAY={display}")


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
    name = "web engine libraries"
    if not sys.platform.startswith("linux"):
        return Check(name, Status.SKIP, "checked on Linux only (the Windows installer ships every library)")
    if shutil.which("ldd") is None:
        return Check(name, Status.SKIP, "ldd is not installed, so the libraries cannot be listed")
    binaries = qt_binaries()
    if not binaries:
        return Check(name, Status.FAIL, "QtWebEngine is not found; reinstall the kiosk")
    missing = missing_libraries(binaries)
    if not missing:
        return Check(name, Status.OK, "every library QtWebEngine and the X platform need is installed")
    packages = sorted({DEBIAN_PACKAGES.get(lib, "") for lib in missing} - {""})
    unknown = [lib for lib in missing if lib not in DEBIAN_PACKAGES]
    sentence = f"missing {', '.join(missing)}"
    if packages:
        sentence += f"; install them: sudo apt-get install {' '.join(packages)}"
    if unknown:
        sentence += f"; find the package of {', '.join(unknown)} with `apt-file search`"
    return Check(name, Status.FAIL, sentence)


def _start_engine_probe() -> subprocess.Popen | None:
    from kiosk.technician.engine_probe import command

    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("KIOSK_")}  # no secret in the child
    try:
        return subprocess.Popen(command(), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    except OSError:
        return None


def check_engine(ctx: _Context) -> Check:
    name = "web engine"
    proc = ctx.engine
    if proc is None:
        return Check(name, Status.FAIL, "the web engine test could not be started; reinstall the kiosk")
    try:
        out, err = proc.communicate(timeout=45)  # the page (15 s at most), then the media probe (20 s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return Check(name, Status.FAIL, "QtWebEngine did not load a test page within 30 s; the PC may be "
                                        "overloaded, or its graphics drivers broken")
    if proc.returncode == 0:
        ctx.media = _media_line(out)
        return Check(name, Status.OK, "QtWebEngine started a renderer and loaded a test page")
    if "Running as root" in err:  # Chromium's own words: its sandbox (which the kiosk keeps on) refuses root
        return Check(name, Status.FAIL, "QtWebEngine cannot start as root (Chromium's sandbox refuses it); run "
                                        "`kiosk doctor` as the kiosk's user, e.g. sudo -u kiosk kiosk doctor")
    last = next((line.strip() for line in reversed(err.splitlines()) if line.strip()), "no message")
    return Check(name, Status.FAIL, f"QtWebEngine did not load a test page ({last[:160]}); check the "
                                    "web engine libraries above and the graphics drivers")


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

    name = "video"
    if ctx.engine is None or ctx.engine.returncode != 0:
        return Check(name, Status.SKIP, "not checked: the web engine did not start (above)")
    if ctx.media is None:
        return Check(name, Status.FAIL, "the web engine did not say which codecs it plays within 20 s; "
                                        "run `kiosk doctor` again, and check the graphics drivers if it repeats")
    passed, sentence = video_check(ctx.media, sys.platform)
    return Check(name, Status.OK if passed else Status.FAIL, f"{summary(ctx.media)}. {sentence}")


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
    if proxy:
        p = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        host, port = p.hostname or "", p.port or 80
        what = f"the proxy {host}"
    else:
        what = host
    try:
        addresses = _resolve(host, port)
    except (socket.gaierror, UnicodeError) as e:
        return Check("dns", Status.FAIL, f"{what} cannot be resolved ({_reason(e)}); check the network cable or "
                                         "Wi-Fi, and the PC's DNS servers")
    ctx.resolved = True
    return Check("dns", Status.OK, f"{what} is {', '.join(addresses[:3])}")


def check_connect(ctx: _Context) -> Check:
    if not ctx.resolved:
        return Check("connection", Status.SKIP, "skipped: the name did not resolve")
    _scheme, host, port, proxy = _target(ctx)
    via = ""
    if proxy:
        p = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        via = f" through the proxy {p.hostname}:{p.port or 80}"
        target = (p.hostname or "", p.port or 80)
    else:
        target = (host, port)
    started = time.monotonic()
    try:
        socket.create_connection(target, timeout=CONNECT_TIMEOUT).close()
    except OSError as e:
        return Check("connection", Status.FAIL, f"cannot connect to {target[0]}:{target[1]} ({_reason(e)}); "
                                                "a firewall or proxy may block it: check the shop's internet access")
    ctx.connected = True
    return Check("connection", Status.OK, f"{host}:{port} reachable{via} in {(time.monotonic() - started) * 1000:.0f} ms")


def check_tls(ctx: _Context) -> Check:
    scheme, host, port, proxy = _target(ctx)
    if scheme != "https":
        return Check("tls", Status.SKIP, f"plain http to the loopback sandbox {host}; no TLS to check")
    if not ctx.connected:
        return Check("tls", Status.SKIP, "skipped: no connection")
    if proxy:
        return Check("tls", Status.SKIP, "through a proxy: the autologin request below checks the certificate")
    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        with socket.create_connection((host, port), timeout=TLS_TIMEOUT) as raw, \
                context.wrap_socket(raw, server_hostname=host) as tls:
            version = tls.version()
    except ssl.SSLCertVerificationError as e:
        return Check("tls", Status.FAIL, f"the certificate of {host} is not trusted ({e.verify_message or 'not valid'}); "
                                         "check the PC's date and time, and behind a company proxy install its "
                                         "certificate in the system store")
    except (ssl.SSLError, OSError) as e:
        return Check("tls", Status.FAIL, f"the secure connection to {host} failed ({_reason(e)}); a proxy or "
                                         "firewall may intercept it")
    return Check("tls", Status.OK, f"{version} to {host}, certificate trusted by the system store")


def check_autologin(ctx: _Context) -> Check:
    name = "autologin"
    if ctx.settings is None:
        return Check(name, Status.SKIP, "skipped: the configuration is not complete")
    if not ctx.resolved:
        return Check(name, Status.SKIP, "skipped: the autologin host did not resolve")
    from kiosk.technician.configure import test_connection

    result = test_connection(ctx.settings, login_page=False)  # the "login page" check below asks on its own
    return Check(name, Status.OK if result.ok else Status.FAIL, result.sentence)


def check_clock(ctx: _Context) -> Check:
    name = "clock"
    if ctx.resolved:
        ctx.date_header = _fetch_date(ctx)
    if ctx.date_header is None:
        return Check(name, Status.SKIP, "skipped: the API's time could not be read (no answer)")
    try:
        theirs = email.utils.parsedate_to_datetime(ctx.date_header).timestamp()
    except (TypeError, ValueError):
        return Check(name, Status.SKIP, "skipped: the API's Date header cannot be read")
    skew = ctx.clock.wall() - theirs
    ahead = "ahead of" if skew > 0 else "behind"
    if abs(skew) > CLOCK_FAIL:
        return Check(name, Status.FAIL, f"this PC's clock is {say_duration(abs(skew))} {ahead} the API's; "
                                        "certificates will look invalid: set the date and time, and turn on "
                                        "automatic time (NTP)")
    if abs(skew) > CLOCK_WARN:
        return Check(name, Status.WARN, f"this PC's clock is {say_duration(abs(skew))} {ahead} the API's; "
                                        "turn on automatic time (NTP)")
    return Check(name, Status.OK, f"within {say_duration(abs(skew))} of the API's clock")


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
    return Check("allowed hosts", Status.OK if found.ok else Status.FAIL, found.sentence)


def check_login_page(ctx: _Context) -> Check:
    """Where the webshop sends an invalid login link, against KIOSK_LOGIN_URL_PATTERN (kiosk/technician/loginpage.py)."""
    from kiosk.technician.loginpage import check_login_page as ask_webshop

    found = ask_webshop(ctx.partial)
    status = Status.WARN if not found.checked else Status.OK if found.ok else Status.FAIL
    return Check("login page", status, found.sentence)


# ---- printer (only where printing is configured) --------------------------------------------------
def check_printer(ctx: _Context) -> Check:
    printer = str(getattr(ctx.partial, "printer", "") or "")
    if printer.lower() == "off":
        return Check("printer", Status.SKIP, "printing is off (KIOSK_PRINTER=off)")
    return printer_check(printer)


def printer_check(name: str) -> Check:
    """The slip printer as the kiosk sees it: the same spooler and words (``''`` = the system default)."""
    from kiosk.printing.desk import make_spooler
    from kiosk.printing.spooler import SpoolerError

    try:
        status = make_spooler().status(name)
    except SpoolerError as e:
        # Named and missing is a fault; no default printer may just be a shop that prints nothing.
        return Check("printer", Status.FAIL if name else Status.WARN, str(e))
    if status.problem:
        return Check("printer", Status.WARN, f"printer {status.name!r}: {status.problem}")
    return Check("printer", Status.OK, f"printer {status.name!r} is {status.state.value}")


def check_updates(ctx: _Context) -> Check:
    """The partner's repository, the maintenance window, the last update check and its result (kiosk/updates/)."""
    from kiosk.updates.layout import running_installation
    from kiosk.updates.report import updates_report

    status, detail = updates_report(running_installation(), ctx.partial.update_window, ctx.partial.daily_restart)
    return Check("updates", {"ok": Status.OK, "warn": Status.WARN}.get(status, Status.SKIP), detail)


def _reason(e: BaseException) -> str:
    return getattr(e, "strerror", None) or str(e) or e.__class__.__name__
