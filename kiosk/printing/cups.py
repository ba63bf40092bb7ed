"""The Linux spooler: CUPS through its command-line clients (``lp``, ``lpstat``), blocking, for a worker thread.

Every failure is a :class:`SpoolerError` carrying a sentence a technician can act on.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from kiosk.printing.paper import Paper
from kiosk.printing.spooler import PrinterState, PrinterStatus, SpoolerError

TIMEOUT = 10.0  # seconds for any lp/lpstat call; cupsd answers in milliseconds when it is alive
_JOB_ID = re.compile(r"request id is (\S+)-(\d+)")
_PRINTER_LINE = re.compile(r"^printer (\S+) (?:(is idle)|(now printing) \S+|(disabled)) ")

# printer-state-reasons (RFC 8011 / PWG 5100.9) → what the cashier is told, and the state it means.
_REASONS: tuple[tuple[str, PrinterState, str], ...] = (
    ("media-empty", PrinterState.STOPPED, "The receipt printer is out of paper"),
    ("media-needed", PrinterState.STOPPED, "The receipt printer is out of paper"),
    ("media-jam", PrinterState.ERROR, "Paper is jammed in the receipt printer"),
    ("cover-open", PrinterState.ERROR, "The receipt printer's cover is open"),
    ("door-open", PrinterState.ERROR, "The receipt printer's cover is open"),
    ("offline", PrinterState.OFFLINE, "The receipt printer is offline (switched off or not connected)"),
    ("connecting-to-device", PrinterState.OFFLINE, "The receipt printer is not answering (switched off or not connected)"),
    ("timed-out", PrinterState.OFFLINE, "The receipt printer is not answering (switched off or not connected)"),
    ("shutdown", PrinterState.OFFLINE, "The receipt printer is switched off"),
)


def _env() -> dict[str, str]:
    return {**os.environ, "LC_ALL": "C", "LANG": "C"}  # the clients' English output is what we parse


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    if shutil.which(args[0]) is None:
        raise SpoolerError(f"The CUPS tools are not installed ({args[0]} missing); install cups-client.",
                           PrinterState.ERROR)
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT, env=_env())
    except subprocess.TimeoutExpired:
        raise SpoolerError("The print service (CUPS) did not answer within 10 seconds; check that cupsd runs.",
                           PrinterState.OFFLINE) from None
    except OSError as e:
        raise SpoolerError(f"The print service cannot be reached ({e.strerror}).", PrinterState.ERROR) from None


def _service_problem(stderr: str, printer: str) -> SpoolerError:
    text = stderr.strip().lower()
    if "invalid destination" in text or "not found" in text or "does not exist" in text:
        return SpoolerError(f"There is no printer named '{printer}'; check KIOSK_PRINTER and the printer's "
                            "name in CUPS (lpstat -p).", PrinterState.ERROR)
    if "scheduler is not running" in text or "connection refused" in text or "bad file descriptor" in text \
            or "no such file" in text:
        return SpoolerError("The print service (CUPS) is not running; start cupsd.", PrinterState.OFFLINE)
    if "not accepting" in text:
        return SpoolerError(f"The printer '{printer}' does not accept jobs; a technician can run cupsaccept "
                            f"{printer}.", PrinterState.STOPPED)
    first = stderr.strip().splitlines()[0][:200] if stderr.strip() else "no reason given"
    return SpoolerError(f"CUPS refused the slip for '{printer}': {first}", PrinterState.ERROR)


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
            raise SpoolerError("No printer is set: set KIOSK_PRINTER to the receipt printer's CUPS queue, or a "
                               "system default printer (lpadmin -d NAME).", PrinterState.ERROR)
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
        detail = f" ({message[:120]})" if message and message.lower() not in ("paused", "") else ""
        return PrinterStatus(name, PrinterState.STOPPED,
                             f"The receipt printer queue '{name}' is stopped{detail}", pending)
    if any(a.endswith("-error") for a in alerts):
        return PrinterStatus(name, PrinterState.ERROR, f"The receipt printer reports a fault ({', '.join(alerts)})",
                             pending)
    return PrinterStatus(name, PrinterState.PRINTING if printing or pending else PrinterState.READY, None, pending)
