"""``kiosk broker``: run the broker, or move, rotate, seal and show what it holds (Qt-free).

    kiosk broker [--config FILE] [--socket PATH] [--allow-user NAME] [--state-dir DIR]
    kiosk broker import [--config FILE] [--socket PATH] [--offline]
    kiosk broker status [--socket PATH] [--json]
    kiosk broker set-secret [--socket PATH] [--secret-key-file FILE]
    kiosk broker seal

Exit codes (kiosk.exitcodes): 0 done, 1 failed (nothing was changed), 2 invalid input or configuration.
The kiosk's own configuration (its ``broker`` setting, and for ``import`` the kiosk.toml to move the secret
out of) comes from the command line's one :class:`~kiosk.settings.ConfigSource`.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.exitcodes import ExitCode

if TYPE_CHECKING:
    from kiosk.settings import ConfigSource

log = logging.getLogger("kiosk.broker")

_WINDOWS = sys.platform == "win32"


def configure_parser(sub: Any) -> None:
    """Adds ``broker`` to the kiosk's subcommands (kiosk/cli.py)."""
    p = sub.add_parser("broker", help="the broker that holds the partner secret out of the kiosk user's reach",
                       description="Without a subcommand: run the broker in the foreground (what its service runs). "
                                   "Exit codes: 0 done, 1 failed (nothing was changed), 2 invalid input.")
    p.add_argument("--config", dest="broker_config", metavar="FILE",
                   help="a TOML file with the identity keys kiosk.toml uses (partner_id, secret_key, shop_name, "
                        "pos_name, user_name, auth_url, allowed_hosts; also proxy, technician_pin)")
    p.add_argument("--socket", dest="broker_socket", metavar="PATH",
                   help="the socket (Linux; default /run/betshop-kiosk/broker.sock) or pipe (Windows) to serve")
    p.add_argument("--allow-user", dest="allow_user", action="append", metavar="NAME",
                   help="the kiosk's desktop user, who may ask for links (root is always answered)")
    p.add_argument("--state-dir", metavar="DIR", help="where a handed-over identity is kept "
                                                      "(default $STATE_DIRECTORY, else /var/lib/betshop-kiosk-broker)")
    p.add_argument("--windows-service", action="store_true", help=argparse.SUPPRESS)  # the service's own command line
    actions = p.add_subparsers(dest="broker_command", metavar="ACTION")
    imp = actions.add_parser("import", help="move the identity and secret out of kiosk.toml into the broker",
                             description="Reads kiosk.toml, hands the identity to the broker, checks the broker holds "
                                         "the same secret, and only then removes the secret from kiosk.toml (and turns "
                                         "broker mode on there). Nothing is lost if any step fails.")
    imp.add_argument("--config", dest="import_config", metavar="FILE", help="the kiosk.toml to move it from "
                                                                             "(default: the kiosk's config file)")
    imp.add_argument("--socket", dest="import_socket", metavar="PATH", help="the broker's socket or pipe")
    imp.add_argument("--offline", action="store_true",
                     help="as root, when the broker is not running (installers): write root's identity file instead")
    st = actions.add_parser("status", help="what the broker holds (never the secret)")
    st.add_argument("--socket", dest="status_socket", metavar="PATH")
    st.add_argument("--json", action="store_true")
    ss = actions.add_parser("set-secret", help="rotate the partner secret: hand the broker a new one and test it")
    ss.add_argument("--socket", dest="secret_socket", metavar="PATH")
    ss.add_argument("--secret-key-file", metavar="FILE",
                    help="read the new secret from this file ('-' = one line of standard input); else it is asked")
    actions.add_parser("seal", help="as root: move a handed-over identity into the encrypted credential (systemd-creds)")


def main(args: argparse.Namespace, config: ConfigSource) -> int:
    """``config``: the kiosk's configuration (for ``import``, the kiosk.toml given with its ``--config``)."""
    command = getattr(args, "broker_command", None)
    if command == "import":
        return _import(args, config)
    if command == "status":
        return _status(args, config)
    if command == "set-secret":
        return _set_secret(args, config)
    if command == "seal":
        return _seal()
    return _run(args, config)


def _say(message: str) -> None:
    print(f"kiosk broker: {message}", file=sys.stderr)


# ---- run ----------------------------------------------------------------------------------------

