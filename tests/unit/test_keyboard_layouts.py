"""The on-screen keyboard's Qt-free brain: which pad a field gets, what keys do, where keys sit; its settings."""

from __future__ import annotations

import pytest

from kiosk.languages import chosen, keyboard_layouts
from kiosk.settings import ConfigError, load_settings
from kiosk.ui.keyboard_layouts import (
    HINT_DIALABLE_CHARACTERS_ONLY,
    HINT_DIGITS_ONLY,
    HINT_EMAIL_CHARACTERS_ONLY,
    HINT_FORMATTED_NUMBERS_ONLY,
    HINT_HIDDEN_TEXT,
    HINT_SENSITIVE_DATA,
    Action,
    KeyboardState,
    Pad,
    Shift,
    is_secret,
    key_center,
    key_geometry,
    pad_for_hints,
    panel_height,
)

NO_PREDICTION = 0x40 | 0x4000  # hints QtWebEngine adds to every field; they must not change the pad


@pytest.mark.parametrize("hints, pad", [
    (0, Pad.TEXT),
    (HINT_DIALABLE_CHARACTERS_ONLY, Pad.PHONE),
    (HINT_FORMATTED_NUMBERS_ONLY, Pad.DECIMAL),
    (HINT_DIGITS_ONLY, Pad.DIGITS),
    (HINT_EMAIL_CHARACTERS_ONLY, Pad.EMAIL),
    (HINT_HIDDEN_TEXT | HINT_SENSITIVE_DATA, Pad.TEXT),
])
def test_each_kind_of_field_gets_its_pad(hints, pad):
    assert pad_for_hints(hints | NO_PREDICTION) is pad


def test_password_fields_are_secret_and_others_not():
    assert is_secret(HINT_HIDDEN_TEXT | HINT_SENSITIVE_DATA | NO_PREDICTION)
    assert not is_secret(HINT_DIALABLE_CHARACTERS_ONLY | NO_PREDICTION)


def key(state: KeyboardState, name: str):
    for row in state.rows():
        for k in row:
            if k.name == name:
                return k
    raise KeyError(name)


def type_keys(state: KeyboardState, *names: str) -> str:
    out = ""
    for name in names:
        typed = state.press(key(state, name))
        if typed is not None and typed.action is Action.CHAR:
            out += typed.text
    return out


def test_shift_is_one_letter_and_twice_locks():
    s = KeyboardState(["en_GB"])
    assert type_keys(s, "shift", "a", "b") == "Ab"
    assert type_keys(s, "shift", "shift", "a", "b") == "AB" and s.shift is Shift.LOCKED
    assert type_keys(s, "shift", "a") == "a"
    assert key(s, "q").label == "q"


def test_symbols_and_back_and_a_field_starts_on_letters():
    s = KeyboardState(["en_GB"])
    assert type_keys(s, "symbols", "@", "€", "symbols", "x") == "@€x"
    type_keys(s, "symbols")
    s.show_for(Pad.TEXT)
    assert not s.symbols and key(s, "q")


def test_the_layout_key_switches_between_the_configured_layouts():
    s = KeyboardState(["en_GB", "lt_LT"])
    assert key(s, "layout").label == "LT"  # names the layout it switches to
    assert type_keys(s, "1", "layout", "ą", "ž", "shift", "ė") == "1ąžĖ"
    assert key(s, "layout").label == "EN"
    s.show_for(Pad.TEXT)
    assert s.layout.code == "lt_LT"  # the next field keeps the player's choice
    with pytest.raises(KeyError):
        key(KeyboardState(["en_GB"]), "layout")  # one layout: no switch key


def test_polish_types_its_letters_with_altgr_one_letter_at_a_time():
    s = KeyboardState(["pl_PL", "en_GB"])
    assert type_keys(s, "altgr") == "" and key(s, "altgr").active
    assert key(s, "ą").label == "ą" and key(s, "ż").label == "ż" and key(s, "ź").label == "ź"  # z → ż, x → ź
    assert type_keys(s, "ą", "l") == "ąl" and not key(s, "altgr").active  # one letter, like Shift
    assert type_keys(s, "shift", "altgr", "ż", "o", "w") == "Żow"  # Shift holds across AltGr: Ż
    assert type_keys(s, "altgr", "altgr", "c") == "c"  # AltGr again: nothing waits any more
    assert type_keys(s, "altgr", "ć", "altgr", "ę", "altgr", "ł", "altgr", "ń", "altgr", "ó", "altgr", "ś") == "ćęłńóś"


def test_spanish_has_n_tilde_and_accents_by_dead_keys():
    s = KeyboardState(["es_ES"])
    assert type_keys(s, "ñ") == "ñ"
    assert type_keys(s, "´") == "" and key(s, "´").active and key(s, "á").label == "á"
    assert type_keys(s, "é") == "é" and not key(s, "´").active
    assert type_keys(s, "´", "´") == "´"  # twice: the accent itself
    assert type_keys(s, "shift", "¨", "ü") == "ü"  # Shift turns the ´ key into ¨ (and is used up)
    assert type_keys(s, "´", "shift", "ó") == "Ó"
    assert type_keys(s, "`", "à", "shift", "^", "ê") == "àê"


