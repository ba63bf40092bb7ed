"""``kiosk verify-mobile``: a technician verifies a player's phone by SMS code from a shell.

Needs only the gateway settings (``KIOSK_GATEWAY_URL``, ``KIOSK_BRAND_ID``, optionally
``KIOSK_GATEWAY_VERSION``), not the webshop identity. It drives the same
:class:`~kiosk.verification.VerificationFlow` as the touch panel, running its calls inline:
shows the mobile data on file (number masked), saves the number and sends the code, then
reads codes from standard input one line at a time (an empty line asks for a new code)
until the number is verified or the attempts run out.

``kiosk/cli.py`` declares the arguments (``--config``, ``--session``, ``--number``) and calls
:func:`main` with them.

Exit codes: 0 verified (or already, or no check needed), 2 configuration error (missing or
refused settings, a malformed ``--number`` or a number the gateway refuses), 3 locked
(attempt limit), 4 the session token is not valid, 5 gateway unavailable, 6 cancelled
(end of input, Ctrl+C, or 120 s idle). Never prints a token, the code or the full number.
"""

from __future__ import annotations

import argparse
import logging
from typing import TextIO

from kiosk import redact
from kiosk.clock import Clock
from kiosk.exitcodes import VerifyExit
from kiosk.settings import GATEWAY_FIELDS, ConfigError, ConfigSource
from kiosk.verification.flow import Outcome, Step, VerificationFlow, normalize_number, run_inline, same_number
from kiosk.verification.player_data import GatewayConfigError, GatewayUnavailable, PlayerDataClient, SessionInvalid

log = logging.getLogger(__name__)


PROMPT = "SMS code (empty line: send a new code): "


def main(args: argparse.Namespace, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None, clock: Clock | None = None,
         config: ConfigSource | None = None, log_to_data_dir: bool = False) -> int:
    """Run ``verify-mobile`` with parsed ``args`` (``session``, ``number``, optional ``config``).

    ``config``: the command line's configuration source (None: this process's, with ``args.config``).

    ``log_to_data_dir`` (the real command): log to the data dir's log file like ``kiosk run``
    (redacted), never to the terminal, which is the technician's conversation."""
    import sys

    run = _Run(stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr)
    redact.register(args.session, args.number)
    try:
        source = config if config is not None else ConfigSource.of_process(getattr(args, "config", None))
        settings = source.load(require=GATEWAY_FIELDS)
    except ConfigError as e:
        run.err(str(e))
        return VerifyExit.CONFIG
    if log_to_data_dir:
        from kiosk.logs import setup_logging

        setup_logging(settings.log_level, settings.data_dir, console=False)
    log.info("verify-mobile started%s", " with a new number" if args.number is not None else "")
    number = None
    if args.number is not None:
        number = normalize_number(args.number)
        if number is None:
            run.err("--number must be the country code and the number, for example 44-123456789.")
            return VerifyExit.CONFIG
    flow = VerificationFlow(args.session, clock=clock)
    try:
        with PlayerDataClient.from_settings(settings) as client:
            return run.drive(flow, client, number)
    except KeyboardInterrupt:
        flow.cancel()
        run.err("Cancelled.")
        return VerifyExit.CANCELLED
    except GatewayConfigError as e:  # from_settings: the settings lack the gateway
        run.err(e.message)
        return VerifyExit.CONFIG
    except Exception as e:  # a bug must not print a traceback with a token in it
        log.exception("verify-mobile failed")
        run.err(f"Internal error ({e.__class__.__name__}); see the kiosk log.")
        return VerifyExit.FAILED


class _Run:
    def __init__(self, stdin: TextIO, stdout: TextIO, stderr: TextIO):
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr

    def out(self, text: str, end: str = "\n") -> None:
        self.stdout.write(redact.redact(text) + end)
        self.stdout.flush()

    def err(self, text: str) -> None:
        self.stderr.write(redact.redact(text) + "\n")
        self.stderr.flush()

    def drive(self, flow: VerificationFlow, client: PlayerDataClient, number: str | None) -> int:
        run_inline(flow, flow.begin(), client)
        if flow.finished and flow.outcome is not Outcome.ALREADY_VERIFIED:
            return self.finish(flow)
        self.show_mobile_data(flow)

        stored = flow.mobile_on_file.number if flow.mobile_on_file else None
        if flow.step is Step.VERIFIED:
            if number is None or same_number(number, stored):
                return self.finish(flow)
            call = flow.submit_number(number)
        elif flow.step is Step.CONFIRM_NUMBER and (number is None or same_number(number, stored)):
            call = flow.confirm_number()
        elif number is not None:
            call = flow.submit_number(number)
        else:
            self.err("The player has no mobile number on file: give one with --number CC-NUMBER.")
            return VerifyExit.CONFIG
        run_inline(flow, call, client)
        if flow.step in (Step.CONFIRM_NUMBER, Step.ENTER_NUMBER):  # the number was not saved
            return self.finish(flow)

        while not flow.finished:
            if flow.outcome is Outcome.GATEWAY_UNAVAILABLE:
                return self.finish(flow)
            if flow.outcome is Outcome.WRONG_CODE:
                self.out(f"Wrong code: {flow.message.rstrip('.')}. Try again.")
            else:
                self.out(flow.message)
            self.out(PROMPT, end="")
            line = self.stdin.readline()
            if not line:
                self.out("")
                flow.cancel()
                self.err("End of input: phone verification cancelled.")
                return VerifyExit.CANCELLED
            code = line.strip()
            run_inline(flow, flow.submit_code(code) if code else flow.send_code(), client)
        return self.finish(flow)

    def show_mobile_data(self, flow: VerificationFlow) -> None:
        data = flow.mobile_on_file
        if data is None:
            return
        if data.mobile is not None and data.number:
            state = "verified" if data.verified else "not verified"
            self.out(f"Player {data.player_id}: mobile number {data.mobile.masked_number} ({state}).")
        else:
            self.out(f"Player {data.player_id}: no mobile number on file.")

    def finish(self, flow: VerificationFlow) -> int:
        """Say how it ended and turn that into an exit code."""
        error = flow.error
        if flow.step is Step.VERIFIED:
            self.out(flow.message)
            return VerifyExit.VERIFIED
        if flow.step is Step.LOCKED:
            self.err(flow.message)
            return VerifyExit.LOCKED
        if flow.step is Step.CANCELLED:
            self.err(flow.message)
            return VerifyExit.CANCELLED
        if isinstance(error, SessionInvalid):
            self.err(error.message)
            return VerifyExit.SESSION_INVALID
        if isinstance(error, GatewayConfigError):
            self.err(error.message)
            return VerifyExit.CONFIG
        if isinstance(error, GatewayUnavailable):
            self.err(error.message)
            return VerifyExit.GATEWAY_UNAVAILABLE
        if flow.step in (Step.CONFIRM_NUMBER, Step.ENTER_NUMBER):
            self.err(f"The number was not accepted: {flow.message}")
            return VerifyExit.CONFIG
        self.err(flow.message or "Phone verification did not finish.")
        return VerifyExit.GATEWAY_UNAVAILABLE
