"""Where the broker keeps the terminal's identity (Qt-free).

Three places, the first that holds an identity wins:

1. the broker's own state file (``/var/lib/betshop-kiosk-broker/identity.toml``, the broker's
   account, 0600; on Windows ``%ProgramData%\\betshop-kiosk-broker\\identity.dpapi``, sealed with
   DPAPI to the service's account): what a technician handed over through the socket;
2. ``--config FILE``;
3. the credential systemd hands in (``$CREDENTIALS_DIRECTORY``): ``betshop-kiosk-identity.sealed``
   (``LoadCredentialEncrypted=``, from ``/etc/credstore.encrypted``) or ``betshop-kiosk-identity``
   (``LoadCredential=``, from ``/etc/credstore``, root's, 0600). ``kiosk setup`` as root writes it
   and removes the state file (kiosk.broker.provision), so root's word is the latest.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.broker.identity import (
    Identity,
    IdentityError,
    parse_identity,
    read_identity,
    write_identity,
    write_private_file,
)

log = logging.getLogger(__name__)

CREDENTIAL_PLAIN = "betshop-kiosk-identity"
CREDENTIAL_SEALED = "betshop-kiosk-identity.sealed"
STATE_FILE = "identity.toml"
DOOR_FILE = "technician-door.json"
ACCOUNT = "betshop-kiosk-broker"


def default_state_dir() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / ACCOUNT
    return Path("/var/lib") / ACCOUNT


class Sealer(Protocol):
    """Turns the identity file's bytes into what is stored, and back (Windows: DPAPI)."""

    suffix: str

    def seal(self, data: bytes) -> bytes: ...

    def unseal(self, data: bytes) -> bytes: ...


@dataclass(frozen=True)
class Sources:
    state_dir: Path
    config_file: Path | None = None
    credentials_dir: Path | None = None

    @classmethod
    def from_environment(cls, *, state_dir: Path | None = None, config_file: Path | None = None) -> Sources:
        """systemd's ``$STATE_DIRECTORY`` and ``$CREDENTIALS_DIRECTORY`` when it started us."""
        env_state = os.environ.get("STATE_DIRECTORY", "").split(":")[0]
        creds = os.environ.get("CREDENTIALS_DIRECTORY")
        return cls(state_dir or (Path(env_state) if env_state else default_state_dir()), config_file,
                   Path(creds) if creds else None)


class IdentityStore:
    def __init__(self, sources: Sources, *, sealer: Sealer | None = None):
        self.sources = sources
        self._sealer = sealer
        self.where = "nowhere"          # where the identity in use came from (status, logs)
        self.problems: list[str] = []   # why a place holding an identity could not be used

    @property
    def state_file(self) -> Path:
        return self.sources.state_dir / (STATE_FILE if self._sealer is None else f"identity{self._sealer.suffix}")

    @property
    def door_file(self) -> Path:
        return self.sources.state_dir / DOOR_FILE

    def load(self) -> Identity | None:
        """The identity from the first place that has one; problems are kept in :attr:`problems`."""
        self.problems = []
        for where, read in self._places():
            try:
                identity = read()
            except IdentityError as e:
                self.problems.extend(e.problems.values())
                log.error("the identity in %s cannot be used: %s", where, e)
                continue
            if identity is not None:
                self.where = where
                return identity
        self.where = "nowhere"
        return None

    def save(self, identity: Identity) -> None:
        """Into the state file (created 0600 in a folder only the broker's account may enter)."""
        self.sources.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self._sealer is None:
            write_identity(self.state_file, identity)
        else:
            write_private_file(self.state_file, self._sealer.seal(identity.to_toml().encode("utf-8")))
        self.where = f"{self.state_file} (handed over)"

    def _places(self) -> list[tuple[str, _Reader]]:
        state = str(self.state_file)
        places: list[tuple[str, _Reader]] = [(f"{state} (handed over)", self._read_state)]
        if self.sources.config_file is not None:
            config = self.sources.config_file
            places.append((str(config), lambda: read_identity(config)))
        creds = self.sources.credentials_dir
        if creds is not None:
            for name in (CREDENTIAL_SEALED, CREDENTIAL_PLAIN):
                path = creds / name
                places.append((f"the credential {name}", lambda p=path, n=name: read_identity(p, f"the credential {n}")))
        return places

    def _read_state(self) -> Identity | None:
        if self._sealer is None:
            return read_identity(self.state_file, f"{self.state_file} (handed over)")
        try:
            raw = self.state_file.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as e:
            raise IdentityError({"file": f"{self.state_file} cannot be read ({e.strerror})"}) from None
        try:
            text = self._sealer.unseal(raw).decode("utf-8")
        except Exception as e:  # DPAPI's own errors: the file was sealed for another account or machine
            raise IdentityError({"file": f"{self.state_file} cannot be unsealed ({e.__class__.__name__}); "
                                         "hand the identity over again"}) from None
        import tomllib

        try:
            return parse_identity(tomllib.loads(text), str(self.state_file))
        except tomllib.TOMLDecodeError:
            raise IdentityError({"file": f"{self.state_file} is damaged; hand the identity over again"}) from None


class _Reader(Protocol):
    def __call__(self) -> Identity | None: ...
