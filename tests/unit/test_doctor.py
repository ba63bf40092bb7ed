"""kiosk doctor and the setup logic against the real sandbox (loopback HTTP); only the API's clock is faked."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import tomllib
from pathlib import Path

import pytest

from kiosk.clock import SystemClock
from kiosk.configfile import ConfigWriteError, write_config
from kiosk.sandbox import Sandbox
from kiosk.settings import ConfigSource, take_secrets_from_environ
from kiosk.technician import configure
from kiosk.technician.doctor import Status, check_printer, printer_check, run_checks
from tests.helpers import sandbox_env, sandbox_settings

WRONG_SECRET = "wrong secret, words only"


def write_sandbox_config(path, sb, data_dir, **over) -> None:
    values = sb.kiosk_settings(data_dir=str(data_dir), **over)
    lines = ["# the shop's terminal; keep this comment"]
    for k, v in values.items():
        lines.append(f"{k} = {json.dumps(v)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def by_name(report):
    return {c.name: c for c in report.checks}


def test_all_good_against_the_sandbox(kiosk_env, tmp_path, sb):
    cfg = tmp_path / "kiosk.toml"
    write_sandbox_config(cfg, sb, tmp_path / "data")
    report = run_checks(ConfigSource.of_process(cfg), display=False)
    checks = by_name(report)
    assert report.ok, report.text()
    assert checks["configuration"].status is Status.OK and str(cfg) in checks["configuration"].detail
    assert checks["autologin"].status is Status.OK and "accepted: shop id" in checks["autologin"].detail
    assert checks["clock"].status is Status.OK
    assert checks["data dir"].status is Status.OK and checks["connection"].status is Status.OK
    assert checks["printer"].status is not Status.FAIL  # the system default printer, if any: no default is a warning
    out = json.dumps(report.as_json()) + report.text()
    assert sb.secret_key not in out
    assert not any(token in out for token in sb.issued_tokens)  # the link was requested, never printed
    assert sb.counters["auth_ok"] == 1 and sb.counters["links_redeemed"] == 0


def test_a_wrong_secret_is_a_failed_autologin_in_words(kiosk_env, tmp_path, sb):
    cfg = tmp_path / "kiosk.toml"
    write_sandbox_config(cfg, sb, tmp_path / "data", secret_key=WRONG_SECRET)
    report = run_checks(ConfigSource.of_process(cfg), display=False)
    autologin = by_name(report)["autologin"]
    assert not report.ok and autologin.status is Status.FAIL
    assert "rejected" in autologin.detail and "secret key" in autologin.detail
    assert WRONG_SECRET not in report.text() + json.dumps(report.as_json())


def test_upstream_down_fails_the_connection_check(kiosk_env, tmp_path):
    with Sandbox() as sb:
        cfg = tmp_path / "kiosk.toml"
        write_sandbox_config(cfg, sb, tmp_path / "data")
    report = run_checks(ConfigSource.of_process(cfg), display=False)  # the sandbox has stopped: nothing listens on its port
    checks = by_name(report)
    assert not report.ok
    assert checks["connection"].status is Status.FAIL and "cannot connect" in checks["connection"].detail
    assert checks["autologin"].status is Status.FAIL and "not reached" in checks["autologin"].detail
    assert report.seconds < 30  # seconds, not minutes (a guard, not a timing figure)


class _SkewedClock(SystemClock):
    def __init__(self, offset: float):
        self.offset = offset

    def wall(self) -> float:
        return super().wall() + self.offset


@pytest.mark.parametrize(("offset", "status"), [(600, Status.WARN), (-3 * 86400, Status.FAIL), (20, Status.OK)])
def test_the_clock_is_compared_with_the_api_date_header(kiosk_env, tmp_path, offset, status):
    with Sandbox(clock=_SkewedClock(offset)) as sb:
        cfg = tmp_path / "kiosk.toml"
        write_sandbox_config(cfg, sb, tmp_path / "data")
        clock = by_name(run_checks(ConfigSource.of_process(cfg), display=False))["clock"]
    assert clock.status is status, clock.detail
    if status is Status.WARN:
        assert "10 minutes behind" in clock.detail and "NTP" in clock.detail


@pytest.mark.cups
def test_no_such_printer_is_a_failure_naming_it():
    check = printer_check("no-such-printer-7781")
    assert check.status is Status.FAIL and "no-such-printer-7781" in check.detail


@pytest.mark.cups
def test_a_ready_queue_is_ok_with_the_kiosks_own_words(cups):
    check = printer_check("kiosk-pdf")  # the CUPS queue .ci/setup-cups.sh adds (the printing tests' fixture)
    assert check.status is Status.OK and "'kiosk-pdf'" in check.detail


def test_the_printer_check_is_skipped_when_printing_is_off(kiosk_env, tmp_path, sb):
    class Ctx:
        partial = sandbox_settings(sb, tmp_path, printer="off")

    assert check_printer(Ctx).status is Status.SKIP  # "off" is not a printer's name


def test_a_bad_configuration_lists_every_problem_and_no_secret(kiosk_env, tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('partner_id = "twelve"\nsecret_key = "file-secret-value"\n', encoding="utf-8")
    report = run_checks(ConfigSource.of_process(cfg), display=False)
    config = by_name(report)["configuration"]
    assert config.status is Status.FAIL
    for name in ("KIOSK_PARTNER_ID", "KIOSK_SHOP_NAME", "KIOSK_POS_NAME", "KIOSK_USER_NAME"):
        assert name in config.detail
    assert by_name(report)["autologin"].status is Status.SKIP
    assert "file-secret-value" not in report.text() + json.dumps(report.as_json())


# ---- the config file writer and the form ------------------------------------------------------------
def test_write_config_keeps_comments_and_order_and_is_0600(tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('# site 17, do not remove\nshop_name = "Old"  # the shop\nzoom = 1.5\n', encoding="utf-8")
    os.chmod(cfg, 0o600)
    write_config(cfg, {"shop_name": "New", "pos_name": "POS 3"})
    text = cfg.read_text(encoding="utf-8")
    assert text.startswith("# site 17, do not remove\n") and "# the shop" in text
    assert text.index("shop_name") < text.index("zoom") < text.index("pos_name")
    assert tomllib.loads(text) == {"shop_name": "New", "zoom": 1.5, "pos_name": "POS 3"}
    assert stat.S_IMODE(cfg.stat().st_mode) == 0o600
    fresh = tmp_path / "new" / "kiosk.toml"
    write_config(fresh, {"partner_id": 5})
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


def test_write_config_refuses_a_file_that_is_not_toml(tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text("this is = = not toml\n", encoding="utf-8")
    with pytest.raises(ConfigWriteError) as e:
        write_config(cfg, {"shop_name": "x"})
    assert e.value.invalid and cfg.read_text(encoding="utf-8") == "this is = = not toml\n"


def test_the_form_is_refused_field_by_field_and_nothing_is_written(kiosk_env, tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text("# keep\n", encoding="utf-8")
    form = {"partner_id": "twelve", "secret_key": "", "shop_name": " ", "pos_name": "P", "user_name": "U",
            "auth_url": "http://example.com/auth", "allowed_hosts": "webshop.betgames.tv"}
    checked = configure.check_form(ConfigSource.of_process(cfg), form)
    assert set(checked.errors) >= {"partner_id", "secret_key", "shop_name", "auth_url"}
    assert "https" in checked.errors["auth_url"]
    with pytest.raises(ValueError):
        configure.save(ConfigSource.of_process(cfg), checked)
    assert cfg.read_text(encoding="utf-8") == "# keep\n"


def test_the_form_never_shows_the_secret_and_keeps_it_when_left_empty(kiosk_env, tmp_path, sb):
    cfg = tmp_path / "kiosk.toml"
    write_sandbox_config(cfg, sb, tmp_path / "data")
    state = configure.form_state(ConfigSource.of_process(cfg))
    assert state.secret_set and sb.secret_key not in json.dumps(state.values)
    form = dict(state.values, secret_key="", shop_name="Renamed shop")
    checked = configure.check_form(ConfigSource.of_process(cfg), form)
    assert not checked.errors and "secret_key" not in checked.file_values
    configure.save(ConfigSource.of_process(cfg), checked)
    data = tomllib.loads(cfg.read_text(encoding="utf-8"))
    assert data["secret_key"] == sb.secret_key and data["shop_name"] == "Renamed shop"
    assert cfg.read_text(encoding="utf-8").startswith("# the shop's terminal; keep this comment")


def test_test_connection_says_accepted_or_rejected(kiosk_env, tmp_path, sb):
    ok = configure.test_connection(sandbox_settings(sb, tmp_path))
    assert ok.ok and "accepted: shop id" in ok.sentence
    bad = configure.test_connection(sandbox_settings(sb, tmp_path, secret_key=WRONG_SECRET))
    assert not bad.ok and bad.sentence.startswith("rejected") and WRONG_SECRET not in bad.sentence
    refused = configure.test_connection(sandbox_settings(sb, tmp_path, allowed_hosts=["webshop.betgames.tv"]))
    assert not refused.ok and refused.sentence.startswith("link host not allowed")


def test_a_secret_taken_from_the_environment_still_counts_as_set_by_it(kiosk_env, tmp_path, sb, monkeypatch):
    """After `kiosk run` took KIOSK_SECRET_KEY out of its environment, the technician's Settings form must
    neither ask for it nor save one to the file that a restart (which passes the variable on) would ignore."""
    monkeypatch.setenv("KIOSK_SECRET_KEY", sb.secret_key)
    cfg = tmp_path / "kiosk.toml"
    config = ConfigSource.of_process(cfg)  # made at start, as `kiosk run` does, before it takes the secrets
    take_secrets_from_environ()
    assert "KIOSK_SECRET_KEY" not in os.environ and sb.secret_key not in repr(config)
    values = sb.kiosk_settings()
    del values["secret_key"]
    cfg.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items()), encoding="utf-8")
    state = configure.form_state(config)
    assert state.secret_set and "secret_key" in state.overridden
    form = {k: v for k, v in state.values.items() if k not in state.overridden}
    checked = configure.check_form(config, form)
    assert not checked.errors and "secret_key" not in checked.file_values
    assert configure.test_connection(checked.settings).ok


def test_as_root_the_engine_check_says_to_run_as_the_kiosk_user(monkeypatch, tmp_path):
    # The product never turns Chromium's sandbox off, so as root (a technician's sudo) the engine refuses
    # to start: the doctor says so in a sentence instead of printing Chromium's error.
    from kiosk.technician import doctor

    assert os.geteuid() == 0, "CI runs the suite as root"
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)  # what a product process has
    ctx = doctor._Context(ConfigSource.of_process(tmp_path / "kiosk.toml"), SystemClock())
    ctx.engine = doctor._start_engine_probe()
    check = doctor.check_engine(ctx)
    assert check.status is doctor.Status.FAIL
    assert "run `kiosk doctor` as the kiosk's user" in check.detail and "crbug" not in check.detail


def test_the_video_check_reads_the_engine_childs_answer(tmp_path):
    from kiosk.technician import doctor

    def ctx_after(child_stdout: str, returncode: int = 0):
        ctx = doctor._Context(ConfigSource.of_process(tmp_path / "kiosk.toml"), SystemClock())
        ctx.engine = subprocess.Popen(["sh", "-c", f"exit {returncode}"])
        ctx.engine.wait()
        ctx.media = doctor._media_line(child_stdout) if returncode == 0 else None
        return ctx

    every = {"h264": True, "aac": True, "vp9": True, "av1": True, "opus": True}
    plays = doctor.check_video(ctx_after("web engine loaded a page\nmedia " + json.dumps(every)))
    assert plays.status is Status.OK and "plays H.264" in plays.detail
    wheels = doctor.check_video(ctx_after("media " + json.dumps({**every, "h264": False, "aac": False})))
    assert wheels.status is Status.FAIL and "stay black" in wheels.detail and "betshop-kiosk-system" in wheels.detail
    for garbled in ("media {not json", 'media {"h264": true}', "web engine loaded a page"):
        unknown = doctor.check_video(ctx_after(garbled))
        assert unknown.status is Status.FAIL and "did not say which codecs" in unknown.detail, garbled
    assert doctor.check_video(ctx_after("", returncode=1)).status is Status.SKIP


def _as_nobody(code: str) -> subprocess.CompletedProcess:
    """Python run as the unprivileged user `nobody` (the kiosk's desktop user is not root either)."""
    import sys

    root = Path(__file__).resolve().parents[2]
    return subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", sys.executable, "-c", code],
                          capture_output=True, text=True, timeout=60, cwd=root, env={"PYTHONPATH": str(root)})


