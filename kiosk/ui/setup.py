"""The setup screens: "This terminal is not set up yet", the PIN gate, and the touch settings form.

The decisions (which fields, what is valid, the connection test, saving) live in
:mod:`kiosk.technician.configure`; this is only the face. The connection test runs on the
worker pool; the UI thread never waits on the network.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import assets
from kiosk.configfile import ConfigWriteError
from kiosk.pin import PIN_RULE, NewPin, TechnicianDoor, hash_pin
from kiosk.settings import ConfigSource, Problem
from kiosk.technician import configure
from kiosk.ui.keyboard import FieldKeyboard
from kiosk.ui.language import Translation, shop
from kiosk.ui.widgets import ElidedLabel, Keypad, Mark, Symbol, WrappingLabel, set_style_property, styled, touch_button
from kiosk.words import Words
from kiosk.worker import TaskManager

log = logging.getLogger(__name__)

IDLE_BACK_MS = 5 * 60_000
LABEL_WIDTH = 190  # px: the form's labels wrap beyond this
WRAP_WIDTH = 880  # px: the PIN gate's title and message wrap beyond this (less on a narrower screen)


class SetupWords(Words):
    """The not-set-up screen, the PIN gate and the setup form."""


def stylesheet() -> str:
    return assets.text("setup.qss")


class NotConfiguredScreen(QWidget):
    """Shown instead of exiting when required settings are missing or wrong: which ones, never a value."""

    setupRequested = Signal()

    def __init__(self, problems: list[Problem], parent: QWidget | None = None, *, lang: Translation | None = None):
        super().__init__(parent)
        t = (lang or shop()).text
        styled(self, "notConfigured")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(100, 50, 100, 50)
        lay.setSpacing(14)
        lay.addWidget(Mark(Symbol.ALERT, 88), 0, Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(t(SetupWords.tr("This terminal is not set up yet")))
        title.setObjectName("setupTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        lead = QLabel(t(SetupWords.tr("The webshop starts once a technician has entered its settings. What is missing "
                                      "or wrong:")))
        lead.setObjectName("setupLead")
        lead.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(lead)
        # However many problems and however small the screen, each is shown whole: the list scrolls.
        listing = QWidget()
        listing.setObjectName("problems")
        rows = QVBoxLayout(listing)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(10)
        self.problem_labels: list[QLabel] = []
        for p in problems[:12]:
            label = QLabel(f"•  {t(p.sentence(with_value=False))}")  # a public screen: what is wrong, never the value
            label.setObjectName("problem")
            label.setWordWrap(True)
            rows.addWidget(label)
            self.problem_labels.append(label)
        rows.addStretch(1)
        self.problems_area = QScrollArea()
        self.problems_area.setObjectName("problemsArea")
        self.problems_area.setWidget(listing)
        self.problems_area.setWidgetResizable(True)
        self.problems_area.setFrameShape(QFrame.Shape.NoFrame)
        self.problems_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.problems_area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        lay.addWidget(self.problems_area, 1)
        self.start = touch_button(t(SetupWords.tr("Set up this terminal")), "setup_start", self.setupRequested)
        self.start.setMinimumSize(420, 76)
        lay.addWidget(self.start, 0, Qt.AlignmentFlag.AlignHCenter)


class PinGate(QWidget):
    """The technician PIN before the settings; on a terminal without one, a new PIN entered twice."""

    passed = Signal(object)  # None: the existing PIN was right; str: the hash of a new PIN to save
    cancelled = Signal()

    def __init__(self, door: TechnicianDoor, tasks: TaskManager, parent: QWidget | None = None, *,
                 locked: str | None = None, lang: Translation | None = None):
        super().__init__(parent)
        styled(self, "pinGate")
        self.door, self.tasks = door, tasks
        self.lang = lang or shop()
        self.locked = locked  # a sentence: a PIN is set but unusable, so nobody passes (and nobody chooses one)
        self._pin, self._choosing = "", NewPin()
        lay = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.setSpacing(14)
        self.title = QLabel()
        self.title.setObjectName("setupTitle")
        self.dots = QLabel()
        self.dots.setObjectName("setupLead")
        self.message = QLabel("")
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.title.setWordWrap(True)  # "Sugalvokite techniko PIN kodą (6–12 skaitmenys)": two lines on a small screen
        for w in (self.title, self.message):  # a wrapped label centred by the layout would get its narrow size hint
            w.setFixedWidth(WRAP_WIDTH)
        for w in (self.title, self.dots, self.message):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        self.keypad = Keypad(ok_text=self.lang.text(SetupWords.tr("Next")), lang=self.lang)
        self.keypad.setFixedWidth(372)
        self.keypad.digit.connect(lambda d: self._edit(self._pin + d if len(self._pin) < 12 else self._pin))
        self.keypad.back.connect(lambda: self._edit(self._pin[:-1]))
        self.keypad.clear.connect(lambda: self._edit(""))
        self.keypad.ok.connect(self._ok)
        lay.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(touch_button(self.lang.text(SetupWords.tr("Cancel")), "pin_cancel", self.cancelled), 0,
                      Qt.AlignmentFlag.AlignHCenter)
        self.reset()

    def resizeEvent(self, e) -> None:
        for w in (self.title, self.message):
            w.setFixedWidth(max(200, min(WRAP_WIDTH, self.width() - 80)))
        super().resizeEvent(e)

    def reset(self) -> None:
        self._pin, self._choosing = "", NewPin()
        self.entered_pin: str | None = None  # broker mode: the broker checks the PIN again itself
        self.message.setText("")
        self.keypad.setVisible(self.locked is None)
        self.dots.setVisible(self.locked is None)
        t = self.lang.text
        if self.locked is not None:
            self.title.setText(t(SetupWords.tr("Settings are locked")))
            self.message.setText(t(self.locked))
            self._edit("")
            return
        if self.door.enabled:
            self.title.setText(t(SetupWords.tr("Technician PIN")))
        else:
            self.title.setText(t(SetupWords.tr("Choose a technician PIN (%1)").arg(PIN_RULE)))
        self._edit("")

    def _edit(self, pin: str) -> None:
        if self.locked is not None:
            self._pin = ""
            self.dots.setText("")
            return
        self._pin = pin
        if pin:
            self.dots.setText("●" * len(pin))
        elif self.door.enabled:
            self.dots.setText(self.lang.text(SetupWords.tr("Enter the PIN")))
        else:
            self.dots.setText(self.lang.text(self._choosing.prompt))

    def _ok(self) -> None:
        pin, self._pin = self._pin, ""
        if self.locked is not None:
            return
        if self.door.enabled:
            answer = self.door.try_pin(pin)
            self._edit("")
            if answer.opened:
                self.entered_pin = pin
                self.passed.emit(None)
            else:
                self.message.setText(self.lang.text(answer.message))
            return
        refused = self._choosing.enter(pin)  # the rule and the second entry, as set-pin asks them
        self.message.setText("" if refused is None else _sentence(self.lang.text(refused)))
        self._edit("")
        chosen = self._choosing.pin
        if chosen is not None:
            self._choosing = NewPin()
            self.tasks.run(lambda: hash_pin(chosen), self.passed.emit)  # scrypt: ~50 ms, off the UI thread


class SetupForm(QWidget):
    """The identity and connection settings, an on-screen keyboard, Test connection, Save and Cancel."""

    saved = Signal()
    cancelled = Signal()

    def __init__(self, config: ConfigSource, tasks: TaskManager, parent: QWidget | None = None, *,
                 lang: Translation | None = None):
        super().__init__(parent)
        styled(self, "setup")
        self.config, self.tasks = config, tasks
        self.lang = lang or shop()
        t = self.lang.text
        self.path = config.path
        self.pin_hash: str | None = None  # a new PIN chosen at the gate, saved with the settings
        self.pin: str | None = None  # broker mode: the PIN typed at the gate, which the broker checks itself
        self.address = configure.broker_address(config)  # broker mode: the identity is the broker's (kiosk/broker)
        self.held: dict | None = None  # what the broker holds (never the secret), once asked
        self._test_task: int | None = None
        self._held_task: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 24, 36, 20)
        outer.setSpacing(10)
        title = QLabel(t(SetupWords.tr("Terminal settings")))
        title.setObjectName("setupTitle")
        self.where = ElidedLabel()  # the file's path gives way to the title, cut in its middle when it must
        self.where.setObjectName("fieldLabel")
        self.where.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.where, 1)  # takes what the title leaves, right-aligned
        outer.addLayout(head)
        body = QHBoxLayout()
        body.setSpacing(28)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for row, f in enumerate(configure.FORM_FIELDS):
            label = WrappingLabel(t(f.label))  # "Automatinio prisijungimo URL": lines, not a narrow field beside it
            label.setObjectName("fieldLabel")
            label.setMaximumWidth(LABEL_WIDTH)
            edit = QLineEdit()
            edit.setObjectName(f"field_{f.name}")
            edit.setPlaceholderText(t(f.hint))
            if f.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            error = WrappingLabel("")
            error.setObjectName("fieldError")
            error.hide()
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(edit, row * 2, 1)
            grid.addWidget(error, row * 2 + 1, 1)
            edit.installEventFilter(self)  # a field that gets the focus scrolls into view
            self.edits[f.name], self.errors[f.name] = edit, error
        # On a small screen, or with a note under every field, the fields scroll; never squeezed over each other.
        fields = QWidget()
        fields.setObjectName("setupFields")
        left = QVBoxLayout(fields)
        left.setContentsMargins(0, 0, 6, 0)
        left.addLayout(grid)
        left.addStretch(1)
        self.fields_area = QScrollArea()
        self.fields_area.setObjectName("setupFieldsArea")
        self.fields_area.setWidget(fields)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.fields_area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        body.addWidget(self.fields_area, 5)
        self.keyboard = FieldKeyboard(lang=self.lang)
        self.keyboard.target = self.edits[configure.FORM_FIELDS[0].name]
        body.addWidget(self.keyboard, 4)
        outer.addLayout(body, 1)
        self.status = QLabel("")
        self.status.setObjectName("setupStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        self.test_button = touch_button(t(SetupWords.tr("Test connection")), "setup_test", self._test)
        self.save_button = touch_button(t(SetupWords.tr("Save")), "setup_save", self._save)
        self.cancel_button = touch_button(t(SetupWords.tr("Cancel")), "setup_cancel", self.cancelled)
        for b in (self.test_button, self.save_button):
            b.setMinimumWidth(240)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Fill the fields from the file (and the environment); the secret key only as set / not set. In broker
        mode the identity comes from the broker, asked on a worker."""
        self.held = None
        self._fill(configure.form_state(self.config))
        if self.address:
            from kiosk.broker.handover import held

            address = self.address
            if self._held_task is not None:
                self.tasks.forget(self._held_task)
            self._held_task = self.tasks.run(lambda: held(address), self._held_arrived)

    def _held_arrived(self, held) -> None:
        self._held_task = None
        self.held = held.identity
        if held.identity is not None:
            state = configure.form_state(self.config, held=held.identity)
            for name, edit in self.edits.items():
                if not edit.text() and state.values.get(name):
                    edit.setText(state.values[name])
            self.edits["secret_key"].setPlaceholderText(self.lang.text(SetupWords.tr("held by the broker")))
        elif held.problem:
            self._say(self.lang.text(held.problem), False)

    def _fill(self, state: configure.FormState) -> None:
        for name, edit in self.edits.items():
            edit.setText(state.values.get(name, ""))
            edit.setEnabled(name not in state.overridden)
            self._show_error(name, "")
        t = self.lang.text
        secret = self.edits["secret_key"]
        secret.setText("")
        secret.setPlaceholderText(t(SetupWords.tr("set; type here to replace it") if state.secret_set
                                    else SetupWords.tr("not set")))
        for name in state.overridden:
            self._show_error(name, t(SetupWords.tr("set by the environment (wins over this file)")))
        self.where.set_full_text(t(SetupWords.tr("saved to %1 and the broker").arg(str(self.path)) if self.address
                                   else SetupWords.tr("saved to %1").arg(str(self.path))))
        self._say("", None)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusIn and obj in self.edits.values():
            self._reveal(obj)
        return False

    def _reveal(self, edit: QLineEdit) -> None:
        """The whole field and the note below it in view (ensureWidgetVisible looks only at the text cursor, and a field
        whose cursor line peeked out at the bottom stayed half hidden)."""
        note = self.errors[next(n for n, e in self.edits.items() if e is edit)]
        fields = self.fields_area.widget()
        if fields is None:
            return
        top = edit.mapTo(fields, QPoint(0, 0)).y()
        bottom = (note.mapTo(fields, QPoint(0, note.height())).y() if note.isVisible() else top + edit.height()) + 8
        middle = (top + bottom) // 2
        self.fields_area.ensureVisible(0, middle, 0, (bottom - top) // 2 + 8)

    def form(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items() if edit.isEnabled()}

    def _check(self) -> configure.Checked:
        checked = configure.check_form(self.config, self.form(), pin_hash=self.pin_hash,
                                       secret_held=self.held is not None)
        overridden = configure.env_overrides(self.config)
        t = self.lang.text
        for name in self.edits:
            if name not in overridden:
                self._show_error(name, t(checked.errors.get(name, "")))
        others = [t(m) for n, m in checked.errors.items() if n not in self.edits]
        if others:
            self._say("; ".join(others), False)
        elif checked.errors:
            self._say(t(SetupWords.tr("Please correct the fields marked in red; nothing was saved.")), False)
        return checked

    def _test(self) -> None:
        checked = self._check()
        settings = checked.settings
        if checked.errors or settings is None:
            return
        self._say(self.lang.text(SetupWords.tr("Testing the connection…")), None)
        self.test_button.setEnabled(False)
        if self._test_task is not None:
            self.tasks.forget(self._test_task)
        self._test_task = self.tasks.run(lambda: configure.test_connection(settings), self._tested,
                                         lambda e: self._tested(configure.ConnectionResult(
                                             False, SetupWords.tr("the test failed unexpectedly (%1)").arg(
                                                 e.__class__.__name__))))

    def _tested(self, result: configure.ConnectionResult) -> None:
        self._test_task = None
        self.test_button.setEnabled(True)
        if self.address:  # the broker tests what it holds: new values need saving first
            said = (SetupWords.tr("Connection works (save first to test new values): %1") if result.ok
                    else SetupWords.tr("Connection failed (save first to test new values): %1"))
        else:
            said = SetupWords.tr("Connection works: %1") if result.ok else SetupWords.tr("Connection failed: %1")
        self._say(self.lang.text(said.arg(result.sentence)), result.ok)

    def _save(self) -> None:
        checked = self._check()
        if checked.errors:
            return
        if self.address:  # the broker checks the PIN (scrypt) and syncs its file: off the UI thread
            self._say(self.lang.text(SetupWords.tr("Handing the settings to the broker…")), None)
            self.save_button.setEnabled(False)
            config, pin = self.config, self.pin
            self.tasks.run(lambda: configure.save(config, checked, pin=pin), self._saved, self._not_saved)
            return
        try:
            configure.save(self.config, checked)
        except ConfigWriteError as e:
            self._say(self.lang.text(e.args[0] if e.args else str(e)), False)
            return
        self._saved(None)

    def _saved(self, _said: str | None) -> None:
        self.save_button.setEnabled(True)
        log.info("settings saved to %s%s by a technician", self.path, " and the broker" if self.address else "")
        self._say(self.lang.text(SetupWords.tr("Saved.")), True)
        self.saved.emit()

    def _not_saved(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._say(self.lang.text(error.args[0]) if isinstance(error, ConfigWriteError) and error.args
                  else self.lang.text(SetupWords.tr("Nothing was saved: the save failed unexpectedly (%1).").arg(
                      error.__class__.__name__)), False)

    def _show_error(self, name: str, message: str) -> None:
        label = self.errors[name]
        label.setText(message)
        label.setVisible(bool(message))
        set_style_property(self.edits[name], "bad", bool(message) and self.edits[name].isEnabled())

    def _say(self, text: str, ok: bool | None) -> None:
        self.status.setText(text)
        set_style_property(self.status, "tone", "" if ok is None else ("ok" if ok else "bad"))


class SetupFlow(QStackedWidget):
    """Not-configured screen (optional) → PIN gate → form. ``finished(True)`` after a save."""

    finished = Signal(bool)

    def __init__(self, config: ConfigSource, door: TechnicianDoor, tasks: TaskManager, *,
                 problems: list[Problem] | None = None, pin_problem: str | None = None, parent: QWidget | None = None,
                 lang: Translation | None = None):
        super().__init__(parent)
        self.setObjectName("setupFlow")
        self.setStyleSheet(stylesheet())
        self.not_configured = NotConfiguredScreen(problems, lang=lang) if problems is not None else None
        self.gate = PinGate(door, tasks, locked=pin_problem, lang=lang)
        self.form = SetupForm(config, tasks, lang=lang)
        if self.not_configured is not None:
            self.addWidget(self.not_configured)
            self.not_configured.setupRequested.connect(self.open_gate)
        self.addWidget(self.gate)
        self.addWidget(self.form)
        self.gate.passed.connect(self._gate_passed)
        self.gate.cancelled.connect(self._cancel)
        self.form.cancelled.connect(self._cancel)
        self.form.saved.connect(lambda: self.finished.emit(True))
        # A form left open on the shop floor goes back to the not-set-up screen (typed values dropped).
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_BACK_MS)
        self.idle.timeout.connect(self._cancel)
        self.currentChanged.connect(lambda _i: self._watch_idle())
        # Every tap that does something restarts it (signals, not an application-wide event filter: a Python
        # filter can be called while this widget is being destroyed).
        touched = self._touched
        for edit in self.form.edits.values():
            edit.textChanged.connect(touched)
        self.form.keyboard.pressed.connect(touched)
        for key in self.gate.keypad.keys.values():
            key.clicked.connect(touched)
        for button in (self.form.test_button, self.form.save_button):
            button.clicked.connect(touched)

    def _watch_idle(self) -> None:
        if self.not_configured is not None and self.currentWidget() is not self.not_configured:
            self.idle.start()
        else:
            self.idle.stop()

    def _touched(self, *_args) -> None:
        if self.idle.isActive():
            self.idle.start()

    def closeEvent(self, event) -> None:
        # On a terminal that is not set up, a window manager's close must not end the only screen there is.
        if self.not_configured is not None:
            event.ignore()
        else:
            event.accept()

    def open_gate(self) -> None:
        self.gate.reset()
        self.setCurrentWidget(self.gate)

    def _gate_passed(self, pin_hash: str | None) -> None:
        self.form.pin_hash = pin_hash
        self.form.pin = self.gate.entered_pin
        self.form.reload()
        self.setCurrentWidget(self.form)

    def _cancel(self) -> None:
        if self.not_configured is not None:
            self.form.pin_hash = None
            self.form.pin = None
            self.form.reload()
            self.setCurrentWidget(self.not_configured)
        else:
            self.finished.emit(False)


def _sentence(clause: str) -> str:
    """A clause of the PIN rule ("the two PINs differ", in any language) as a sentence on the screen."""
    return f"{clause[:1].upper()}{clause[1:]}."


def problem_names(problems: list[Problem]) -> list[str]:
    """The settings the problems are about (``KIOSK_SHOP_NAME``, or ``config_file``), once each; never a value."""
    return list(dict.fromkeys(p.name for p in problems))


def _show(flow: QWidget, config: ConfigSource) -> None:
    """Full screen (unless ``fullscreen`` is off) on the kiosk's screen, as the webshop would be."""
    from kiosk.ui.window import show_on_screen

    usable = config.usable()
    show_on_screen(flow, usable.screen, usable.fullscreen)


def pin_problem(config: ConfigSource) -> str | None:
    """A sentence when a technician PIN is set but is not a PIN hash (say, a PIN typed into the file).

    The screen then stays locked: offering to choose a new PIN would let anyone at the terminal in.
    """
    _settings, problems = config.check()
    pin = next((p for p in problems if p.setting == "technician_pin"), None)
    if pin is None:
        return None
    return SetupWords.tr("The technician PIN (%1) is not a PIN hash, so settings cannot be opened here. In a shell, run "
                         "`kiosk set-pin` (or remove that setting), then restart the kiosk.").arg(pin.origin)


def _speak(config: ConfigSource) -> None:
    """The screens in the configured language (KIOSK_LANGUAGE as far as it can be read, else the system's)."""
    from kiosk.languages import chosen
    from kiosk.ui.language import install

    install(chosen(config.usable().language))


def _door(config: ConfigSource) -> TechnicianDoor:
    from kiosk.clock import SystemClock
    from kiosk.pin import STATE_FILE

    usable = config.usable()  # a PIN that is not a hash is no PIN here (and pin_problem locks the gate)
    pin = usable.technician_pin.get_secret_value() if usable.technician_pin else None
    # The same lockout state as the running kiosk's menu: a restart of an unconfigured kiosk resets nothing.
    return TechnicianDoor(pin, SystemClock(), state_file=usable.data_dir / STATE_FILE)


def run_unconfigured(config: ConfigSource, problems: list[Problem], *, max_seconds: float | None = None) -> int | None:
    """Show "not set up yet" (and /health ``unconfigured``) until a technician saves valid settings.

    Returns None once saved (the caller then starts the webshop in this same process), or an exit code.
    """
    from kiosk.autologin.session import Snapshot
    from kiosk.clock import SystemClock
    from kiosk.exitcodes import ExitCode
    from kiosk.ui.app import EventLoop, make_application
    from kiosk.ui.window import app_icon
    from kiosk.ui.window import stylesheet as kiosk_stylesheet

    make_application()
    _speak(config)
    tasks = TaskManager()
    flow = SetupFlow(config, _door(config), tasks, problems=problems, pin_problem=pin_problem(config))
    flow.setWindowTitle("Betshop kiosk: set up")
    flow.setWindowIcon(app_icon())
    flow.setStyleSheet(kiosk_stylesheet() + stylesheet())
    loop: EventLoop[int | None] = EventLoop(None, on_signal=ExitCode.SIGNALLED)
    flow.finished.connect(lambda saved: loop.finish(None) if saved else None)
    if max_seconds:
        loop.after(int(max_seconds * 1000), lambda: loop.finish(ExitCode.FAILED))
    health: list[Any] = []
    lan: list[Any] = []

    def serve_health() -> None:  # only once SIGTERM is handled: a fleet tool that sees `unconfigured` may stop us
        port = config.usable().health_port
        if not port:
            return
        from kiosk.monitoring.health import HealthServer

        try:
            server = HealthServer(port)
        except OSError as e:
            log.error("the health endpoint cannot listen on 127.0.0.1:%d (%s)", port, e.strerror)
            return
        server.publish(Snapshot({"state": "unconfigured", "problems": problem_names(problems),
                                 "last_error": "this terminal is not set up yet", "degraded": []},
                                retry_at=None, started_at=SystemClock().monotonic()))
        health.append(server.start())
        usable = config.usable()
        if usable.metrics_listen:  # /metrics on the shop LAN: a central Prometheus sees `unconfigured` too
            from kiosk.monitoring.lan import start_lan_metrics
            from kiosk.monitoring.metrics import render_metrics

            lan.append(start_lan_metrics(usable, lambda: render_metrics(server.current), server.publish_section))

    log.error("this terminal is not set up yet (%s); showing the setup screen", ", ".join(problem_names(problems)))
    _show(flow, config)
    try:
        return loop.run(on_start=serve_health)
    finally:
        tasks.shutdown()
        flow.hide()
        flow.deleteLater()
        for listener in lan:
            if listener is not None:
                listener.stop()
        for server in health:
            server.stop()


def run_setup_screen(config: ConfigSource) -> int:
    """``kiosk setup --screen``: the PIN gate and the form, then exit (0 saved, 1 cancelled or stopped)."""
    from kiosk.exitcodes import ExitCode
    from kiosk.ui.app import EventLoop, make_application
    from kiosk.ui.window import stylesheet as kiosk_stylesheet

    make_application()
    _speak(config)
    tasks = TaskManager()
    flow = SetupFlow(config, _door(config), tasks, pin_problem=pin_problem(config))
    flow.setStyleSheet(kiosk_stylesheet() + stylesheet())
    loop: EventLoop[int] = EventLoop(ExitCode.FAILED, on_signal=ExitCode.FAILED)
    flow.finished.connect(lambda saved: loop.finish(ExitCode.OK if saved else ExitCode.FAILED))
    _show(flow, config)
    try:
        code = loop.run()
    finally:
        tasks.shutdown()
        flow.hide()  # a caller in the same process (tests, a launcher) is not left with the form on screen
        flow.deleteLater()
    if code == ExitCode.OK:
        print(f"Saved to {config.path}. It takes effect at the next start.")
    return code
