"""``kiosk setup``: the terminal wizard (or flags, for fleet tools and CI); ``--screen`` opens the touch screen.

Its questions and flags come from the one list of setup fields (:mod:`kiosk.technician.fields`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.configfile import ConfigWriteError, write_problem
from kiosk.exitcodes import ExitCode
from kiosk.pin import PIN_RULE, hash_pin
from kiosk.settings import ConfigSource, env_name
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
    state = configure.form_state(config)
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
    checked = configure.check_form(config, form, pin_hash=pin_hash)
    if checked.errors:
        print("kiosk setup: nothing was saved, because:", file=sys.stderr)
        for message in checked.errors.values():
            print(f"  - {message}", file=sys.stderr)
        return ExitCode.CONFIG
    if not args.no_test and not _connection_works(checked):
        print("kiosk setup: nothing was saved; fix the values (or use --no-test to save anyway).", file=sys.stderr)
        return ExitCode.FAILED
    return _save(config, checked, state, pin_hash)


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


def _connection_works(checked: configure.Checked) -> bool:
    assert checked.settings is not None  # checked without errors
    print("Testing the connection with a real autologin request…")
    result = configure.test_connection(checked.settings)
    print(("✓ " if result.ok else "✗ ") + result.sentence)
    return result.ok


def _save(config: ConfigSource, checked: configure.Checked, state: configure.FormState, pin_hash: str | None) -> int:
    try:
        configure.save(config, checked)
    except ConfigWriteError as e:
        print(f"kiosk setup: {e}", file=sys.stderr)
        return ExitCode.CONFIG if e.invalid else ExitCode.FAILED
    print(f"Saved to {config.path} (the secret key only as given, never shown). It takes effect at the next start.")
    for name in state.overridden:
        print(f"Note: {env_name(name)} is set in the environment and wins over the file.")
    if not state.pin_set and pin_hash is None:
        print("No technician PIN is set: run `kiosk set-pin` to open the technician menu on this terminal.")
    return ExitCode.OK