def _run(args: argparse.Namespace, config: ConfigSource) -> int:
    from kiosk.logs import setup_logging

    level = (config.env_value("log_level") or "INFO").strip().upper()
    setup_logging(level if level in ("DEBUG", "INFO", "WARNING", "ERROR") else "INFO")  # stderr: the journal
    if _WINDOWS:
        from kiosk.broker import windows

        return windows.run(args)
    return _run_linux(args)


def _run_linux(args: argparse.Namespace) -> int:
    import pwd
    import signal
    import threading

    from kiosk.broker.client import DEFAULT_SOCKET
    from kiosk.broker.identity import IdentityError, read_identity
    from kiosk.broker.server import AlreadyServing, UnixServer, inherited_socket, listen_on
    from kiosk.broker.service import BrokerService
    from kiosk.broker.store import IdentityStore, Sources
    from kiosk.clock import SystemClock

    users = [u for name in (args.allow_user or []) for u in name.split(",") if u.strip()]
    if not users:
        _say("name the kiosk's desktop user with --allow-user NAME (only that user and root are answered)")
        return ExitCode.CONFIG
    uids = []
    for name in users:
        try:
            uids.append(pwd.getpwnam(name.strip()).pw_uid)
        except KeyError:
            _say(f"there is no user {name.strip()!r} on this machine (--allow-user)")
            return ExitCode.CONFIG
    if os.geteuid() in uids:
        _say("the broker must not run as the kiosk's desktop user: that is the account it keeps the secret from. "
             "Run it as its own account (the betshop-kiosk-broker service does).")
        return ExitCode.CONFIG
    config = Path(args.broker_config) if args.broker_config else None
    if config is not None:
        try:
            if read_identity(config) is None:
                _say(f"{config} names no identity key; the broker starts without an identity")
        except IdentityError as e:
            _say(f"the identity in {config} cannot be used:\n  - " + "\n  - ".join(e.problems.values()))
            return ExitCode.CONFIG
    os.umask(0o077)
    store = IdentityStore(Sources.from_environment(state_dir=Path(args.state_dir) if args.state_dir else None,
                                                   config_file=config))
    service = BrokerService(store, SystemClock())
    listener = inherited_socket()
    owned = None
    if listener is None:
        owned = Path(args.broker_socket or DEFAULT_SOCKET)
        try:
            listener = listen_on(owned)
        except AlreadyServing as e:
            _say(str(e))
            return ExitCode.FAILED
        except OSError as e:
            _say(f"cannot listen on {owned} ({e.strerror}); check that its folder is the broker's to write")
            return ExitCode.FAILED
    server = UnixServer(service, listener, kiosk_uids=uids, owned_path=owned)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: threading.Thread(target=server.shutdown, daemon=True).start())
    log.info("broker %s serving %s for %s (and root)", "with an identity" if service.identity else "without an identity",
             owned or "the socket systemd passed", ", ".join(users))
    try:
        server.serve_forever()
    finally:
        service.close()
    log.info("broker stopped")
    return ExitCode.OK


# ---- technicians --------------------------------------------------------------------------------

def _is_admin() -> bool:
    if _WINDOWS:
        from kiosk.broker import windows

        return windows.is_admin()
    return os.geteuid() == 0


def _address(given: str | None, config: ConfigSource, data: dict[str, Any] | None = None) -> str:
    """The broker's socket or pipe: the option, else the kiosk's ``broker`` setting, else the default place."""
    from kiosk.broker.client import default_address

    if data is None:
        data = config.file_values()
    return given or config.env_value("broker") or str(data.get("broker") or "") or default_address()


def _ask_pin() -> str | None:
    if not sys.stdin.isatty():
        return None
    from kiosk.technician.prompts import ask_secret

    return ask_secret("The broker already holds an identity: technician PIN: ") or None


def _read_kiosk_file(config: ConfigSource) -> dict[str, Any] | ExitCode:
    """The kiosk.toml a secret moves out of, or the exit code (said why) when it cannot be used."""
    from kiosk.settings import ConfigError

    if not config.path.is_file():
        _say(f"{config.path} does not exist; nothing was changed")
        return ExitCode.FAILED
    try:
        return config.read_file()
    except ConfigError as e:
        readable = os.access(config.path, os.R_OK)
        _say("; ".join(p.sentence() for p in e.problems) + "; nothing was changed" + ("" if readable else
                                                                                       " (run it as root)"))
        return ExitCode.CONFIG if readable else ExitCode.FAILED


