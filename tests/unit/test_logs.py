"""Uncaught errors: one sentence for the person at the terminal, the redacted traceback in the log file."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

import pytest

from kiosk import cli, redact
from kiosk.logs import install_excepthook, log_file, setup_logging
from tests.helpers.process import clean_env

SECRET = "Excepthook-Secret-Value-1"


@pytest.fixture
def logging_to(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield tmp_path
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_kiosk", False):
            root.removeHandler(h)
            h.close()
    root.setLevel(logging.WARNING)


def boom():
    raise RuntimeError(f"cannot go on with {SECRET}")


def test_an_uncaught_error_is_one_sentence_on_the_terminal_and_a_redacted_traceback_in_the_file(logging_to, capsys):
    redact.register(SECRET, pin=True)
    setup_logging("INFO", logging_to)
    install_excepthook()
    try:
        boom()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert "Traceback" not in err and SECRET not in err
    assert "unexpected error (RuntimeError" in err and str(log_file(logging_to)) in err
    text = log_file(logging_to).read_text(encoding="utf-8")
    assert "ERROR" in text and "Traceback" in text and "in boom" in text and SECRET not in text


def test_an_error_in_a_thread_takes_the_same_way(logging_to, capsys):
    redact.register(SECRET, pin=True)
    setup_logging("INFO", logging_to)
    install_excepthook()
    t = threading.Thread(target=boom)
    t.start()
    t.join()
    err = capsys.readouterr().err
    assert "Traceback" not in err and SECRET not in err
    assert "in boom" in log_file(logging_to).read_text(encoding="utf-8")


def test_a_real_process_prints_no_traceback_even_before_logging_is_set_up():
    code = ("from kiosk import cli; cli._COMMANDS['sandbox'] = lambda args: 1 / 0; "
            "raise SystemExit(cli.main(['sandbox']))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=clean_env())
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "unexpected error (ZeroDivisionError" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_cli_main_logs_the_traceback_at_error_to_the_file_never_to_the_terminal(logging_to, capsys, monkeypatch):
    def failing_command(args):
        setup_logging("INFO", logging_to)
        boom()

    monkeypatch.setitem(cli._COMMANDS, "sandbox", failing_command)
    redact.register(SECRET, pin=True)
    assert cli.main(["sandbox"]) == 1
    assert sys.excepthook.__module__ == "kiosk.logs"  # main installed it
    err = capsys.readouterr().err
    assert "Traceback" not in err and SECRET not in err and "details are in" in err
    text = log_file(logging_to).read_text(encoding="utf-8")
    assert "ERROR   kiosk: unexpected error" in text and "Traceback" in text and SECRET not in text
