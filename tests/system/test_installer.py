"""What a shop gets: the PyInstaller bundle, the .deb, install.sh/uninstall.sh, the NSIS installer.

Slow: builds the bundle once per session (or uses the one BETSHOP_KIOSK_BUNDLE names), then runs
the frozen program, installs the .deb and install.sh into throwaway roots (as root), and compiles
the Windows installer. A tool that is missing skips its test on a developer's machine and fails
it in CI (CI=true), where .ci/run installs it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.settings import IDENTITY_FIELDS, load_settings

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
LINUX = INSTALLER / "linux"
EXE = "kiosk.exe" if sys.platform == "win32" else "kiosk"

# The bundle's size budget, a guard against regressions. The target was 320 MB, out of reach
# with PySide6 6.11: the Qt libraries QtWebEngineWidgets links are about 281 MiB (QtWebEngineCore
# alone 195, ICU 38), QtWebEngine's resources 14, the bindings 17.5, Python 10 plus 12 of modules kept
# as uncompressed .pyc for start-up speed. The build measures 350 MiB (367 MB).
# The on-screen keyboard (issue 14) adds 0.04 MiB (its own widget, no Qt module; Qt Virtual Keyboard
# would have added about 7.6 MiB of QML and libraries): the budget stands.
# The languages (issue 24) take 0.5 MiB off: 357.2 MiB before (over the 356 budget already), 356.7 after. Chromium's
# locale packs of the five languages instead of six (en-US lt lv et pl ru) -1.06, Qt's own translations only the
# files the kiosk loads +0.09, the kiosk's translations +0.30, the code +0.1. Over English alone: +3.7 MiB.
SIZE_BUDGET_MIB = 357
KEEP_WEBENGINE_LOCALES = {"en-US", "lt", "pl", "es", "pt-BR"}  # the kiosk's five languages (kiosk/languages.py)
KEEP_QT_TRANSLATIONS = {"qt_lt.qm", "qtbase_pl.qm", "qtbase_es.qm", "qtbase_pt_BR.qm", "qtwebengine_pl.qm",
                        "qtwebengine_es.qm", "qtwebengine_pt_BR.qm"}  # of Qt's own, only what it loads

PREFIX = "opt/betshop-kiosk"
CONFIG = "etc/xdg/betshop-kiosk/kiosk.toml"
UNIT = "usr/lib/systemd/user/betshop-kiosk.service"
DROPIN = "etc/systemd/user/betshop-kiosk.service.d/10-desktop-user.conf"
WANTS = "etc/systemd/user/graphical-session.target.wants/betshop-kiosk.service"
AUTOSTART = "etc/xdg/autostart/betshop-kiosk.desktop"
XSESSION = "usr/share/xsessions/betshop-kiosk.desktop"
TIMER_WANTS = "etc/systemd/system/timers.target.wants/betshop-kiosk-update.timer"
BROKER_UNITS = ("usr/lib/systemd/system/betshop-kiosk-broker.service", "usr/lib/systemd/system/betshop-kiosk-broker.socket")
BROKER_DROPIN = "etc/systemd/system/betshop-kiosk-broker.service.d/10-desktop-user.conf"
BROKER_WANTS = ("etc/systemd/system/multi-user.target.wants/betshop-kiosk-broker.service",
                "etc/systemd/system/sockets.target.wants/betshop-kiosk-broker.socket")
CREDENTIAL = "etc/credstore/betshop-kiosk-identity"
ACCOUNTS = {"etc/passwd", "etc/group", "etc/shadow", "etc/gshadow"}  # the broker's account is kept, like the desktop user

SHOP_NAME = 'Vilnius, "Gedimino" pr. 5 \\ Kaunas – ąčę'  # quotes, a backslash and non-ASCII


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is missing (apt-get install {package})"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    return path


def need_root() -> None:
    if os.geteuid() != 0:
        pytest.fail("installing needs root") if os.environ.get("CI") else pytest.skip("installing needs root")


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.upper().startswith(("KIOSK_", "BETSHOP_KIOSK_", "DPKG_"))}
    env.update(extra)
    return env


def run(cmd, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert done.returncode == 0, f"{cmd[0]} exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


# ------------------------------------------------------------------ the bundle

@pytest.fixture(scope="session")
def bundle(tmp_path_factory):
    given = os.environ.get("BETSHOP_KIOSK_BUNDLE")
    if given:
        path = Path(given).resolve()
        assert (path / EXE).is_file(), f"BETSHOP_KIOSK_BUNDLE={given} has no {EXE}"
        yield path
        return
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is missing (pip install -e '.[build]')"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("pyinstaller-work")
    try:
        run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", dist, "--workpath", work,
             INSTALLER / "betshop-kiosk.spec"], cwd=ROOT, timeout=1200)
        yield dist / "betshop-kiosk"
    finally:  # some 350 MB each, and pytest keeps the last three sessions' temporary folders
        shutil.rmtree(dist, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def scratch(tmp_path):
    """tmp_path, emptied after the test: the throwaway roots hold a copy of the bundle."""
    yield tmp_path
    shutil.rmtree(tmp_path, ignore_errors=True)


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


@pytest.mark.slow
def test_frozen_version_is_the_source_version(bundle):
    done = run([bundle / EXE, "--version"], timeout=60)
    assert done.stdout.strip() == f"betshop-kiosk {__version__}"


@pytest.mark.slow
def test_frozen_kiosk_carries_the_public_suffix_list(bundle, scratch):
    config = scratch / "suffixes.toml"
    config.write_text('allowed_hosts = ["*.co.uk", "*.betgames.tv"]\n', encoding="utf-8")
    # No display: a configuration error then ends the run with exit 2 (with one, the setup screen would stay up).
    env = {k: v for k, v in clean_env().items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([bundle / EXE, "run", "--config", config], env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "'*.co.uk' names a public suffix (co.uk)" in done.stderr and "'*.betgames.tv' names" not in done.stderr


@pytest.mark.slow
def test_frozen_demo_shows_the_webshop_and_saves_a_screenshot(bundle, scratch):
    png = scratch / "demo.png"
    env = clean_env(QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
    done = run([bundle / EXE, "demo", "--exit-when-ready", "--screenshot", png, "--timeout", "90"],
               env=env, cwd=scratch, timeout=180, stdin=subprocess.DEVNULL)
    assert "Traceback" not in done.stderr
    assert "webshop ready" in done.stderr

    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 640 and height >= 400, (width, height)

    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, width, max(1, width // 40))
               for y in range(0, height, max(1, height // 30))}
    assert len(colours) >= 8, f"the screenshot is nearly flat ({len(colours)} colours): nothing was drawn"


@pytest.mark.slow
def test_bundle_carries_only_what_the_kiosk_uses(bundle):
    size_mib = tree_size(bundle) / 2**20
    assert size_mib <= SIZE_BUDGET_MIB, f"the bundle is {size_mib:.0f} MiB, over its {SIZE_BUDGET_MIB} MiB budget"

    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    assert not [f for f in files if "/qml/" in f or f.endswith("/qml")], "QML is not used"
    assert not [f for f in files if f.endswith("qtwebengine_devtools_resources.pak")]
    assert [f for f in files if f.endswith("QtWebEngineProcess") or f.endswith("QtWebEngineProcess.exe")]
    assert [f for f in files if f.endswith("qtwebengine_resources.pak")]
    locales = {Path(f).stem for f in files if "/qtwebengine_locales/" in f}
    assert locales == KEEP_WEBENGINE_LOCALES
    qt_translations = {Path(f).name for f in files if f.endswith(".qm") and "/kiosk/resources/" not in f}
    assert qt_translations == KEEP_QT_TRANSLATIONS
    ours = {Path(f).name for f in files if "/kiosk/resources/i18n/" in f}
    assert ours == {"kiosk_lt.qm", "kiosk_pl.qm", "kiosk_es.qm", "kiosk_pt_BR.qm"}  # the .ts sources stay home
    modules = {Path(f).name.split(".")[0] for f in files if re.fullmatch(r"_internal/PySide6/Qt\w+\.(abi3\.so|pyd)", f)}
    assert modules <= {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtWebEngineCore", "QtWebEngineWidgets",
                       "QtWebChannel", "QtPrintSupport"}, modules
    tools = {"designer", "assistant", "linguist", "qmlcachegen", "qmlimportscanner", "rcc", "uic", "qmllint"}
    assert not [f for f in files if Path(f).name.split(".")[0] in tools]
    # resources/ travels as the package kiosk.resources, the icon included.
    assets = {f.removeprefix("_internal/kiosk/resources/") for f in files if f.startswith("_internal/kiosk/resources/")}
    assert {"kiosk.qss", "verify_panel.qss", "bridge.js", "kiosk.png", "kiosk.ico", "__init__.py"} <= assets, assets


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_every_library_the_bundle_links_is_there(bundle):
    """Pruning never drops a library something kept still links; the system provides the rest."""
    elves = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
             and (p.suffix == ".so" or ".so." in p.name or p.name in (EXE, "QtWebEngineProcess"))
             and p.read_bytes()[:4] == b"\x7fELF"]
    missing = set()
    for chunk in range(0, len(elves), 50):
        out = subprocess.run(["ldd", *map(str, elves[chunk:chunk + 50])], capture_output=True, text=True).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    assert not missing, f"not found: {sorted(missing)} (a pruned library, or a Debian package to install)"


# ------------------------------------------------------------------ throwaway roots

def make_root(path: Path, *, with_dpkg: bool) -> Path:
    """A root with this machine's users and, for dpkg, its package database (dependencies)."""
    for d in ("etc/systemd/user", "etc/systemd/system", "etc/xdg/autostart", "home", "opt/other-app", "usr/bin",
              "var/log"):
        (path / d).mkdir(parents=True, exist_ok=True)
    # Shared directories are not empty on a real system (else dpkg removes them with our package).
    (path / "opt/other-app/README").write_text("another program\n")
    shutil.copy2("/bin/true", path / "usr/bin/true")
    for f in ("passwd", "group", "shadow", "gshadow", "login.defs"):
        if Path("/etc", f).exists():
            shutil.copy2(Path("/etc", f), path / "etc" / f)
    if Path("/etc/skel").is_dir():
        shutil.copytree("/etc/skel", path / "etc/skel", symlinks=True)
    if with_dpkg:
        admin = path / "var/lib/dpkg"
        (admin / "info").mkdir(parents=True)
        (admin / "updates").mkdir()
        (admin / "available").touch()
        shutil.copy2("/var/lib/dpkg/status", admin / "status")
        names = subprocess.run(["dpkg-query", "-W", "-f", "${binary:Package}\n"], capture_output=True, text=True,
                               check=True).stdout.split()
        for name in names:  # the host's packages, without their file lists
            (admin / "info" / f"{name}.list").touch()
    return path


