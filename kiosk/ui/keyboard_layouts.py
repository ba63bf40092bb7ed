"""The on-screen keyboard's brain, without Qt: layouts, which pad a field gets, what a key does, where keys sit.

:class:`KeyboardState` is driven by two events (a field got focus, a key was pressed) and answers
with the keys to draw and what to type. :func:`key_geometry` places the keys in a rectangle; the
widget draws them there and the tests under a real X server tap them there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kiosk.layouts import LAYOUTS, Layout
from kiosk.words import Words


class KeyboardWords(Words):
    """The on-screen keyboard's own key labels (letters and symbols are the same in every language)."""


# Qt::InputMethodHint values that QtWebEngine sets on its focus proxy for the focused field
# (type=number → formatted numbers, tel → dialable, inputmode=numeric → digits, ...).
# tests/gui/test_keyboard.py checks them against Qt's enum.
HINT_HIDDEN_TEXT = 0x1
HINT_SENSITIVE_DATA = 0x2
HINT_DIGITS_ONLY = 0x10000
HINT_FORMATTED_NUMBERS_ONLY = 0x20000
HINT_DIALABLE_CHARACTERS_ONLY = 0x100000
HINT_EMAIL_CHARACTERS_ONLY = 0x200000
HINT_URL_CHARACTERS_ONLY = 0x400000


class Pad(Enum):
    """Which keyboard a field gets."""

    TEXT = "text"
    EMAIL = "email"
    DIGITS = "digits"      # inputmode=numeric
    DECIMAL = "decimal"    # type=number, inputmode=decimal
    PHONE = "phone"        # type=tel, inputmode=tel

    @property
    def numeric(self) -> bool:
        return self in (Pad.DIGITS, Pad.DECIMAL, Pad.PHONE)


def pad_for_hints(hints: int) -> Pad:
    if hints & HINT_DIALABLE_CHARACTERS_ONLY:
        return Pad.PHONE
    if hints & HINT_FORMATTED_NUMBERS_ONLY:
        return Pad.DECIMAL
    if hints & HINT_DIGITS_ONLY:
        return Pad.DIGITS
    if hints & (HINT_EMAIL_CHARACTERS_ONLY | HINT_URL_CHARACTERS_ONLY):
        return Pad.EMAIL
    return Pad.TEXT


def is_secret(hints: int) -> bool:
    """A password field: what is typed into it must never be shown or logged anywhere."""
    return bool(hints & (HINT_HIDDEN_TEXT | HINT_SENSITIVE_DATA))


class Action(Enum):
    CHAR = "char"
    BACKSPACE = "backspace"
    ENTER = "enter"
    SHIFT = "shift"
    SYMBOLS = "symbols"       # letters ⇄ digits and symbols
    NEXT_LAYOUT = "layout"    # en_GB → lt_LT → ...
    DEAD = "dead"             # an accent for the next letter (´ then e: é), as on Spanish and Brazilian keyboards
    ALTGR = "altgr"           # the next letter's AltGr character (a: ą), as on the Polish programmer's layout
    HIDE = "hide"
    GAP = "gap"               # an empty place in a row, not drawn


@dataclass(frozen=True)
class Key:
    label: str
    action: Action = Action.CHAR
    text: str = ""
    width: float = 1.0        # in key widths
    active: bool = False      # a dead key or AltGr waiting for its letter

    @property
    def name(self) -> str:
        """A stable name for styles and tests: the character it types, its accent (a dead key), or its action."""
        return self.text if self.action in (Action.CHAR, Action.DEAD) else self.action.value


SYMBOL_ROWS = ("1234567890", "@#€$%&-+()", "*\"':;!?/_", "=<>[]{}~")


class Shift(Enum):
    OFF = "off"
    ONCE = "once"             # the next letter only
    LOCKED = "locked"         # pressed twice: caps lock


@dataclass(frozen=True)
class Typed:
    """What a key press asks to send to the field: a character, or one of the editing keys."""

    action: Action
    text: str = ""


def _chars(row: str) -> list[Key]:
    return [Key(c, Action.CHAR, c) for c in row]


