"""The languages the kiosk speaks and how one is chosen (Qt-free): ``KIOSK_LANGUAGE``, else the system's, else English.

One row per language: its code (the ``resources/i18n/kiosk_<code>.ts`` file and ``KIOSK_LANGUAGE``'s value),
its name in itself (the technician menu's switch), the on-screen keyboard's layouts for it, the
``Accept-Language`` the webshop is asked with, Chromium's locale pack (``qtwebengine_locales/<pak>.pak``)
and Qt's own translation of its standard texts (``translations/<qt>.qm``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

ENGLISH = "en"


@dataclass(frozen=True)
class Language:
    code: str                  # KIOSK_LANGUAGE, kiosk_<code>.ts
    name: str                  # in the language itself
    layouts: tuple[str, ...]   # kiosk/layouts.py codes, English added after them
    accept: str                # the web profile's Accept-Language
    pak: str                   # Chromium's locale pack
    qt: tuple[str, ...]        # Qt's translations of its own texts (translations/<name>.qm) where Qt has them


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", ("en_GB",), "en-US,en;q=0.9", "en-US", ()),  # Chromium's own default
    # Qt has no qtbase_lt or qtwebengine_lt: its older whole translation, qt_lt, has the standard texts.
    "lt": Language("lt", "Lietuvių", ("lt_LT",), "lt,en;q=0.8", "lt", ("qt_lt",)),
    "pl": Language("pl", "Polski", ("pl_PL",), "pl,en;q=0.8", "pl", ("qtbase_pl", "qtwebengine_pl")),
    "es": Language("es", "Español", ("es_ES",), "es,en;q=0.8", "es", ("qtbase_es", "qtwebengine_es")),
    "pt_BR": Language("pt_BR", "Português (Brasil)", ("pt_BR",), "pt-BR,pt;q=0.9,en;q=0.8", "pt-BR",
                      ("qtbase_pt_BR", "qtwebengine_pt_BR")),
}
TRANSLATED = tuple(code for code in LANGUAGES if code != ENGLISH)  # the .ts files


def match(tag: str | None) -> str | None:
    """The kiosk's language for a tag as people and pages write it (``lt``, ``lt-LT``, ``pl_PL.UTF-8``, ``pt-BR``,
    ``pt``, ``EN``), or None when it is none of ours."""
    if not tag:
        return None
    tag = tag.strip().split(".")[0].split("@")[0].replace("-", "_")
    lang = tag.partition("_")[0].lower()
    if lang == "pt":
        return "pt_BR"  # the one Portuguese the kiosk speaks
    return lang if lang in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str:
    """The system's language when it is one of ours, else English: on Windows the user's display language, elsewhere
    the POSIX variables in their order of precedence (``LANGUAGE``'s list, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``)."""
    if platform == "win32" and environ is None:
        return _windows_language() or ENGLISH
    env = os.environ if environ is None else environ
    locale_name = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    if locale_name.split(".")[0] in ("", "C", "POSIX"):
        return ENGLISH  # no locale, or the C locale (where gettext ignores LANGUAGE too): the source language
    for tag in [*env.get("LANGUAGE", "").split(":"), locale_name]:
        found = match(tag)
        if found is not None:
            return found
    return ENGLISH


def _windows_language() -> str | None:
    import ctypes
    import locale

    try:
        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return match(locale.windows_locale.get(int(lcid)))


def chosen(setting: str) -> str:
    """The language in use: ``KIOSK_LANGUAGE`` as validated (a code of ours), else the system's."""
    return setting or system_language()


def keyboard_layouts(setting: list[str], language: str) -> list[str]:
    """``KIOSK_KEYBOARD_LAYOUTS`` as set, or by default the language's layouts and then English."""
    if setting:
        return list(setting)
    own = list(LANGUAGES[language].layouts)
    return own + [code for code in LANGUAGES[ENGLISH].layouts if code not in own]
