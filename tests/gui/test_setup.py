"""The not-configured screen, the PIN gate, the touch setup form and Diagnostics: real widgets, real sandbox."""

from __future__ import annotations

import json
import stat

import httpx
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.autologin.session import State
from kiosk.languages import LANGUAGES
from kiosk.pin import hash_pin, verify_pin
from kiosk.settings import IDENTITY_FIELDS, ConfigError, ConfigSource, Problem, load_settings
from kiosk.technician.doctor import Status
from kiosk.ui.language import install, translation
from kiosk.ui.setup import SetupFlow, SetupWords, _door
from kiosk.worker import TaskManager
from tests.helpers import free_port
from tests.helpers.fixtures import WAIT, wait_state

PIN = "482916"
COMMENT = "# terminal 7 at the Gedimino shop: keep this line\n"


def tap(qtbot, root, name: str):
    button = root.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enter_pin(qtbot, root, pin: str):
    for d in pin:
        tap(qtbot, root, f"key_{d}")
    tap(qtbot, root, "key_ok")


def fill(form, sb, **over):
    values = {"partner_id": str(sb.partner_id), "secret_key": sb.secret_key, "shop_name": "", "pos_name": "POS 1",
              "user_name": "John Smith", "auth_url": sb.auth_url, "allowed_hosts": sb.address}
    values.update(over)
    for name, text in values.items():
        form.edits[name].setText(text)


@pytest.fixture
def tasks(qtbot):
    t = TaskManager()
    yield t
    t.shutdown()


def required(*settings: str) -> list[Problem]:
    """The problems of a configuration that lacks these settings, as `kiosk run` would find them."""
    return [Problem(s, "is required", f"not set: set environment variable KIOSK_{s.upper()} or key '{s}' in kiosk.toml")
            for s in settings]


def start_flow(qtbot, cfg, tasks, problems=None):
    config = ConfigSource.of_process(cfg)
    flow = SetupFlow(config, _door(config), tasks, problems=problems)
    qtbot.addWidget(flow)
    flow.resize(1280, 800)
    flow.show()
    return flow


def test_a_fresh_terminal_chooses_a_pin_then_saves_a_valid_file_that_keeps_comments(qtbot, kiosk_env, tmp_path, sb,
                                                                                    tasks):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(COMMENT + "zoom = 1.25\n", encoding="utf-8")
    flow = start_flow(qtbot, cfg, tasks, problems=required("partner_id"))
    assert "KIOSK_PARTNER_ID: is required (not set" in flow.not_configured.problem_labels[0].text()
    tap(qtbot, flow, "setup_start")
    enter_pin(qtbot, flow.gate, "123")  # too short
    assert "6 to 12 digits" in flow.gate.message.text()
    enter_pin(qtbot, flow.gate, PIN)
    enter_pin(qtbot, flow.gate, PIN)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.form, timeout=WAIT)
    form = flow.form
    fill(form, sb)
    form.edits["shop_name"].setFocus()
    for key in ("shift", "s", "h", "o", "p", "space", "7"):  # the on-screen keyboard types
        qtbot.mouseClick(form.keyboard.button(key), Qt.MouseButton.LeftButton)
    assert form.edits["shop_name"].text() == "Shop 7"
    with qtbot.waitSignal(flow.finished, timeout=WAIT) as saved:
        tap(qtbot, form, "setup_save")
    assert saved.args == [True]
    text = cfg.read_text(encoding="utf-8")
    assert text.startswith(COMMENT) and PIN not in text
    assert stat.S_IMODE(cfg.stat().st_mode) == 0o600
    settings = load_settings(cfg, require=IDENTITY_FIELDS)
    assert settings.shop_name == "Shop 7" and settings.zoom == 1.25
    assert verify_pin(PIN, settings.technician_pin.get_secret_value())


def test_invalid_input_is_refused_field_by_field_and_nothing_is_written(qtbot, kiosk_env, tmp_path, sb, tasks):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(COMMENT, encoding="utf-8")
    flow = start_flow(qtbot, cfg, tasks)
    flow.open_gate()
    enter_pin(qtbot, flow.gate, PIN)
    enter_pin(qtbot, flow.gate, PIN)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.form, timeout=WAIT)
    form = flow.form
    fill(form, sb, partner_id="twelve", shop_name="Shop", auth_url="http://example.com/auth", allowed_hosts="a b/c")
    tap(qtbot, form, "setup_save")
    for name in ("partner_id", "auth_url", "allowed_hosts"):
        assert form.errors[name].isVisible() and form.errors[name].text(), name
    assert not form.errors["shop_name"].isVisible()
    assert "nothing was saved" in form.status.text()
    assert cfg.read_text(encoding="utf-8") == COMMENT


