"""Debian version ordering (``dpkg --compare-versions``), for the updater's own decisions (Qt-free).

apt orders versions itself; the updater needs the same order to decide whether a version offered
by the repository is newer than the installed one and newer than a held (rolled-back) one.
"""

from __future__ import annotations

import functools
import re

_VERSION_RE = re.compile(r"^(?:(\d+):)?([0-9][A-Za-z0-9.+~:-]*?)(?:-([A-Za-z0-9.+~]+))?$")


def _order(c: str) -> int:
    if c == "~":
        return -1
    if c.isdigit():
        return 0
    if c.isalpha():
        return ord(c)
    return ord(c) + 256


def _compare_part(a: str, b: str) -> int:
    """dpkg's verrevcmp: alternate runs of non-digits (compared by _order) and digits (compared as numbers)."""
    i = j = 0
    while i < len(a) or j < len(b):
        first_diff = 0
        while (i < len(a) and not a[i].isdigit()) or (j < len(b) and not b[j].isdigit()):
            ac = _order(a[i]) if i < len(a) and not a[i].isdigit() else 0
            bc = _order(b[j]) if j < len(b) and not b[j].isdigit() else 0
            if ac != bc:
                return -1 if ac < bc else 1
            i += 1
            j += 1
        while i < len(a) and a[i] == "0":
            i += 1
        while j < len(b) and b[j] == "0":
            j += 1
        while i < len(a) and a[i].isdigit() and j < len(b) and b[j].isdigit():
            if not first_diff:
                first_diff = (a[i] > b[j]) - (a[i] < b[j])
            i += 1
            j += 1
        if i < len(a) and a[i].isdigit():
            return 1
        if j < len(b) and b[j].isdigit():
            return -1
        if first_diff:
            return first_diff
    return 0


def parse(version: str) -> tuple[int, str, str]:
    """(epoch, upstream, revision); ValueError for something that is not a Debian version."""
    m = _VERSION_RE.match(version.strip())
    if not m:
        raise ValueError(f"{version!r} is not a Debian package version")
    return int(m.group(1) or 0), m.group(2), m.group(3) or ""


def compare(a: str, b: str) -> int:
    """-1, 0 or 1 as ``a`` sorts before, equal to or after ``b`` (as ``dpkg --compare-versions``)."""
    ea, ua, ra = parse(a)
    eb, ub, rb = parse(b)
    if ea != eb:
        return -1 if ea < eb else 1
    return _compare_part(ua, ub) or _compare_part(ra, rb)


def newest(versions: list[str]) -> str | None:
    return max(versions, key=functools.cmp_to_key(compare), default=None)