def add_user(root: Path, name: str, uid: int) -> None:
    with open(root / "etc/passwd", "a") as f:
        f.write(f"{name}:x:{uid}:{uid}:Shop desk:/home/{name}:/bin/bash\n")
    with open(root / "etc/group", "a") as f:
        f.write(f"{name}:x:{uid}:\n")
    (root / "home" / name).mkdir()
    os.chown(root / "home" / name, uid, uid)


def passwd_entry(root: Path, name: str) -> list[str] | None:
    for line in (root / "etc/passwd").read_text().splitlines():
        fields = line.split(":")
        if fields[0] == name:
            return fields
    return None


def snapshot(root: Path) -> dict[str, tuple]:
    """Every path under root with its type, mode, owner and content digest; dpkg's own records aside."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if rel.startswith(("var/lib/dpkg", "var/log")):
            continue
        st = p.lstat()
        if stat.S_ISLNK(st.st_mode):
            what = ("link", os.readlink(p))
        elif stat.S_ISDIR(st.st_mode):
            what = ("dir",)
        elif st.st_size > 1_000_000:
            what = ("file", st.st_size)  # the big bundle files: the size is enough here
        else:
            what = ("file", hashlib.sha256(p.read_bytes()).hexdigest())
        out[rel] = (*what, stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid)
    return out


def systemd_verify(root: Path) -> None:
    """`systemd-analyze verify` of the installed units, ExecStart included: the kiosk's user unit with its drop-in,
    and the updater's system service and timer.

    systemd 252 has no --root for user units, so the root's /opt is bound over /opt in a private
    mount namespace, and the unit search path points into the root.
    """
    need("systemd-analyze", "systemd")
    need("unshare", "util-linux")
    runtime = root.parent / f"{root.name}-xdg-runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    user_path = f"{root}/etc/systemd/user:{root}/usr/lib/systemd/user:"
    system_path = f"{root}/etc/systemd/system:{root}/usr/lib/systemd/system:"
    script = (f'mount --bind "{root}/opt" /opt && '
              f'SYSTEMD_UNIT_PATH="{user_path}" systemd-analyze --user --man=no verify betshop-kiosk.service && '
              f'SYSTEMD_UNIT_PATH="{system_path}" systemd-analyze --man=no verify betshop-kiosk-update.service '
              'betshop-kiosk-update.timer')
    done = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                          capture_output=True, text=True, env=clean_env(XDG_RUNTIME_DIR=str(runtime)), timeout=120)
    assert done.returncode == 0 and not done.stderr.strip() and not done.stdout.strip(), \
        f"systemd-analyze verify: exit {done.returncode}\n{done.stdout}{done.stderr}"
    # The broker's system units, with the installer's drop-in.
    unit_path = f"{root}/etc/systemd/system:{root}/usr/lib/systemd/system:"
    script = (f'mount --bind "{root}/opt" /opt && SYSTEMD_UNIT_PATH="{unit_path}" systemd-analyze --man=no verify '
              "betshop-kiosk-broker.service betshop-kiosk-broker.socket")
    done = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                          capture_output=True, text=True, env=clean_env(), timeout=120)
    assert done.returncode == 0 and not done.stderr.strip() and not done.stdout.strip(), \
        f"systemd-analyze verify (broker): exit {done.returncode}\n{done.stdout}{done.stderr}"


def check_installed(root: Path, user: str) -> None:
    """The layout, permissions and generated files both installers leave (for desktop user `user`)."""
    kiosk = root / PREFIX / "kiosk"
    st = kiosk.stat()
    assert st.st_uid == 0 and stat.S_IMODE(st.st_mode) == 0o755
    writable = [p for p in (root / PREFIX).rglob("*")
                if not p.is_symlink() and (p.lstat().st_mode & 0o022 or p.lstat().st_uid != 0)]
    assert not writable, f"files in {PREFIX} that someone other than root can change: {writable[:5]}"
    assert os.readlink(root / "usr/bin/betshop-kiosk") == f"/{PREFIX}/kiosk"
    assert (root / UNIT).read_text() == (LINUX / "betshop-kiosk.service").read_text()
    assert (root / XSESSION).is_file() and (root / AUTOSTART).is_file()
    assert os.readlink(root / WANTS) == f"/{UNIT}"
    assert f"ConditionUser={user}\n" in (root / DROPIN).read_text()
    assert "Exec=/opt/betshop-kiosk/support/kiosk-session\n" in (root / AUTOSTART).read_text()
    # The releases layout: the launcher starts the release `current` names; the updater's timer is enabled.
    release = (root / PREFIX / "current").read_text().strip()
    assert release == __version__ and (root / PREFIX / "releases" / release / "kiosk").is_file()
    assert os.readlink(root / TIMER_WANTS) == "/usr/lib/systemd/system/betshop-kiosk-update.timer"
    assert (root / "var/lib/betshop-kiosk/kiosk").stat().st_uid == int(passwd_entry(root, user)[2])

    entry = passwd_entry(root, user)
    assert entry is not None, f"no desktop user {user}"
    cfg = (root / CONFIG).stat()
    assert stat.S_IMODE(cfg.st_mode) == 0o600
    assert (cfg.st_uid, cfg.st_gid) == (int(entry[2]), int(entry[3]))
    # The broker: its units, enabled, its own account (no login), answering this desktop user; broker mode.
    for unit in BROKER_UNITS:
        assert (root / unit).read_text() == (LINUX / Path(unit).name).read_text()
    for wants, unit in zip(BROKER_WANTS, BROKER_UNITS, strict=True):
        assert os.readlink(root / wants) == f"/{unit}"
    assert f"Environment=BETSHOP_KIOSK_DESKTOP_USER={user}\n" in (root / BROKER_DROPIN).read_text()
    broker = passwd_entry(root, "betshop-kiosk-broker")
    assert broker is not None and broker[6] == "/usr/sbin/nologin" and int(broker[2]) < 1000
    assert tomllib.loads((root / CONFIG).read_text())["broker"] == "/run/betshop-kiosk/broker.sock"
    assert (root / PREFIX / "support/broker.md").is_file()
    systemd_verify(root)


def check_only_config_left(before: dict, after: dict, *, identity: bool = False) -> None:
    """What stays after a remove: the config, the broker's identity (if it had one) and the broker's account."""
    added = {k for k in after if k not in before} - {f"{a}-" for a in ACCOUNTS}  # useradd's backups
    changed = {k for k in after if k in before and after[k] != before[k] and after[k][0] != "dir"} - ACCOUNTS
    expected = {"etc/xdg/betshop-kiosk", CONFIG} | ({"etc/credstore", CREDENTIAL} if identity else set())
    assert added == expected, f"left behind: {sorted(added - expected)}; missing: {sorted(expected - added)}"
    assert not changed, f"changed and not restored: {sorted(changed)}"
    assert not [k for k in before if k not in after], "removed something that was there before"


def check_identity(root: Path, **expected) -> None:
    """The broker's identity file: root's, 0600, and what the broker reads from it."""
    from kiosk.broker.identity import read_identity

    st = (root / CREDENTIAL).stat()
    assert (st.st_uid, stat.S_IMODE(st.st_mode)) == (0, 0o600)
    identity = read_identity(root / CREDENTIAL)
    assert identity is not None
    for key, value in expected.items():
        assert getattr(identity, key) == value, key


# ------------------------------------------------------------------ the .deb

@pytest.fixture(scope="session")
def deb(bundle, tmp_path_factory):
    need("dpkg-deb", "dpkg-dev")
    need("dpkg-shlibdeps", "dpkg-dev")
    out = tmp_path_factory.mktemp("deb")
    # zstd: the release default is xz, which takes about 90 s on two cores; dpkg reads both.
    done = run([LINUX / "build-deb.sh", "--bundle", bundle, "--out", out, "--compress", "zstd"], timeout=900)
    yield Path(done.stdout.strip().splitlines()[-1])
    shutil.rmtree(out, ignore_errors=True)


@pytest.mark.slow
def test_deb_installs_the_application_icon(deb):
    listing = run(["dpkg-deb", "--contents", deb]).stdout
    assert "./usr/share/icons/hicolor/256x256/apps/betshop-kiosk.png" in listing


def test_deb_declares_what_it_needs_from_debian(deb):
    fields = run(["dpkg-deb", "--field", deb, "Package", "Version", "Architecture", "Depends"]).stdout
    assert "Package: betshop-kiosk" in fields
    assert f"Version: {__version__}" in fields
    depends = fields.split("Depends:", 1)[1]
    for package in ("libc6", "libnss3", "libxcb-icccm4", "libfontconfig1", "libx11-6", "libssl3", "passwd"):
        assert package in depends, f"{package} missing from Depends"
    assert "libicu" not in depends, "ICU comes with Qt inside the bundle"


@pytest.mark.slow
def test_deb_installs_configures_and_removes_all_but_the_config(deb, scratch):
    need_root()
    root = make_root(scratch / "root", with_dpkg=True)
    add_user(root, "shopdesk", 4242)
    before = snapshot(root)

    def dpkg(*args, **env):
        return run(["dpkg", f"--root={root}", "--force-script-chrootless", f"--log={root}/var/log/dpkg.log", *args],
                   env=clean_env(**env), timeout=600)

    dpkg("-i", deb, BETSHOP_KIOSK_DESKTOP_USER="shopdesk", KIOSK_PARTNER_ID="6280", KIOSK_SECRET_KEY="s3cr\"et",
         KIOSK_SHOP_NAME=SHOP_NAME, KIOSK_POS_NAME="Computer #3", KIOSK_USER_NAME="John Smith")
    check_installed(root, "shopdesk")
    config = tomllib.loads((root / CONFIG).read_text(encoding="utf-8"))
    assert not [k for k in config if k in IDENTITY_FIELDS], "broker mode: the identity is the broker's"
    check_identity(root, partner_id=6280, shop_name=SHOP_NAME, secret_key='s3cr"et', user_name="John Smith")
    settings = load_settings(root / CONFIG, require=IDENTITY_FIELDS)  # the kiosk accepts what we wrote
    assert settings.broker and settings.secret_key is None
    written, identity = (root / CONFIG).read_bytes(), (root / CREDENTIAL).read_bytes()

    # Reinstalling never overwrites a config or the broker's identity.
    dpkg("-i", deb, KIOSK_PARTNER_ID="1", KIOSK_SECRET_KEY="x", KIOSK_SHOP_NAME="Other", KIOSK_POS_NAME="P",
         KIOSK_USER_NAME="U")
    assert (root / CONFIG).read_bytes() == written and (root / CREDENTIAL).read_bytes() == identity
    assert "ConditionUser=shopdesk\n" in (root / DROPIN).read_text(), "an upgrade keeps the desktop user"

    dpkg("--remove", "betshop-kiosk")
    check_only_config_left(before, snapshot(root), identity=True)
    assert (root / CONFIG).read_bytes() == written

    dpkg("--purge", "betshop-kiosk")
    after = snapshot(root)
    assert {k: v for k, v in after.items() if k not in ACCOUNTS and k.rstrip("-") not in ACCOUNTS} == \
        {k: v for k, v in before.items() if k not in ACCOUNTS}
    assert passwd_entry(root, "betshop-kiosk-broker") is not None, "the account is kept, like the desktop user"


@pytest.mark.slow
def test_deb_upgrade_moves_the_secret_out_of_an_existing_config_into_the_broker(deb, scratch):
    """A terminal set up by a package from before the broker: the secret in the desktop user's kiosk.toml."""
    need_root()
    root = make_root(scratch / "root", with_dpkg=True)
    add_user(root, "shopdesk", 4242)
    (root / CONFIG).parent.mkdir(parents=True)
    (root / CONFIG).write_text('# our shop\npartner_id = 6280\nsecret_key = "old-s3cret"\nshop_name = "Shop"\n'
                               'pos_name = "POS"\nuser_name = "User"\nhealth_port = 9100\n', encoding="utf-8")
    os.chown(root / CONFIG, 4242, 4242)
    (root / CONFIG).chmod(0o600)
    done = run(["dpkg", f"--root={root}", "--force-script-chrootless", f"--log={root}/var/log/dpkg.log", "-i", deb],
               env=clean_env(BETSHOP_KIOSK_DESKTOP_USER="shopdesk"), timeout=600)
    assert "Moved the partner secret out of" in done.stdout + done.stderr
    text = (root / CONFIG).read_text()
    assert "old-s3cret" not in text and "secret_key" not in text
    assert "# our shop" in text and "health_port = 9100" in text and 'broker = "/run/betshop-kiosk/broker.sock"' in text
    assert (root / CONFIG).stat().st_uid == 4242, "still the desktop user's"
    check_identity(root, secret_key="old-s3cret", partner_id=6280, shop_name="Shop")
    check_installed(root, "shopdesk")


