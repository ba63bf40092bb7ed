"""KIOSK_LANGUAGE against the sandbox: the real kiosk (offscreen QtWebEngine, loopback HTTP) says everything a
cashier, a player or a technician reads in the shop's language, and asks the webshop in it first.

Every text these tests put on a screen is looked up in the translations; a lookup that finds nothing (a text the
.ts files lack, a context that is not its class's name) fails the test that made it (``no_missing_texts``).
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.autologin.session import State
from kiosk.ui import language as lang_module
from kiosk.ui.language import shop, translation
from kiosk.verification.flow import Step
from kiosk.words import Text
from tests.helpers.fixtures import WAIT, run_js, wait_state

LT_SIGNING_IN = "Jungiamasi prie lažybų svetainės…"


@pytest.fixture(autouse=True)
def no_missing_texts(monkeypatch):
    """Every Text shown in a translated language must have its translation (the .ts files are complete)."""
    missing: list[tuple[str, str, str]] = []
    find = lang_module.Translation._find

    def checked(self, t: Text):
        found = find(self, t)
        if found is None and t.context and not self.english:
            missing.append((self.code, t.context, t.source))
        return found

    monkeypatch.setattr(lang_module.Translation, "_find", checked)
    yield missing
    assert not missing, f"texts shown without a translation: {missing}"


def texts(widget) -> str:
    return "\n".join(w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
                     if w.isVisible() and w.text())


def test_lithuanian_splash_offline_screen_and_accept_language(qtbot, make_kiosk, sb):
    sb.latency = 1.0  # the autologin answer takes a second: the splash is on screen meanwhile
    c = make_kiosk(sb, language="lt")
    assert shop().code == "lt"
    qtbot.waitUntil(lambda: c.window.splash.message.text() == LT_SIGNING_IN, timeout=WAIT)
    wait_state(qtbot, c, State.READY)
    # The webshop is asked in Lithuanian first; the sandbox webshop answers in it (<html lang>), and the engine's own
    # locale (Chromium's .pak, navigator.language) is the kiosk's.
    assert sb.accept_languages[0].split(",")[0] == "lt", sb.accept_languages
    assert run_js(qtbot, c, "document.documentElement.lang") == "lt"
    assert run_js(qtbot, c, "navigator.languages[0]") == "lt"
    sb.latency = 0.0
    sb.set_auth_failure("503", retry_after=90)
    c.session.refresh("a test", tapped=False, new_page=True)
    wait_state(qtbot, c, State.OFFLINE)
    status = c.window.status
    qtbot.waitUntil(lambda: status.countdown.text().startswith("Iki kito bandymo liko"), timeout=WAIT)
    assert status.title.text() == "Šiuo metu nepavyksta pasiekti lažybų svetainės"
    assert status.reason.text().startswith("Automatinio prisijungimo tarnyba 127.0.0.1 užimta (HTTP 503)")
    assert "503" in c.session.stats.last_error and "busy" in c.session.stats.last_error  # the log and /health: English


def test_english_by_default_and_from_a_c_locale(qtbot, make_kiosk, sb):
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.READY)
    assert shop().english and sb.accept_languages[0].startswith("en")
    assert c.window.splash.message.text() == "Signing in to the webshop…"


def test_the_panel_speaks_the_pages_language_and_the_page_can_switch_it_to_english(qtbot, make_kiosk, sb):
    c = make_kiosk(sb, language="es")
    ui = c.add_verification()
    wait_state(qtbot, c, State.READY)
    run_js(qtbot, c, f"window.kiosk.verifyMobile({sb.demo_player_token!r}); 1")
    qtbot.waitUntil(lambda: ui.panel.isVisible() and ui.panel.flow.step is Step.CONFIRM_NUMBER, timeout=WAIT)
    qtbot.waitUntil(lambda: "¿Es " in ui.panel.message.text(), timeout=WAIT)
    assert ui.panel.title.text() == "Verifica tu número de móvil"
    assert ui.panel.button("confirm").text() == "Sí, envíame el código"
    ui.panel.cancel()
    # The player switches the webshop to English (its own language menu): the next panel is English.
    c.page.load(sb.base_url + "/webshop/lang/en")
    qtbot.waitUntil(lambda: run_js(qtbot, c, "document.documentElement.lang") == "en", timeout=WAIT)
    run_js(qtbot, c, f"window.kiosk.verifyMobile({sb.demo_player_token!r}); 1")
    qtbot.waitUntil(lambda: ui.panel.isVisible() and ui.panel.flow.step is Step.CONFIRM_NUMBER, timeout=WAIT)
    qtbot.waitUntil(lambda: ui.panel.title.text() == "Verify your mobile number", timeout=WAIT)
    assert "Is " in ui.panel.message.text() and ui.panel.button("confirm").text() == "Yes, send me the code"
    assert shop().code == "es"  # the cashier's screens stay Spanish


def test_a_page_in_a_language_the_kiosk_does_not_speak_gets_the_shops(qtbot):
    assert lang_module.for_page("de-DE") is shop() and lang_module.for_page(None) is shop()
    assert lang_module.for_page("pt").code == "pt_BR" and lang_module.for_page("PL-pl").code == "pl"


def test_the_technician_switches_to_english_for_the_visit_only(qtbot, make_kiosk, sb):
    from kiosk.pin import hash_pin
    from tests.gui.test_technician import enter_pin, tap

    c = make_kiosk(sb, language="pl", technician_pin=hash_pin("246813"))
    wait_state(qtbot, c, State.READY)
    overlay = c.shell.technician
    overlay.open_door()
    assert overlay.dots.text() == "Wpisz PIN"
    enter_pin(qtbot, overlay, "246813")
    menu = overlay.stack.widget(1)
    assert "Menu technika" in texts(menu) and "Informacje" in texts(menu)
    tap(qtbot, overlay, "menu_language")  # labelled "English"
    menu = overlay.stack.widget(1)
    qtbot.waitUntil(lambda: "Technician menu" in texts(menu), timeout=WAIT)
    assert overlay.stack.currentIndex() == 1 and "Polski" in texts(menu)  # the way back, in its own name
    tap(qtbot, overlay, "menu_info")
    info = overlay.stack.widget(2)
    assert "Last error" in texts(info) and "ready" in texts(info)
    overlay.close_door()
    overlay.open_door()  # the next visit: the shop's language again, and the setting never changed
    assert overlay.dots.text() == "Wpisz PIN" and c.settings.language == "pl"


def test_diagnostics_and_information_show_the_doctors_words_translated(qtbot, make_kiosk, sb, caplog, tmp_path):
    from types import MappingProxyType

    from kiosk.pin import hash_pin
    from kiosk.settings import ConfigSource
    from tests.gui.test_technician import enter_pin, tap

    caplog.set_level(logging.INFO)
    c = make_kiosk(sb, language="lt", technician_pin=hash_pin("246813"))
    wait_state(qtbot, c, State.READY)
    overlay = c.shell.technician
    # A configuration with nothing in it (not this machine's: an installed package has a valid one).
    overlay.config = ConfigSource(tmp_path / "kiosk.toml", False, MappingProxyType({}))
    overlay.open_door()
    enter_pin(qtbot, overlay, "246813")
    tap(qtbot, overlay, "menu_diagnostics")
    page = overlay.diagnostics
    qtbot.waitUntil(lambda: page.again.isEnabled(), timeout=60_000)
    shown = texts(page)
    # The configuration check lists what is missing, each problem a whole Lithuanian sentence around the setting's name.
    assert "Diagnostika" in shown and "konfigūracija" in shown and "automatinis prisijungimas" in shown
    assert "problemos; ištaisykite jas konfigūracijos faile" in shown
    assert "KIOSK_PARTNER_ID: privaloma (nenustatyta: nustatykite aplinkos kintamąjį KIOSK_PARTNER_ID" in shown
    failed = sum(not c.ok for c in page.checks)
    assert page.summary.text() == {1: "Nepavyko 1 patikrinimas"}.get(failed, f"Nepavyko {failed} patikrinimai")
    assert any(c.name == "configuration" for c in page.checks)  # the checks' own words stay English (CLI, --json)


def test_the_keyboard_labels_speak_the_language(qtbot):
    from kiosk.ui.keyboard import FieldKeyboard

    lang_module.install("pt_BR")
    keyboard = FieldKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.resize(600, 320)
    keyboard.show()
    qtbot.waitExposed(keyboard)
    assert keyboard.state.layout.code == "pt_BR"  # the language's layout first, then English
    assert [layout.code for layout in keyboard.state.layouts] == ["pt_BR", "en_GB"]
    assert keyboard.button("space").text() == "espaço" and keyboard.button("enter").text() == "Enter"
    assert keyboard.button("ç").text() == "ç"
    qtbot.mouseClick(keyboard.button("~"), Qt.MouseButton.LeftButton)  # the dead key: the next vowel gets its tilde
    assert keyboard.button("ã").text() == "ã"


@pytest.mark.cups
def test_the_print_banner_speaks_the_shops_language(qtbot, make_kiosk, sb, cups):
    from tests.gui.test_printing import NOPAPER_QUEUE

    c = make_kiosk(sb, language="lt", printer=NOPAPER_QUEUE)
    service = c.add_printing()
    wait_state(qtbot, c, State.READY)
    run_js(qtbot, c, "document.getElementById('print-slip').click(); 1")
    banner = service.banner
    qtbot.waitUntil(lambda: banner.isVisible() and "popierius" in banner.text.text(), timeout=60_000)
    assert banner.text.text().startswith("Kvitų spausdintuve baigėsi popierius; paskutinis kvitas neatspausdintas.")
    assert "out of paper" in service.desk.snapshot()["last_error"]  # /health and the log: English


def test_each_translation_is_found_and_english_needs_no_file(qtbot):
    from kiosk.clock import say_duration
    from kiosk.ui.screens import ScreenWords

    sentence = ScreenWords.tr("Trying again in %1").arg(say_duration(54))
    assert translation("en").text(sentence) == "Trying again in 54 seconds" == sentence
    assert translation("pl").text(sentence) == "Ponowna próba za 54 sekundy"
    assert translation("pt_BR").text(sentence) == "Nova tentativa em 54 segundos"
    assert translation("lt").text("the gateway's own words") == "the gateway's own words"  # not a Text: as it came


@pytest.mark.parametrize("language", ["en", "lt", "pl", "es", "pt_BR"])
def test_the_pin_gate_menu_and_information_are_shown_whole_at_1024x768(qtbot, language, tmp_path):
    """The technician's screens in every language on a small terminal: no word cut, nothing off the screen."""
    from PySide6.QtWidgets import QWidget

    from kiosk.clock import SystemClock
    from kiosk.pin import TechnicianDoor
    from kiosk.settings import explicit_settings
    from kiosk.ui.setup import PinGate
    from kiosk.ui.setup import stylesheet as setup_stylesheet
    from kiosk.ui.technician import TechnicianOverlay
    from kiosk.ui.window import stylesheet
    from kiosk.worker import TaskManager

    lang_module.install(language)
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(stylesheet())
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    overlay = TechnicianOverlay(window, TechnicianDoor(None, SystemClock()),
                                explicit_settings(shop_name="Vilnius, Gedimino pr. 5", data_dir=tmp_path))
    overlay.cover()
    tasks = TaskManager()
    gate = PinGate(TechnicianDoor(None, SystemClock()), tasks)  # a fresh terminal: "choose a PIN", the longest title
    qtbot.addWidget(gate)
    gate.setStyleSheet(stylesheet() + setup_stylesheet())
    gate.resize(1024, 768)
    gate.show()
    qtbot.waitExposed(gate)

    def whole(root, page):
        for label in page.findChildren(QLabel):
            if label.isVisibleTo(root) and label.text():
                corner = label.mapTo(root, QPoint(0, 0))
                assert corner.x() >= 0 and corner.x() + label.width() <= 1024, label.text()
                assert corner.y() + label.height() <= 768, label.text()
                needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
                assert label.height() >= needed, label.text()
                if not label.wordWrap():
                    assert label.width() >= label.sizeHint().width(), label.text()
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(root) and button.text():
                corner = button.mapTo(root, QPoint(button.width(), button.height()))
                assert corner.y() <= 768 and corner.x() <= 1024, button.text()
                assert button.fontMetrics().horizontalAdvance(button.text()) < button.width(), button.text()

    try:
        for index in (0, 1):  # the PIN pad and the menu (with its language key)
            overlay.stack.setCurrentIndex(index)
            qtbot.waitUntil(lambda i=index: whole(overlay, overlay.stack.widget(i)) is None, timeout=WAIT)
        overlay._show_info()
        qtbot.waitUntil(lambda: whole(overlay, overlay.stack.widget(2)) is None, timeout=WAIT)
        qtbot.waitUntil(lambda: whole(gate, gate) is None, timeout=WAIT)
    finally:
        tasks.shutdown()