class KeyboardState:
    """The keyboard's state: pad, layout, shift, letters or symbols. Qt-free."""

    def __init__(self, layouts: list[str] | tuple[str, ...] = ("en_GB",)):
        unknown = [code for code in layouts if code not in LAYOUTS]
        if unknown or not layouts:
            raise ValueError(f"unknown keyboard layout(s) {unknown}; known: {', '.join(LAYOUTS)}")
        self.layouts = [LAYOUTS[code] for code in layouts]
        self.layout_index = 0
        self.pad = Pad.TEXT
        self.shift = Shift.OFF
        self.symbols = False
        self.pending: str | None = None  # a dead key's accent, or "altgr", waiting for the next letter

    @property
    def layout(self) -> Layout:
        return self.layouts[self.layout_index]

    def look(self) -> tuple[object, ...]:
        """What the drawn keys depend on: when it changes after a key, the keys are drawn again."""
        return self.shift, self.symbols, self.layout_index, self.pending

    def show_for(self, pad: Pad) -> None:
        """A field got focus: its pad, letters, no shift (the layout stays as the player left it)."""
        self.pad = pad
        self.shift = Shift.OFF
        self.symbols = False
        self.pending = None

    def press(self, key: Key) -> Typed | None:
        """A key was tapped: change state, and say what to type (None: nothing to type)."""
        a = key.action
        if a is Action.CHAR:
            self.pending = None  # the key was drawn with the accent or AltGr letter it types
            text = key.text.upper() if self.shift is not Shift.OFF and not self.symbols else key.text
            if self.shift is Shift.ONCE:
                self.shift = Shift.OFF
            return Typed(Action.CHAR, text)
        if a in (Action.DEAD, Action.ALTGR):
            return self._accent(key)
        if a is Action.SHIFT:
            self.shift = {Shift.OFF: Shift.ONCE, Shift.ONCE: Shift.LOCKED, Shift.LOCKED: Shift.OFF}[self.shift]
        elif a is Action.SYMBOLS:
            self.symbols = not self.symbols
            self.shift = Shift.OFF
        elif a is Action.NEXT_LAYOUT:
            self.layout_index = (self.layout_index + 1) % len(self.layouts)
            self.shift = Shift.OFF
            self.pending = None
        elif a in (Action.BACKSPACE, Action.ENTER, Action.HIDE):
            return Typed(a)
        return None

    def _accent(self, key: Key) -> Typed | None:
        """A dead key or AltGr: the next letter gets it; the same key again types the accent itself (or cancels
        AltGr), as on a real keyboard."""
        wanted = "altgr" if key.action is Action.ALTGR else key.text
        if self.shift is Shift.ONCE and key.action is Action.DEAD:
            self.shift = Shift.OFF  # Shift chose the dead key's other face (´ → ¨); it is used up (AltGr keeps it: Ż)
        if self.pending == wanted:
            self.pending = None
            return Typed(Action.CHAR, key.text) if key.action is Action.DEAD else None
        self.pending = wanted
        return None

    def _marks(self) -> dict[str, str]:
        """Letter → what it types now (a dead key's accented letters, or AltGr's)."""
        if self.pending is None:
            return {}
        if self.pending == "altgr":
            return dict(self.layout.altgr)
        return dict(self.layout.dead.get(self.pending, {}))

    def _letter(self, c: str, upper: bool, marks: dict[str, str]) -> Key:
        layout = self.layout
        if c in layout.dead:
            face = layout.shifted.get(c, c) if upper else c
            return Key(face, Action.DEAD, face, active=self.pending == face)
        c = marks.get(c, c)
        return Key(c.upper() if upper else c, Action.CHAR, c)

    # ---- the keys to draw ------------------------------------------------------------------
    def rows(self) -> list[list[Key]]:
        if self.pad.numeric:
            return self._numeric_rows()
        upper = self.shift is not Shift.OFF and not self.symbols
        if self.symbols:
            rows = [_chars(r) for r in SYMBOL_ROWS]
        else:
            marks = self._marks()
            rows = [[self._letter(c, upper, marks) for c in r] for r in self.layout.rows]
        last = rows[-1]
        if self.symbols:
            last.insert(0, Key("ABC", Action.SYMBOLS, width=1.5))
        else:
            shift_label = {Shift.OFF: "⇧", Shift.ONCE: "⬆", Shift.LOCKED: "⇪"}[self.shift]
            last.insert(0, Key(shift_label, Action.SHIFT, width=1.5))
            if self.layout.altgr:
                last.append(Key("AltGr", Action.ALTGR, width=1.3, active=self.pending == "altgr"))
        last.append(Key("⌫", Action.BACKSPACE, width=1.5))
        bottom = [Key("ABC" if self.symbols else "?123", Action.SYMBOLS, width=1.3)]
        if len(self.layouts) > 1:
            following = self.layouts[(self.layout_index + 1) % len(self.layouts)]
            bottom.append(Key(following.label, Action.NEXT_LAYOUT))
        space = KeyboardWords.tr("space")
        # Enter and Hide as wide as the longest word for them ("Įvesti", "Ocultar") on the narrow docked keyboard.
        if self.pad is Pad.EMAIL:
            bottom += [Key("@", Action.CHAR, "@"), Key(space, Action.CHAR, " ", width=2.4),
                       Key(".", Action.CHAR, "."), Key(".com", Action.CHAR, ".com", width=1.3)]
        else:
            bottom += [Key(",", Action.CHAR, ","), Key(space, Action.CHAR, " ", width=3.7), Key(".", Action.CHAR, ".")]
        bottom += [Key(KeyboardWords.tr("Enter"), Action.ENTER, width=1.6),
                   Key(KeyboardWords.tr("Hide"), Action.HIDE, width=1.6)]
        return [*rows, bottom]

    def _numeric_rows(self) -> list[list[Key]]:
        left, right = {
            Pad.PHONE: (Key("+", Action.CHAR, "+"), Key(KeyboardWords.tr("space"), Action.CHAR, " ")),
            Pad.DECIMAL: (Key(",", Action.CHAR, ","), Key(".", Action.CHAR, ".")),
            Pad.DIGITS: (Key("", Action.GAP), Key("", Action.GAP)),
        }[self.pad]
        return [
            [*_chars("123"), Key("⌫", Action.BACKSPACE)],
            [*_chars("456"), Key(KeyboardWords.tr("Enter"), Action.ENTER)],
            [*_chars("789"), Key(KeyboardWords.tr("Hide"), Action.HIDE)],
            [left, Key("0", Action.CHAR, "0"), right, Key("", Action.GAP)],
        ]


