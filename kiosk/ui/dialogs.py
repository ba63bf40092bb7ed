"""The webshop's alert/confirm/prompt as kiosk-styled native dialogs that can't hang the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.language import shop
from kiosk.words import Words


class DialogWords(Words):
    """The buttons of the webshop's alert, confirm and prompt dialogs (the page's own text is shown as it is)."""

DIALOG_TIMEOUT = 60.0  # seconds; an unattended dialog must not block the webshop forever


class KioskDialog(QDialog):
    """Modal, frameless, large; closes itself (as Cancel) after ``timeout`` seconds."""

    def __init__(self, parent: QWidget | None, text: str, *, cancel: bool = False, default: str | None = None,
                 timeout: float = DIALOG_TIMEOUT):
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Dialog)
        self.setObjectName("kioskDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)  # no Undo/Cut/Copy/Paste menu anywhere
        lay = QVBoxLayout(self)
        lay.setContentsMargins(36, 32, 36, 28)
        lay.setSpacing(22)
        label = QLabel(text[:2000])
        label.setObjectName("dialogText")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the page's text is never rendered as rich text
        lay.addWidget(label)
        self.input: QLineEdit | None = None
        if default is not None:
            self.input = QLineEdit(default)
            self.input.setObjectName("dialogInput")
            self.input.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)  # a long press or right click
            lay.addWidget(self.input)
        row = QHBoxLayout()
        row.addStretch(1)
        if cancel:
            self.cancel_button = QPushButton(shop().text(DialogWords.tr("Cancel")))
            self.cancel_button.setObjectName("dialogCancel")
            self.cancel_button.clicked.connect(self.reject)
            row.addWidget(self.cancel_button)
        self.ok_button = QPushButton(shop().text(DialogWords.tr("OK")))
        self.ok_button.setObjectName("dialogOk")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        row.addWidget(self.ok_button)
        lay.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.reject)
        self._timer.start(int(timeout * 1000))

    def value(self) -> str:
        return self.input.text() if self.input is not None else ""
