"""Logging to stderr and a rotating file under the data dir, always through the redaction filter."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from kiosk.redact import RedactingFilter

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / "kiosk.log"


def setup_logging(level: str = "INFO", data_dir: Path | None = None) -> Path | None:
    """Configure the root logger once; returns the log file path (None if it cannot be written)."""
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_kiosk", False):
            root.removeHandler(h)
            h.close()
    root.setLevel(level)
    fmt = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    path = None
    if data_dir is not None:
        path = log_file(data_dir)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handlers.append(logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                                 encoding="utf-8"))
        except OSError as e:
            print(f"kiosk: cannot write the log file {path}: {e.strerror}; logging to stderr only", file=sys.stderr)
            path = None
    for h in handlers:
        h._kiosk = True
        h.setFormatter(fmt)
        h.addFilter(RedactingFilter())
        root.addHandler(h)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry full URLs
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path
