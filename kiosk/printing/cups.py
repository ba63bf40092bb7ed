"""The Linux spooler: CUPS through its command-line clients (``lp``, ``lpstat``), blocking, for a worker thread.

Every failure is a :class:`SpoolerError` carrying a sentence a technician can act on.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from kiosk.clock import say_duration
from kiosk.printing.paper import Paper
from kiosk.printing.spooler import PrinterState, PrinterStatus, PrinterWords, SpoolerError

TIMEOUT = 10.0  # seconds for any lp/lpstat call; cupsd answers in milliseconds when it is alive
_JOB_ID = re.compile(r"request id is (\S+)-(\d+)")
_PRINTER_LINE = re.compile(r"^printer (\S+) (?:(is idle)|(now printing) \S+|(disabled)) ")

# printer-state-reasons (RFC 8011 / PWG 5100.9) → what the cashier is told, and the state it means.
_OUT_OF_PAPER = PrinterWords.tr("The receipt printer is out of paper")
_COVER_OPEN = PrinterWords.tr("The receipt printer's cover is open")
_NOT_ANSWERING = PrinterWords.tr("The receipt printer is not answering (switched off or not connected)")
_REASONS: tuple[tuple[str, PrinterState, str], ...] = (
    ("media-empty", PrinterState.STOPPED, _OUT_OF_PAPER),
    ("media-needed", PrinterState.STOPPED, _OUT_OF_PAPER),
    ("media-jam", PrinterState.ERROR, PrinterWords.tr("Paper is jammed in the receipt printer")),
    ("cover-open", PrinterState.ERROR, _COVER_OPEN),
    ("door-open", PrinterState.ERROR, _COVER_OPEN),
    ("offline", PrinterState.OFFLINE, PrinterWords.tr("The receipt printer is offline (switched off or not connected)")),
    ("connecting-to-device", PrinterState.OFFLINE, _NOT_ANSWERING),
    ("timed-out", PrinterState.OFFLINE, _NOT_ANSWERING),
    ("shutdown", PrinterState.OFFLINE, PrinterWords.tr("The receipt printer is switched off")),
)


def _env() -> dict[str, str]:
    return {**os.environ, "LC_ALL": "C", "LANG": "C"}  # the clients' English output is what we parse


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    if shutil.which(args[0]) is None:
        raise SpoolerError(PrinterWords.tr("The CUPS tools are not installed (%1 missing); install "
                                           "cups-client").arg(args[0]), PrinterState.ERROR)
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT, env=_env())
    except subprocess.TimeoutExpired:
        raise SpoolerError(PrinterWords.tr("The print service (CUPS) did not answer within %1; check that cupsd "
                                           "runs").arg(say_duration(TIMEOUT)), PrinterState.OFFLINE) from None
    except OSError as e:
        raise SpoolerError(PrinterWords.tr("The print service cannot be reached (%1)").arg(str(e.strerror)),
                           PrinterState.ERROR) from None


def _service_problem(stderr: str, printer: str) -> SpoolerError:
    text = stderr.strip().lower()
    if "invalid destination" in text or "not found" in text or "does not exist" in text:
        return SpoolerError(PrinterWords.tr("There is no printer named '%1'; check KIOSK_PRINTER and the printer's name "
                                            "in CUPS (lpstat -p)").arg(printer), PrinterState.ERROR)
    if "scheduler is not running" in text or "connection refused" in text or "bad file descriptor" in text \
            or "no such file" in text:
        return SpoolerError(PrinterWords.tr("The print service (CUPS) is not running; start cupsd"), PrinterState.OFFLINE)
    if "not accepting" in text:
        return SpoolerError(PrinterWords.tr("The printer '%1' does not accept jobs; a technician can run cupsaccept "
                                            "%1").arg(printer), PrinterState.STOPPED)
    first = stderr.strip().splitlines()[0][:200] if stderr.strip() else "no reason given"
    return SpoolerError(PrinterWords.tr("CUPS refused the slip for '%1': %2").arg(printer, first), PrinterState.ERROR)


class CupsSpooler:
    """CUPS queues by name; ``''`` is the system default."""

    name = "CUPS"

    def resolve(self, printer: str) -> str:
        if printer:
            return printer
        out = _run(["lpstat", "-d"])
        m = re.search(r"system default destination: (\S+)", out.stdout)
        if not m:
            if out.returncode != 0:
                raise _service_problem(out.stderr, "default")
            raise SpoolerError(PrinterWords.tr("No printer is set: set KIOSK_PRINTER to the receipt printer's CUPS queue, "
                                               "or a system default printer (lpadmin -d NAME)"), PrinterState.ERROR)
        return m.group(1)

    def submit(self, printer: str, pdf: Path, *, title: str, paper: Paper, length_mm: float) -> str:
        """Hand the PDF to CUPS; returns the job id (``queue-N``). lp copies the file, so it may go after."""
        name = self.resolve(printer)
        media = paper.cups_media(length_mm)
        out = _run(["lp", "-d", name, "-t", title, "-o", f"media={media}", "-o", "fit-to-page=false",
                    "-o", "print-scaling=none", "--", str(pdf)])
        m = _JOB_ID.search(out.stdout)
        if out.returncode != 0 or not m:
            raise _service_problem(out.stderr or out.stdout, name)
        return f"{m.group(1)}-{m.group(2)}"

    def status(self, printer: str) -> PrinterStatus:
        name = self.resolve(printer)
        out = _run(["lpstat", "-l", "-p", name])
        if out.returncode != 0 or not out.stdout.strip():
            raise _service_problem(out.stderr, name)
        jobs = _run(["lpstat", "-W", "not-completed", "-o", name])
        if jobs.returncode != 0:  # no job list is not "no jobs": waiting slips must never count as printed
            raise _service_problem(jobs.stderr, name)
        pending = tuple(line.split()[0] for line in jobs.stdout.splitlines() if line.strip())
        return parse_status(name, out.stdout, pending)

    def cancel(self, job_id: str) -> None:  # technicians only; the kiosk never drops a slip by itself
        _run(["cancel", job_id])


def parse_status(name: str, lpstat_l: str, pending: tuple[str, ...] = ()) -> PrinterStatus:
    """``lpstat -l -p NAME`` output → state and a sentence for the cashier (None when all is well)."""
    lines = lpstat_l.splitlines()
    m = _PRINTER_LINE.match(lines[0]) if lines else None
    disabled = bool(m and m.group(4))
    printing = bool(m and m.group(3))
    alerts: list[str] = []
    message = ""
    for line in lines[1:]:
        s = line.strip()
        if s.startswith("Alerts:"):
            alerts = s[len("Alerts:"):].split()
        elif not message and s and ":" not in s and s not in ("(all)", "(none)"):
            message = s  # the printer-state-message line under the first line
    for key, state, sentence in _REASONS:
        if any(a.startswith(key) for a in alerts):
            return PrinterStatus(name, state, sentence, pending)
    if disabled:
        detail = message[:120] if message and message.lower() not in ("paused", "") else ""
        stopped = PrinterWords.tr("The receipt printer queue '%1' is stopped (%2)").arg(name, detail) if detail \
            else PrinterWords.tr("The receipt printer queue '%1' is stopped").arg(name)
        return PrinterStatus(name, PrinterState.STOPPED, stopped, pending)
    if any(a.endswith("-error") for a in alerts):
        return PrinterStatus(name, PrinterState.ERROR,
                             PrinterWords.tr("The receipt printer reports a fault (%1)").arg(", ".join(alerts)), pending)
    return PrinterStatus(name, PrinterState.PRINTING if printing or pending else PrinterState.READY, None, pending)