@pytest.fixture
def open_tmp():
    """A folder other users can reach (pytest's own tmp_path is root's alone)."""
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="kiosk-perm-"))
    base.chmod(0o755)
    yield base
    shutil.rmtree(base, ignore_errors=True)


def test_the_kiosk_user_saves_its_file_in_a_folder_only_root_may_write(open_tmp):
    # As installed: /etc/xdg/betshop-kiosk is root's (0755), kiosk.toml the kiosk user's. Save from the
    # touch Settings (running as that user) must still work, keeping comments.
    assert os.geteuid() == 0, "CI runs the suite as root"
    folder = open_tmp / "etc"
    folder.mkdir()
    cfg = folder / "kiosk.toml"
    cfg.write_text("# installed by kiosk-setup\nshop_name = \"Old\"\n", encoding="utf-8")
    os.chown(cfg, 65534, 65534)
    folder.chmod(0o755)
    out = _as_nobody(f"from pathlib import Path; from kiosk.configfile import write_config; "
                     f"write_config(Path({str(cfg)!r}), {{'shop_name': 'New'}})")
    assert out.returncode == 0, out.stderr
    assert cfg.read_text(encoding="utf-8") == "# installed by kiosk-setup\nshop_name = \"New\"\n"
    assert stat.S_IMODE(cfg.stat().st_mode) == 0o600 and not [p for p in folder.iterdir() if p != cfg]


