"""The exit codes are defined once (kiosk/exitcodes.py); the docs' tables and the supervisors agree with it."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.exitcodes import ExitCode, VerifyExit
from tests.helpers.docs import code_table

ROOT = Path(__file__).resolve().parents[2]


def test_the_docs_list_exactly_the_run_exit_codes():
    assert set(code_table("it/supervision.md", "## Exit codes of `kiosk run`")) == {int(c) for c in ExitCode}


def test_the_docs_list_exactly_the_verify_mobile_exit_codes():
    table = code_table("how-it-works/verification.md", "| code | `kiosk verify-mobile` |")
    assert set(table) == {int(c) for c in VerifyExit}


def test_no_module_defines_an_exit_code_of_its_own():
    offenders = []
    for path in (ROOT / "kiosk").rglob("*.py"):
        if path.name == "exitcodes.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.match(r"^\s*EXIT_[A-Z_]+\s*=", line) or re.search(r"\b(sys\.exit|app\.exit)\(\s*\d", line):
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "exit codes belong in kiosk/exitcodes.py:\n" + "\n".join(offenders)


def test_systemd_treats_the_signal_exit_as_a_clean_stop():
    unit = (ROOT / "installer/linux/betshop-kiosk.service").read_text(encoding="utf-8")
    assert f"SuccessExitStatus={int(ExitCode.SIGNALLED)}" in unit


def test_verify_mobile_shares_the_general_codes():
    assert (VerifyExit.VERIFIED, VerifyExit.FAILED, VerifyExit.CONFIG) == (ExitCode.OK, ExitCode.FAILED, ExitCode.CONFIG)
