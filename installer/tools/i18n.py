"""The native screens' translations: resources/i18n/kiosk_<lang>.ts (sources) and .qm (what the kiosk loads).

    .venv/bin/python installer/tools/i18n.py update   # lupdate the .ts from the code, lrelease the .qm, report
    .venv/bin/python installer/tools/i18n.py check    # only report; exit 1 when anything is wrong (tests, CI)

(``./dev.sh i18n`` runs ``update``.) The report says, precisely, what a developer or translator has to do:

- texts the code shows that the .ts files lack (new), and texts the .ts files hold that the code no longer shows
  (vanished): a fresh ``pyside6-lupdate`` of ``kiosk/`` compared with the committed files;
- per language, texts without a finished translation, plural texts with a form missing, and translations whose
  placeholders (``%1`` … ``%9``, ``%n``) differ from the source's;
- a .qm that is not what ``pyside6-lrelease`` makes of its .ts (the .qm files are committed: every build, the
  wheel, the bundle and both .deb flavours take them as they are; see docs/developers/translations.md).

Reading the .ts files needs only the standard library (:func:`read_ts`, :func:`translation_problems`, used by
tests/unit); running lupdate and lrelease needs PySide6's tools (tests/system).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "kiosk"
sys.path.insert(0, str(ROOT))

from kiosk.languages import TRANSLATED  # noqa: E402
from kiosk.words import placeholders  # noqa: E402

Key = tuple[str, str, str]  # context, source, disambiguation ("" for none)


@dataclass
class Message:
    numerus: bool
    translation: list[str]  # one item, or one per plural form
    kind: str               # "" finished, "unfinished", "vanished", "obsolete"


@dataclass
class TsFile:
    language: str
    messages: dict[Key, Message] = field(default_factory=dict)

    def current(self) -> dict[Key, Message]:
        """The messages lupdate found in the code (not the vanished or obsolete ones it keeps for reference)."""
        return {k: m for k, m in self.messages.items() if m.kind not in ("vanished", "obsolete")}


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"kiosk_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"kiosk_{language}.qm"


def read_ts(path: Path) -> TsFile:
    root = ET.parse(path).getroot()
    ts = TsFile(root.get("language", ""))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            key = (name, m.findtext("source") or "", m.findtext("comment") or "")
            t = m.find("translation")
            forms = [f.text or "" for f in t.iter("numerusform")] if t is not None else []
            text = [] if t is None else forms if m.get("numerus") == "yes" else [t.text or ""]
            ts.messages[key] = Message(m.get("numerus") == "yes", text, t.get("type", "") if t is not None else "")
    return ts


def _show(key: Key) -> str:
    context, source, comment = key
    return f"[{context}] {source!r}" + (f" ({comment})" if comment else "")


def translation_problems(ts: TsFile) -> list[str]:
    """What is missing or wrong in one language's file: unfinished, empty forms, placeholders not the source's."""
    problems = []
    for key, m in sorted(ts.current().items()):
        if m.kind == "unfinished" or not m.translation or not all(f.strip() for f in m.translation):
            problems.append(f"{ts.language}: not translated: {_show(key)}")
            continue
        wanted = placeholders(key[1]) | ({"%n"} if m.numerus else set())
        for form in m.translation:
            found = placeholders(form)
            if found != wanted:
                problems.append(f"{ts.language}: placeholders {sorted(found)} instead of {sorted(wanted)} in "
                                f"{form!r} for {_show(key)}")
    return problems


def tool(name: str) -> str:
    """PySide6's pyside6-<name> next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} is not installed (it ships with PySide6): run ./dev.sh once, or pip install PySide6")
    return found


def source_files(sources: Path = SOURCES) -> list[str]:
    return sorted(str(p) for p in sources.rglob("*.py"))


def lupdate(ts_files: list[Path], *, extra: tuple[str, ...] = (), sources: Path = SOURCES) -> None:
    """Bring ``ts_files`` up to date with the code (no locations, so a moved line changes nothing)."""
    args = [tool("lupdate"), "-silent", "-locations", "none", "-source-language", "en", *extra, *source_files(sources),
            "-ts", *map(str, ts_files)]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0 or "error" in done.stderr.lower():
        raise SystemExit(f"lupdate failed:\n{done.stdout}{done.stderr}")


def lrelease(ts: Path, qm: Path) -> None:
    done = subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"lrelease failed for {ts.name}:\n{done.stdout}{done.stderr}")


def code_texts(sources: Path = SOURCES) -> dict[Key, bool]:
    """Every text the code marks (key → has plural forms), from a fresh lupdate into an empty file."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "kiosk_lt.ts"
        lupdate([fresh], sources=sources)
        return {k: m.numerus for k, m in read_ts(fresh).current().items()}


def source_problems(code: dict[Key, bool], folder: Path = I18N) -> list[str]:
    """New and vanished texts: the code against each committed .ts."""
    problems = []
    for language in TRANSLATED:
        path = ts_path(language, folder)
        if not path.is_file():
            problems.append(f"{language}: {path.relative_to(ROOT)} is missing")
            continue
        held = read_ts(path).current()
        problems += [f"{language}: new in the code, not in {path.name}: {_show(k)}" for k in sorted(code.keys() - held)]
        problems += [f"{language}: in {path.name} but gone from the code: {_show(k)}" for k in sorted(held.keys() - code)]
        problems += [f"{language}: plural forms {'wanted' if code[k] else 'not wanted'} for {_show(k)}"
                     for k in sorted(code.keys() & held.keys()) if code[k] != held[k].numerus]
    return problems


def stale_qm(folder: Path = I18N) -> list[str]:
    """Each .qm against what lrelease makes of its .ts now."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in TRANSLATED:
            fresh = Path(tmp) / f"kiosk_{language}.qm"
            lrelease(ts_path(language, folder), fresh)
            committed = qm_path(language, folder)
            if not committed.is_file() or committed.read_bytes() != fresh.read_bytes():
                problems.append(f"{language}: {committed.name} is not lrelease's build of {ts_path(language).name}; "
                                "run ./dev.sh i18n")
    return problems


def report(*, with_tools: bool = True) -> list[str]:
    problems = source_problems(code_texts()) if with_tools else []
    for language in TRANSLATED:
        if ts_path(language).is_file():
            problems += translation_problems(read_ts(ts_path(language)))
    if with_tools:
        problems += stale_qm()
    return problems


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in TRANSLATED:
        lupdate([ts_path(language)], extra=("-no-obsolete", "-target-language", language))
        lrelease(ts_path(language), qm_path(language))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command not in ("update", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    os.chdir(ROOT)
    if command == "update":
        update()
    problems = report()
    for line in problems:
        print(line)
    counts = {lang: len(read_ts(ts_path(lang)).current()) for lang in TRANSLATED if ts_path(lang).is_file()}
    print(f"{sum(1 for _ in problems)} problem(s); texts per language: {counts}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
