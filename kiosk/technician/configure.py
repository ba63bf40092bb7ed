"""Setting a kiosk up: the form's fields, checking what was typed, testing the connection, saving (Qt-free).

Shared by the setup screen (kiosk/ui/setup.py) and ``kiosk setup``. Values are checked by the
same pydantic settings the kiosk runs with, so what the form accepts the kiosk accepts. The
secret key is never shown or echoed: the form only says whether one is set.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from kiosk import redact
from kiosk.configfile import ConfigWriteError, write_config
from kiosk.settings import IDENTITY_FIELDS, Settings, default_config_file, env_name


@dataclass(frozen=True)
class FormField:
    name: str       # the settings field
    label: str
    hint: str = ""
    secret: bool = False
    digits: bool = False


FORM_FIELDS: tuple[FormField, ...] = (
    FormField("partner_id", "Partner id", "a number from BetGames", digits=True),
    FormField("secret_key", "Secret key", "from BetGames; never shown", secret=True),
    FormField("shop_name", "Shop name", "as registered, e.g. Vilnius, Gedimino pr. 5"),
    FormField("pos_name", "POS name", "the point of sale, e.g. Computer #3"),
    FormField("user_name", "User name", "the POS user"),
    FormField("auth_url", "Autologin URL", "leave as it is unless BetGames says otherwise"),
    FormField("allowed_hosts", "Allowed hosts", "host names, separated by commas"),
) + ((FormField("printer", "Printer", "print queue name; empty = the system default; off = no printing"),)
     if "printer" in Settings.model_fields else ())

FIELD_NAMES = tuple(f.name for f in FORM_FIELDS)


def config_path(config_file: str | os.PathLike | None = None) -> Path:
    if config_file is not None:
        return Path(config_file)
    from kiosk import settings

    return settings.active_config_file or default_config_file()


def read_file_values(path: Path) -> dict[str, Any]:
    """The TOML file's values, or {} when it is missing or unreadable (the form then starts empty)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def env_overrides(environ: Mapping[str, str] | None = None) -> list[str]:
    """Form fields whose ``KIOSK_*`` variable is set: it wins over anything saved to the file."""
    from kiosk.settings import TAKEN_FROM_ENVIRON

    environ = os.environ if environ is None else environ
    names = {k.upper() for k in environ} | set(TAKEN_FROM_ENVIRON)  # a secret taken out at start still wins
    return [f for f in FIELD_NAMES if env_name(f) in names]


@dataclass
class FormState:
    """What the form shows: text per field (never the secret), whether a secret and a PIN are set."""

    values: dict[str, str]
    secret_set: bool
    pin_set: bool
    overridden: list[str] = field(default_factory=list)


def broker_address(path: Path, environ: Mapping[str, str] | None = None) -> str | None:
    """The broker the kiosk uses (``KIOSK_BROKER`` wins over the file), or None in direct mode (kiosk/broker)."""
    environ = os.environ if environ is None else environ
    value = str(environ.get(env_name("broker")) or read_file_values(path).get("broker") or "").strip()
    return value or None


def form_state(path: Path, environ: Mapping[str, str] | None = None, *,
               held: Mapping[str, Any] | None = None) -> FormState:
    """``held``: in broker mode, the identity the broker holds (never the secret); it fills the identity fields."""
    environ = os.environ if environ is None else environ
    data = {**read_file_values(path), **(held or {})}
    values: dict[str, str] = {}
    for f in FORM_FIELDS:
        if f.secret:
            continue
        v = environ.get(env_name(f.name), data.get(f.name))
        if v is None:
            default = Settings.model_fields[f.name].get_default(call_default_factory=True)
            v = default if default is not None else ""
        values[f.name] = _text(v)
    overridden = env_overrides(environ)
    from kiosk.settings import TAKEN_FROM_ENVIRON

    secret_set = bool(str(data.get("secret_key", "")).strip()) or "secret_key" in overridden or held is not None
    pin_set = (bool(str(data.get("technician_pin", "")).strip()) or bool(environ.get(env_name("technician_pin")))
               or env_name("technician_pin") in TAKEN_FROM_ENVIRON)
    return FormState(values, secret_set, pin_set, overridden)


def _text(v: Any) -> str:
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    return str(v)


