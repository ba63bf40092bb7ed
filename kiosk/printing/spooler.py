"""What every spooler speaks (Qt-free): the printer's state, a status read, a refusal, and the spooler's methods.

Imported by the desk (the brain that reads statuses) and by each spooler (``cups``, ``windows``) that
makes them, so neither imports the other for its types.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.printing.paper import Paper
from kiosk.words import Words


class PrinterWords(Words):
    """The printer's troubles as the cashier's banner and the technician's screens say them (no full stop at the end:
    the banner goes on after them)."""


class PrinterState(str, enum.Enum):
    READY = "ready"
    PRINTING = "printing"
    STOPPED = "stopped"
    OFFLINE = "offline"
    ERROR = "error"
    DISABLED = "disabled"
    UNKNOWN = "unknown"


PROBLEM_STATES = (PrinterState.STOPPED, PrinterState.OFFLINE, PrinterState.ERROR)


class SpoolerError(Exception):
    """The spooler refused or cannot be asked. ``str()`` is a sentence for a technician."""

    def __init__(self, message: str, state: PrinterState = PrinterState.ERROR):
        super().__init__(message)
        self.state = state


@dataclass(frozen=True)
class PrinterStatus:
    name: str
    state: PrinterState
    problem: str | None  # a sentence for the cashier, None when all is well
    pending: tuple[str, ...] = ()  # job ids still in the spooler


class Spooler(Protocol):
    """A platform's print system. Blocking: called on a worker thread. Failures raise :class:`SpoolerError`."""

    def submit(self, printer: str, pdf: Path, *, title: str, paper: Paper, length_mm: float) -> str:
        """Hand a PDF to the printer (``''``: the system default); returns the spooler's job id."""
        ...

    def status(self, printer: str) -> PrinterStatus:
        ...