@pytest.mark.slow
def test_install_sh_creates_the_desktop_user_and_uninstall_sh_keeps_only_the_config(bundle, scratch):
    need_root()
    need("useradd", "passwd")
    root = make_root(scratch / "root", with_dpkg=False)
    assert passwd_entry(root, "kiosk") is None

    run(["sh", LINUX / "install.sh", "--root", root, "--bundle", bundle], env=clean_env(), timeout=600)
    before = snapshot(root)  # after the install: the desktop user is expected to stay
    check_installed(root, "kiosk")
    assert (root / "home/kiosk").is_dir()
    assert not [k for k in tomllib.loads((root / CONFIG).read_text()) if k in IDENTITY_FIELDS], \
        "no identity given, so the template's identity lines stay commented"
    assert not (root / CREDENTIAL).exists(), "no identity given: the broker waits for one"

    # Upgrade: same files, config untouched even with identity options.
    written = (root / CONFIG).read_bytes()
    run(["sh", LINUX / "install.sh", "--root", root, "--bundle", bundle, "--partner-id", "77"], env=clean_env(),
        timeout=600)
    assert (root / CONFIG).read_bytes() == written

    run(["sh", root / PREFIX / "support/uninstall.sh", "--root", root], env=clean_env(), timeout=300)
    after = snapshot(root)
    gone = {k for k in before if k not in after}
    assert all(k.startswith((PREFIX, "usr/", "etc/systemd/user/", "etc/systemd/system", "etc/xdg/autostart/",
                             "var/lib/betshop-kiosk")) for k in gone), gone
    assert not (root / BROKER_DROPIN).exists() and not [w for w in BROKER_WANTS if (root / w).is_symlink()]
    assert not (root / PREFIX).exists() and not (root / UNIT).exists() and not (root / WANTS).exists()
    assert not (root / AUTOSTART).exists() and not (root / DROPIN).exists()
    assert (root / CONFIG).read_bytes() == written

    run(["sh", LINUX / "uninstall.sh", "--root", root, "--purge"], env=clean_env(), timeout=300)
    assert not (root / "etc/xdg/betshop-kiosk").exists()


