"""The Windows autostart wrapper's log (plain Python, so tested here on Linux with a fake kiosk)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

WRAPPER = Path(__file__).resolve().parents[2] / "installer" / "windows" / "kiosk_autostart.py"


@pytest.fixture(scope="module")
def autostart():
    spec = importlib.util.spec_from_file_location("kiosk_autostart_unit", WRAPPER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_kiosk(tmp_path: Path, body: str) -> list[str]:
    script = tmp_path / "kiosk.py"
    script.write_text("import sys\nw = sys.stderr.write\n" + body, encoding="utf-8")
    return [sys.executable, str(script)]


def test_only_warnings_sentences_and_its_own_lines_reach_autostart_log(autostart, tmp_path):
    kiosk = fake_kiosk(tmp_path, (
        "for i in range(200):\n"
        "    w(f'2026-11-22 04:00:00,{i:03d} INFO    kiosk.terminal: chatter {i}\\n')\n"
        "    w(f'2026-11-22 04:00:00,{i:03d} DEBUG   kiosk.ui: more chatter {i}\\n')\n"
        "w('2026-11-22 04:00:01,000 WARNING kiosk.autologin: the network is down\\n')\n"
        "w('2026-11-22 04:00:02,000 ERROR   kiosk.terminal: exiting with code 0: Exit\\n')\n"
        "w('The kiosk configuration has 1 problem(s):\\n  - KIOSK_PARTNER_ID: is required\\n')\n"))
    log = tmp_path / "logs" / "autostart.log"
    assert autostart.run(kiosk, log) == 0
    text = log.read_text(encoding="utf-8")
    assert "chatter" not in text
    assert "the network is down" in text and "exiting with code 0" in text
    assert "KIOSK_PARTNER_ID: is required" in text
    assert "autostart: starting" in text and "autostart ends" in text


def test_autostart_log_rotates_by_size_while_the_wrapper_runs(autostart, tmp_path):
    # One run of the kiosk (no restart) writing ~600 kB of warnings.
    kiosk = fake_kiosk(tmp_path, (
        "for i in range(6000):\n"
        "    w(f'2026-11-22 04:00:00,000 WARNING kiosk.page: page load failed {i:05d} ' + 'x' * 50 + '\\n')\n"))
    log = tmp_path / "logs" / "autostart.log"
    assert autostart.run(kiosk, log, max_bytes=50_000, backups=3) == 0
    files = sorted(p.name for p in log.parent.iterdir())
    assert files == ["autostart.log", "autostart.log.1", "autostart.log.2", "autostart.log.3"]
    assert all(p.stat().st_size <= 50_000 for p in log.parent.iterdir())
    assert "autostart ends" in log.read_text(encoding="utf-8")  # the newest lines are in the current file


def test_restarts_are_logged(autostart, tmp_path):
    count = tmp_path / "n"
    kiosk = fake_kiosk(tmp_path, (
        f"import pathlib\np = pathlib.Path({str(count)!r})\n"
        "n = int(p.read_text()) + 1 if p.exists() else 1\np.write_text(str(n))\n"
        "sys.exit(3 if n == 1 else 0)\n"))
    log = tmp_path / "autostart.log"
    assert autostart.run(kiosk, log, sleep=lambda s: None) == 0
    assert "kiosk exited with code 3; restarting in 5 s" in log.read_text(encoding="utf-8")


def test_after_the_kiosk_exits_to_restart_the_wrapper_starts_the_release_current_names(autostart, tmp_path):
    """Releases side by side (docs/it/updates.md): an update installed while 1.0.1 runs, then its fresh start."""
    prefix = tmp_path / "betshop-kiosk"
    ran = tmp_path / "ran"
    for release, body in (("1.0.1", "(prefix / 'current').write_text('1.0.2\\n')\nsys.exit(75)\n"),
                          ("1.0.2", "sys.exit(0)\n")):
        folder = prefix / "releases" / release
        folder.mkdir(parents=True)
        (folder / "kiosk.py").write_text(
            "import pathlib, sys\n"
            f"prefix = pathlib.Path({str(prefix)!r})\n"
            f"with open({str(ran)!r}, 'a') as f:\n    f.write('{release} ' + ' '.join(sys.argv[1:]) + '\\n')\n" + body)
    (prefix / "current").write_text("1.0.1\n")
    here = prefix / "releases" / "1.0.1"  # the wrapper of the release that was installed when the user logged on
    notes: list[str] = []
    code = autostart.supervise(lambda: [sys.executable, str(autostart.installed_kiosk(here, "kiosk.py")), "run"],
                               sleep=lambda s: None, note=notes.append)
    assert code == 0
    assert ran.read_text().splitlines() == ["1.0.1 run", "1.0.2 run"]
    assert notes[0] == "kiosk exited with code 75; restarting in 5 s"


def test_a_current_naming_no_release_falls_back_to_the_kiosk_beside_the_wrapper(autostart, tmp_path):
    here = tmp_path / "betshop-kiosk" / "releases" / "1.0.1"
    here.mkdir(parents=True)
    for current in ("9.9.9", "..\\..\\evil", ""):
        (tmp_path / "betshop-kiosk" / "current").write_text(current)
        assert autostart.installed_kiosk(here, "kiosk.exe") == here / "kiosk.exe"
    flat = tmp_path / "flat"  # an installation from before releases/
    assert autostart.installed_kiosk(flat, "kiosk.exe") == flat / "kiosk.exe"
