"""A technician's settings in broker mode: what goes to the broker, what stays in kiosk.toml (Qt-free).

Used by ``kiosk setup`` and the touch setup screen (kiosk/technician/configure.py). The partner id,
the secret and the shop/POS/user names are the broker's alone; the autologin URL, the allowed hosts
and the PIN's hash go to both (the kiosk's view, probe and PIN pad need them too). As root the
identity is written where systemd hands it to the broker (kiosk.broker.provision); as the desktop
user it is handed over the socket, which the broker takes only while it has none, or with the PIN.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.broker.identity import KEYS, Identity, IdentityError, merged, parse_identity, read_identity

HELD = ("partner_id", "secret_key", "shop_name", "pos_name", "user_name")   # the broker's alone
SHARED = ("auth_url", "allowed_hosts", "technician_pin")                     # the broker's and the kiosk's


class HandoverError(Exception):
    """The broker did not take the identity. ``str()`` is a sentence for the technician; nothing was saved."""


@dataclass(frozen=True)
class Held:
    """What the broker holds, in words: its identity without the secret (None: none yet), or why it is not known."""

    identity: dict[str, Any] | None
    problem: str | None = None


def held(address: str, *, timeout: float = 3.0) -> Held:
    from kiosk.broker import client
    from kiosk.broker.protocol import ProtocolError

    try:
        status = client.status(address, timeout=timeout)
    except (client.BrokerUnreachable, ProtocolError) as e:
        return Held(None, f"The kiosk's broker cannot be asked: {e}.")
    identity = status.get("identity")
    return Held(identity if isinstance(identity, dict) else None)


def split(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(for the broker, for kiosk.toml): the secret never goes to the file."""
    for_broker = {k: v for k, v in values.items() if k in HELD or k in SHARED}
    for_file = {k: v for k, v in values.items() if k not in HELD}
    return for_broker, for_file


def is_root() -> bool:
    if sys.platform == "win32":
        from kiosk.broker import windows

        return windows.is_admin()
    return os.geteuid() == 0


def root_identity() -> Identity | None:
    """As root on Linux: the identity the broker reads at its next start (its state file, else root's credential)."""
    from kiosk.broker.provision import RootPaths, read_sealed, systemd_creds

    paths = RootPaths.here()
    for path in (paths.state_file, paths.plain):
        found = read_identity(path)
        if found is not None:
            return found
    tool = systemd_creds()
    if paths.sealed.exists() and tool:
        return read_sealed(tool, paths.sealed)
    return None


def root_candidate(values: Mapping[str, Any]) -> Identity:
    """As root: the identity the values make over the one the broker has (an empty secret keeps its secret)."""
    try:
        current = root_identity()
    except IdentityError:
        current = None
    try:
        return parse_identity(merged(current, {k: v for k, v in values.items() if k in KEYS}), "the settings")
    except IdentityError as e:
        raise HandoverError("; ".join(e.problems.values())) from None


def deliver(address: str, values: Mapping[str, Any], *, pin: str | None = None, as_root: bool | None = None) -> str:
    """Give the broker ``values``; returns a sentence, or raises :class:`HandoverError`.

    Over the socket (as root no PIN is asked; as the desktop user the broker checks ``pin``), so a running
    broker uses it at once. As root (``as_root`` None: whoever runs this) on Linux, where the terminal keeps
    the identity sealed it is sealed again; where the broker does not answer it is written for its next start.
    """
    from kiosk.broker import client
    from kiosk.broker.protocol import ProtocolError

    if as_root is None:
        as_root = is_root()
    try:
        answer = client.hand_over(address, values, pin=None if as_root else pin)
    except client.BrokerUnreachable as e:
        if as_root and sys.platform != "win32":
            return _write_for_broker(values)
        raise HandoverError(f"The kiosk's broker did not take the settings: {e}. Nothing was saved.") from None
    except ProtocolError as e:
        raise HandoverError(f"The kiosk's broker did not take the settings: {e}. Nothing was saved.") from None
    if not answer.get("ok"):
        raw = answer.get("error")
        error = raw if isinstance(raw, dict) else {}
        raise HandoverError(f"The kiosk's broker did not take the settings: {error.get('message', 'no reason given')}")
    if as_root and sys.platform != "win32":
        from kiosk.broker.provision import RootPaths

        paths = RootPaths.here()
        if paths.sealed.exists() and not paths.other_root:  # this terminal keeps it encrypted at rest: keep it so
            identity = read_identity(paths.state_file)
            if identity is not None:
                _write_for_broker(identity.values())
    return "The broker holds the identity now (the secret key is never shown again)."


def _write_for_broker(values: Mapping[str, Any]) -> str:
    from kiosk.broker.provision import ProvisionError, provision

    try:
        return provision(root_candidate(values))
    except (ProvisionError, OSError) as e:
        raise HandoverError(f"The broker's identity cannot be written ({e}); nothing was saved.") from None
