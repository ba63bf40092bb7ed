"""The translations: complete, their placeholders the sources', the plural forms right; the words and languages behind.

Read from resources/i18n/*.ts with the standard library (installer/tools/i18n.py); the plural forms through Qt's own
QTranslator on the committed .qm files, as the kiosk loads them. Whether the .ts files hold exactly the texts the code
shows (a fresh lupdate) and the .qm files are lrelease's build of them: tests/system/test_translations.py (it needs
PySide6's tools, which Debian's packages of PySide6 do not carry).
"""

from __future__ import annotations

import copy
import pickle

import pytest
from PySide6.QtCore import QTranslator

from kiosk import redact
from kiosk.clock import say_duration
from kiosk.languages import LANGUAGES, TRANSLATED, keyboard_layouts, match, system_language
from kiosk.settings import ConfigError, ConfigSource, explicit_settings
from kiosk.words import Num, Text, Words, joined, placeholders, render
from tests.helpers.i18n import load_tool

i18n = load_tool()


class CaseWords(Words):
    """A context for these tests only."""


# ---- the .ts files ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated_with_the_sources_placeholders(language):
    ts = i18n.read_ts(i18n.ts_path(language))
    assert ts.language == language and len(ts.current()) > 300
    assert i18n.translation_problems(ts) == []


def test_the_check_names_an_unfinished_translation_and_wrong_placeholders(tmp_path):
    bad = tmp_path / "kiosk_pl.ts"
    bad.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pl">
