"""Setting a kiosk up: the form's fields, checking what was typed, testing the connection, saving (Qt-free).

Shared by the setup screen (kiosk/ui/setup.py) and ``kiosk setup``; the fields are listed once in
:mod:`kiosk.technician.fields`. Values are checked by the same configuration source and settings
the kiosk runs with, so what the form accepts the kiosk accepts. The secret key is never shown or
echoed: the form only says whether one is set. In broker mode (``KIOSK_BROKER``) the identity is the
broker's: it fills the form, goes to the broker when saved (kiosk/broker/handover.py), and never to the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from kiosk import redact
from kiosk.configfile import ConfigWriteError, write_config
from kiosk.settings import IDENTITY_FIELDS, ConfigSource, Problem, Settings, env_name
from kiosk.technician.fields import FIELD_NAMES, FORM_FIELDS, FormField
from kiosk.words import Words


class ConfigureWords(Words):
    """The setup form's checks and its connection test."""

__all__ = ["FIELD_NAMES", "FORM_FIELDS", "Checked", "ConnectionResult", "FormField", "FormState", "broker_address",
           "check_form", "env_overrides", "form_state", "parse_form", "save", "test_connection"]


def env_overrides(config: ConfigSource) -> list[str]:
    """Form fields whose ``KIOSK_*`` variable is set: it wins over anything saved to the file."""
    return [f for f in FIELD_NAMES if config.in_environment(f)]


@dataclass
class FormState:
    """What the form shows: text per field (never the secret), whether a secret and a PIN are set."""

    values: dict[str, str]
    secret_set: bool
    pin_set: bool
    overridden: list[str] = field(default_factory=list)


def broker_address(config: ConfigSource) -> str | None:
    """The broker the kiosk uses (``KIOSK_BROKER`` wins over the file), or None in direct mode (kiosk/broker)."""
    value = config.env_value("broker")
    if value is None:
        value = config.file_values().get("broker")
    return str(value or "").strip() or None


def form_state(config: ConfigSource, *, held: Mapping[str, Any] | None = None) -> FormState:
    """The form's fields as the kiosk would read them (the environment, else the file, else the default).

    ``held``: in broker mode, the identity the broker holds (never the secret); it fills the identity fields."""
    data = {**config.file_values(), **(held or {})}
    values: dict[str, str] = {}
    for f in FORM_FIELDS:
        if f.secret:
            continue
        v = config.env_value(f.name)
        if v is None:
            v = data.get(f.name)
        if v is None:
            default = Settings.model_fields[f.name].get_default(call_default_factory=True)
            v = default if default is not None else ""
        values[f.name] = _text(v)
    secret_set = (bool(str(data.get("secret_key", "")).strip()) or config.in_environment("secret_key")
                  or held is not None)
    pin_set = bool(str(data.get("technician_pin", "")).strip()) or bool(config.env_value("technician_pin"))
    return FormState(values, secret_set, pin_set, env_overrides(config))


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


def check_form(config: ConfigSource, form: Mapping[str, str], *, pin_hash: str | None = None,
               secret_held: bool = False) -> Checked:
    """Validate the form written over the file, exactly as the kiosk would read them (environment first).

    Broker mode: the kiosk's part as the kiosk would read it once saved (the secret never in its file), the
    identity as the broker takes it; ``secret_held``: the broker holds a secret already, so an empty secret
    field keeps it."""
    file_values = parse_form(form)
    if pin_hash is not None:
        file_values["technician_pin"] = pin_hash
    if broker_address(config) is None:
        settings, problems = config.check(file_values, require=IDENTITY_FIELDS)
    else:
        settings, problems = _check_for_broker(config, file_values, secret_held=secret_held)
    errors: dict[str, str] = {}
    for p in problems:  # a field's own words beside it; the file's problems by themselves
        key = p.setting if p.setting is not None else p.message
        errors.setdefault(key, p.message if p.setting is None
                          else ConfigureWords.tr("%1: %2").arg(_label(p.setting), p.message))
    return Checked(errors, settings if not errors else None, file_values)


