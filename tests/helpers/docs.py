"""Reading the tables of the documentation (docs/*.md) for the tests that tie them to the code.

Plain Markdown parsing, no MkDocs: these tests also run in the Debian 13 root, which has no MkDocs.
A table cell may hold a code span with a ``|`` in it (MkDocs' table extension does not split there).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


def split_row(line: str) -> list[str] | None:
    """The cells of a table row ``| a | `b|c` | d |``, stripped; None if the line is not a table row."""
    line = line.strip()
    if not line.startswith("|"):
        return None
    cells, cell, in_code = [], "", False
    for ch in line[1:]:
        if ch == "`":
            in_code = not in_code
        if ch == "|" and not in_code:
            cells.append(cell.strip())
            cell = ""
        else:
            cell += ch
    if cell.strip():
        cells.append(cell.strip())
    return cells


def table_after(page: str, marker: str) -> list[list[str]]:
    """The rows (header and separator left out) of the first table after the line of ``page`` (a path
    under docs/) that contains ``marker``."""
    lines = (DOCS / page).read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if marker in line), None)
    assert start is not None, f"docs/{page} has no line with {marker!r}"
    rows: list[list[str]] = []
    in_table = False
    for line in lines[start:]:
        cells = split_row(line)
        if cells is None:
            if in_table:
                break
            continue
        in_table = True
        if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
            continue
        rows.append(cells)
    assert rows, f"no table after {marker!r} in docs/{page}"
    return rows[1:]  # without the header


def code_spans(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text)


def code_table(page: str, marker: str) -> dict[int, str]:
    """Rows ``| code | meaning | …`` of the first table after ``marker``: exit code → meaning."""
    return {int(row[0]): row[1] for row in table_after(page, marker) if row and row[0].isdigit()}