# ---- geometry ------------------------------------------------------------------------------
NUMERIC_MAX_WIDTH = 640   # px: a phone-style pad, centred, not keys stretched across a wide screen
KEY_GAP = 6               # px between keys


def panel_height(window_height: int) -> int:
    """The keyboard's height in a window: big enough to hit, never more than about 40% of the screen."""
    return max(240, min(420, round(window_height * 0.4)))


def key_geometry(rows: list[list[Key]], width: int, height: int, *, numeric: bool = False,
                 gap: int = KEY_GAP) -> list[tuple[Key, tuple[int, int, int, int]]]:
    """Each drawn key and its (x, y, w, h) in a ``width`` × ``height`` panel; rows are centred."""
    area = min(width, NUMERIC_MAX_WIDTH) if numeric else width
    x0 = (width - area) // 2
    units = max(sum(k.width for k in row) for row in rows)
    unit = (area - gap) / units
    row_h = (height - gap) / len(rows)
    placed: list[tuple[Key, tuple[int, int, int, int]]] = []
    for r, row in enumerate(rows):
        used = sum(k.width for k in row) * unit
        x = x0 + gap + (area - gap - used) / 2
        y = gap + r * row_h
        for key in row:
            w = key.width * unit
            if key.action is not Action.GAP:
                placed.append((key, (round(x), round(y), round(w - gap), round(row_h - gap))))
            x += w
    return placed


def key_center(placed: list[tuple[Key, tuple[int, int, int, int]]], name: str) -> tuple[int, int]:
    """Where to tap the key called ``name`` (a character, or an action's name) in the panel."""
    for key, (x, y, w, h) in placed:
        if key.name == name:
            return x + w // 2, y + h // 2
    raise KeyError(f"no key {name!r} on this keyboard")
