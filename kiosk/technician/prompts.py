"""Asking a person at a shell (Qt-free): a secret without echo, and a new technician PIN entered twice.

The one way ``kiosk set-pin`` and ``kiosk setup`` ask; the setup screen's PIN pad follows the same
rule through :class:`kiosk.pin.NewPin`.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from kiosk.pin import NewPin


class PinRefused(ValueError):
    """The new PIN breaks the rule, or the two entries differ. ``str()``: why, in a few words."""


def ask_secret(prompt: str, *, stdin: TextIO | None = None) -> str:
    """A secret typed at a terminal, never echoed; from a pipe (fleet tools, CI), one line without its newline.
    At the end of the input: ``''``."""
    stdin = sys.stdin if stdin is None else stdin
    if stdin.isatty():
        return getpass.getpass(prompt)
    return stdin.readline().rstrip("\r\n")


def ask_new_pin(prompt: str, *, optional: bool = False, stdin: TextIO | None = None) -> str | None:
    """A new technician PIN, asked twice (no echo). ``optional``: Enter at the first question skips it (None).

    Raises :class:`PinRefused` when it breaks the rule or the second entry differs."""
    choosing = NewPin()
    first = ask_secret(prompt, stdin=stdin)
    if optional and not first:
        return None
    refused = choosing.enter(first)
    if refused is None:  # the second question only for a PIN that keeps the rule
        refused = choosing.enter(ask_secret("The same PIN again: ", stdin=stdin))
    if refused is not None or choosing.pin is None:
        raise PinRefused(refused or "the PIN was not entered twice")
    return choosing.pin