@pytest.mark.slow
@pytest.mark.parametrize("option, value, message", [
    ("--partner-id", "12a", "partner id must be a number"),
    ("--shop-name", "Vilnius\nKaunas", "must be a single line"),
])
def test_a_bad_identity_value_fails_the_install_before_it_changes_anything(bundle, scratch, option, value, message):
    need_root()
    root = make_root(scratch / "root", with_dpkg=False)
    add_user(root, "shopdesk", 4242)
    done = subprocess.run(["sh", LINUX / "install.sh", "--root", root, "--bundle", bundle,
                           "--desktop-user", "shopdesk", option, value],
                          capture_output=True, text=True, env=clean_env(), timeout=600)
    assert done.returncode != 0 and message in done.stderr
    assert not (root / CONFIG).exists() and not (root / PREFIX).exists(), "checked before installing anything"


# ------------------------------------------------------------------ Windows

@pytest.mark.slow
def test_nsis_installer_compiles_against_the_bundle(bundle, scratch):
    makensis = need("makensis", "nsis")
    setup = scratch / "betshop-kiosk-setup.exe"
    # FAST: no compression, this is a syntax and structure check (the Linux bundle has no .exe files).
    run([makensis, "-WX", "-V2", f"-DVERSION={__version__}", "-DFAST", f"-DBUNDLE_DIR={bundle}",
         f"-DOUTFILE={setup}", INSTALLER / "windows/betshop-kiosk.nsi"], timeout=600)
    head = setup.read_bytes()[:4096]
    assert head[:2] == b"MZ"
    assert setup.stat().st_size > tree_size(bundle) * 0.9, "the bundle is not inside"


