"""The on-screen keyboard's layouts (Qt-free data): code, the label on its switch key, its letter rows.

Below the settings, which check ``KIOSK_KEYBOARD_LAYOUTS`` against these codes, and below the
keyboard (kiosk/ui/keyboard_layouts.py), which builds its keys from the rows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    code: str                 # KIOSK_KEYBOARD_LAYOUTS name
    label: str                # shown on the switch key
    rows: tuple[str, ...]     # letter rows, lower case, top first


LAYOUTS: dict[str, Layout] = {
    "en_GB": Layout("en_GB", "EN", ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")),
    # The Lithuanian standard layout: its number row types ą č ę ė į š ų ū ž.
    "lt_LT": Layout("lt_LT", "LT", ("ąčęėįšųūž", "qwertyuiop", "asdfghjkl", "zxcvbnm")),
}
