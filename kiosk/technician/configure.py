"""Setting a kiosk up: the form's fields, checking what was typed, testing the connection, saving (Qt-free).

Shared by the setup screen (kiosk/ui/setup.py) and ``kiosk setup``; the fields are listed once in
:mod:`kiosk.technician.fields`. Values are checked by the same configuration source and settings
the kiosk runs with, so what the form accepts the kiosk accepts. The secret key is never shown or
echoed: the form only says whether one is set.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from kiosk import redact
from kiosk.configfile import write_config
from kiosk.settings import IDENTITY_FIELDS, ConfigSource, Settings, env_name
from kiosk.technician.fields import FIELD_NAMES, FORM_FIELDS, FormField
from kiosk.words import Words


class ConfigureWords(Words):
    """The setup form's checks and its connection test."""

__all__ = ["FIELD_NAMES", "FORM_FIELDS", "Checked", "ConnectionResult", "FormField", "FormState", "check_form",
           "env_overrides", "form_state", "parse_form", "save", "test_connection"]


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


def form_state(config: ConfigSource) -> FormState:
    """The form's fields as the kiosk would read them (the environment, else the file, else the default)."""
    data = config.file_values()
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
    secret_set = bool(str(data.get("secret_key", "")).strip()) or config.in_environment("secret_key")
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


def check_form(config: ConfigSource, form: Mapping[str, str], *, pin_hash: str | None = None) -> Checked:
    """Validate the form written over the file, exactly as the kiosk would read them (environment first)."""
    file_values = parse_form(form)
    if pin_hash is not None:
        file_values["technician_pin"] = pin_hash
    settings, problems = config.check(file_values, require=IDENTITY_FIELDS)
    errors: dict[str, str] = {}
    for p in problems:  # a field's own words beside it; the file's problems by themselves
        key = p.setting if p.setting is not None else p.message
        errors.setdefault(key, p.message if p.setting is None
                          else ConfigureWords.tr("%1: %2").arg(_label(p.setting), p.message))
    return Checked(errors, settings, file_values)


def _label(name: str) -> str:  # a field's label (a Text), or the setting's KIOSK_ name
    return next((f.label for f in FORM_FIELDS if f.name == name), env_name(name))


def save(config: ConfigSource, checked: Checked) -> None:
    """Write the checked values into the config file (comments and order kept, 0600). Raises ConfigWriteError."""
    if checked.errors:
        raise ValueError("refusing to save a form with errors")
    write_config(config.path, checked.file_values)


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

    from kiosk.autologin.webshop import AutologinRejected, LinkRefused, WebshopClient, WebshopError

    client = WebshopClient(settings, timeout=httpx.Timeout(connect=5.0, read=8.0, write=8.0, pool=5.0))
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
    if not login_page:
        return ConnectionResult(True, redact.redact(ConfigureWords.tr(
            "accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms)").arg(*args)))
    from kiosk.technician.loginpage import check_login_page

    found = check_login_page(settings, link.url)
    return ConnectionResult(found.ok, redact.redact(ConfigureWords.tr(
        "accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms). Login page: "
        "%6").arg(*args, found.sentence)))

