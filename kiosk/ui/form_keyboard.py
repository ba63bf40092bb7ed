"""An on-screen keyboard for terminals without one: types into whichever line edit has the focus."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.ui.widgets import touch_button

_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm._/", "@:#,'()&+")


class TouchKeyboard(QWidget):
    """Letters, digits and the symbols host names, URLs and shop names use; Shift, Space, Delete.

    Keys never take the focus, so the field being typed into keeps it. Buttons are named
    ``kb_<char>`` (``kb_shift``, ``kb_space``, ``kb_back``).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.target: QLineEdit | None = None  # falls back to the focused line edit
        self._shift = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        for r, row in enumerate(_ROWS):
            for c, ch in enumerate(row):
                b = self._key(ch.replace("&", "&&"), f"kb_{ch}", lambda _=False, ch=ch: self._type(ch))  # && shows &
                grid.addWidget(b, r, c)
        self.shift_key = self._key("⇧", "kb_shift", self._toggle_shift)
        self.shift_key.setCheckable(True)
        grid.addWidget(self.shift_key, 4, 9)
        grid.addWidget(self._key("Space", "kb_space", lambda: self._type(" ")), 5, 0, 1, 7)
        grid.addWidget(self._key("⌫", "kb_back", self._backspace), 5, 7, 1, 3)

    def _key(self, text: str, name: str, slot) -> QPushButton:
        b = touch_button(text, name, slot, self)
        b.setMinimumSize(56, 56)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.keys[name] = b
        return b

    def _field(self) -> QLineEdit | None:
        w = QApplication.focusWidget()
        return w if isinstance(w, QLineEdit) else self.target

    def _type(self, ch: str) -> None:
        field = self._field()
        if field is None:
            return
        field.insert(ch.upper() if self._shift else ch)
        if self._shift:
            self._toggle_shift()

    def _backspace(self) -> None:
        field = self._field()
        if field is not None:
            field.backspace()

    def _toggle_shift(self) -> None:
        self._shift = not self._shift
        self.shift_key.setChecked(self._shift)
        for name, b in self.keys.items():
            ch = name.removeprefix("kb_")
            if len(ch) == 1 and ch.isalpha():  # letters only: the symbols' text never changes
                b.setText(ch.upper() if self._shift else ch)

    def keyPressEvent(self, e) -> None:  # a physical keyboard still works as usual
        e.ignore()

