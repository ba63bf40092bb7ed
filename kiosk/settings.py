"""Every setting of the kiosk, in one place: its environment name, TOML key, default and check.

Sources, highest first: environment (``KIOSK_*``), then a TOML file (``--config FILE``,
else ``kiosk.toml`` in the platform's site config dir), then the defaults below. The
environment names are a published contract (fleet tools and monitoring use them); the
TOML keys are the same names in lower case without the prefix.

A bad value never becomes a traceback: :func:`load_settings` raises :class:`ConfigError`
whose message lists every problem, naming the setting, what is wrong and where the value
came from. Secret values are never echoed.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs
from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, EnvSettingsSource, SettingsConfigDict

APP_NAME = "betshop-kiosk"
ENV_PREFIX = "KIOSK_"
CONFIG_FILE_NAME = "kiosk.toml"

DEFAULT_AUTH_URL = "https://api.betgames.tv/s/api/v2/webshop/auth"
# The webshop's own login page on any host; the allowlist decides which hosts count.
# Anchored on the path so the autologin links (/webshop/integrations/[auth/]login/...) never match.
DEFAULT_LOGIN_URL_PATTERN = r"^https?://[^/?#]+/webshop/login(?:[/?#]|$)"

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_HOST_RE = re.compile(r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$")
_LOOPBACK_HOSTS = frozenset({"localhost", "::1", "[::1]"})

# Key names for KIOSK_TECHNICIAN_KEYS, spelled as Qt's QKeySequence reads and writes them (checked
# against Qt by tests/gui/test_technician.py), so a chord Qt cannot parse never passes validation
# and silently disables the door. A table, not QKeySequence itself: settings load without Qt.
_NAMED_KEYS = ("Space", "Tab", "Backspace", "Return", "Enter", "Ins", "Del", "Pause", "Print", "Home", "End",
               "Left", "Up", "Right", "Down", "PgUp", "PgDown", "Esc")
TECHNICIAN_KEY_NAMES: dict[str, str] = {
    **{c.lower(): c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"},
    **{f"f{i}": f"F{i}" for i in range(1, 36)},
    **{k.lower(): k for k in _NAMED_KEYS},
    "insert": "Ins", "delete": "Del", "escape": "Esc", "pageup": "PgUp", "pagedown": "PgDown",
}

PERMISSIONS = ("camera", "microphone", "geolocation", "notifications", "clipboard", "screen-capture",
               "mouse-lock", "local-fonts")

# Settings that a given face of the kiosk cannot run without.
IDENTITY_FIELDS = ("partner_id", "secret_key", "shop_name", "pos_name", "user_name")
GATEWAY_FIELDS = ("gateway_url", "brand_id")


def default_config_file() -> Path:
    """``/etc/xdg/betshop-kiosk/kiosk.toml`` on Linux, ``C:\\ProgramData\\betshop-kiosk\\kiosk.toml`` on Windows."""
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=False)) / CONFIG_FILE_NAME


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def env_name(field: str) -> str:
    return ENV_PREFIX + field.upper()


def is_loopback_host(host: str) -> bool:
    """``localhost``, or a literal loopback IP address (``127.0.0.0/8``, ``::1``); never a name like ``127.example.com``."""
    host = host.lower()
    if host in _LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.removeprefix("[").removesuffix("]")).is_loopback
    except ValueError:
        return False


class ConfigError(Exception):
    """The configuration cannot be used. ``str()`` is a message for a technician."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        lines = [f"The kiosk configuration has {len(problems)} problem(s):"]
        lines += [f"  - {p}" for p in problems]
        super().__init__("\n".join(lines))


class _LenientEnvSource(EnvSettingsSource):
    """Like the stock source, but bad JSON in a list variable becomes one listed problem, not a crash."""

    def prepare_field_value(self, field_name, field, value, value_is_complex):
        try:
            return super().prepare_field_value(field_name, field, value, value_is_complex)
        except ValueError:
            return value  # validation reports it, with its source, beside every other problem


