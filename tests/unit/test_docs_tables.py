"""The documentation's reference tables agree with the code they describe.

Settings (docs/it/settings.md) against the ``Settings`` model, commands (docs/technicians/commands.md)
against the argument parser, and every docs page the code points people to exists. (The exit-code
tables are checked in test_exitcodes.py and test_printing.py.) Plain Markdown reading: the site build
itself (MkDocs, links, anchors, navigation) is `./dev.sh docs`, which CI runs.
"""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

import pytest

from kiosk.cli import build_parser
from kiosk.settings import Settings, default_data_dir, env_name
from tests.helpers.docs import DOCS, ROOT, code_spans, table_after

SETTINGS_PAGE = "it/settings.md"
SETTINGS_TABLE = "| environment | TOML key | default | meaning |"


def settings_rows() -> dict[str, list[str]]:
    """TOML key → the row ``[environment, TOML key, default, meaning]`` of the settings table."""
    rows: dict[str, list[str]] = {}
    for row in table_after(SETTINGS_PAGE, SETTINGS_TABLE):
        assert len(row) == 4, f"a settings row needs 4 cells: {row}"
        (key,) = code_spans(row[1]) or [row[1]]
        assert key not in rows, f"{key} is listed twice in docs/{SETTINGS_PAGE}"
        rows[key] = row
    return rows


def documented_default(cell: str) -> Any:
    """The default as the table states it: ``—`` none, ``empty`` the empty string, else the first code
    span, read as JSON where it is JSON (numbers, booleans, lists) and as text otherwise."""
    if cell.startswith("—"):
        return None
    if cell.startswith("empty"):
        return ""
    spans = code_spans(cell)
    assert spans, f"the default {cell!r} is neither —, empty nor a `value`"
    try:
        return json.loads(spans[0])
    except ValueError:
        return spans[0]


def model_default(field: str) -> Any:
    info = Settings.model_fields[field]
    return info.default_factory() if info.default_factory is not None else info.default


def same_default(documented: Any, actual: Any) -> bool:
    if isinstance(actual, bool) or actual is None:
        return documented is actual
    if isinstance(actual, float):
        return isinstance(documented, int | float) and not isinstance(documented, bool) and documented == actual
    return type(documented) is type(actual) and documented == actual


def test_the_settings_table_lists_exactly_the_settings_of_the_model():
    documented, declared = set(settings_rows()), set(Settings.model_fields)
    assert not declared - documented, f"settings missing from docs/{SETTINGS_PAGE}: {sorted(declared - documented)}"
    assert not documented - declared, f"docs/{SETTINGS_PAGE} lists settings the kiosk does not have: " \
                                      f"{sorted(documented - declared)}"


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_each_setting_is_documented_with_its_environment_name_and_default(field, monkeypatch):
    row = settings_rows().get(field)
    assert row is not None, f"{field} is not in docs/{SETTINGS_PAGE}"
    env, _key, default_cell, meaning = row
    assert code_spans(env) == [env_name(field)]
    assert meaning, f"{field} has no meaning in the table"
    actual = model_default(field)
    if field == "data_dir":
        # Platform-dependent: the table gives the Linux form under the home directory, as `~/…`.
        monkeypatch.setenv("HOME", "/home/kiosk")
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
        actual = str(default_data_dir()).replace("/home/kiosk", "~", 1)
    assert same_default(documented_default(default_cell), actual), \
        f"docs/{SETTINGS_PAGE} says {env_name(field)} defaults to {default_cell!r}; kiosk/settings.py says {actual!r}"


def test_the_settings_check_fails_on_a_wrong_default():
    """The comparison is strict enough to catch a table that drifted (a check that cannot fail is no check)."""
    assert same_default(documented_default("`80`"), 80.0)
    assert not same_default(documented_default("`58`"), 80.0)
    assert not same_default(documented_default("`1`"), True)
    assert not same_default(documented_default("`0` (off)"), None)
    assert not same_default(documented_default("empty"), None)
    assert not same_default(documented_default('`["en_GB", "lt_LT"]`'), ["en_GB"])
    assert same_default(documented_default("`^a(?:b|$)`"), "^a(?:b|$)")


# ----------------------------------------------------------------------------------------- commands

def subcommands() -> dict[str, argparse.ArgumentParser]:
    """``demo`` → its parser, and a command's own subcommands too (``broker import``)."""
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(prefix: str, parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found[prefix + name] = sub
                    walk(f"{prefix}{name} ", sub)

    walk("", build_parser())
    return found


def options(parser: argparse.ArgumentParser) -> list[str]:
    """Each option a user may give (its longest spelling); not --help, not the hidden ones."""
    return [max(a.option_strings, key=len) for a in parser._actions
            if a.option_strings and a.help != argparse.SUPPRESS and not isinstance(a, argparse._HelpAction)]


def command_rows() -> dict[str, str]:
    """Subcommand → the usage in the first cell of its row of the commands table (`kiosk demo` `[--a]` …)."""
    rows, names = {}, set(subcommands())
    for row in table_after("technicians/commands.md", "| command | what it does |"):
        usage = " ".join(code_spans(row[0]))
        words = usage.split()
        assert words[0] == "kiosk", usage
        name = " ".join(words[1:3]) if " ".join(words[1:3]) in names else words[1]
        assert name not in rows, f"kiosk {name} has two rows in docs/technicians/commands.md"
        rows[name] = usage
    return rows


def test_the_commands_table_lists_every_command_with_every_option():
    rows, commands = command_rows(), subcommands()
    assert set(rows) == {*commands, "--version"}, "docs/technicians/commands.md and kiosk/cli.py list different commands"
    missing = [f"kiosk {name} {opt}" for name, sub in commands.items() for opt in options(sub)
               if not re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", rows[name])]
    assert not missing, f"options missing from docs/technicians/commands.md: {missing}"


# ----------------------------------------------------------------------------- pages the code names

def test_every_docs_page_named_in_the_code_exists():
    named = set()
    for path in [*ROOT.glob("kiosk/**/*.py"), *ROOT.glob("installer/**/*"), *ROOT.glob("bench/*.py"),
                 ROOT / "dev.sh", *ROOT.glob(".ci/*")]:
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            named |= {(path.relative_to(ROOT), m) for m in re.findall(r"\bdocs/[\w./-]+\.md\b", text)}
    missing = sorted(f"{where}: {page}" for where, page in named if not (DOCS.parent / page).is_file())
    assert not missing, "pages named in the code that docs/ does not have:\n" + "\n".join(missing)


def test_the_readme_stays_short_and_keeps_the_quick_start():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 150, "README.md is the front door; put the rest in docs/"
    assert "## Quick start" in readme and "./dev.sh demo" in readme and "./dev.sh test" in readme


def test_every_link_of_the_readme_leads_to_a_file():
    """MkDocs checks the links inside docs/; the README is outside it, so its links are checked here."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)\s]+)\)", readme)
    assert any(t.startswith("docs/") for t in targets)
    broken = [t for t in targets if "://" not in t and not (ROOT / t.split("#")[0]).exists()]
    assert not broken, f"README.md links to files that do not exist: {broken}"