def test_brazilian_has_c_cedilla_and_tilde_acute_grave_circumflex():
    s = KeyboardState(["pt_BR"])
    assert type_keys(s, "ç", "~", "ã", "~", "õ") == "çãõ"
    assert type_keys(s, "´", "é", "shift", "`", "à", "shift", "^", "ô") == "éàô"
    assert key(s, "q") and type_keys(s, "~", "b") == "b"  # a letter the accent does not go on: just the letter
    s.show_for(Pad.TEXT)
    assert s.pending is None  # a new field starts without an accent waiting


def test_the_keyboards_own_labels_are_translatable_and_named_in_english():
    s = KeyboardState(["en_GB"])
    labels = {k.name: k.label for row in s.rows() for k in row}
    assert labels["enter"] == "Enter" and labels["hide"] == "Hide" and labels[" "] == "space"
    assert {type(labels[n]).__name__ for n in ("enter", "hide", " ")} == {"Text"}


def test_email_fields_get_at_and_numeric_fields_only_their_characters():
    s = KeyboardState(["en_GB"])
    s.show_for(Pad.EMAIL)
    assert type_keys(s, "a", "@", ".com") == "a@.com"
    chars = {}
    for pad in (Pad.PHONE, Pad.DIGITS, Pad.DECIMAL):
        s.show_for(pad)
        chars[pad] = {k.text for row in s.rows() for k in row if k.action is Action.CHAR}
    assert chars[Pad.DIGITS] == set("0123456789")
    assert chars[Pad.PHONE] == set("0123456789+ ")
    assert chars[Pad.DECIMAL] == set("0123456789,.")


def test_editing_keys_say_what_to_send():
    s = KeyboardState(["en_GB"])
    for name, action in (("backspace", Action.BACKSPACE), ("enter", Action.ENTER), ("hide", Action.HIDE)):
        assert s.press(key(s, name)).action is action


@pytest.mark.parametrize("layout", ["lt_LT", "pl_PL", "es_ES", "pt_BR"])
@pytest.mark.parametrize("pad", list(Pad))
@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080), (800, 480)])
def test_keys_fit_the_panel_do_not_overlap_and_are_big_enough(pad, size, layout):
    w, h = size[0], panel_height(size[1])
    s = KeyboardState(["en_GB", layout])
    s.layout_index = 1
    s.show_for(pad)
    placed = key_geometry(s.rows(), w, h, numeric=pad.numeric)
    rects = [r for _k, r in placed]
    for x, y, kw, kh in rects:
        assert x >= 0 and y >= 0 and x + kw <= w and y + kh <= h
        assert kw >= 48 and kh >= 40  # a fingertip, even on a small screen
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
    cx, cy = key_center(placed, "backspace")
    assert any(x <= cx < x + kw and y <= cy < y + kh for k, (x, y, kw, kh) in placed if k.name == "backspace")


def test_the_keyboard_takes_at_most_about_40_percent_of_the_screen():
    assert panel_height(768) == 307 and panel_height(2160) == 420 and panel_height(480) == 240


def test_settings_default_auto_and_the_languages_layouts(kiosk_env):
    s = load_settings()
    assert s.onscreen_keyboard == "auto" and s.keyboard_layouts == []  # empty: the language's layouts, then English
    assert keyboard_layouts(s.keyboard_layouts, "en") == ["en_GB"]
    assert keyboard_layouts(s.keyboard_layouts, "lt") == ["lt_LT", "en_GB"]
    assert keyboard_layouts(s.keyboard_layouts, "pt_BR") == ["pt_BR", "en_GB"]
    assert keyboard_layouts(["es_ES"], "pl") == ["es_ES"]  # as set, when set
    kiosk_env.setenv("KIOSK_LANGUAGE", "pl-PL")
    assert keyboard_layouts(load_settings().keyboard_layouts, chosen(load_settings().language)) == ["pl_PL", "en_GB"]


def test_settings_from_the_environment(kiosk_env):
    kiosk_env.setenv("KIOSK_ONSCREEN_KEYBOARD", "On")
    kiosk_env.setenv("KIOSK_KEYBOARD_LAYOUTS", '["lt_LT", "en_GB"]')
    s = load_settings()
    assert s.onscreen_keyboard == "on" and s.keyboard_layouts == ["lt_LT", "en_GB"]


@pytest.mark.parametrize("name, value, says", [
    ("KIOSK_ONSCREEN_KEYBOARD", "sometimes", "KIOSK_ONSCREEN_KEYBOARD: must be auto, on or off, got 'sometimes'"),
    ("KIOSK_KEYBOARD_LAYOUTS", '["en_GB", "xx_XX"]', "'xx_XX' is not a keyboard layout; use en_GB, lt_LT, pl_PL"),
    ("KIOSK_KEYBOARD_LAYOUTS", '["en_GB", "en_GB"]', "names a layout twice"),
    ("KIOSK_KEYBOARD_LAYOUTS", "lt_LT", 'a JSON list, e.g. ["en_GB", "lt_LT"]'),  # not a host-name example
])
def test_bad_keyboard_settings_are_named_with_their_source(kiosk_env, name, value, says):
    kiosk_env.setenv(name, value)
    with pytest.raises(ConfigError) as e:
        load_settings()
    assert says in str(e.value) and f"environment variable {name}" in str(e.value)