def _import(args: argparse.Namespace, config: ConfigSource) -> int:
    from kiosk.broker.identity import KEYS, IdentityError, parse_identity
    from kiosk.configfile import ConfigWriteError, write_config

    path = config.path
    data = _read_kiosk_file(config)
    if isinstance(data, ExitCode):
        return data
    address = _address(args.import_socket, config, data)
    if not str(data.get("secret_key", "")).strip():
        if data.get("broker"):
            _say(f"{path} holds no secret_key: nothing to move (the kiosk is in broker mode)")
            return ExitCode.OK
        try:  # a terminal without a secret of its own (not set up yet): broker mode from now on
            write_config(path, {"broker": address})
        except ConfigWriteError as e:
            _say(str(e))
            return ExitCode.FAILED
        print(f"{path} holds no secret_key: nothing to move; turned broker mode on (broker = \"{address}\").")
        return ExitCode.OK
    try:
        identity = parse_identity({k: data[k] for k in KEYS if k in data}, str(path))
    except IdentityError as e:
        _say(f"the identity in {path} cannot be used, so nothing was moved:\n  - " + "\n  - ".join(e.problems.values()))
        return ExitCode.CONFIG
    where = _move_offline(identity) if args.offline else _hand_over_and_confirm(identity, address, path)
    if where is None:
        return ExitCode.FAILED
    try:
        write_config(path, {"secret_key": None, "broker": address})
    except ConfigWriteError as e:
        _say(f"the broker holds the identity now, but {e} Remove secret_key from it by hand and set broker = "
             f"\"{address}\".")
        return ExitCode.FAILED
    print(f"Moved the partner secret out of {path} into {where}. The kiosk runs in broker mode from its next start.")
    return ExitCode.OK


def _move_offline(identity: Any) -> str | None:
    if not _is_admin():
        _say("--offline writes root's identity file: run it as root; nothing was changed")
        return None
    return _provision_offline(identity)


def _hand_over_and_confirm(identity: Any, address: str, path: Path) -> str | None:
    """Hand the identity over, then check the broker holds the same secret; where it went, or None (said why)."""
    from kiosk.broker import client
    from kiosk.broker.protocol import ProtocolError
    from kiosk.broker.service import proof

    try:
        answer = client.hand_over(address, identity.values(), pin=None if _is_admin() else _pin_if_needed(address))
        if not answer.get("ok"):
            error = answer.get("error") or {}
            _say(f"the broker refused the identity: {error.get('message', 'no reason given')}. Nothing was changed; "
                 f"the secret stays in {path}.")
            return None
        challenge = secrets.token_hex(16)
        status = client.status(address, challenge=challenge)
    except (client.BrokerUnreachable, ProtocolError) as e:
        _say(f"{e}. Nothing was changed; the secret stays in {path}.")
        return None
    held = status.get("identity") or {}
    if status.get("proof") != proof(identity.secret_key, challenge) or any(
            held.get(k) != v for k, v in identity.public().items() if k not in ("proxy", "pin_set")):
        _say(f"the broker does not hold the identity that was handed over (another technician at the same time?). "
             f"Nothing was changed; the secret stays in {path}.")
        return None
    return f"the broker at {address} ({status.get('source')})"


def _pin_if_needed(address: str) -> str | None:
    from kiosk.broker import client

    held = client.status(address)
    return _ask_pin() if held.get("has_identity") else None


def _provision_offline(identity: Any) -> str | None:
    from kiosk.broker.provision import ProvisionError, RootPaths, provision, read_sealed, systemd_creds

    paths = RootPaths.here()
    try:
        sentence = provision(identity, paths)
    except (ProvisionError, OSError) as e:
        _say(f"{e}; nothing was changed")
        return None
    # Read back what the broker will read, before the secret leaves kiosk.toml.
    from kiosk.broker.identity import read_identity

    tool = systemd_creds()
    try:
        back = read_sealed(tool, paths.sealed) if paths.sealed.exists() and tool else read_identity(paths.plain)
    except Exception as e:
        _say(f"the identity written cannot be read back ({e.__class__.__name__}); nothing was removed from kiosk.toml")
        return None
    if back is None or back.secret_key != identity.secret_key:
        _say("the identity written does not read back the same; nothing was removed from kiosk.toml")
        return None
    print(sentence)
    return str(paths.sealed if paths.sealed.exists() else paths.plain)