<context><name>ScreenWords</name>
<message><source>Trying again in %1</source><translation>Ponowna próba za %2</translation></message>
<message><source>Try again now</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n check(s) failed</source><translation>
<numerusform>%n test</numerusform><numerusform>testy</numerusform><numerusform></numerusform></translation></message>
<message><source>Gone</source><translation type="vanished">Znikło</translation></message>
</context></TS>""", encoding="utf-8")
    problems = i18n.translation_problems(i18n.read_ts(bad))
    assert problems == [
        "pl: not translated: [ScreenWords] '%n check(s) failed'",  # an empty plural form
        "pl: not translated: [ScreenWords] 'Try again now'",
        "pl: placeholders ['%2'] instead of ['%1'] in 'Ponowna próba za %2' for [ScreenWords] 'Trying again in %1'",
    ]  # and the vanished one is no longer asked for


def test_new_and_vanished_texts_are_named():
    code = {k: m.numerus for k, m in i18n.read_ts(i18n.ts_path("lt")).current().items()}
    assert i18n.source_problems(code) == []
    new = ("SessionWords", "A sentence nobody translated", "")
    gone = ("SessionWords", "The kiosk needs a technician", "")
    code[new] = False
    del code[gone]
    problems = i18n.source_problems(code)
    for language in TRANSLATED:
        assert f"{language}: new in the code, not in kiosk_{language}.ts: [SessionWords] 'A sentence nobody translated'" \
            in problems
        assert f"{language}: in kiosk_{language}.ts but gone from the code: [SessionWords] 'The kiosk needs a technician'" \
            in problems


# ---- plural forms, as Qt picks them from the .qm ---------------------------------------------------------------
PLURALS = {
    # Lithuanian: 1, 21 (…1 but not …11); 2-9, 22 (…2-…9 but not 11-19); the rest (0, 10-20, …).
    "lt": {1: "1 sekundė", 2: "2 sekundės", 5: "5 sekundės", 11: "11 sekundžių", 21: "21 sekundė", 22: "22 sekundės"},
    # Polish (accusative: "za 1 sekundę"): 1 alone; 2-4, 22-24 (not 12-14); the rest.
    "pl": {1: "1 sekundę", 2: "2 sekundy", 5: "5 sekund", 11: "11 sekund", 21: "21 sekund", 22: "22 sekundy"},
}
FAILED = {
    "lt": {1: "Nepavyko 1 patikrinimas", 2: "Nepavyko 2 patikrinimai", 5: "Nepavyko 5 patikrinimai",
           11: "Nepavyko 11 patikrinimų", 21: "Nepavyko 21 patikrinimas", 22: "Nepavyko 22 patikrinimai"},
    "pl": {1: "Nie powiódł się 1 test", 2: "Nie powiodły się 2 testy", 5: "Nie powiodło się 5 testów",
           11: "Nie powiodło się 11 testów", 21: "Nie powiodło się 21 testów", 22: "Nie powiodły się 22 testy"},
}


def translated(language: str, text: Text) -> str:
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path(language)))
    return text.translated(lambda t: translator.translate(t.context, t.source, t.disambiguation, t.n) or None, str)


@pytest.mark.parametrize("language", ["lt", "pl"])
@pytest.mark.parametrize("n", [1, 2, 5, 11, 21, 22])
def test_plural_forms_in_lithuanian_and_polish(language, n):
    assert translated(language, say_duration(n)) == PLURALS[language][n]
    failed = Text("DiagnosticsWords", "%n check(s) failed", None, n)
    assert translated(language, failed) == FAILED[language][n]


def test_english_plurals_need_no_file():
    assert [str(say_duration(n)) for n in (1, 2, 61, 120, 3600, 7200)] == \
           ["1 second", "2 seconds", "61 seconds", "2 minutes", "1 hour", "2 hours"]
    assert str(CaseWords.tr("%n slip(s) waiting", "", 1)) == "1 slip waiting"
    assert str(CaseWords.tr("%n slip(s) waiting", "", 3)) == "3 slips waiting"


# ---- Text: English where a log or the command line reads it, translatable where a screen shows it --------------
def test_a_text_is_its_english_and_keeps_what_a_translation_needs():
    t = CaseWords.tr("The address %1 cannot be found after %2.").arg("api.example", say_duration(5))
    assert t == "The address api.example cannot be found after 5 seconds." and isinstance(t, str)
    assert (t.context, t.source, t.n) == ("CaseWords", "The address %1 cannot be found after %2.", -1)
    assert f"{t}" == str(t) and t + "!" == str(t) + "!"  # a log line gets plain English
    assert copy.deepcopy(t).args == t.args and pickle.loads(pickle.dumps(t)).source == t.source
    spoken = t.translated(lambda x: {"The address %1 cannot be found after %2.": "Adresas %1 nerastas per %2.",
                                     "%n second(s)": "%n s"}.get(x.source), lambda a: a.translated(
        lambda x: "%n s" if x.source == "%n second(s)" else None, str) if isinstance(a, Text) else str(a))
    assert spoken == "Adresas api.example nerastas per 5 s."


def test_placeholders_are_filled_at_once_and_a_missing_translation_falls_back_to_english():
    assert render("%1 %2", ("%2", "x"), english=True) == "%2 x"  # an argument's own "%2" stays as it is
    assert placeholders("%1 of %n in %2") == {"%1", "%2", "%n"}
    t = CaseWords.tr("Hello %1").arg(Num(1.5))
    assert t == "Hello 1.5" and t.translated(lambda _t: None, lambda a: "1,5") == "Hello 1,5"


def test_a_list_of_texts_stays_translatable_and_secrets_are_masked_in_the_arguments():
    parts = [CaseWords.tr("first %1").arg("a"), "second", CaseWords.tr("third")]
    listed = joined(parts, "; ")
    assert listed == "first a; second; third" and isinstance(listed, Text) and listed.context == ""
    assert joined(["a", "b"], ", ") == "a, b" and not isinstance(joined(["a", "b"], ", "), Text)
    assert joined([CaseWords.tr(str(i)) for i in range(12)], ",") == ",".join(str(i) for i in range(12))
    redact.register("s3cr3t-value-of-the-test")
    leaked = CaseWords.tr("rejected: %1").arg("key s3cr3t-value-of-the-test")
    kept = redact.redact(leaked)
    assert "s3cr3t" not in kept and isinstance(kept, Text) and kept.source == "rejected: %1"


# ---- the languages ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("tag, code", [("lt", "lt"), ("lt-LT", "lt"), ("pl_PL.UTF-8", "pl"), ("ES", "es"),
                                       ("pt-BR", "pt_BR"), ("pt", "pt_BR"), ("pt_PT", "pt_BR"), ("en-GB", "en"),
                                       ("de", None), ("", None), (None, None)])
def test_a_language_tag_is_one_of_ours_or_none(tag, code):
    assert match(tag) == code


@pytest.mark.parametrize("env, code", [
    ({}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "lt_LT.UTF-8"}, "lt"), ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:pl"}, "pl"), ({"LC_ALL": "es_ES.UTF-8", "LANG": "lt_LT.UTF-8"}, "es"),
    ({"LC_MESSAGES": "pt_BR.UTF-8", "LANG": "C"}, "pt_BR"), ({"LANG": "C", "LANGUAGE": "lt"}, "en"),
])
def test_the_system_language_is_one_of_ours_or_english(env, code):
    assert system_language(env, "linux") == code


def test_the_setting_takes_a_tag_and_names_a_wrong_one_with_its_source(kiosk_env, tmp_path):
    assert explicit_settings(language="pl-PL").language == "pl"
    assert explicit_settings(language=" ").language == ""
    source = ConfigSource(tmp_path / "kiosk.toml", environ={"KIOSK_LANGUAGE": "klingon"})
    with pytest.raises(ConfigError) as e:
        source.load()
    said = str(e.value)
    assert "KIOSK_LANGUAGE: 'klingon' is not a language the kiosk speaks; use one of en, lt, pl, es, pt-BR" in said
    assert "from environment variable KIOSK_LANGUAGE" in said


def test_each_language_has_its_layouts_files_and_accept_language():
    for code, language in LANGUAGES.items():
        assert keyboard_layouts([], code)[-1] == "en_GB"
        assert language.accept.split(",")[0].replace("-", "_").lower().startswith(code.lower()[:2])
        if code != "en":
            assert i18n.qm_path(code).is_file() and i18n.ts_path(code).is_file()
