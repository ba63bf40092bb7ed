"""The technician door: a touch PIN pad, then a menu (Reload, New login link, Information, Restart, Exit).

The PIN check and the lockout live in :class:`kiosk.pin.TechnicianDoor`; this is only the face.
The overlay closes by itself after a minute without a touch, so a menu is never left open.
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
from kiosk.ui.widgets import (
    SERVER_TEXT_LIMIT,
    Keypad,
    Overlay,
    clear_layout,
    plain_label,
    server_text,
    touch_button,
)

if TYPE_CHECKING:
    from kiosk.printing.service import PrintService
    from kiosk.updates.watch import UpdateWatch

IDLE_CLOSE_MS = 60_000


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
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.stack.addWidget(self._build_pad())
        self.stack.addWidget(self._build_menu())
        self.stack.addWidget(self._build_info())
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.close_door)

    # ---- pages --------------------------------------------------------------------------
    def _build_pad(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.setSpacing(18)
        title = QLabel("Technician")
        title.setObjectName("techTitle")
        self.dots = QLabel("Enter the PIN")
        self.dots.setObjectName("techDots")
        self.message = QLabel("")
        self.message.setObjectName("techMessage")
        for w in (title, self.dots, self.message):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(w)
        self.keypad = Keypad(ok_text="Open")
        self.keypad.setFixedWidth(372)
        self.keypad.digit.connect(self._digit)
        self.keypad.back.connect(lambda: self._edit(self._pin[:-1]))
        self.keypad.clear.connect(lambda: self._edit(""))
        self.keypad.ok.connect(self._try)
        lay.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(touch_button("Cancel", "pin_cancel", self.close_door), 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    def _build_menu(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.setSpacing(14)
        title = QLabel("Technician menu")
        title.setObjectName("techTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(title)
        for text, name, slot in (
            ("Reload the page", "menu_reload", lambda: self._act(self.reloadRequested)),
            ("New login link", "menu_new_link", lambda: self._act(self.newLinkRequested)),
            ("Information", "menu_info", self._show_info),
            ("Print a test page", "menu_print_test", self._print_test),
            ("Diagnostics", "menu_diagnostics", self._show_diagnostics),
            ("Settings", "menu_settings", self._show_settings),
            ("Restart the kiosk", "menu_restart", lambda: self._act(self.restartRequested)),
            ("Exit to desktop", "menu_exit", lambda: self._act(self.exitRequested)),
            ("Close", "menu_close", self.close_door),
        ):
            b = touch_button(text, name, slot)
            b.setMinimumSize(420, 60)
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    def _build_info(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(80, 50, 80, 40)
        title = QLabel("Information")
        title.setObjectName("techTitle")
        lay.addWidget(title)
        self.info_grid = QGridLayout()
        self.info_grid.setHorizontalSpacing(28)
        self.info_grid.setVerticalSpacing(8)
        self.info_grid.setColumnStretch(1, 1)
        lay.addLayout(self.info_grid)
        lay.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(touch_button("Back", "info_back", lambda: self.stack.setCurrentIndex(1)))
        row.addStretch(1)
        lay.addLayout(row)
        return page

    # ---- behaviour -------------------------------------------------------------------------
    def open_door(self) -> None:
        self._pin = ""
        self._update_dots()
        left = self.door.locked_for()
        self.message.setText("" if left <= 0 else f"Locked for {say_duration(left)}.")
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
            self.message.setText(answer.message)

    def _update_dots(self) -> None:
        self.dots.setText("●" * len(self._pin) if self._pin else "Enter the PIN")

    def _act(self, signal) -> None:
        self.close_door()
        signal.emit()

    def _print_test(self) -> None:
        # The outcome shows where the cashier sees it: the banner if it fails, Information for the rest.
        self.close_door()
        if self.printer is not None:
            from kiosk.printing.service import print_test_page

            print_test_page(self.printer)

    def _show_info(self) -> None:
        clear_layout(self.info_grid)
        snapshot = self.snapshot if self.printer is None else {**self.snapshot, "printer": self.printer.desk.snapshot()}
        if self.updates is not None:
            snapshot = {**snapshot, **self.updates.fields}
        for row, (key, value) in enumerate(information_rows(self.settings, snapshot, ip_addresses())):
            k, v = QLabel(key), plain_label(QLabel(server_text(value, 2 * SERVER_TEXT_LIMIT)))
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
        if getattr(self, "diagnostics", None) is None:
            from kiosk.ui.diagnostics import DiagnosticsPage
            from kiosk.ui.setup import stylesheet

            self.diagnostics = DiagnosticsPage(self._tasks(), self._config())
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
        if getattr(self, "settings_form", None) is None:
            from kiosk.ui.setup import SetupForm, stylesheet

            self.settings_form = SetupForm(self._config(), self._tasks())
            self.settings_form.setStyleSheet(stylesheet())
            self.settings_form.cancelled.connect(self._back_to_menu)
            self.settings_form.saved.connect(lambda: self._act(self.restartRequested))  # a restart applies them
            for edit in self.settings_form.edits.values():  # typing keeps the form open; leaving it closes it
                edit.textChanged.connect(lambda _t: self._idle.start(3 * IDLE_CLOSE_MS))
            self.stack.addWidget(self.settings_form)
        self._idle.start(3 * IDLE_CLOSE_MS)
        self.settings_form.reload()
        self.stack.setCurrentWidget(self.settings_form)


def information_rows(s: Settings, snap: dict, addresses: list[str]) -> list[tuple[str, str]]:
    """What the Information screen shows: the settings, and the session's published snapshot."""
    return [
        ("Version", f"betshop-kiosk {__version__}"),
        *update_rows(snap, s.daily_restart),
        ("Betshop", f"{s.shop_name} (id {snap.get('shop_id') or '–'})"),
        ("Point of sale", f"{s.pos_name} (id {snap.get('pos_id') or '–'})"),
        ("User", f"{s.user_name} (id {snap.get('user_id') or '–'})"),
        ("State", snap.get("state", "starting")),
        ("Last error", snap.get("last_error") or "none"),
        ("IP addresses", ", ".join(addresses) or "none"),
        ("Data folder", str(s.data_dir)),
        ("Degraded", "; ".join(snap.get("degraded") or []) or "no"),
        *printer_rows(snap.get("printer")),
        ("Video", video_row(snap.get("media"))),
    ]


def update_rows(snap: dict, daily_restart: str) -> list[tuple[str, str]]:
    if "update" not in snap:
        return []
    from kiosk.updates.status import information_rows

    return information_rows(snap, daily_restart)


def printer_rows(printer: dict | None) -> list[tuple[str, str]]:
    if not printer:
        return []
    return [("Printer", f"{printer['name']}: {printer['state']} ({printer['jobs_printed']} printed, "
                        f"{printer['jobs_failed']} failed, {printer['jobs_waiting']} waiting)"),
            ("Printer error", printer.get("last_error") or "none")]


def video_row(media: dict | None) -> str:
    """What the engine plays; when the live streams' codecs are missing, that they stay black and the way out."""
    from kiosk.monitoring.media import live_stream_warning, summary

    warning = None if media is None else live_stream_warning(media)
    return summary(media) if warning is None else f"{summary(media)}. {warning}"


def ip_addresses() -> list[str]:
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    return [a.toString() for a in QNetworkInterface.allAddresses()
            if not a.isLoopback() and a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol]