def load_autostart():
    spec = importlib.util.spec_from_file_location("kiosk_autostart", INSTALLER / "windows/kiosk_autostart.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_autostart_restarts_the_kiosk_until_it_exits_0(tmp_path):
    autostart = load_autostart()
    count = tmp_path / "count"
    fake = tmp_path / "kiosk.py"
    # Fails twice (a crash, a config error), then a technician chooses Exit.
    fake.write_text(f"import pathlib, sys\np = pathlib.Path({str(count)!r})\n"
                    "n = int(p.read_text()) + 1 if p.exists() else 1\np.write_text(str(n))\n"
                    "print('boom', file=sys.stderr)\nsys.exit({1: 3, 2: 2}.get(n, 0))\n")
    notes, sleeps = [], []
    with open(tmp_path / "stderr.log", "w") as err:
        code = autostart.supervise([sys.executable, str(fake)], sleep=sleeps.append, note=notes.append, stderr=err)
    assert code == 0 and count.read_text() == "3"
    assert sleeps == [autostart.RESTART_DELAY_S] * 2
    assert notes[:2] == [f"kiosk exited with code {c}; restarting in 5 s" for c in (3, 2)]
    assert len(notes) == 3 and "autostart ends" in notes[2]
    assert (tmp_path / "stderr.log").read_text().count("boom") == 3


def test_autostart_gives_up_when_the_kiosk_cannot_be_started(tmp_path):
    autostart = load_autostart()
    notes = []
    assert autostart.supervise([str(tmp_path / "no-such-kiosk")], sleep=lambda s: None, note=notes.append) == 1
    assert notes and notes[0].startswith("cannot start")


def test_shell_scripts_parse():
    for script in ("install.sh", "uninstall.sh", "build-deb.sh", "build-deb-system.sh", "build-apt-repo.sh",
                   "kiosk-setup", "kiosk-session", "kiosk-launcher", "kiosk-release",
                   "debian/postinst", "debian/prerm", "debian/postrm"):
        run(["sh", "-n", LINUX / script])
        assert os.access(LINUX / script, os.X_OK), f"{script} is not executable"


def test_linux_unit_keeps_the_supervisor_contract():
    unit = (LINUX / "betshop-kiosk.service").read_text()
    for line in ("ExecStart=/opt/betshop-kiosk/kiosk run", "Restart=on-failure", "RestartSec=5s",
                 "PartOf=graphical-session.target", "After=graphical-session.target",
                 "WantedBy=graphical-session.target"):
        assert f"\n{line}\n" in unit, line
    shipped = "".join(p.read_text() for p in INSTALLER.rglob("*") if p.is_file() and p.suffix != ".pyc"
                      and p.name != "kiosk_entry.py")
    assert "QTWEBENGINE_DISABLE_SANDBOX" not in shipped and "--no-sandbox" not in shipped


@pytest.mark.slow
@pytest.mark.parametrize("desktop_user, display, exits, runs", [
    ("someone-else", "localhost:99", [], 0),   # another user's session: no kiosk
    ("root", "localhost:99", [3, 2, 0], 3),    # restarted until a technician's Exit
    ("root", ":4242", [3], 1),                 # the display is gone: the session is over
])
def test_kiosk_session_supervises_without_systemd(scratch, desktop_user, display, exits, runs):
    """The XDG-autostart path on a desktop without a systemd user manager, with a fake kiosk."""
    need_root()
    need("unshare", "util-linux")
    root = scratch / "root"
    (root / "opt/betshop-kiosk/support").mkdir(parents=True)
    (root / "etc/systemd/user/betshop-kiosk.service.d").mkdir(parents=True)
    shutil.copy2(LINUX / "kiosk-session", root / "opt/betshop-kiosk/support/kiosk-session")
    (root / DROPIN).write_text(f"[Unit]\nConditionUser={desktop_user}\n")
    count = scratch / "runs"
    codes = " ".join(map(str, exits)) or "0"
    fake = root / "opt/betshop-kiosk/kiosk"
    fake.write_text(f'#!/bin/sh\nn=$(($(cat {count} 2>/dev/null || echo 0) + 1)); echo $n > {count}\n'
                    f'[ "$1" = run ] || exit 9\nset -- {codes}\nshift $((n - 1)); exit ${{1:-0}}\n')
    fake.chmod(0o755)
    script = (f'mount --bind "{root}/opt" /opt && mount --bind "{root}/etc/systemd/user" /etc/systemd/user && '
              'exec sh /opt/betshop-kiosk/support/kiosk-session')
    # No user manager to hand over to (XDG_RUNTIME_DIR nowhere), so the script supervises itself.
    env = clean_env(DISPLAY=display, XDG_RUNTIME_DIR=str(scratch / "nowhere"), BETSHOP_KIOSK_RESTART_DELAY="0.1")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    ran = int(count.read_text()) if count.exists() else 0
    assert ran == runs
    assert done.stderr.count("restarting in") == (max(runs - 1, 0) if display == "localhost:99" else 0)
