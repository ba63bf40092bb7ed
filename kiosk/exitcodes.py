"""Every exit code the kiosk's commands return: the contract with systemd, the Windows autostart
wrapper and fleet tools. Defined here and nowhere else; the docs' tables are checked against it
(tests/unit/test_exitcodes.py; docs/it/supervision.md).
"""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """Exit codes of ``kiosk run`` (and the general ones every command shares)."""

    OK = 0                  # done; for `run`: a technician chose Exit, or another kiosk already runs: stay stopped
    FAILED = 1              # no display, or an unexpected failure: one sentence on stderr, details in the log
    CONFIG = 2              # the configuration cannot be used: every problem listed
    RENDERER_CRASHES = 3    # the web page process crashed too often: restart us cleanly
    RESTART = 75            # a technician chose Restart (EX_TEMPFAIL)
    SIGNALLED = 143         # 128 + SIGTERM: stopped by the supervisor or the OS


class VerifyExit(enum.IntEnum):
    """Exit codes of ``kiosk verify-mobile`` (the general 0, 1 and 2 mean what they mean above)."""

    VERIFIED = ExitCode.OK
    FAILED = ExitCode.FAILED
    CONFIG = ExitCode.CONFIG
    LOCKED = 3              # the gateway's attempt limit is reached
    SESSION_INVALID = 4     # the player's session token is not valid
    GATEWAY_UNAVAILABLE = 5
    CANCELLED = 6           # end of input, or the flow was abandoned


class PrintTestExit(enum.IntEnum):
    """Exit codes of ``kiosk print-test`` (the general 0, 1 and 2 mean what they mean above)."""

    PRINTED = ExitCode.OK   # the test page left the spooler's queue (on Windows: the spooler took it)
    FAILED = ExitCode.FAILED
    CONFIG = ExitCode.CONFIG
    NOT_PRINTED = 3         # the page did not reach the printer: refused, no such printer, or held (stopped, no paper)
    PRINTING_OFF = 4        # KIOSK_PRINTER is off
