"""``kiosk setup``: the terminal wizard (or flags, for fleet tools and CI); ``--screen`` opens the touch screen.

Its questions and flags come from the one list of setup fields (:mod:`kiosk.technician.fields`). In broker
mode the identity is the broker's (docs/it/broker.md): as root it is tested, then written for the broker; as
the desktop user it is handed to the broker, which checks the technician PIN itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.configfile import ConfigWriteError, write_problem
from kiosk.exitcodes import ExitCode
from kiosk.pin import PIN_RULE, hash_pin
from kiosk.settings import ConfigSource, Settings, env_name
from kiosk.technician import configure
from kiosk.technician.fields import FORM_FIELDS
from kiosk.technician.prompts import PinRefused, ask_new_pin, ask_secret


def run_setup(args, config: ConfigSource) -> int:
    if args.screen:
        from kiosk.ui.setup import run_setup_screen

        return run_setup_screen(config)
    problem = write_problem(config.path)  # before a single question: nothing typed is lost to an unusable file
    if problem is not None:
        print(f"kiosk setup: {problem}", file=sys.stderr)
        return ExitCode.CONFIG if problem.invalid else ExitCode.FAILED
    try:
        return _ask_and_save(args, config)
    except (KeyboardInterrupt, EOFError):
        print("\nkiosk setup: stopped before saving; nothing was saved.", file=sys.stderr)
        return ExitCode.FAILED


def _ask_and_save(args, config: ConfigSource) -> int:
    broker = _BrokerMode(config)  # broker mode: the identity is the broker's
    state = configure.form_state(config, held=broker.identity)
    form = dict(state.values)
    given = {f.name: getattr(args, f.name) for f in FORM_FIELDS if not f.secret and getattr(args, f.name) is not None}
    form.update(given)
    if args.secret_key_file:
        secret = _read_secret(args.secret_key_file)
        if secret is None:
            return ExitCode.CONFIG
        form["secret_key"] = secret.strip()
    pin_hash = None
    if not given and not args.secret_key_file and sys.stdin.isatty():
        print(f"Setting up this terminal; the answers go to {config.path}. Press Enter to keep a value in [brackets].")
        _ask_fields(form, state)
        try:
            pin = None if state.pin_set else ask_new_pin(f"New technician PIN ({PIN_RULE}; Enter to skip): ",
                                                         optional=True)
        except PinRefused as e:
            print(f"kiosk setup: {e}; nothing was saved.", file=sys.stderr)
            return ExitCode.CONFIG
        pin_hash = hash_pin(pin) if pin else None
    checked = configure.check_form(config, form, pin_hash=pin_hash, secret_held=broker.secret_held())
    test_settings = broker.settings_to_test(checked)
    if checked.errors:
        print("kiosk setup: nothing was saved, because:", file=sys.stderr)
        for message in checked.errors.values():
            print(f"  - {message}", file=sys.stderr)
        return ExitCode.CONFIG
    if not args.no_test and test_settings is not None and not _connection_works(test_settings):
        print("kiosk setup: nothing was saved; fix the values (or use --no-test to save anyway).", file=sys.stderr)
        return ExitCode.FAILED
    # Through the broker the new identity can be tested only once it holds it: then, after saving.
    return _save(config, checked, state, pin_hash, broker, test_after=not args.no_test and test_settings is None)


def _read_secret(source: str) -> str | None:
    """The secret key from a file, or from standard input (``-``); None (and a sentence) when it cannot be read."""
    try:
        return ask_secret("Secret key: ") if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        print(f"kiosk setup: the secret key file {source} cannot be read "
              f"({getattr(e, 'strerror', None) or e.__class__.__name__}); nothing was saved.", file=sys.stderr)
        return None


def _ask_fields(form: dict[str, str], state: configure.FormState) -> None:
    """One question per field; Enter keeps the value in brackets (the secret: the one that is set)."""
    for f in FORM_FIELDS:
        if f.secret:
            form[f.name] = ask_secret(f"{f.label} ({'set; Enter keeps it' if state.secret_set else 'not set'}): ")
            continue
        answer = input(f"{f.label} ({f.hint}) [{form.get(f.name, '')}]: ").strip()
        if answer:
            form[f.name] = answer


def _connection_works(settings: Settings) -> bool:
    print("Testing the connection with a real autologin request…")
    result = configure.test_connection(settings)
    print(("✓ " if result.ok else "✗ ") + result.sentence)
    return result.ok


def _save(config: ConfigSource, checked: configure.Checked, state: configure.FormState, pin_hash: str | None,
          broker: _BrokerMode, *, test_after: bool) -> int:
    try:
        said = configure.save(config, checked, pin=broker.pin())
    except ConfigWriteError as e:
        print(f"kiosk setup: {e}", file=sys.stderr)
        return ExitCode.CONFIG if e.invalid else ExitCode.FAILED
    print(f"Saved to {config.path} (the secret key only as given, never shown). It takes effect at the next start.")
    if said:
        print(said)
    if test_after and checked.settings is not None:
        _connection_works(checked.settings)  # through the broker, now that it holds the identity
    for name in state.overridden:
        print(f"Note: {env_name(name)} is set in the environment and wins over the file.")
    if not state.pin_set and pin_hash is None:
        print("No technician PIN is set: run `kiosk set-pin` to open the technician menu on this terminal.")
    return ExitCode.OK


class _BrokerMode:
    """``kiosk setup`` in broker mode: what the broker holds, and how the new identity is tested and given to it."""

    def __init__(self, config: ConfigSource):
        from kiosk.broker import handover

        self.address = configure.broker_address(config)
        held = handover.held(self.address) if self.address else None
        if held is not None and held.problem:
            print(f"kiosk setup: {held.problem}", file=sys.stderr)
        self.identity = held.identity if held is not None else None

    def secret_held(self) -> bool:
        """Does the broker hold a secret already (so an empty answer keeps it)?"""
        from kiosk.broker import handover
        from kiosk.broker.identity import IdentityError

        if not self.address or self.identity:
            return bool(self.address)
        try:
            return handover.is_root() and handover.root_identity() is not None
        except (IdentityError, OSError):
            return False

    def settings_to_test(self, checked: configure.Checked) -> Settings | None:
        """The settings to test before saving; None: test through the broker after saving (it holds the secret)."""
        from kiosk.broker import handover

        if not self.address or checked.errors:
            return checked.settings
        if not handover.is_root():
            return None
        try:  # as root the whole identity is tested before the broker gets it, a kept secret included
            return handover.root_candidate(checked.file_values).settings()
        except handover.HandoverError as e:
            if not self.identity:
                checked.errors["secret_key"] = str(e)
            return None

    def pin(self) -> str | None:
        """The technician PIN the broker checks before the desktop user may change what it holds."""
        from kiosk.broker import handover

        if self.address and self.identity and not handover.is_root() and sys.stdin.isatty():
            return ask_secret("Technician PIN (the broker checks it before it takes a new identity): ")
        return None
