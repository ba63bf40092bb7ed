"""``kiosk setup``: the terminal wizard (or flags, for fleet tools and CI); ``--screen`` opens the touch screen."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from kiosk.configfile import ConfigWriteError, write_problem
from kiosk.exitcodes import ExitCode
from kiosk.pin import PIN_RE, PIN_RULE, hash_pin
from kiosk.settings import env_name
from kiosk.technician import configure

_FLAGS = ("partner_id", "shop_name", "pos_name", "user_name", "auth_url", "allowed_hosts")  # --partner-id, …


def run_setup(args) -> int:
    path = configure.config_path(args.config)
    if args.screen:
        from kiosk.ui.setup import run_setup_screen

        return run_setup_screen(path)
    problem = write_problem(path)  # before a single question: nothing typed is lost to an unusable file
    if problem is not None:
        print(f"kiosk setup: {problem}", file=sys.stderr)
        return ExitCode.CONFIG if problem.invalid else ExitCode.FAILED
    try:
        return _ask_and_save(args, path)
    except (KeyboardInterrupt, EOFError):
        print("\nkiosk setup: stopped before saving; nothing was saved.", file=sys.stderr)
        return ExitCode.FAILED


def _ask_and_save(args, path: Path) -> int:
    broker = _BrokerMode(path)  # broker mode: the identity is the broker's (docs/broker.md)
    state = configure.form_state(path, held=broker.identity)
    form = dict(state.values)
    given = {field: getattr(args, field) for field in _FLAGS if getattr(args, field) is not None}
    form.update(given)
    if args.secret_key_file:
        try:
            if args.secret_key_file != "-":
                secret = Path(args.secret_key_file).read_text(encoding="utf-8")
            elif sys.stdin.isatty():  # typed by hand: never echoed on the screen
                secret = getpass.getpass("Secret key: ")
            else:
                secret = sys.stdin.readline()
        except (OSError, UnicodeDecodeError) as e:
            print(f"kiosk setup: the secret key file {args.secret_key_file} cannot be read "
                  f"({getattr(e, 'strerror', None) or e.__class__.__name__}); nothing was saved.", file=sys.stderr)
            return ExitCode.CONFIG
        form["secret_key"] = secret.strip()
    interactive = not given and not args.secret_key_file and sys.stdin.isatty()
    if interactive:
        print(f"Setting up this terminal; the answers go to {path}. Press Enter to keep a value in [brackets].")
        for f in configure.FORM_FIELDS:
            if f.secret:
                answer = getpass.getpass(f"{f.label} ({'set; Enter keeps it' if state.secret_set else 'not set'}): ")
                form[f.name] = answer
                continue
            answer = input(f"{f.label} ({f.hint}) [{form.get(f.name, '')}]: ").strip()
            if answer:
                form[f.name] = answer
    pin_hash = None
    if interactive and not state.pin_set:
        pin = getpass.getpass(f"New technician PIN ({PIN_RULE}; Enter to skip): ")
        if pin:
            if not PIN_RE.match(pin) or getpass.getpass("The same PIN again: ") != pin:
                print(f"kiosk setup: the PIN must be {PIN_RULE}, entered twice the same; nothing was saved.",
                      file=sys.stderr)
                return ExitCode.CONFIG
            pin_hash = hash_pin(pin)
    checked = configure.check_form(path, form, pin_hash=pin_hash, secret_held=broker.secret_held())
    test_settings = broker.settings_to_test(checked)
    if checked.errors:
        print("kiosk setup: nothing was saved, because:", file=sys.stderr)
        for message in checked.errors.values():
            print(f"  - {message}", file=sys.stderr)
        return ExitCode.CONFIG
    if not args.no_test and test_settings is not None:
        print("Testing the connection with a real autologin request…")
        result = configure.test_connection(test_settings)
        print(("✓ " if result.ok else "✗ ") + result.sentence)
        if not result.ok:
            print("kiosk setup: nothing was saved; fix the values (or use --no-test to save anyway).", file=sys.stderr)
            return ExitCode.FAILED
    try:
        said = configure.save(path, checked, pin=broker.pin())
    except ConfigWriteError as e:
        print(f"kiosk setup: {e}", file=sys.stderr)
        return ExitCode.CONFIG if e.invalid else ExitCode.FAILED
    print(f"Saved to {path} (the secret key only as given, never shown). It takes effect at the next start.")
    broker.report(said, None if args.no_test or test_settings is not None else checked)
    for name in state.overridden:
        print(f"Note: {env_name(name)} is set in the environment and wins over the file.")
    if not state.pin_set and pin_hash is None:
        print("No technician PIN is set: run `kiosk set-pin` to open the technician menu on this terminal.")
    return ExitCode.OK


class _BrokerMode:
    """``kiosk setup`` in broker mode: what the broker holds, and how the new identity is tested and given to it."""

    def __init__(self, path: Path):
        from kiosk.broker import handover

        self.address = configure.broker_address(path)
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

    def settings_to_test(self, checked: configure.Checked):
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

    def report(self, said: str | None, test: configure.Checked | None) -> None:
        """What the broker said; with ``test``, a test through the broker, now that it has the identity."""
        if said:
            print(said)
        if test is not None:
            result = configure.test_connection(test.settings)
            print(("✓ " if result.ok else "✗ ") + result.sentence)

    def pin(self) -> str | None:
        """The technician PIN the broker checks before the desktop user may change what it holds."""
        from kiosk.broker import handover

        if self.address and self.identity and not handover.is_root() and sys.stdin.isatty():
            return getpass.getpass("Technician PIN (the broker checks it before it takes a new identity): ")
        return None