def _status(args: argparse.Namespace, config: ConfigSource) -> int:
    from kiosk.broker import client
    from kiosk.broker.protocol import ProtocolError

    address = _address(args.status_socket, config)
    try:
        status = client.status(address)
    except (client.BrokerUnreachable, ProtocolError) as e:
        _say(str(e))
        return ExitCode.FAILED
    if args.json:
        print(json.dumps(status, indent=2, ensure_ascii=False))
        return ExitCode.OK
    identity = status.get("identity")
    if identity:
        print(f"The broker at {address} holds the identity of partner {identity['partner_id']}, shop "
              f"{identity['shop_name']!r}, POS {identity['pos_name']!r}, user {identity['user_name']!r} "
              f"(from {status.get('source')}); technician PIN {'set' if identity.get('pin_set') else 'not set'}.")
    else:
        print(f"The broker at {address} holds no identity yet.")
    for problem in status.get("problems") or []:
        print(f"  problem: {problem}")
    return ExitCode.OK if identity else ExitCode.FAILED


def _set_secret(args: argparse.Namespace, config: ConfigSource) -> int:
    from kiosk.broker import client
    from kiosk.broker.protocol import ProtocolError
    from kiosk.technician.prompts import ask_secret

    address = _address(args.secret_socket, config)
    try:
        if args.secret_key_file and args.secret_key_file != "-":
            secret = Path(args.secret_key_file).read_text(encoding="utf-8")
        else:  # typed without echo at a terminal, else one line of standard input
            secret = ask_secret("New partner secret key: ")
    except (OSError, UnicodeDecodeError) as e:
        _say(f"the secret key file cannot be read ({getattr(e, 'strerror', None) or e.__class__.__name__}); "
             "nothing was changed")
        return ExitCode.CONFIG
    secret = secret.strip()
    if not secret:
        _say("no secret key given; nothing was changed")
        return ExitCode.CONFIG
    try:
        answer = client.hand_over(address, {"secret_key": secret}, pin=None if _is_admin() else _pin_if_needed(address))
        if not answer.get("ok"):
            _say(f"the broker refused it: {(answer.get('error') or {}).get('message', 'no reason given')}; "
                 "nothing was changed")
            return ExitCode.FAILED
        test = client.call(address, {"v": 1, "op": "test"}, timeout=40.0)
    except (client.BrokerUnreachable, ProtocolError) as e:
        _say(f"{e}; nothing was changed")
        return ExitCode.FAILED
    if _is_admin() and not _WINDOWS:
        from kiosk.broker.provision import RootPaths

        if RootPaths.here().sealed.exists():  # this terminal keeps it encrypted at rest: keep it so
            _seal()
    if test.get("ok"):
        body = test.get("test") or {}
        print(f"The broker holds the new secret, and the webshop accepts it (shop id {body.get('shop_id')}).")
        return ExitCode.OK
    print(f"The broker holds the new secret, but the test failed: {(test.get('error') or {}).get('message')}")
    return ExitCode.FAILED


def _seal() -> int:
    if _WINDOWS or os.geteuid() != 0:
        _say("seal runs as root on Linux (sudo kiosk broker seal)")
        return ExitCode.FAILED
    from kiosk.broker.identity import IdentityError, read_identity
    from kiosk.broker.provision import ProvisionError, RootPaths, can_seal, provision

    paths = RootPaths.here()
    if paths.other_root or not can_seal():
        _say("systemd-creds cannot encrypt on this machine (is it installed?); the identity stays as it is")
        return ExitCode.FAILED
    try:
        identity = read_identity(paths.state_file) or read_identity(paths.plain)
    except IdentityError as e:
        _say(f"the identity to seal cannot be used: {e}")
        return ExitCode.FAILED
    if identity is None:
        _say(f"there is no plain identity to seal ({paths.state_file}, {paths.plain})"
             + ("; it is sealed already" if paths.sealed.exists() else ""))
        return ExitCode.OK if paths.sealed.exists() else ExitCode.FAILED
    try:
        print(provision(identity, paths, seal=True))
    except (ProvisionError, OSError) as e:
        _say(f"{e}")
        return ExitCode.FAILED
    return ExitCode.OK
