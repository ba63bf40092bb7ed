"""The technician door: a touch PIN pad, then a menu (Reload, New login link, Information, Restart, Exit).

The PIN check and the lockout live in :class:`kiosk.pin.TechnicianDoor`; this is only the face.
The overlay closes by itself after a minute without a touch, so a menu is never left open.
It speaks the shop's language; the menu's language key switches it (and Diagnostics and Settings)
to English for this visit, without changing ``KIOSK_LANGUAGE``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import __version__
from kiosk.clock import say_duration
from kiosk.pin import TechnicianDoor
from kiosk.settings import ConfigSource, Settings
from kiosk.ui.language import Translation, english, shop
from kiosk.ui.widgets import (
    SERVER_TEXT_LIMIT,
    Keypad,
    Overlay,
    clear_layout,
    plain_label,
    server_text,
    touch_button,
)
from kiosk.words import Text, Words, joined

if TYPE_CHECKING:
    from kiosk.printing.service import PrintService
    from kiosk.ui.diagnostics import DiagnosticsPage
    from kiosk.ui.setup import SetupForm
    from kiosk.updates.watch import UpdateWatch

IDLE_CLOSE_MS = 60_000


class TechnicianWords(Words):
    """The technician's PIN pad, menu and Information screen."""


STATES = {  # the session's states (kiosk/autologin/session.py) as Information names them
    "starting": TechnicianWords.tr("starting"), "authenticating": TechnicianWords.tr("asking for a login link"),
    "loading": TechnicianWords.tr("loading the webshop"), "ready": TechnicianWords.tr("ready"),
    "offline": TechnicianWords.tr("offline"), "error": TechnicianWords.tr("error"),
}
PRINTER_STATES = {  # kiosk/printing/spooler.py PrinterState values
    "ready": TechnicianWords.tr("ready", "printer"), "printing": TechnicianWords.tr("printing"),
    "stopped": TechnicianWords.tr("stopped"), "offline": TechnicianWords.tr("offline", "printer"),
    "error": TechnicianWords.tr("error", "printer"), "disabled": TechnicianWords.tr("off"),
    "unknown": TechnicianWords.tr("not known yet"),
}


