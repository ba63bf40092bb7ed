"""The terminal's identity as the broker holds it: checked by the kiosk's own settings model (Qt-free).

The keys are kiosk.toml's: ``partner_id``, ``secret_key``, ``shop_name``, ``pos_name``,
``user_name``, ``auth_url``, ``allowed_hosts``, plus ``proxy`` (the broker's way to the API) and
``technician_pin`` (the PIN's salted hash, so the broker checks a technician's PIN itself). A
problem names the key, what is wrong and where it came from; never a secret value.
"""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from kiosk.settings import DEFAULT_AUTH_URL, Settings, explicit_settings

REQUIRED = ("partner_id", "secret_key", "shop_name", "pos_name", "user_name")
OPTIONAL = ("auth_url", "allowed_hosts", "proxy", "technician_pin")
KEYS = REQUIRED + OPTIONAL
SECRET_KEYS = frozenset({"secret_key", "technician_pin"})
DEFAULT_HOSTS = ("webshop.betgames.tv",)


class IdentityError(Exception):
    """The identity cannot be used. ``problems``: key → sentence (never a secret value)."""

    def __init__(self, problems: Mapping[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(self.problems.values()))


@dataclass(frozen=True)
class Identity:
    partner_id: int
    secret_key: str = field(repr=False)
    shop_name: str
    pos_name: str
    user_name: str
    auth_url: str = DEFAULT_AUTH_URL
    allowed_hosts: tuple[str, ...] = DEFAULT_HOSTS
    proxy: str | None = None
    technician_pin: str | None = field(default=None, repr=False)

    def settings(self) -> Settings:
        """What the webshop client needs (kiosk.autologin.webshop.WebshopClient)."""
        return explicit_settings(partner_id=self.partner_id, secret_key=self.secret_key, shop_name=self.shop_name,
                                 pos_name=self.pos_name, user_name=self.user_name, auth_url=self.auth_url,
                                 allowed_hosts=list(self.allowed_hosts))

    def public(self) -> dict[str, Any]:
        """Everything a technician may see: never the secret, the hash or the PIN's hash."""
        return {"partner_id": self.partner_id, "shop_name": self.shop_name, "pos_name": self.pos_name,
                "user_name": self.user_name, "auth_url": self.auth_url, "allowed_hosts": list(self.allowed_hosts),
                "proxy": _without_password(self.proxy), "pin_set": self.technician_pin is not None}

    def values(self) -> dict[str, Any]:
        v: dict[str, Any] = {k: getattr(self, k) for k in KEYS}
        v["allowed_hosts"] = list(self.allowed_hosts)
        return {k: x for k, x in v.items() if x is not None}

    def to_toml(self) -> str:
        lines = ["# The betshop kiosk broker's identity (written by the broker or `kiosk setup` as root)."]
        for key, value in self.values().items():
            # A JSON string or list of strings is a valid TOML basic string / array.
            lines.append(f"{key} = {value}" if isinstance(value, int) else f"{key} = {json.dumps(value, ensure_ascii=False)}")
        return "\n".join(lines) + "\n"


def parse_identity(values: Mapping[str, Any], where: str) -> Identity:
    """The identity in ``values`` (other kiosk settings are ignored), or :class:`IdentityError`."""
    problems: dict[str, str] = {}
    unknown = sorted(k for k in values if k not in KEYS and k not in Settings.model_fields)
    for key in unknown:
        problems[key] = f"'{key}' in {where} is not a setting the kiosk or its broker knows (check the spelling)"
    given = {k: values[k] for k in KEYS if k in values and values[k] is not None and k != "proxy"}
    if given.get("technician_pin") == "":
        del given["technician_pin"]
    settings: Settings | None = None
    try:
        settings = explicit_settings(**given)
    except ValidationError as e:
        for err in e.errors(include_url=False):
            key = str(err["loc"][0]) if err["loc"] else "?"
            msg = err["msg"].removeprefix("Value error, ")
            shown = "" if key in SECRET_KEYS or err["type"] == "missing" else f", got {err['input']!r}"
            problems.setdefault(key, f"{key}: {msg}{shown} ({where})")
    proxy = values.get("proxy")
    if proxy is not None and (problem := _proxy_problem(proxy)):
        problems["proxy"] = f"proxy: {problem} ({where})"
    for key in REQUIRED:
        if key not in given and key not in problems:
            problems[key] = f"{key}: is required ({where})"
    if problems or settings is None:
        raise IdentityError(problems)
    assert settings.partner_id is not None and settings.secret_key is not None
    assert settings.shop_name and settings.pos_name and settings.user_name
    pin = settings.technician_pin.get_secret_value() if settings.technician_pin is not None else None
    return Identity(settings.partner_id, settings.secret_key.get_secret_value(), settings.shop_name, settings.pos_name,
                    settings.user_name, settings.auth_url, tuple(settings.allowed_hosts),
                    str(proxy).strip() if proxy else None, pin)


def merged(base: Identity | None, update: Mapping[str, Any]) -> dict[str, Any]:
    """``update`` over ``base``'s values; a missing or empty secret (or PIN) keeps the one ``base`` has."""
    values = base.values() if base is not None else {}
    for key, value in update.items():
        if key in SECRET_KEYS and (value is None or (isinstance(value, str) and not value.strip())):
            continue
        values[key] = value
    return values


def read_identity(path: Path, where: str | None = None) -> Identity | None:
    """The identity in a TOML file; None when the file is missing or names no identity key at all."""
    where = where or str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except tomllib.TOMLDecodeError as e:
        raise IdentityError({"file": f"{where} is not valid TOML ({e})"}) from None
    except (OSError, UnicodeDecodeError) as e:
        raise IdentityError({"file": f"{where} cannot be read ({getattr(e, 'strerror', None) or e.__class__.__name__})"}) \
            from None
    if not any(k in data for k in KEYS):
        return None
    return parse_identity(data, where)


def write_identity(path: Path, identity: Identity) -> None:
    """Atomically, 0600, synced: a power cut leaves the old file or the new one, never half of each."""
    write_private_file(path, identity.to_toml().encode("utf-8"))


def write_private_file(path: Path, data: bytes, *, dir_mode: int = 0o777) -> None:
    """``data`` to ``path`` atomically, mode 0600, the file and its folder synced (a new folder gets ``dir_mode``,
    less the umask): a power cut leaves the old file or the new one, never half of each."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=dir_mode)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # 0600, O_EXCL
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _proxy_problem(proxy: Any) -> str | None:
    if not isinstance(proxy, str) or not proxy.strip():
        return "must be a proxy URL like \"http://proxy.example:3128\", or left out"
    parts = urlsplit(proxy.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "must be a proxy URL like \"http://proxy.example:3128\" (http or https)"
    return None


def _without_password(proxy: str | None) -> str | None:
    if not proxy:
        return None
    parts = urlsplit(proxy)
    host = parts.hostname or ""
    return f"{parts.scheme}://{host}{f':{parts.port}' if parts.port else ''}"