def _check_for_broker(config: ConfigSource, file_values: Mapping[str, Any], *,
                      secret_held: bool) -> tuple[Settings | None, list[Problem]]:
    from kiosk.broker.handover import HELD, split

    for_broker, for_file = split(file_values)
    settings, problems = config.check({**for_file, "secret_key": None})  # the kiosk's file, as save() leaves it
    # The identity as the broker checks it: the same settings model, the form's values alone (no environment).
    required = tuple(f for f in IDENTITY_FIELDS if not (f == "secret_key" and secret_held))
    broker_side = ConfigSource(config.path, explicit=False)
    _, identity_problems = broker_side.check({**dict.fromkeys(HELD), **for_broker, "broker": None}, require=required)
    problems += [p for p in identity_problems if p.setting in for_broker or p.setting in required]
    return settings, problems


def _label(name: str) -> str:  # a field's label (a Text), or the setting's KIOSK_ name
    return next((f.label for f in FORM_FIELDS if f.name == name), env_name(name))


def save(config: ConfigSource, checked: Checked, *, pin: str | None = None) -> str | None:
    """Write the checked values into the config file (comments and order kept, 0600). Raises ConfigWriteError.

    Broker mode: the identity goes to the broker first (over its socket: the desktop user with the technician
    ``pin``, root without; root writes it for the broker when it does not answer), the rest into the file; the
    secret never goes to the file (one left there from direct mode is removed). Returns what the broker said.
    """
    if checked.errors:
        raise ValueError("refusing to save a form with errors")
    address = checked.settings.broker if checked.settings is not None else None
    if not address:
        write_config(config.path, checked.file_values)
        return None
    from kiosk.broker.handover import HandoverError, deliver, split

    for_broker, for_file = split(checked.file_values)
    try:
        said = deliver(address, for_broker, pin=pin)  # first: if the broker refuses, nothing is written
    except HandoverError as e:
        raise ConfigWriteError(str(e)) from None
    write_config(config.path, {**for_file, "secret_key": None})
    return said


@dataclass(frozen=True)
class ConnectionResult:
    ok: bool
    sentence: str                 # never the link, the hash or the key; a Text (a screen translates it)


def test_connection(settings: Settings, *, login_page: bool = True) -> ConnectionResult:
    """One real autologin request; its outcome in words. Blocking: run it on a worker thread.

    The link it returns is never printed or opened (its token is registered for redaction). ``login_page``:
    then ask where a link of the same shape with a token that cannot be valid lands, and whether
    KIOSK_LOGIN_URL_PATTERN recognises that page (kiosk/technician/loginpage.py).
    """
    import httpx

    from kiosk.autologin.webshop import AutologinRejected, LinkRefused, WebshopError
    from kiosk.broker.client import link_source

    client = link_source(settings, timeout=httpx.Timeout(connect=5.0, read=8.0, write=8.0, pool=5.0), test=True)
    try:
        link = client.request_link()
    except AutologinRejected as e:
        return ConnectionResult(False, ConfigureWords.tr("rejected: %1").arg(e.text))
    except LinkRefused as e:
        return ConnectionResult(False, ConfigureWords.tr("link host not allowed: %1").arg(e.text))
    except WebshopError as e:
        return ConnectionResult(False, ConfigureWords.tr("not reached: %1").arg(e.text))
    finally:
        client.close()
    host = urlsplit(link.url).hostname or ""
    args = (link.shop_id, link.pos_id, link.user_id, redact.redact(host), round(link.latency * 1000))
    if not login_page and settings.broker:
        return ConnectionResult(True, redact.redact(ConfigureWords.tr(
            "accepted by the broker: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host "
            "(%5 ms)").arg(*args)))
    if not login_page:
        return ConnectionResult(True, redact.redact(ConfigureWords.tr(
            "accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms)").arg(*args)))
    from kiosk.technician.loginpage import check_login_page

    # Through the broker no link comes back (only where it goes): then a link of the seed's shape is tried.
    found = check_login_page(settings, None if settings.broker else link.url)
    if settings.broker:
        return ConnectionResult(found.ok, redact.redact(ConfigureWords.tr(
            "accepted by the broker: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host "
            "(%5 ms). Login page: %6").arg(*args, found.sentence)))
    found = check_login_page(settings, link.url)
    return ConnectionResult(found.ok, redact.redact(ConfigureWords.tr(
        "accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms). Login page: "
        "%6").arg(*args, found.sentence)))