def test_the_pin_guards_setup_when_one_is_set(qtbot, kiosk_env, tmp_path, tasks):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'technician_pin = "{hash_pin(PIN)}"\n', encoding="utf-8")
    flow = start_flow(qtbot, cfg, tasks, problems=[])
    tap(qtbot, flow, "setup_start")
    enter_pin(qtbot, flow.gate, "000000")
    assert "Wrong PIN" in flow.gate.message.text() and flow.currentWidget() is flow.gate
    enter_pin(qtbot, flow.gate, PIN)
    assert flow.currentWidget() is flow.form and flow.form.pin_hash is None


@pytest.mark.parametrize(("secret", "expect"), [(None, "Connection works: accepted: shop id"),
                                               ("not the right key", "Connection failed: rejected")])
def test_test_connection_says_what_happened(qtbot, kiosk_env, tmp_path, sb, tasks, secret, expect):
    cfg = tmp_path / "kiosk.toml"
    flow = start_flow(qtbot, cfg, tasks)
    form = flow.form
    fill(form, sb, shop_name="Shop", **({"secret_key": secret} if secret else {}))
    tap(qtbot, form, "setup_test")
    qtbot.waitUntil(lambda: form.status.text().startswith("Connection"), timeout=WAIT)
    assert form.status.text().startswith(expect)
    assert not cfg.exists()  # testing writes nothing
    assert not any(t in form.status.text() for t in sb.issued_tokens)


def test_screenshots_of_the_not_configured_screen_and_the_form(qtbot, kiosk_env, tmp_path, sb, tasks):
    cfg = tmp_path / "kiosk.toml"
    flow = start_flow(qtbot, cfg, tasks, problems=required("shop_name", "secret_key"))
    qtbot.waitExposed(flow)
    shots = {"not-configured": flow.grab().toImage()}
    flow.setCurrentWidget(flow.form)
    fill(flow.form, sb, shop_name="Shop")
    shots["form"] = flow.grab().toImage()
    for name, image in shots.items():
        assert image.width() == 1280 and image.height() == 800, name
        colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}
        assert len(colours) > 3, name  # text and buttons, not a blank page
        image.save(str(tmp_path / f"{name}.png"))


def test_run_unconfigured_reports_unconfigured_then_the_kiosk_reaches_ready_after_save(qtbot, kiosk_env, tmp_path,
                                                                                        sb):
    from kiosk.terminal import run_kiosk
    from kiosk.ui.setup import run_unconfigured

    port = free_port()
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(COMMENT + f"health_port = {port}\nfullscreen = false\ndata_dir = {json.dumps(str(tmp_path / 'd'))}\n",
                   encoding="utf-8")
    with pytest.raises(ConfigError) as missing:
        load_settings(cfg, require=IDENTITY_FIELDS)
    seen: dict = {}

    def drive():
        flow = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, SetupFlow) and w.isVisible() and w.form.path == cfg)
        seen["health"] = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).json()
        tap(qtbot, flow, "setup_start")
        enter_pin(qtbot, flow.gate, PIN)
        enter_pin(qtbot, flow.gate, PIN)
        qtbot.waitUntil(lambda: flow.currentWidget() is flow.form, timeout=WAIT)
        fill(flow.form, sb, shop_name="Shop")
        tap(qtbot, flow.form, "setup_save")

    QTimer.singleShot(300, drive)
    assert run_unconfigured(ConfigSource.of_process(cfg), missing.value.problems, max_seconds=60) is None
    assert seen["health"]["state"] == "unconfigured"
    assert {"KIOSK_PARTNER_ID", "KIOSK_SECRET_KEY", "KIOSK_SHOP_NAME"} <= set(seen["health"]["problems"])
    settings = load_settings(cfg, require=IDENTITY_FIELDS)  # what `kiosk run` does next, in the same process
    assert run_kiosk(settings, exit_when_ready=True, max_seconds=60) == 0
    assert sb.counters["links_redeemed"] >= 1