def parse_form(form: Mapping[str, str]) -> dict[str, Any]:
    """Text from the form (or the command line) as setting values; an empty secret means 'keep the old one'."""
    values: dict[str, Any] = {}
    for f in FORM_FIELDS:
        if f.name not in form:
            continue
        text = form[f.name].strip()
        if f.secret and not text:
            continue
        if f.name == "allowed_hosts":
            values[f.name] = [h for h in (p.strip() for p in text.replace(" ", ",").split(",")) if h]
        elif f.name == "printer" and not text:
            values[f.name] = None
        elif f.digits and text.isdigit():
            values[f.name] = int(text)  # a TOML integer, as a person would write it
        else:
            values[f.name] = text
    return values


@dataclass
class Checked:
    """The outcome of checking a form: per-field sentences, or settings the kiosk can run with."""

    errors: dict[str, str]
    settings: Settings | None
    file_values: dict[str, Any]


def check_form(path: Path, form: Mapping[str, str], *, pin_hash: str | None = None, secret_held: bool = False) -> Checked:
    """Validate the form merged over the file, exactly as the kiosk would read them (environment first).
    ``secret_held``: the broker holds a secret already, so an empty secret field keeps it."""
    file_values = parse_form(form)
    if pin_hash is not None:
        file_values["technician_pin"] = pin_hash
    merged = {**read_file_values(path), **file_values}
    merged = {k: v for k, v in merged.items() if v is not None}
    from kiosk.settings import TAKEN_FROM_ENVIRON

    for name, value in TAKEN_FROM_ENVIRON.items():  # taken out of the environment at start: they still win
        merged[name.removeprefix("KIOSK_").lower()] = value
    errors: dict[str, str] = {}
    settings: Settings | None = None
    try:
        settings = Settings(**merged)
    except ValidationError as e:
        for err in e.errors(include_url=False):
            name = str(err["loc"][0]) if err["loc"] else "?"
            if err["type"] == "extra_forbidden":
                errors.setdefault(name, f"'{name}' in {path} is not a setting the kiosk knows; remove it")
                continue
            msg = err["msg"].removeprefix("Value error, ")
            errors.setdefault(name, f"{_label(name)}: {msg}")
    for name in IDENTITY_FIELDS:
        unset = getattr(settings, name) is None if settings is not None else (
            name not in merged and not os.environ.get(env_name(name)))
        if unset and name not in errors and not (name == "secret_key" and secret_held):
            errors[name] = f"{_label(name)}: is required"
    return Checked(errors, settings if not errors else None, file_values)


def _label(name: str) -> str:
    return next((f.label for f in FORM_FIELDS if f.name == name), env_name(name))


def save(path: Path, checked: Checked, *, pin: str | None = None) -> str | None:
    """Write the checked values into the config file (comments and order kept, 0600). Raises ConfigWriteError.

    Broker mode: the identity goes to the broker first (over its socket: the desktop user with the technician
    ``pin``, root without; root writes it for the broker when it does not answer), the rest into the file; the
    secret never goes to the file. Returns what the broker said.
    """
    if checked.errors:
        raise ValueError("refusing to save a form with errors")
    address = checked.settings.broker if checked.settings is not None else None
    if not address:
        write_config(path, checked.file_values)
        return None
    from kiosk.broker.handover import HandoverError, deliver, split

    for_broker, for_file = split(checked.file_values)
    try:
        said = deliver(address, for_broker, pin=pin)  # first: if the broker refuses, nothing is written
    except HandoverError as e:
        raise ConfigWriteError(str(e)) from None
    write_config(path, for_file)
    return said


@dataclass(frozen=True)
class ConnectionResult:
    ok: bool
    sentence: str                 # never the link, the hash or the key


def test_connection(settings: Settings) -> ConnectionResult:
    """One real autologin request; its outcome in words. Blocking: run it on a worker thread.

    The link it returns is never printed or opened (its token is registered for redaction).
    """
    import httpx

    from kiosk.autologin.webshop import AutologinRejected, LinkRefused, WebshopError
    from kiosk.broker.client import link_source

    client = link_source(settings, timeout=httpx.Timeout(connect=5.0, read=8.0, write=8.0, pool=5.0), test=True)
    try:
        link = client.request_link()
    except AutologinRejected as e:
        return ConnectionResult(False, f"rejected: {e}")
    except LinkRefused as e:
        return ConnectionResult(False, f"link host not allowed: {e}")
    except WebshopError as e:
        return ConnectionResult(False, f"not reached: {e}")
    finally:
        client.close()
    host = urlsplit(link.url).hostname
    return ConnectionResult(True, redact.redact(
        f"accepted{' by the broker' if settings.broker else ''}: shop id {link.shop_id}, POS id {link.pos_id}, "
        f"user id {link.user_id}; the login link goes to "
        f"{host}, an allowed host ({link.latency * 1000:.0f} ms)"))

