"""The translations against the code, with PySide6's own tools, and a real `kiosk run` in Lithuanian.

A fresh ``pyside6-lupdate`` of kiosk/ must find exactly the texts resources/i18n/*.ts hold (a text shown on a screen
that no .ts has, or a .ts text the code no longer shows, fails here and is named); each committed .qm must be
``pyside6-lrelease``'s build of its .ts. In tests/system because Debian's PySide6 packages, on which tests/unit and
tests/gui also run, do not ship these tools; the .ts files themselves are checked in tests/unit/test_translations.py.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import time
from pathlib import Path

from tests.helpers import free_port, sandbox_env
from tests.helpers.i18n import load_tool
from tests.helpers.process import KIOSK, clean_env, wait_health

i18n = load_tool()
ROOT = Path(__file__).resolve().parents[2]


def test_a_fresh_lupdate_finds_exactly_the_texts_of_the_ts_files_and_the_qm_files_are_built_from_them():
    problems = i18n.source_problems(i18n.code_texts())
    assert problems == [], "run ./dev.sh i18n and translate what it names:\n" + "\n".join(problems)
    assert i18n.stale_qm() == []


def test_a_text_added_to_a_screen_or_taken_away_is_named_by_the_check(tmp_path):
    sources = tmp_path / "kiosk"
    shutil.copytree(ROOT / "kiosk", sources, ignore=shutil.ignore_patterns("__pycache__"))
    screens = sources / "ui" / "screens.py"
    text = screens.read_text(encoding="utf-8")
    text = text.replace('ScreenWords.tr("Trying again…")', 'ScreenWords.tr("Trying once more…")')
    screens.write_text(text + '\n\nGREETING = ScreenWords.tr("Good morning, %1", "", 1)\n', encoding="utf-8")
    problems = i18n.source_problems(i18n.code_texts(sources))
    assert "lt: new in the code, not in kiosk_lt.ts: [ScreenWords] 'Good morning, %1'" in problems
    assert "es: new in the code, not in kiosk_es.ts: [ScreenWords] 'Trying once more…'" in problems
    assert "pt_BR: in kiosk_pt_BR.ts but gone from the code: [ScreenWords] 'Trying again…'" in problems
    assert len(problems) == 3 * 4, problems


def test_a_qm_that_is_not_its_ts_build_is_named(tmp_path):
    folder = tmp_path / "i18n"
    shutil.copytree(i18n.I18N, folder)
    ts = folder / "kiosk_pl.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(">Spróbuj teraz<", ">Spróbuj natychmiast<"), encoding="utf-8")
    assert i18n.stale_qm(folder) == ["pl: kiosk_pl.qm is not lrelease's build of kiosk_pl.ts; run ./dev.sh i18n"]


def test_kiosk_run_in_lithuanian_asks_the_webshop_in_lithuanian_and_its_engine_speaks_it(tmp_path, sb):
    """A fresh process: Chromium takes its locale (its .pak, Intl, navigator.language) from the kiosk's language."""
    port = free_port()
    env = clean_env(**sandbox_env(sb, tmp_path / "data", KIOSK_HEALTH_PORT=port, KIOSK_LANGUAGE="lt"),
                    QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
    kiosk = subprocess.Popen([*KIOSK, "run"], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        wait_health(port, lambda h: h["state"] == "ready", timeout=90)
        deadline = time.monotonic() + 30
        while not sb.page_languages and time.monotonic() < deadline:  # the page reports once its script ran
            time.sleep(0.1)
    finally:
        kiosk.send_signal(signal.SIGTERM)
        _out, err = kiosk.communicate(timeout=30)
    assert sb.accept_languages[0].split(",")[0] == "lt", sb.accept_languages
    said = sb.page_languages[0]
    assert said["intl"] == "lt" and said["languages"][0] == "lt" and said["lang"] == "lt", said
    assert "native screens in Lietuvių" in err
    kiosk_lines = [line for line in err.splitlines() if " kiosk." in line]  # the kiosk's own log: English
    assert any("webshop ready" in line for line in kiosk_lines), err[-3000:]
    doctor = subprocess.run([*KIOSK, "doctor", "--json"], env={**env, "KIOSK_HEALTH_PORT": "0"}, capture_output=True,
                            text=True, timeout=120, stdin=subprocess.DEVNULL)
    checks = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}  # the command line: English, as searched for
    assert checks["autologin"]["detail"].startswith("accepted: shop id"), checks["autologin"]