def test_a_file_nobody_can_write_names_the_folder_too(open_tmp):
    folder = open_tmp / "etc"
    folder.mkdir()
    cfg = folder / "kiosk.toml"
    cfg.write_text("shop_name = \"Old\"\n", encoding="utf-8")
    folder.chmod(0o755)
    out = _as_nobody(f"from pathlib import Path; from kiosk.configfile import write_config, ConfigWriteError\n"
                     f"try:\n    write_config(Path({str(cfg)!r}), {{'shop_name': 'New'}})\n"
                     f"except ConfigWriteError as e:\n    print(e)")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert "cannot be written" in out.stdout and f"the folder {folder} is not writable" in out.stdout
    assert cfg.read_text(encoding="utf-8") == "shop_name = \"Old\"\n"


def test_diagnostics_in_a_running_kiosk_configured_by_environment_finds_its_secret(kiosk_env, tmp_path, sb,
                                                                                  monkeypatch):
    # `kiosk run` took KIOSK_SECRET_KEY out of its environment at start; the menu's Diagnostics runs the
    # doctor in that process, with no config file at all: the configuration must still be valid.
    for name, value in sandbox_env(sb, tmp_path / "data").items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no-config"))
    config = ConfigSource.of_process()
    take_secrets_from_environ()
    assert "KIOSK_SECRET_KEY" not in os.environ
    report = run_checks(config, display=False)
    checks = by_name(report)
    assert checks["configuration"].status is Status.OK, checks["configuration"].detail
    assert checks["autologin"].status is Status.OK
    assert sb.secret_key not in report.text()


def test_kiosk_setup_has_a_flag_for_every_field_of_the_form():
    from kiosk.cli import build_parser
    from kiosk.technician.fields import FORM_FIELDS

    argv = ["setup"]
    for f in FORM_FIELDS:
        argv += [f.flag, "-" if f.secret else f"{f.name} given"]
    args = build_parser().parse_args(argv)
    assert "--printer" in argv and "--secret-key-file" in argv
    for f in FORM_FIELDS:
        assert getattr(args, f"{f.name}_file" if f.secret else f.name) == ("-" if f.secret else f"{f.name} given")