def test_diagnostics_from_the_technician_menu(qtbot, kiosk_env, tmp_path, sb, make_kiosk, monkeypatch):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in
                           sb.kiosk_settings(data_dir=str(tmp_path / "data0")).items()), encoding="utf-8")
    c = make_kiosk(sb, technician_pin=hash_pin(PIN))
    wait_state(qtbot, c, State.READY)
    overlay = c.shell.technician
    overlay.config = ConfigSource.of_process(cfg)  # as `kiosk run --config cfg` hands it to the menu
    overlay.open_door()
    enter_pin(qtbot, overlay, PIN)
    with qtbot.waitSignal(overlay.findChild(QPushButton, "menu_diagnostics").clicked, timeout=WAIT):
        tap(qtbot, overlay, "menu_diagnostics")
    page = overlay.diagnostics
    with qtbot.waitSignal(page.finished, timeout=30_000) as done:
        pass
    checks = {ch.name: ch for ch in done.args[0]}
    assert checks["autologin"].status is Status.OK and checks["configuration"].status is Status.OK
    assert page.grid.count() == 3 * len(checks)
    assert "check(s) failed" in page.summary.text() or page.summary.text() == "All checks passed"
    shown = " ".join(page.grid.itemAt(i).widget().text() for i in range(page.grid.count())
                     if hasattr(page.grid.itemAt(i).widget(), "text"))
    assert sb.secret_key not in shown


def test_a_form_left_open_goes_back_and_the_window_cannot_be_closed(qtbot, kiosk_env, tmp_path, tasks):
    cfg = tmp_path / "kiosk.toml"
    flow = start_flow(qtbot, cfg, tasks, problems=required("shop_name"))
    assert not flow.close() and flow.isVisible()  # a window manager's close: the only screen there is stays
    flow.idle.setInterval(200)  # five minutes on a terminal
    tap(qtbot, flow, "setup_start")
    enter_pin(qtbot, flow.gate, PIN)
    enter_pin(qtbot, flow.gate, PIN)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.form, timeout=WAIT)
    flow.form.edits["secret_key"].setText("typed, then left")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.not_configured, timeout=WAIT)
    assert flow.form.edits["secret_key"].text() == "" and flow.form.pin_hash is None


def test_kiosk_setup_screen_saves_and_returns_0(qtbot, kiosk_env, tmp_path, sb):
    """`kiosk setup --screen`: the PIN pad, then the form; Save ends it with exit code 0."""
    from kiosk.ui.setup import run_setup_screen

    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(COMMENT + f'technician_pin = "{hash_pin(PIN)}"\n', encoding="utf-8")

    def drive():
        flow = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, SetupFlow) and w.isVisible() and w.form.path == cfg)
        enter_pin(qtbot, flow.gate, PIN)
        fill(flow.form, sb, shop_name="Shop")
        tap(qtbot, flow.form, "setup_save")

    QTimer.singleShot(300, drive)
    assert run_setup_screen(ConfigSource.of_process(cfg)) == 0
    assert load_settings(cfg, require=IDENTITY_FIELDS).shop_name == "Shop"
    assert cfg.read_text(encoding="utf-8").startswith(COMMENT)


def test_problem_names_are_setting_names_only(kiosk_env, tmp_path):
    from kiosk.ui.setup import problem_names

    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('partner_id = "x"\nzoomm = 2\n', encoding="utf-8")
    problems = ConfigSource.of_process(cfg).check(require=IDENTITY_FIELDS)[1]
    assert any(p.value == "'x'" for p in problems)  # the value is in the record, not in what is published
    assert problem_names(problems) == ["KIOSK_PARTNER_ID", "config_file", "KIOSK_SECRET_KEY", "KIOSK_SHOP_NAME",
                                       "KIOSK_POS_NAME", "KIOSK_USER_NAME"]
    cfg.write_text("partner_id = \n", encoding="utf-8")
    assert problem_names(ConfigSource.of_process(cfg).check()[1]) == ["config_file"]


