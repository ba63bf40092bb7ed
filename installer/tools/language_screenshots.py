"""Screenshots of the offline screen, the phone verification panel and the setup form in a language, for the docs.

Run it on an X server of a small terminal's size (the real xcb platform, no window manager), e.g.:

    Xvfb :99 -screen 0 1024x768x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python installer/tools/language_screenshots.py lt es

(as root, in the environment the test suite gives Chromium: see tests/conftest.py).

It runs the real kiosk against the sandbox (an autologin API answering 503, a player verifying a phone) and the
real setup form, grabs the whole screen once each is drawn, and writes resources/screenshots/<what>-<lang>.png.
Look at every picture before committing it: nothing cut, nothing overlapping.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "screenshots"


def wait(ms: int, until=lambda: False) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms and not until():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def grab(name: str) -> Path:
    path = OUT / name
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path), "PNG")
    print(f"wrote {path}")
    return path


def kiosk_shots(lang: str, tmp: Path) -> None:
    from kiosk.autologin.session import State
    from kiosk.sandbox import Sandbox
    from kiosk.settings import explicit_settings
    from kiosk.terminal import KioskController
    from kiosk.verification.flow import Step

    with Sandbox() as sb:
        settings = explicit_settings(**sb.kiosk_settings(data_dir=tmp / f"data-{lang}", fullscreen=True, language=lang))
        c = KioskController(settings)
        c.start()
        c.add_verification()
        c.show()
        wait(30_000, lambda: c.session.state is State.READY)
        # The player taps "Verify my phone" on the webshop page (in the kiosk's language: Accept-Language).
        c.page.runJavaScript("document.getElementById('verify-button').click()")
        panel = lambda: c.window.findChild(QWidget, "verifyPanel")  # noqa: E731
        wait(15_000, lambda: panel() is not None and panel().flow is not None
             and panel().flow.step is Step.CONFIRM_NUMBER and not panel().waiting)
        wait(800)
        grab(f"verify-panel-{lang}.png")
        panel().cancel()
        # The autologin API is overloaded: 503 with Retry-After, while the webshop would be asked again.
        sb.set_auth_failure("503", retry_after=120)
        c.session.refresh("screenshot", new_page=True)
        wait(15_000, lambda: c.session.state is State.OFFLINE)
        wait(1500)
        grab(f"offline-{lang}.png")
        c.shutdown()


def setup_shot(lang: str, tmp: Path) -> None:
    from kiosk.settings import ConfigSource
    from kiosk.ui.language import install
    from kiosk.ui.setup import SetupFlow, _door
    from kiosk.ui.window import show_on_screen
    from kiosk.ui.window import stylesheet as kiosk_stylesheet
    from kiosk.worker import TaskManager

    install(lang)
    cfg = tmp / f"kiosk-{lang}.toml"
    cfg.write_text('partner_id = 1001\nshop_name = "Vilnius, Gedimino pr. 5"\npos_name = "Computer #3"\n'
                   'user_name = "John Smith"\n', encoding="utf-8")
    config = ConfigSource.of_process(cfg, environ={})
    tasks = TaskManager()
    flow = SetupFlow(config, _door(config), tasks)
    flow.setStyleSheet(kiosk_stylesheet() + flow.styleSheet())
    flow.setCurrentWidget(flow.form)
    flow.form._save()  # what Save says about the missing secret key, in the form's language
    show_on_screen(flow, 0, True)
    wait(1500)
    grab(f"setup-form-{lang}.png")
    flow.hide()
    flow.deleteLater()
    tasks.shutdown()


def main(langs: list[str]) -> int:
    from kiosk.ui.app import make_application

    make_application()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            kiosk_shots(lang, Path(tmp))
            setup_shot(lang, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["lt", "es"]))
