"""The on-screen keyboard's layouts (Qt-free data): code, the label on its switch key, its letter rows, its accents.

Below the settings, which check ``KIOSK_KEYBOARD_LAYOUTS`` against these codes, and below the
keyboard (kiosk/ui/keyboard_layouts.py), which builds its keys from the rows. Each follows the real
keyboard of its country as far as a touch panel can:

- a character of a row that is a key of ``dead`` is a dead key, as on the Spanish and Brazilian keyboards:
  tapped, the next letter comes out with its accent (´ then e: é); tapped twice, the accent itself;
  ``shifted`` is its face with Shift (´ → ¨ on the Spanish keyboard, ´ → ` and ~ → ^ on the Brazilian);
- ``altgr``: the letters AltGr makes of a key, as the Polish programmer's layout types ą ć ę ł ń ó ś ź ż
  (the keyboard then has an AltGr key, one letter at a time like Shift).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}
GRAVE = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}
DIAERESIS = {"u": "ü", "i": "ï"}
CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô"}
TILDE = {"a": "ã", "o": "õ", "n": "ñ"}


@dataclass(frozen=True)
class Layout:
    code: str                 # KIOSK_KEYBOARD_LAYOUTS name
    label: str                # shown on the switch key
    rows: tuple[str, ...]     # letter rows, lower case, top first
    dead: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # dead key → letter → accented letter
    shifted: Mapping[str, str] = field(default_factory=dict)  # a dead key's face with Shift
    altgr: Mapping[str, str] = field(default_factory=dict)  # letter → what AltGr makes of it


LAYOUTS: dict[str, Layout] = {
    "en_GB": Layout("en_GB", "EN", ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")),
    # The Lithuanian standard layout: its number row types ą č ę ė į š ų ū ž.
    "lt_LT": Layout("lt_LT", "LT", ("ąčęėįšųūž", "qwertyuiop", "asdfghjkl", "zxcvbnm")),
    # The Polish programmer's layout (what Polish PCs ship): QWERTY, the Polish letters with AltGr.
    "pl_PL": Layout("pl_PL", "PL", ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"),
                    altgr={"a": "ą", "c": "ć", "e": "ę", "l": "ł", "n": "ń", "o": "ó", "s": "ś", "x": "ź", "z": "ż"}),
    # Spain: ñ beside l; the dead keys ` (^ with Shift) beside p and ´ (¨ with Shift) beside ñ.
    "es_ES": Layout("es_ES", "ES", ("1234567890", "qwertyuiop`", "asdfghjklñ´", "zxcvbnm"),
                    dead={"´": ACUTE, "¨": DIAERESIS, "`": GRAVE, "^": CIRCUMFLEX}, shifted={"´": "¨", "`": "^"}),
    # Brazil (ABNT2): ç beside l; the dead keys ´ (` with Shift) beside p and ~ (^ with Shift) beside ç.
    "pt_BR": Layout("pt_BR", "PT", ("1234567890", "qwertyuiop´", "asdfghjklç~", "zxcvbnm"),
                    dead={"´": ACUTE, "`": GRAVE, "~": TILDE, "^": CIRCUMFLEX}, shifted={"´": "`", "~": "^"}),
}