def test_the_public_screen_says_what_is_wrong_but_never_the_value(qtbot, kiosk_env, tmp_path):
    from kiosk.ui.setup import NotConfiguredScreen

    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('shop_name = "  "\npos_name = "Kasa (3), got it"\nhealth_port = 70000\n', encoding="utf-8")
    problems = ConfigSource.of_process(cfg).check(require=IDENTITY_FIELDS)[1]
    screen = NotConfiguredScreen(problems)
    qtbot.addWidget(screen)
    shown = [label.text() for label in screen.problem_labels]
    assert f"•  KIOSK_HEALTH_PORT: Input should be less than or equal to 65535 (from {cfg}, key 'health_port')" in shown
    assert f"•  KIOSK_SHOP_NAME: must not be empty (from {cfg}, key 'shop_name')" in shown
    assert "70000" not in " ".join(shown) and "'  '" not in " ".join(shown)
    assert "70000" in str(ConfigError(problems))  # the technician's log and shell see the value


def test_the_setup_pin_lockout_survives_a_restart_like_the_menus(qtbot, kiosk_env, tmp_path):
    from kiosk.pin import STATE_FILE

    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'technician_pin = "{hash_pin(PIN)}"\ndata_dir = {json.dumps(str(tmp_path / "d"))}\n',
                   encoding="utf-8")
    door = _door(ConfigSource.of_process(cfg))
    for _ in range(5):
        door.try_pin("000000")
    assert (tmp_path / "d" / STATE_FILE).is_file()  # the running kiosk's own lockout file
    again = _door(ConfigSource.of_process(cfg)).try_pin(PIN)  # a restarted setup screen, the right PIN
    assert not again.opened and again.locked_for > 0


