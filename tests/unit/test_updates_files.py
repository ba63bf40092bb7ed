"""The files updates live by: the install layout, the updater's state, the heartbeat, the terminal's .sources
and apt's answers as the updater reads them; and what /health and Information make of them (Qt-free)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.updates.apt import deb_name, parse_madison, parse_sources, pin_text
from kiosk.updates.layout import Installation, hold_release, installation_of, read_current, restart_command
from kiosk.updates.policy import Heartbeat, Trial
from kiosk.updates.report import updates_report
from kiosk.updates.state import (
    MAX_BYTES,
    Held,
    Rollback,
    UpdateState,
    load_state,
    read_heartbeat,
    save_state,
    write_heartbeat,
)
from kiosk.updates.status import health_fields, information_rows, read_disk


def make_install(tmp_path: Path, running: str, installed: str | None, *others: str) -> Installation:
    prefix = tmp_path / "opt" / "betshop-kiosk"
    for release in {running, *(others), *([installed] if installed else [])}:
        code = prefix / "releases" / release / "_internal" / "kiosk"
        code.mkdir(parents=True)
        (prefix / "releases" / release / ".in-use").touch()
    if installed:
        (prefix / "current").write_text(installed + "\n")
    (prefix / "kiosk").write_text("#!/bin/sh\n")
    return Installation(prefix, running, tmp_path / "var" / "lib" / "betshop-kiosk")


def test_the_installation_is_found_from_where_the_code_runs(tmp_path):
    code = tmp_path / "opt/betshop-kiosk/releases/1.0.2/_internal/kiosk"
    found = installation_of(code, tmp_path / "state")
    assert found == Installation(tmp_path / "opt/betshop-kiosk", "1.0.2", tmp_path / "state")
    assert found.release_dir == tmp_path / "opt/betshop-kiosk/releases/1.0.2"
    # A source checkout, a wheel in site-packages, or something shaped almost like a release: not installed.
    for elsewhere in (Path(__file__).resolve().parents[2] / "kiosk", tmp_path / "lib/python3/site-packages/kiosk",
                      tmp_path / "opt/betshop-kiosk/release/1.0.2/_internal/kiosk",
                      tmp_path / "opt/betshop-kiosk/releases/../_internal/kiosk"):
        assert installation_of(elsewhere) is None, elsewhere


def test_current_names_a_release_or_nothing(tmp_path):
    (tmp_path / "current").write_text("1.0.3\n")
    assert read_current(tmp_path) == "1.0.3"
    for bad in ("../../etc\n", "", ".hidden", "a/b"):
        (tmp_path / "current").write_text(bad)
        assert read_current(tmp_path) is None, bad
    (tmp_path / "current").unlink()
    assert read_current(tmp_path) is None


def test_a_restart_goes_through_the_launcher_so_it_starts_the_installed_release(tmp_path):
    inst = make_install(tmp_path, "1.0.1", "1.0.2")
    argv = ["/opt/betshop-kiosk/releases/1.0.1/kiosk", "run", "--config", "/etc/kiosk.toml"]
    assert restart_command(inst, argv) == [str(inst.prefix / "kiosk"), "run", "--config", "/etc/kiosk.toml"]
    assert restart_command(None, argv) is None


@pytest.mark.skipif(os.name == "nt", reason="flock")
def test_a_running_release_is_held_against_pruning(tmp_path, monkeypatch):
    import fcntl

    from kiosk.updates import layout

    monkeypatch.setattr(layout, "_held", [])
    inst = make_install(tmp_path, "1.0.1", "1.0.2")
    assert hold_release(inst)
    with open(inst.release_dir / ".in-use", "rb") as other, pytest.raises(BlockingIOError):
        fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # what kiosk-release prune tries
    layout._held[0].close()


def test_the_updaters_state_survives_a_round_trip_and_a_damaged_file_reads_as_empty(tmp_path):
    path = tmp_path / "update-state.json"
    state = UpdateState(package="betshop-kiosk-system", installed_version="1.0.2", last_check_at=1.5e9,
                        last_check_ok=False, last_result="apt said no",
                        trial=Trial("betshop-kiosk-system", "1.0.3", "1.0.3", "1.0.2", "1.0.2", 1.6e9, 42.0, 1.6e9),
                        held=[Held("1.0.4", 1.7e9, "did not start")], rollbacks=2,
                        last_rollback=Rollback("1.0.4", "1.0.3", 1.7e9, "did not start"))
    save_state(path, state)
    assert load_state(path) == state
    assert oct(path.stat().st_mode & 0o777) == "0o644"
    for damage in (b"{not json", b"[1, 2]", b'{"held": [{"version": 1}], "rollbacks": "many"}', b"\xff\xfe"):
        path.write_bytes(damage)
        assert load_state(path) == UpdateState(), damage
    save_state(path, state)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # as Windows PowerShell 5.1 writes it (kiosk-update.ps1)
    assert load_state(path) == state
    path.write_bytes(b" " * (MAX_BYTES + 1))
    assert load_state(path) == UpdateState()
    assert load_state(tmp_path / "missing.json") == UpdateState()


def test_the_heartbeat_round_trip(tmp_path):
    path = tmp_path / "kiosk" / "heartbeat.json"
    beat = Heartbeat("1.0.2", "ready", 1234, time.time())
    write_heartbeat(path, beat)
    assert read_heartbeat(path) == beat
    path.write_text(json.dumps({"release": "1.0.2", "state": "ready", "pid": "1234", "at": 1.0}))
    assert read_heartbeat(path) is None


def test_health_and_information_say_an_update_is_pending_and_when_it_comes(tmp_path):
    inst = make_install(tmp_path, __version__, "1.0.9")
    fields = health_fields(__version__, inst, read_disk(inst))
    assert fields["version"] == __version__ and fields["installed_version"] == "1.0.9" and fields["update_pending"]
    rows = dict(information_rows(fields, "04:00"))
    assert rows["Update"] == "1.0.9 is installed; the kiosk restarts into it at the 04:00 fresh start"
    assert rows["Last update check"].startswith("never")
    # Not pending: the same release, or a `current` naming a release that is not there (a half-finished install).
    for installed in (__version__, "2.0.0"):
        other = make_install(tmp_path / installed, __version__, None)
        (other.prefix / "current").write_text(installed)
        assert not health_fields(__version__, other, read_disk(other))["update_pending"]
    # Not installed from a package (a source checkout): no installed version, nothing pending.
    plain = health_fields(__version__, None, None)
    assert plain["installed_version"] is None and not plain["update_pending"]
    assert dict(information_rows(plain, "04:00"))["Update"].startswith("not installed from a package")


def test_information_tells_a_technician_about_a_rollback(tmp_path):
    inst = make_install(tmp_path, "1.0.2", "1.0.2")
    save_state(inst.state_file, UpdateState(last_check_at=time.time(), last_result="up to date", rollbacks=1,
                                            held=[Held("1.0.3", time.time(), "x")],
                                            last_rollback=Rollback("1.0.3", "1.0.2", time.time(), "1.0.3 did not "
                                                                   "reach ready within 10 minutes")))
    fields = health_fields("1.0.2", inst, read_disk(inst))
    assert fields["update"]["rollbacks"] == 1 and fields["update"]["held"] == ["1.0.3"]
    rows = dict(information_rows(fields, "04:00"))
    assert rows["Update"] == "none pending (1.0.2 is installed)"
    assert "1.0.3 did not reach ready within 10 minutes; back to 1.0.2. Held: 1.0.3" in rows["Rollbacks"]
    assert rows["Last update check"].endswith(": up to date")


SOURCES = """# The partner's betshop-kiosk repository
Types: deb
URIs: https://updates.partner.example/kiosk
Suites: stable
Components: main
Signed-By:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
 .
 mDMEZ0000BYJKwYBBAHaRw8BAQdA
 -----END PGP PUBLIC KEY BLOCK-----