class Settings(BaseSettings):
    """The kiosk's settings. Build it with :func:`load_settings`, not directly."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", validate_default=True)

    # Webshop identity (seed 000): required by `kiosk run`, not by the technician tools.
    partner_id: int | None = Field(None, gt=0, description="BetGames partner id")
    secret_key: SecretStr | None = Field(None, description="BetGames partner secret key")
    shop_name: str | None = Field(None, description="Betshop name, unique for the partner")
    pos_name: str | None = Field(None, description="Point of sale name, unique within the betshop")
    user_name: str | None = Field(None, description="POS user name, unique within the point of sale")

    auth_url: str = Field(DEFAULT_AUTH_URL, description="Autologin endpoint")
    broker: str | None = Field(None, description="Socket (Linux) or named pipe (Windows) of the broker that holds the "
                                                 "partner secret (kiosk/broker); set = broker mode")
    allowed_hosts: list[str] = Field(default_factory=lambda: ["webshop.betgames.tv"],
                                     description="Hosts the view may show (JSON list)")
    login_url_pattern: str = Field(DEFAULT_LOGIN_URL_PATTERN,
                                   description="Regex recognising the webshop's login page")

    health_port: int = Field(0, ge=0, le=65535, description="Loopback port of /health and /metrics; 0 = off")
    data_dir: Path = Field(default_factory=default_data_dir, description="Web profile and logs")
    log_level: str = Field("INFO", description="DEBUG, INFO, WARNING or ERROR")
    fullscreen: bool = Field(True, description="Full screen (false: a window, for technicians)")

    # Player-data gateway (seed 004).
    gateway_url: str | None = Field(None, description="Base URL of the casino platform (…/gateway/player-data is appended)")
    gateway_version: str = Field("v1", description="{version} path segment of the gateway")
    brand_id: int | None = Field(None, gt=0, description="{brand_id}: the casino's id on the platform")

    # Self-healing and lockdown.
    daily_restart: str = Field("04:00", description="Local time HH:MM of the daily fresh start; empty = off")
    permissions: list[str] = Field(default_factory=list,
                                   description=f"Web permissions to grant (JSON list of: {', '.join(PERMISSIONS)})")
    screen: int = Field(0, ge=0, description="Index of the screen to fill (0 = primary)")
    hide_cursor: bool = Field(False, description="Hide the mouse pointer (touch terminals)")
    zoom: float = Field(1.0, ge=0.25, le=5.0, description="Zoom factor of the webshop page")
    technician_keys: str = Field("Ctrl+Alt+Shift+T", description="Key chord that opens the technician PIN pad")
    technician_pin: SecretStr | None = Field(None, description="Salted hash of the technician PIN (write it with `kiosk set-pin`)")
    web_storage_limit_mb: int = Field(256, ge=0, le=1_000_000,
                                      description="Budget of the pages' stored data (IndexedDB, Cache Storage, "
                                                  "service workers); over it, cleared at start. 0 = no limit")
    # Slip printing (kiosk/printing/).
    printer: str = Field("", description="Printer or CUPS queue for slips; empty = the system default; off = no printing")
    paper_width_mm: float = Field(80.0, ge=20, le=300, description="Receipt paper width in mm (80, 58; 210 for A4)")
    print_margins_mm: float = Field(0.0, ge=0, le=25, description="Margin on every side of a slip, in mm")
    onscreen_keyboard: str = Field("auto", description="On-screen keyboard: auto (when a touch screen is present), "
                                                       "on or off")
    keyboard_layouts: list[str] = Field(default_factory=lambda: ["en_GB"],
                                        description="On-screen keyboard layouts (JSON list of: en_GB, lt_LT)")

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings,
                                   dotenv_settings, file_secret_settings):
        # init_settings carries the parsed TOML file (see load_settings); the environment wins over it.
        return (_LenientEnvSource(settings_cls), init_settings)

    @field_validator("shop_name", "pos_name", "user_name")
    @classmethod
    def _non_blank(cls, v: str | None) -> str | None:
        if v is not None:
            v = v.strip()
            if not v:
                raise ValueError("must not be empty")
        return v

    @field_validator("secret_key")
    @classmethod
    def _secret_non_blank(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and not v.get_secret_value().strip():
            raise ValueError("must not be empty")
        return v

    @field_validator("auth_url")
    @classmethod
    def _auth_url(cls, v: str) -> str:
        return _check_url(v, "the autologin endpoint")

    @field_validator("broker")
    @classmethod
    def _broker(cls, v: str | None) -> str | None:
        v = (v or "").strip()
        if not v:
            return None
        if os.name == "nt" and not v.startswith("\\\\.\\pipe\\"):
            raise ValueError("must be a named pipe like \\\\.\\pipe\\betshop-kiosk-broker")
        if os.name != "nt" and (not v.startswith("/") or len(v.encode()) > 107):
            raise ValueError("must be the absolute path of the broker's socket, like /run/betshop-kiosk/broker.sock")
        return v

    @field_validator("gateway_url")
    @classmethod
    def _gateway_url(cls, v: str | None) -> str | None:
        return None if v is None or not v.strip() else _check_url(v, "the player-data gateway").rstrip("/")

    @field_validator("gateway_version")
    @classmethod
    def _gateway_version(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9._-]+", v):
            raise ValueError("must be a single path segment such as 'v1'")
        return v

    @field_validator("allowed_hosts")
    @classmethod
    def _hosts(cls, v: list[str]) -> list[str]:
        hosts = [h.strip().lower() for h in v]
        if not hosts:
            raise ValueError("must list at least one host, e.g. [\"webshop.betgames.tv\"]")
        bad = [h for h in hosts if not (_HOST_RE.match(h) or is_loopback_host(h))]
        if bad:
            raise ValueError(f"{', '.join(repr(b) for b in bad)} is not a host name (no scheme, port or path)")
        return hosts

    @field_validator("login_url_pattern")
    @classmethod
    def _pattern(cls, v: str) -> str:
        try:
            rx = re.compile(v)
        except re.error as e:
            raise ValueError(f"is not a valid regular expression ({e})") from None
        for link in ("https://webshop.betgames.tv/webshop/integrations/auth/login/6280/" + "a" * 64,
                     "https://webshop.betgames.tv/webshop/integrations/login/6280/" + "a" * 64):
            if rx.search(link):
                raise ValueError("matches the autologin link itself, so every login would loop")
        return v

    @field_validator("daily_restart")
    @classmethod
    def _daily(cls, v: str) -> str:
        v = v.strip()
        if v and not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", v):
            raise ValueError('must be a local time like "04:00", or empty to turn it off')
        return v

    @field_validator("permissions")
    @classmethod
    def _permissions(cls, v: list[str]) -> list[str]:
        names = [p.strip().lower() for p in v]
        bad = [p for p in names if p not in PERMISSIONS]
        if bad:
            raise ValueError(f"{', '.join(repr(b) for b in bad)} is not one of {', '.join(PERMISSIONS)}")
        return names

    @field_validator("technician_keys")
    @classmethod
    def _keys(cls, v: str) -> str:
        parts = [p.strip() for p in v.split("+")]
        mods = {"ctrl", "alt", "shift", "meta"}
        if len(parts) < 2 or not all(p.lower() in mods for p in parts[:-1]) or not parts[-1] \
                or parts[-1].lower() in mods:
            raise ValueError('must be modifiers and one key, like "Ctrl+Alt+Shift+T"')
        key = TECHNICIAN_KEY_NAMES.get(parts[-1].lower())
        if key is None:
            raise ValueError(f"{parts[-1]!r} is not a key name the kiosk knows: use a letter, a digit, F1-F35 "
                             "or one of " + ", ".join(_NAMED_KEYS))
        if not {p.lower() for p in parts[:-1]} & {"ctrl", "alt", "meta"}:
            raise ValueError("needs Ctrl, Alt or Meta (Shift alone would take a letter from the webshop)")
        return "+".join([*(p.capitalize() for p in parts[:-1]), key])

    @field_validator("technician_pin")
    @classmethod
    def _pin_hash(cls, v: SecretStr | None) -> SecretStr | None:
        if v is None or not v.get_secret_value().strip():
            return None
        from kiosk.pin import is_pin_hash

        if not is_pin_hash(v.get_secret_value()):
            raise ValueError("is not a PIN hash; write it with `kiosk set-pin`, never the PIN itself")
        return v

    @field_validator("onscreen_keyboard")
    @classmethod
    def _onscreen_keyboard(cls, v: str) -> str:
        v = v.strip().lower()
        if v not in ("auto", "on", "off"):
            raise ValueError("must be auto, on or off")
        return v

    @field_validator("keyboard_layouts")
    @classmethod
    def _keyboard_layouts(cls, v: list[str]) -> list[str]:
        from kiosk.ui.keyboard_layouts import LAYOUTS

        codes = [c.strip() for c in v]
        bad = [c for c in codes if c not in LAYOUTS]
        if bad:
            raise ValueError(f"{', '.join(repr(b) for b in bad)} is not a keyboard layout; use {', '.join(LAYOUTS)}")
        if not codes:
            raise ValueError("must name at least one layout, like [\"en_GB\"]")
        if len(set(codes)) != len(codes):
            raise ValueError("names a layout twice")
        return codes

    @field_validator("log_level")
    @classmethod
    def _level(cls, v: str) -> str:
        v = v.strip().upper()
        if v not in _LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(_LOG_LEVELS)}")
        return v

    @field_validator("print_margins_mm")
    @classmethod
    def _margins(cls, v: float, info: ValidationInfo) -> float:
        width = info.data.get("paper_width_mm")
        if width is not None and width - 2 * v < 20:
            raise ValueError(f"leaves less than 20 mm to print on paper {width:g} mm wide; use at most "
                             f"{max(0.0, (width - 20) / 2):g} mm")
        return v

    @field_validator("printer")
    @classmethod
    def _printer(cls, v: str) -> str:
        v = v.strip()
        if v.startswith("-"):
            raise ValueError(f"{v!r} cannot be a printer name (it starts with '-')")
        if len(v) > 127 or any(ord(c) < 32 for c in v):
            raise ValueError("must be a printer name of at most 127 characters, empty for the system default, or off")
        if os.name != "nt" and any(c in v for c in " /#\\"):
            raise ValueError(f"{v!r} cannot be a CUPS queue name (no spaces, '/', '#' or '\\'); list the queues "
                             "with lpstat -p")
        return "off" if v.lower() == "off" else v

    def hash_input_ready(self) -> bool:
        return self.partner_id is not None and self.secret_key is not None

    def is_allowed_host(self, host: str | None) -> bool:
        return bool(host) and host.lower() in self.allowed_hosts


def _check_url(v: str, what: str) -> str:
    v = v.strip()
    parts = urlsplit(v)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be a full http(s) URL of {what}")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError("must use https (plain http is accepted only for a loopback sandbox)")
    return v


@dataclass(frozen=True)
class _Origin:
    config_file: Path | None
    file_data: Mapping[str, Any]
    environ: Mapping[str, str]

    def is_set(self, field: str) -> bool:
        name = env_name(field)
        return field in self.file_data or any(k.upper() == name for k in self.environ)

    def describe(self, field: str) -> str:
        name = env_name(field)
        if any(k.upper() == name for k in self.environ):
            return f"from environment variable {name}"
        if field in self.file_data:
            return f"from {self.config_file}, key '{field}'"
        where = f"key '{field}' in {self.config_file}" if self.config_file else f"key '{field}' in {default_config_file()}"
        return f"not set: set environment variable {name} or {where}"


_SECRET_FIELDS = {"secret_key", "technician_pin"}
_LIST_EXAMPLES = {"keyboard_layouts": '["en_GB", "lt_LT"]'}  # the JSON-list hint, by setting


def load_settings(config_file: str | os.PathLike | None = None, *,
                  require: tuple[str, ...] = ()) -> Settings:
    """Read the settings, or raise ConfigError listing every problem.

    ``config_file`` None means the default location, where the file is optional; a file
    named explicitly must exist. ``require`` lists fields that must be set for this face.
    """
    explicit = config_file is not None
    path = Path(config_file) if explicit else default_config_file()
    data: dict[str, Any] = {}
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise ConfigError([f"{path} is not valid TOML: {e}"]) from None
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError([f"{path} cannot be read: {e.__class__.__name__}: {getattr(e, 'strerror', None) or e}"]) from None
    elif explicit:
        raise ConfigError([f"the config file {path} does not exist (given with --config)"])
    # Secrets taken out of the environment at start (take_secrets_from_environ) still count as set there.
    taken = {name.removeprefix("KIOSK_").lower(): value for name, value in TAKEN_FROM_ENVIRON.items()}
    origin = _Origin(path if (explicit or data) else None, data, {**os.environ, **TAKEN_FROM_ENVIRON})

    problems: list[str] = []
    settings: Settings | None = None
    try:
        settings = Settings(**{**data, **taken})
    except ValidationError as e:
        for err in e.errors(include_url=False):
            field = str(err["loc"][0]) if err["loc"] else "?"
            if err["type"] == "extra_forbidden":
                problems.append(f"'{field}' in {path} is not a setting the kiosk knows (check the spelling; keys are lower case)")
                continue
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "list_type":
                example = _LIST_EXAMPLES.get(field, '["webshop.betgames.tv"]')
                msg += f" (a JSON list, e.g. {example})"
            shown = ""
            if field not in _SECRET_FIELDS and "input" in err and err["type"] != "missing":
                shown = f", got {err['input']!r}"
            problems.append(f"{env_name(field)}: {msg}{shown} ({origin.describe(field)})")
    failed = {p.split(":", 1)[0] for p in problems}
    if settings is not None and settings.broker:  # broker mode: the broker holds the identity and the secret
        require = tuple(f for f in require if f not in IDENTITY_FIELDS)
        if settings.secret_key is not None:
            problems.append(f"{env_name('secret_key')}: must not be set in broker mode ({env_name('broker')} is set): "
                            "the broker holds the partner secret. Move it there with `sudo kiosk broker import`, "
                            f"or remove it ({origin.describe('secret_key')})")
    for field in require:
        unset = getattr(settings, field) is None if settings is not None else not origin.is_set(field)
        if unset and env_name(field) not in failed:
            problems.append(f"{env_name(field)}: is required ({origin.describe(field)})")
    if problems:
        raise ConfigError(problems)
    assert settings is not None
    return settings


def take_secrets_from_environ(environ: os._Environ | dict[str, str] | None = None) -> dict[str, str]:
    """Remove the kiosk's secrets (``KIOSK_SECRET_KEY``, ``KIOSK_TECHNICIAN_PIN``) from the environment
    once the settings hold them, so the web engine's processes never inherit them; returns what was removed
    (a restart passes it on to the new process)."""
    environ = os.environ if environ is None else environ
    names = {env_name(f) for f in _SECRET_FIELDS}
    taken = {k: environ.pop(k) for k in list(environ) if k.upper() in names}
    if environ is os.environ:
        TAKEN_FROM_ENVIRON.update({k.upper(): v for k, v in taken.items()})
    return taken


# Secret variables this process took out of its environment: they still win over the config file (a
# technician restart passes them on), so the setup form must treat them as set by the environment.
TAKEN_FROM_ENVIRON: dict[str, str] = {}

# The config file `kiosk run` was given (None: the default place), so the technician menu's Settings and
# Diagnostics use the same file.
active_config_file: Path | None = None


class _ExplicitSettings(Settings):
    """Settings from the given values only: the demo must not pick up a real terminal's environment."""

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings,
                                   dotenv_settings, file_secret_settings):
        return (init_settings,)


def explicit_settings(**values: Any) -> Settings:
    return _ExplicitSettings(**values)
