"""The native screens' language on Qt: a :class:`Translation` says a :class:`~kiosk.words.Text` in one language.

The shop's language (``KIOSK_LANGUAGE``, else the system's, else English; :mod:`kiosk.languages`) is set once
by :func:`install` before the web engine starts: Qt's default locale (numbers, dates, and the locale Chromium
takes for its own ``.pak``, ``navigator.language`` and error texts), Qt's translation of its standard texts, and
:func:`shop`, the translation every screen uses unless it was given another (the technician's English for a
visit, the verification panel following the page's ``<html lang>``).

Only the chosen language's files are read, and each once: ``resources/i18n/kiosk_<code>.qm`` when the first text
is translated, Qt's ``qtbase_<code>.qm`` at :func:`install`. English reads nothing (it is the source).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from kiosk import assets
from kiosk.languages import ENGLISH, LANGUAGES, Language, match
from kiosk.words import Arg, Num, Text

log = logging.getLogger(__name__)


class Translation:
    """One language's words for the native screens: the kiosk's translations (``kiosk_<code>.qm``) and its locale."""

    def __init__(self, code: str):
        self.code = code
        self.info: Language = LANGUAGES[code]
        self.locale = QLocale(code)
        self._translator: QTranslator | None = None
        self._tried = code == ENGLISH  # English is the source: nothing to load

    @property
    def english(self) -> bool:
        return self.code == ENGLISH

    def text(self, t: str | None) -> str:
        """A :class:`Text` in this language; any other string (a server's words, a name) as it is."""
        if t is None:
            return ""
        if not isinstance(t, Text):
            return str(t)
        return t.translated(self._find, self._say)

    __call__ = text

    def date_time(self, when: QDateTime | None = None) -> str:
        """A date and time as this language writes them (the test page's "printed at")."""
        return self.locale.toString(when or QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)

    def _find(self, t: Text) -> str | None:
        translator = self._load()
        if translator is None:
            return None
        return translator.translate(t.context, t.source, t.disambiguation, t.n) or None

    def _say(self, arg: Arg) -> str:
        if isinstance(arg, Text):
            return self.text(arg)
        if isinstance(arg, Num):
            return self.locale.toString(float(arg.value), "f", arg.decimals)
        return str(arg)

    def _load(self) -> QTranslator | None:
        if not self._tried:
            self._tried = True
            path = assets.path(f"i18n/kiosk_{self.code}.qm")
            translator = QTranslator()
            if translator.load(str(path)):
                self._translator = translator
            else:  # never a dead screen for a missing file: the English stands, and the log says why
                log.error("the %s translation %s cannot be read; the screens stay in English", self.info.name, path)
        return self._translator

    def __repr__(self) -> str:
        return f"Translation({self.code})"


_translations: dict[str, Translation] = {}
_shop: list[Translation] = []
_qt_translator: list[QTranslator] = []


def translation(code: str) -> Translation:
    """The translation of one of the kiosk's languages (made once, its file read at its first text)."""
    if code not in _translations:
        _translations[code] = Translation(code)
    return _translations[code]


def english() -> Translation:
    return translation(ENGLISH)


def shop() -> Translation:
    """The shop's language, as :func:`install` set it (English until then)."""
    return _shop[0] if _shop else english()


def for_page(lang: str | None) -> Translation:
    """The language of a page that says ``<html lang="…">``: that one when the kiosk speaks it, else the shop's."""
    code = match(lang)
    return translation(code) if code is not None else shop()


def install(code: str) -> Translation:
    """Make ``code`` the shop's language: Qt's default locale (call it before the web engine starts, so Chromium
    takes it too), Qt's own translations of its standard texts, and :func:`shop`. Returns the translation."""
    QLocale.setDefault(QLocale(code))
    app = QCoreApplication.instance()
    for old in _qt_translator:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _qt_translator.clear()
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for qt_file in LANGUAGES[code].qt if app is not None else ():
        qt = QTranslator(app)
        if qt.load(qt_file, where):
            QCoreApplication.installTranslator(qt)
            _qt_translator.append(qt)
        else:
            log.info("Qt's own %s translation (%s.qm) is not installed; its standard texts stay English",
                     LANGUAGES[code].name, qt_file)
    _shop[:] = [translation(code)]
    if code != ENGLISH:
        log.info("native screens in %s", LANGUAGES[code].name)
    return _shop[0]