"""


def test_the_terminals_sources_file_is_read_as_apt_reads_it():
    repo = parse_sources(SOURCES)
    assert repo.uris == ("https://updates.partner.example/kiosk",) and repo.suites == ("stable",)
    assert repo.signed and repo.enabled
    assert repo.describe() == "https://updates.partner.example/kiosk stable main"
    unsigned = parse_sources("Types: deb\nURIs: http://x.example/r\nSuites: stable\nComponents: main\nEnabled: no\n")
    assert "no Signed-By key" in unsigned.describe() and "disabled" in unsigned.describe()
    assert parse_sources("# nothing\n") is None


def test_the_versions_offered_come_from_the_partners_repository_only():
    out = (" betshop-kiosk-system |      1.0.3 | http://127.0.0.1:8000 stable/main amd64 Packages\n"
           " betshop-kiosk-system |      1.0.2 | http://127.0.0.1:8000 stable/main amd64 Packages\n"
           " betshop-kiosk-system |      9.9.9 | http://127.0.0.1:80001 stable/main amd64 Packages\n"
           " betshop-kiosk-system |      1.0.1 | http://deb.debian.org/debian trixie/main amd64 Packages\n")
    assert parse_madison(out, ["http://127.0.0.1:8000/"]) == ["1.0.3", "1.0.2"]


def test_a_held_version_is_pinned_away_for_every_apt_run():
    text = pin_text("betshop-kiosk-system", [Held("1.0.3", 0.0, "1.0.3 did not reach ready")])
    assert "Package: betshop-kiosk-system\nPin: version 1.0.3\nPin-Priority: -1\n" in text
    assert deb_name("betshop-kiosk-system", "1:1.0~rc1", "all") == "betshop-kiosk-system_1%3a1.0~rc1_all.deb"


def test_the_doctor_shows_the_repository_the_window_and_the_last_check(tmp_path):
    inst = make_install(tmp_path, __version__, __version__)
    sources = tmp_path / "betshop-kiosk.sources"
    status, detail = updates_report(inst, "03:00-03:50", "04:00", sources)
    assert status == "warn" and "no repository" in detail and "never checked yet" in detail
    sources.write_text(SOURCES)
    save_state(inst.state_file, UpdateState(last_check_at=time.time(), last_result="up to date: betshop-kiosk-system 1"))
    status, detail = updates_report(inst, "03:00-03:50", "04:00", sources)
    assert status == "ok", detail
    first, second = detail.splitlines()
    assert first == ("repository https://updates.partner.example/kiosk stable main; window 03:00–03:50, "
                     "fresh start 04:00")
    assert second.startswith("last check ") and second.endswith(": up to date: betshop-kiosk-system 1")
    for window, restart, said in (("", "04:00", "automatic updates off"), ("03:30-04:30", "04:00", "does not close"),
                                  ("03:00-03:50", "", "no daily fresh start")):
        status, detail = updates_report(inst, window, restart, sources)
        assert status == "warn" and said in detail, detail
    save_state(inst.state_file, UpdateState(last_check_at=time.time(), last_check_ok=False, last_result="apt failed",
                                            rollbacks=1, held=[Held("1.0.3", 0.0, "x")],
                                            last_rollback=Rollback("1.0.3", "1.0.2", 0.0, "1.0.3 did not reach ready")))
    status, detail = updates_report(inst, "03:00-03:50", "04:00", sources)
    assert status == "warn" and ": FAILED: apt failed" in detail and "held 1.0.3" in detail
    assert len(detail.splitlines()) == 3  # the Diagnostics screen has room for three lines beside the others
    assert updates_report(None, "03:00-03:50", "04:00", sources)[0] == "skip"


def test_the_updater_never_imports_qt(tmp_path):
    """`kiosk update` runs as root on a terminal whose display may be dead: no PySide6, whatever path it takes."""
    import subprocess
    import sys

    config = tmp_path / "kiosk.toml"
    config.write_text('update_window = "3am"\n')  # a configuration error: it stops before touching the system
    code = ("import sys\nfrom kiosk import cli\n"
            f"rc = cli.main(['update', '--unhold', '0.0.0', '--config', {str(config)!r}])\n"
            "import kiosk.updates.command, kiosk.updates.apt, kiosk.autologin.webshop\n"
            "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print('rc', rc, 'qt', qt)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")})
    assert "qt []" in done.stdout and "KIOSK_UPDATE_WINDOW" in done.stdout, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_the_windows_updater_writes_the_state_the_kiosk_reads():
    """kiosk-update.ps1 (never run: no Windows here) builds update-state.json by hand: same field names as the
    Python updater's, or /health and Information on Windows would show nothing."""
    import dataclasses

    script = (Path(__file__).resolve().parents[2] / "installer/windows/kiosk-update.ps1").read_text(encoding="utf-8")
    trial = script[script.index("$State.trial = [pscustomobject]@{"):].split("}", 1)[0]
    for kind, text in ((Trial, trial), (UpdateState, script), (Held, script), (Rollback, script)):
        missing = [f.name for f in dataclasses.fields(kind) if f.name not in text]
        assert not missing, f"{kind.__name__}: {missing}"
    assert "Get-AuthenticodeSignature" in script and "'/S', '/UPDATE'" in script
