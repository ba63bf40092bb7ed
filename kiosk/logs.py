"""Logging to stderr and a rotating file under the data dir, always through the redaction filter."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

from kiosk.redact import RedactingFilter

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / "kiosk.log"


class _NoTracebackFormatter(logging.Formatter):
    """For the terminal (and the journal): the message only; tracebacks go to the log file."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_text, record.exc_info, record.stack_info
        record.exc_text, record.exc_info, record.stack_info = None, None, None
        try:
            return super().format(record)
        finally:
            record.exc_text, record.exc_info, record.stack_info = saved


class _Console(logging.StreamHandler[TextIO]):
    _kiosk = True  # added by setup_logging, which replaces its own handlers when called again


class _File(logging.handlers.RotatingFileHandler):
    _kiosk = True


_log_path: Path | None = None


def current_log_file() -> Path | None:
    """The log file :func:`setup_logging` opened, if any."""
    return _log_path


def setup_logging(level: str = "INFO", data_dir: Path | None = None, *, console: bool = True) -> Path | None:
    """Configure the root logger once; returns the log file path (None if it cannot be written).

    ``console=False`` (``verify-mobile``, which talks to the technician itself): the file only.
    The console never shows a traceback; the file has them, redacted like every line.
    """
    global _log_path
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_kiosk", False):
            root.removeHandler(h)
            h.close()
    root.setLevel(level)
    fmt = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = [_Console(sys.stderr)] if console else []
    path = None
    if data_dir is not None:
        path = log_file(data_dir)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handlers.append(_File(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"))
        except OSError as e:
            print(f"kiosk: cannot write the log file {path}: {e.strerror}; logging to stderr only", file=sys.stderr)
            path = None
    for h in handlers:
        h.setFormatter(_NoTracebackFormatter(FORMAT) if isinstance(h, _Console) else fmt)
        h.addFilter(RedactingFilter())
        root.addHandler(h)
    _log_path = path
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry full URLs
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path


def log_unexpected(error: BaseException, what: str = "unexpected error") -> str:
    """Log ``error`` with its traceback at ERROR (to the log file only, redacted) and return one
    sentence for the person at the terminal. Never prints a traceback."""
    from kiosk import redact

    root = logging.getLogger()
    configured = any(getattr(h, "_kiosk", False) for h in root.handlers)
    if configured:
        logging.getLogger("kiosk").error(what, exc_info=(type(error), error, error.__traceback__))
    where = f"details are in {_log_path}" if configured and _log_path else "report it with the command that was run"
    text = redact.redact(str(error))[:300]
    return f"kiosk: {what} ({error.__class__.__name__}{': ' + text if text else ''}); {where}."


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        if exc is None:
            exc = exc_type()
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        print(log_unexpected(exc), file=sys.stderr)
    except Exception:  # the hook of last resort must not raise
        print(f"kiosk: unexpected error ({getattr(exc_type, '__name__', 'error')})", file=sys.stderr)


def _thread_excepthook(args) -> None:
    if args.exc_type is SystemExit:
        return
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook() -> None:
    """Uncaught exceptions (a Qt slot's included) are logged redacted, with their traceback, to the log
    file; the terminal gets one sentence. Python's default hook would print the traceback, secrets and all."""
    import threading

    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