class TechnicianOverlay(Overlay):
    reloadRequested = Signal()
    newLinkRequested = Signal()
    restartRequested = Signal()
    exitRequested = Signal()

    def __init__(self, parent: QWidget, door: TechnicianDoor, settings: Settings):
        super().__init__(parent, "technician")
        self.door = door
        self.settings = settings
        self.snapshot: dict = {}  # the session's latest, published to the shell
        self.printer: PrintService | None = None  # when slip printing is wired
        self.config: ConfigSource | None = None  # what Settings and Diagnostics read (kiosk/terminal.py sets it)
        self.updates: UpdateWatch | None = None  # the installed version, the updater's record
        self._pin = ""
        self.lang: Translation = shop()  # the shop's; English for a visit from the menu's language key
        self.diagnostics: DiagnosticsPage | None = None  # made when first opened
        self.settings_form: SetupForm | None = None  # likewise
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._build_pages()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.close_door)

    # ---- pages --------------------------------------------------------------------------
    def _build_pages(self) -> None:
        """The PIN pad, the menu and Information, in the overlay's language (Diagnostics and Settings when opened)."""
        self.stack.addWidget(self._build_pad())
        self.stack.addWidget(self._build_menu())
        self.stack.addWidget(self._build_info())

    def switch_language(self) -> None:
        """The menu's language key: English for this visit, or back to the shop's; the menu stays open."""
        self._use(english() if self.lang is not english() else shop())
        self.stack.setCurrentIndex(1)
        self._idle.start(IDLE_CLOSE_MS)

    def _use(self, lang: Translation) -> None:
        if lang is self.lang:
            return
        self.lang = lang
        while self.stack.count():
            page = self.stack.widget(0)
            if page is None:
                break
            self.stack.removeWidget(page)
            page.deleteLater()
        self.diagnostics = self.settings_form = None  # made again in this language when opened
        self._build_pages()

    def _build_pad(self) -> QWidget:
        t = self.lang.text
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.setSpacing(18)
        title = QLabel(t(TechnicianWords.tr("Technician")))
        title.setObjectName("techTitle")
        self.dots = QLabel(t(TechnicianWords.tr("Enter the PIN")))
        self.dots.setObjectName("techDots")
        self.message = QLabel("")
        self.message.setObjectName("techMessage")
        for w in (title, self.dots, self.message):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(w)
        self.keypad = Keypad(ok_text=t(TechnicianWords.tr("Open")), lang=self.lang)
        self.keypad.setFixedWidth(372)
        self.keypad.digit.connect(self._digit)
        self.keypad.back.connect(lambda: self._edit(self._pin[:-1]))
        self.keypad.clear.connect(lambda: self._edit(""))
        self.keypad.ok.connect(self._try)
        lay.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(touch_button(t(TechnicianWords.tr("Cancel")), "pin_cancel", self.close_door), 0,
                      Qt.AlignmentFlag.AlignHCenter)
        return page

    def _build_menu(self) -> QWidget:
        t = self.lang.text
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.setSpacing(14)
        title = QLabel(t(TechnicianWords.tr("Technician menu")))
        title.setObjectName("techTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(title)
        for text, name, slot in (
            (TechnicianWords.tr("Reload the page"), "menu_reload", lambda: self._act(self.reloadRequested)),
            (TechnicianWords.tr("New login link"), "menu_new_link", lambda: self._act(self.newLinkRequested)),
            (TechnicianWords.tr("Information"), "menu_info", self._show_info),
            (TechnicianWords.tr("Print a test page"), "menu_print_test", self._print_test),
            (TechnicianWords.tr("Diagnostics"), "menu_diagnostics", self._show_diagnostics),
            (TechnicianWords.tr("Settings"), "menu_settings", self._show_settings),
            (TechnicianWords.tr("Restart the kiosk"), "menu_restart", lambda: self._act(self.restartRequested)),
            (TechnicianWords.tr("Exit to desktop"), "menu_exit", lambda: self._act(self.exitRequested)),
            (TechnicianWords.tr("Close"), "menu_close", self.close_door),
        ):
            b = touch_button(t(text), name, slot)
            b.setMinimumSize(420, 60)
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)
        if not shop().english:  # for this visit only: the next visit, and the cashier, get the shop's language again
            other = shop() if self.lang.english else english()
            switch = touch_button(other.info.name, "menu_language", self.switch_language)
            switch.setProperty("role", "secondary")
            switch.setMinimumSize(420, 52)
            lay.addWidget(switch, 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    def _build_info(self) -> QWidget:
        t = self.lang.text
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(80, 50, 80, 40)
        title = QLabel(t(TechnicianWords.tr("Information")))
        title.setObjectName("techTitle")
        lay.addWidget(title)
        self.info_grid = QGridLayout()
        self.info_grid.setHorizontalSpacing(28)
        self.info_grid.setVerticalSpacing(8)
        self.info_grid.setColumnStretch(1, 1)
        lay.addLayout(self.info_grid)
        lay.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(touch_button(t(TechnicianWords.tr("Back")), "info_back", lambda: self.stack.setCurrentIndex(1)))
        row.addStretch(1)
        lay.addLayout(row)
        return page

    # ---- behaviour -------------------------------------------------------------------------
    def open_door(self) -> None:
        self._use(shop())  # each visit starts in the shop's language
        self._pin = ""
        self._update_dots()
        left = self.door.locked_for()
        self.message.setText("" if left <= 0 else self.lang.text(TechnicianWords.tr("Locked for %1.").arg(
            say_duration(left))))
        self.stack.setCurrentIndex(0)
        self.cover()
        self._idle.start(IDLE_CLOSE_MS)

    def close_door(self) -> None:
        self._pin = ""
        self._idle.stop()
        self.hide()

    def _digit(self, d: str) -> None:
        if len(self._pin) < 12:
            self._edit(self._pin + d)

    def _edit(self, pin: str) -> None:
        self._idle.start(IDLE_CLOSE_MS)
        self._pin = pin
        self._update_dots()

    def _try(self) -> None:
        answer = self.door.try_pin(self._pin)
        self._edit("")
        if answer.opened:
            self.message.setText("")
            self.stack.setCurrentIndex(1)
        else:
            self.message.setText(self.lang.text(answer.message))

    def _update_dots(self) -> None:
        self.dots.setText("●" * len(self._pin) if self._pin else self.lang.text(TechnicianWords.tr("Enter the PIN")))

    def _act(self, signal) -> None:
        self.close_door()
        signal.emit()

    def _print_test(self) -> None:
        # The outcome shows where the cashier sees it: the banner if it fails, Information for the rest.
        self.close_door()
        if self.printer is not None:
            from kiosk.printing.service import print_test_page

            print_test_page(self.printer, self.lang)

    def _show_info(self) -> None:
        clear_layout(self.info_grid)
        snapshot = self.snapshot if self.printer is None else {**self.snapshot, "printer": self.printer.desk.snapshot()}
        if self.updates is not None:
            snapshot = {**snapshot, **self.updates.fields}
        t = self.lang.text
        for row, (key, value) in enumerate(information_rows(self.settings, snapshot, ip_addresses())):
            k, v = QLabel(t(key)), plain_label(QLabel(server_text(t(value), 2 * SERVER_TEXT_LIMIT)))
            k.setObjectName("infoKey")
            v.setObjectName("infoValue")
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.info_grid.addWidget(k, row, 0, Qt.AlignmentFlag.AlignTop)
            self.info_grid.addWidget(v, row, 1)
        self.stack.setCurrentIndex(2)
        self._idle.start(IDLE_CLOSE_MS)

    # ---- Diagnostics and Settings (kiosk/ui/diagnostics.py, kiosk/ui/setup.py) ------------------
    def _tasks(self):
        if getattr(self, "_task_manager", None) is None:
            from kiosk.worker import TaskManager

            self._task_manager = TaskManager(parent=self)
        return self._task_manager

    def _config(self) -> ConfigSource:
        """The source `kiosk run` read its settings from; a shell made without one: this process's, default file."""
        if self.config is None:
            self.config = ConfigSource.of_process()
        return self.config

    def _show_diagnostics(self) -> None:
        if self.diagnostics is None:
            from kiosk.ui.diagnostics import DiagnosticsPage
            from kiosk.ui.setup import stylesheet

            self.diagnostics = DiagnosticsPage(self._tasks(), self._config(), lang=self.lang)
            self.diagnostics.setStyleSheet(stylesheet())
            self.diagnostics.back.connect(self._back_to_menu)
            self.stack.addWidget(self.diagnostics)
        self._idle.start(3 * IDLE_CLOSE_MS)  # time to read; then the webshop comes back for the cashier
        self.stack.setCurrentWidget(self.diagnostics)
        self.diagnostics.run()

    def _back_to_menu(self) -> None:
        self.stack.setCurrentIndex(1)
        self._idle.start(IDLE_CLOSE_MS)

    def _show_settings(self) -> None:
        if self.settings_form is None:
            from kiosk.ui.setup import SetupForm, stylesheet

            self.settings_form = SetupForm(self._config(), self._tasks(), lang=self.lang)
            self.settings_form.setStyleSheet(stylesheet())
            self.settings_form.cancelled.connect(self._back_to_menu)
            self.settings_form.saved.connect(lambda: self._act(self.restartRequested))  # a restart applies them
            for edit in self.settings_form.edits.values():  # typing keeps the form open; leaving it closes it
                edit.textChanged.connect(lambda _t: self._idle.start(3 * IDLE_CLOSE_MS))
            self.stack.addWidget(self.settings_form)
        self._idle.start(3 * IDLE_CLOSE_MS)
        self.settings_form.reload()
        self.stack.setCurrentWidget(self.settings_form)


def information_rows(s: Settings, snap: dict, addresses: list[str]) -> list[tuple[Text, str]]:
    """What the Information screen shows: the settings, and the session's published snapshot (a value that is a
    :class:`Text`, such as the last error, is translated where it is shown; names and numbers are not)."""
    none = TechnicianWords.tr("none")
    degraded = snap.get("degraded") or []
    state = snap.get("state", "starting")
    return [
        (TechnicianWords.tr("Version"), f"betshop-kiosk {__version__}"),
        *update_rows(snap, s.daily_restart),
        (TechnicianWords.tr("Betshop"), _with_id(s.shop_name, snap.get("shop_id"))),
        (TechnicianWords.tr("Point of sale"), _with_id(s.pos_name, snap.get("pos_id"))),
        (TechnicianWords.tr("User"), _with_id(s.user_name, snap.get("user_id"))),
        (TechnicianWords.tr("State"), STATES.get(state, state)),
        (TechnicianWords.tr("Last error"), snap.get("last_error") or none),
        (TechnicianWords.tr("IP addresses"), ", ".join(addresses) or none),
        (TechnicianWords.tr("Data folder"), str(s.data_dir)),
        (TechnicianWords.tr("Degraded"), joined(degraded, "; ") if degraded else TechnicianWords.tr("no")),
        *printer_rows(snap.get("printer")),
        (TechnicianWords.tr("Video"), video_row(snap.get("media"))),
    ]


def update_rows(snap: dict, daily_restart: str) -> list[tuple[Text, str]]:
    if "update" not in snap:
        return []
    from kiosk.updates.status import information_rows

    return information_rows(snap, daily_restart)


def _with_id(name: str | None, number: object) -> Text:
    return TechnicianWords.tr("%1 (id %2)").arg(name or "–", number or "–")


def printer_rows(printer: dict | None) -> list[tuple[Text, str]]:
    if not printer:
        return []
    state = printer["state"]
    return [(TechnicianWords.tr("Printer"),
             TechnicianWords.tr("%1: %2 (%3 printed, %4 failed, %5 waiting)").arg(
                 printer["name"], PRINTER_STATES.get(state, state), printer["jobs_printed"], printer["jobs_failed"],
                 printer["jobs_waiting"])),
            (TechnicianWords.tr("Printer error"), printer.get("last_error") or TechnicianWords.tr("none"))]


def video_row(media: dict | None) -> str:
    """What the engine plays; when the live streams' codecs are missing, that they stay black and the way out."""
    from kiosk.monitoring.media import live_stream_warning, summary

    warning = None if media is None else live_stream_warning(media)
    return summary(media) if warning is None else joined([summary(media), warning], ". ")


def ip_addresses() -> list[str]:
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    return [a.toString() for a in QNetworkInterface.allAddresses()
            if not a.isLoopback() and a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol]
