"""Command line: parses the arguments, makes the one configuration source, and runs a subcommand.

Each subcommand's entry point (here, ``kiosk.terminal.run_kiosk``, the setup screen's runners and the
``cli`` modules of ``technician``, ``printing`` and ``verification``) returns its process exit code;
the codes are defined in :mod:`kiosk.exitcodes` and nowhere else. :func:`main` is the last net: an
unexpected error becomes a sentence and exit code 1, never a traceback (that goes to the log file).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from kiosk import __version__
from kiosk.exitcodes import ExitCode

log = logging.getLogger("kiosk")



def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk", description="Betshop kiosk for the BetGames webshop.")
    p.add_argument("--version", action="version", version=f"betshop-kiosk {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="run the kiosk (what autostart runs)")
    run.add_argument("--config", metavar="FILE", help="TOML config file (default: the platform's site config dir)")

    demo = sub.add_parser("demo", help="the kiosk against a local sandbox webshop, to see it work")
    demo.add_argument("--fullscreen", action="store_true", help="full screen instead of a window")
    demo.add_argument("--exit-when-ready", action="store_true", help="exit 0 once the webshop is shown")
    demo.add_argument("--screenshot", metavar="PATH", type=Path, help="with --exit-when-ready: save a PNG first")
    demo.add_argument("--session-lifetime", type=float, default=60.0, metavar="SECONDS",
                      help="sandbox webshop sessions expire after this long, to show the refresh (default 60)")
    demo.add_argument("--health-port", type=int, default=0, metavar="PORT", help="serve /health on this port")
    demo.add_argument("--pin", default=None, metavar="DIGITS",
                      help="technician PIN of the demo, 6 to 12 digits (default 123456); Ctrl+Alt+Shift+T opens the door")
    demo.add_argument("--keyboard", action="store_true",
                      help="the on-screen keyboard (English and Lithuanian), as on a touch terminal")
    demo.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                      help="with --exit-when-ready: give up (exit 1) after this long")

    verify = sub.add_parser("verify-mobile", help="verify a player's mobile number by SMS code (technicians)",
                            description="Exit codes: 0 verified, 2 configuration error, 3 locked (attempt limit), "
                                        "4 the session token is not valid, 5 gateway unavailable, 6 cancelled.")
    verify.add_argument("--config", metavar="FILE", help="TOML config file (default: the platform's site config dir)")
    # Declared here, not in kiosk.verification.cli, so `kiosk run` never imports the gateway client.
    verify.add_argument("--session", required=True, metavar="TOKEN",
                        help="the player's session token (the gateway's x-auth-token)")
    verify.add_argument("--number", metavar="CC-NUMBER",
                        help="verify this number instead of the one on file: country code and number, e.g. 44-123456789")

    pin = sub.add_parser("set-pin", help="set the technician PIN (stored in the config file as a salted hash)")
    pin.add_argument("--config", metavar="FILE", help="config file to write (default: the platform's site config file)")

    pt = sub.add_parser("print-test", help="print the test page on the slip printer (technicians)",
                        description="Exit codes: 0 printed, 2 configuration error, 3 the page did not reach the "
                                    "printer, 4 printing is off.")
    pt.add_argument("--printer", metavar="NAME", help="this printer instead of KIOSK_PRINTER")
    pt.add_argument("--config", metavar="FILE", help="TOML config file (default: the platform's site config dir)")

    sb = sub.add_parser("sandbox", help="run the local fake webshop and player-data gateway alone")
    sb.add_argument("--port", type=int, default=8765)
    sb.add_argument("--session-lifetime", type=float, default=None, metavar="SECONDS")
    sb.add_argument("--heavy", action="store_true",
                    help="a webshop page with a real one's weight: 3.3 MB in 60 subresources")
    sb.add_argument("--stalled-asset", action="store_true",
                    help="with --heavy: plus one image that never answers (its load event never fires)")
    sb.add_argument("--latency", type=float, default=0.0, metavar="SECONDS", help="wait this long before every answer")

    doctor = sub.add_parser("doctor", help="check this terminal: config, data dir, display, network, autologin, clock",
                            description="One line per check. Exit code 0 when every check passes, 1 otherwise.")
    doctor.add_argument("--config", metavar="FILE", help="TOML config file (default: the platform's site config dir)")
    doctor.add_argument("--json", action="store_true", help='print {"ok": bool, "checks": [{"name", "ok", "detail"}]}')
    doctor.add_argument("--engine-probe", action="store_true", help=argparse.SUPPRESS)  # the doctor's own child

    setup = sub.add_parser("setup", help="set the terminal up: identity and connection settings, tested, then saved",
                           description="Asks for each value on a terminal; with flags it asks nothing (fleet tools, "
                                       "CI). The connection is tested with a real autologin request before saving. "
                                       "Exit codes: 0 saved, 1 the test failed or the file cannot be written "
                                       "(nothing saved), 2 invalid input (nothing saved).")
    setup.add_argument("--config", metavar="FILE", help="config file to write (default: the platform's site config file)")
    from kiosk.technician.fields import FORM_FIELDS  # the form's fields, listed once

    for f in FORM_FIELDS:
        if f.secret:
            setup.add_argument(f.flag, metavar=f.metavar,
                               help=f"read the {f.label.lower()} from this file ('-' = one line of standard input); "
                                    "never a flag value, which other users could see in the process list")
        else:
            setup.add_argument(f.flag, metavar=f.metavar, help=f.hint)
    setup.add_argument("--no-test", action="store_true", help="save without testing the connection (e.g. offline)")
    setup.add_argument("--screen", action="store_true", help="open the touch setup screen instead")

    update = sub.add_parser("update", help="install updates from the partner's repository (as root; the timer runs it)",
                            description="Installs a newer version only inside KIOSK_UPDATE_WINDOW (or with --now), "
                                        "never restarting the running kiosk, and rolls back a version that does not "
                                        "reach ready (docs/it/updates.md). Exit codes: 0 done or nothing to do, 1 the "
                                        "check, install or rollback failed, 2 configuration error.")
    update.add_argument("--now", action="store_true", help="check and install now, whatever the time")
    update.add_argument("--quiet", action="store_true", help="say nothing when there is nothing to do (the timer)")
    update.add_argument("--unhold", metavar="VERSION", help="let a version held after its rollback be installed again")
    update.add_argument("--config", metavar="FILE", help="TOML config file (default: the platform's site config dir)")
    from kiosk.broker.cli import configure_parser  # argparse only: `kiosk broker` never loads Qt

    configure_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    from kiosk.logs import install_excepthook

    install_excepthook()
    from kiosk.updates.layout import hold_release, running_installation

    hold_release(running_installation())  # an update never removes the release this process runs from
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return ExitCode.CONFIG
    try:
        return _COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return ExitCode.OK
    except Exception as e:  # the last net: a sentence, never a traceback (that goes to the log file)
        from kiosk.logs import log_unexpected

        print(log_unexpected(e), file=sys.stderr)
        return ExitCode.FAILED


def _config(args):
    """The one configuration source of this command (``--config``, else the default place, and the environment)."""
    from kiosk.settings import ConfigSource

    return ConfigSource.of_process(getattr(args, "config", None))


def _cmd_run(args) -> int:
    from kiosk.settings import IDENTITY_FIELDS, ConfigError

    config = _config(args)  # also what the technician menu's Settings and Diagnostics read
    try:
        settings = config.load(require=IDENTITY_FIELDS)
    except ConfigError as e:
        print(e, file=sys.stderr)
        if not _have_display() or (config.explicit and not config.path.exists()):
            return ExitCode.CONFIG  # nothing to show it on (or a --config typo): the supervisor's log says why
        # A terminal with a screen shows "not set up yet" and the setup form instead of a restart loop.
        from kiosk.logs import setup_logging
        from kiosk.ui.setup import run_unconfigured

        setup_logging("INFO", None)
        code = run_unconfigured(config, e.problems)
        if code is not None:
            return code
        try:
            settings = config.load(require=IDENTITY_FIELDS)
        except ConfigError as again:  # the form validates with the same model; only a race gets here
            print(again, file=sys.stderr)
            return ExitCode.CONFIG
    from kiosk.settings import take_secrets_from_environ

    taken = take_secrets_from_environ()  # web engine processes inherit the environment; the source keeps them
    if not _have_display():
        # Qt would abort with a core dump and a plugin message; say what a technician can fix.
        print("kiosk: there is no display to show the kiosk on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
              "Start it inside the desktop session, as the installed service does, or set DISPLAY=:0.",
              file=sys.stderr)
        return ExitCode.FAILED
    from kiosk.datadir import data_dir_problems
    from kiosk.terminal import AlreadyRunning, single_instance

    # A data dir the kiosk cannot write: run degraded (in-memory profile, no lock, stderr log), not exit.
    degraded = data_dir_problems(settings.data_dir)
    lock = None
    if not degraded:
        try:
            lock = single_instance(settings.data_dir)
        except AlreadyRunning as e:
            print(f"kiosk: already running (pid {e.pid}) on {settings.data_dir}", file=sys.stderr)
            return ExitCode.OK
        except OSError as e:
            degraded = [f"data dir not usable: {settings.data_dir} ({e.strerror})"]
    from kiosk.logs import setup_logging

    setup_logging(settings.log_level, None if degraded else settings.data_dir)
    if degraded:
        log.error("running degraded: %s. The webshop works, but nothing is kept across a restart "
                  "(cookies, lockouts) and the log goes to stderr only. Check KIOSK_DATA_DIR, its "
                  "permissions and free space.", "; ".join(degraded))
    from kiosk.terminal import run_kiosk

    code = run_kiosk(settings, config=config, degraded=degraded)
    if code == ExitCode.RESTART and os.name == "posix":
        if lock is not None:
            lock.unlock()
        logging.shutdown()
        _restart_self(taken)
    return code


def _have_display() -> bool:
    """Is there something for Qt to show windows on? (Without one, Qt aborts with a core dump.)"""
    if not sys.platform.startswith("linux"):
        return True
    x, wayland = bool(os.environ.get("DISPLAY")), bool(os.environ.get("WAYLAND_DISPLAY"))
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if platform == "xcb":
        return x
    if platform.startswith("wayland"):
        return wayland
    return bool(platform) or x or wayland  # offscreen, eglfs, linuxfb, vnc, ... need no display server


def _restart_self(taken_secrets: dict[str, str]) -> None:
    """Replace this process with a fresh kiosk (a technician's Restart, or into an installed update at the daily
    fresh start): the installed release, through its launcher. Windows: the supervisor does it.

    ``taken_secrets``: what this kiosk took out of its environment at start; the new one reads them, then drops them."""
    from kiosk.updates.layout import restart_command, running_installation

    argv = restart_command(running_installation(), sys.argv)
    if argv is None:  # a source checkout or wheel: the same program again
        argv = [sys.executable, *(sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:])]
    os.execve(argv[0], argv, {**os.environ, **taken_secrets})


def _cmd_demo(args) -> int:
    from kiosk.configfile import write_config
    from kiosk.logs import setup_logging
    from kiosk.pin import DEMO_PIN, PIN_RE, PIN_RULE, hash_pin
    from kiosk.sandbox import Sandbox
    from kiosk.settings import ConfigSource

    if args.screenshot and not args.exit_when_ready:
        print("kiosk demo: --screenshot needs --exit-when-ready", file=sys.stderr)
        return ExitCode.CONFIG
    pin = DEMO_PIN if args.pin is None else args.pin
    if not PIN_RE.match(pin):
        print(f"kiosk demo: --pin must be {PIN_RULE}", file=sys.stderr)
        return ExitCode.CONFIG
    data_dir = Path(tempfile.mkdtemp(prefix="kiosk-demo-"))
    setup_logging("INFO", data_dir)
    try:
        with Sandbox(session_lifetime=args.session_lifetime) as sandbox:
            # The demo's own config file, in its own folder: the technician menu's Settings and Diagnostics work
            # on it as on a terminal, and the machine's real configuration (file or KIOSK_*) plays no part.
            config = ConfigSource(data_dir / "kiosk.toml", explicit=True)
            write_config(config.path, sandbox.kiosk_settings(
                health_port=args.health_port, data_dir=data_dir, fullscreen=args.fullscreen,
                technician_pin=hash_pin(pin),
                **({"onscreen_keyboard": "on", "keyboard_layouts": ["en_GB", "lt_LT"]} if args.keyboard else {})))
            settings = config.load()
            log.info("demo: sandbox webshop at %s, sessions expire every %s s; SMS codes it 'sends' are at "
                     "%s/sandbox/outbox; technician PIN %s", sandbox.base_url, args.session_lifetime,
                     sandbox.base_url, "as given with --pin" if args.pin is not None else DEMO_PIN)
            from kiosk.terminal import run_kiosk

            return run_kiosk(settings, config=config, exit_when_ready=args.exit_when_ready,
                             screenshot=args.screenshot, max_seconds=args.timeout)
    finally:
        logging.shutdown()
        shutil.rmtree(data_dir, ignore_errors=True)


def _cmd_sandbox(args) -> int:
    from kiosk.sandbox import run_cli

    return run_cli(port=args.port, session_lifetime=args.session_lifetime, heavy=args.heavy,
                   stalled_asset=args.stalled_asset, latency=args.latency)


def _cmd_set_pin(args) -> int:
    from kiosk.pin import PIN_RULE, hash_pin, write_pin_hash
    from kiosk.technician.prompts import PinRefused, ask_new_pin

    path = _config(args).path
    try:
        pin = ask_new_pin(f"New technician PIN ({PIN_RULE}): ") or ""
    except PinRefused as e:
        print(f"kiosk set-pin: {e}; nothing was changed.", file=sys.stderr)
        return ExitCode.CONFIG
    from kiosk.configfile import ConfigWriteError

    try:
        write_pin_hash(path, hash_pin(pin))
    except ConfigWriteError as e:
        print(f"kiosk set-pin: {e}", file=sys.stderr)
        return ExitCode.CONFIG if e.invalid else ExitCode.FAILED
    print(f"Technician PIN saved (as a salted hash) in {path}. It takes effect at the next start.")
    return ExitCode.OK


def _cmd_verify_mobile(args) -> int:
    from kiosk.verification import cli as verify_cli

    return verify_cli.main(args, config=_config(args), log_to_data_dir=True)


def _cmd_print_test(args) -> int:
    from kiosk.printing import cli as print_cli

    return print_cli.main(args, _config(args))


def _cmd_doctor(args) -> int:
    import json

    if args.engine_probe:
        from kiosk.technician.engine_probe import main as probe

        return ExitCode.OK if probe() == 0 else ExitCode.FAILED
    from kiosk.technician.doctor import run_checks

    report = run_checks(_config(args))
    print(json.dumps(report.as_json(), indent=2, ensure_ascii=False) if args.json else report.text())
    return ExitCode.OK if report.ok else ExitCode.FAILED


def _cmd_setup(args) -> int:
    from kiosk.technician.setup_cli import run_setup

    return run_setup(args, _config(args))


def _cmd_update(args) -> int:
    from kiosk.updates.command import main as update

    return update(args)


def _cmd_broker(args) -> int:
    from kiosk.broker.cli import main as broker_main
    from kiosk.settings import ConfigSource

    # `kiosk broker import --config FILE` names the kiosk.toml; the broker's own --config is its identity file.
    return broker_main(args, ConfigSource.of_process(getattr(args, "import_config", None)))


_COMMANDS = {"run": _cmd_run, "demo": _cmd_demo, "sandbox": _cmd_sandbox, "verify-mobile": _cmd_verify_mobile,
             "set-pin": _cmd_set_pin, "print-test": _cmd_print_test, "doctor": _cmd_doctor,
             "setup": _cmd_setup, "update": _cmd_update, "broker": _cmd_broker}