@pytest.mark.parametrize("where", ["file", "environment"])
def test_a_pin_that_is_not_a_hash_locks_the_setup_screen(qtbot, kiosk_env, tmp_path, where):
    """A PIN typed into the config as plain digits: the screen must not offer anyone a new PIN of their own."""
    from kiosk.ui.setup import run_unconfigured

    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(COMMENT + f"fullscreen = false\ndata_dir = {json.dumps(str(tmp_path / 'd'))}\n"
                   + (f'technician_pin = "{PIN}"\n' if where == "file" else ""), encoding="utf-8")
    if where == "environment":
        kiosk_env.setenv("KIOSK_TECHNICIAN_PIN", PIN)
    with pytest.raises(ConfigError) as invalid:
        load_settings(cfg, require=IDENTITY_FIELDS)
    assert "KIOSK_TECHNICIAN_PIN" in str(invalid.value)
    before = cfg.read_text(encoding="utf-8")
    seen: dict = {}

    def drive():
        flow = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, SetupFlow) and w.isVisible() and w.form.path == cfg)
        tap(qtbot, flow, "setup_start")
        gate = flow.gate
        seen["title"], seen["message"] = gate.title.text(), gate.message.text()
        seen["keypad"] = gate.keypad.isVisible()
        for _ in range(2):  # a new PIN entered twice, keys pressed however they can be
            for d in "135792":
                gate.keypad.digit.emit(d)
            gate.keypad.ok.emit()
        qtbot.wait(300)  # hashing a chosen PIN runs on a worker
        seen["after"] = flow.currentWidget() is gate and gate.dots.text() == ""
        seen["shot"] = flow.grab().toImage()
        tap(qtbot, gate, "pin_cancel")
        seen["back"] = flow.currentWidget() is flow.not_configured
        QApplication.instance().exit(0)  # the screen would stay up until settings are saved

    QTimer.singleShot(300, drive)
    run_unconfigured(ConfigSource.of_process(cfg), invalid.value.problems, max_seconds=30)
    assert seen["title"] == "Settings are locked" and not seen["keypad"]
    source = ("from environment variable KIOSK_TECHNICIAN_PIN" if where == "environment"
              else f"from {cfg}, key 'technician_pin'")
    assert source in seen["message"] and "kiosk set-pin" in seen["message"]
    assert PIN not in seen["message"]
    assert seen["after"] and seen["back"]
    assert cfg.read_text(encoding="utf-8") == before  # no PIN of anyone's choosing was saved
    seen["shot"].save(str(tmp_path / "locked.png"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_problem_is_shown_whole_on_a_small_screen(qtbot, kiosk_env, tmp_path, tasks, language):
    """Twelve long problems at 1024×768, in every language: none is squeezed to a clipped line; the list scrolls."""
    from kiosk.settings import SettingsWords

    install(language)
    source = ConfigSource.of_process(tmp_path / "kiosk.toml", environ={})
    problems = [Problem(f"setting_{i}", SettingsWords.tr("is required"), source.origin(f"setting_{i}", in_file=False))
                for i in range(12)]
    flow = start_flow(qtbot, tmp_path / "kiosk.toml", tasks, problems=problems)
    flow.resize(1024, 768)
    qtbot.waitExposed(flow)
    screen = flow.not_configured
    qtbot.waitUntil(lambda: screen.start.geometry().bottom() < 768, timeout=WAIT)
    for label in screen.problem_labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert screen.start.isVisible() and screen.start.geometry().bottom() < screen.height()


def test_the_setup_screen_leaves_no_timer_behind_that_stops_later_event_loops(qtbot, kiosk_env, tmp_path):
    """``run_unconfigured`` returns before its time limit; the limit must not fire into whatever runs next
    in the process (an exit() with no loop running makes every later QEventLoop return at once)."""
    import time

    from kiosk.ui.setup import run_unconfigured

    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f"fullscreen = false\ndata_dir = {json.dumps(str(tmp_path / 'd'))}\n", encoding="utf-8")
    QTimer.singleShot(200, lambda: QApplication.instance().exit(0))
    run_unconfigured(ConfigSource.of_process(cfg), required("shop_name"), max_seconds=1)
    until = time.monotonic() + 1.5  # past the limit, with events processed (not by an event loop)
    while time.monotonic() < until:
        QApplication.processEvents()
        time.sleep(0.01)
    fired = []
    QTimer.singleShot(50, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_fits_a_small_screen_with_a_note_under_every_field(qtbot, kiosk_env, tmp_path, tasks, sb, language):
    """1024×768 (seen on Xvfb) with every field set by the environment (a note under each), in every language: nothing
    overlaps or is cut (labels, notes, buttons, the keyboard's keys), the fields scroll, and the field that gets the
    focus (Enter on the keyboard) scrolls into view with its note."""
    from kiosk.technician import configure

    install(language)
    for f in configure.FORM_FIELDS:
        kiosk_env.setenv(configure.env_name(f.name), {"partner_id": str(sb.partner_id),
                                                      "allowed_hosts": json.dumps([sb.address])}.get(f.name, "x"))
    config = ConfigSource.of_process(tmp_path / "kiosk.toml")
    flow = SetupFlow(config, _door(config), tasks)
    qtbot.addWidget(flow)
    flow.resize(1024, 768)
    flow.setCurrentWidget(flow.form)
    flow.show()
    qtbot.waitExposed(flow)
    form = flow.form

    def laid_out():
        assert flow.height() <= 768, flow.height()  # not held taller than the screen by its minimum size
        assert form.save_button.geometry().bottom() < form.height()
        for name, edit in form.edits.items():
            note = form.errors[name]
            assert note.isVisibleTo(form) and note.text() == translation(language).text(
                SetupWords.tr("set by the environment (wins over this file)"))
            assert edit.height() >= edit.minimumSizeHint().height(), name
            assert note.geometry().top() > edit.geometry().bottom(), name  # the note is below its field, not over it
            assert note.height() >= note.heightForWidth(note.width()), name
        for label in form.findChildren(QLabel):
            if label.isVisibleTo(form) and label.text() and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
            elif label.isVisibleTo(form) and label.text() and label is not form.where:  # the path may give way
                assert label.width() >= label.sizeHint().width(), label.text()
        for button in form.findChildren(QPushButton):
            if button.isVisibleTo(form) and button.text():
                assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width(), button.text()
    qtbot.waitUntil(laid_out, timeout=WAIT)  # the last failed assertion is in the error
    last = form.edits[configure.FORM_FIELDS[-1].name]
    def whole(edit) -> bool:
        return edit.visibleRegion().boundingRect().height() == edit.height()

    assert form.fields_area.verticalScrollBar().maximum() > 0 and not whole(last)  # below the fold at this size
    last.setEnabled(True)  # overridden fields are read-only; the scrolling is the same for any field
    last.setFocus()
    note = form.errors[configure.FORM_FIELDS[-1].name]
    qtbot.waitUntil(lambda: whole(last) and whole(note), timeout=WAIT)
