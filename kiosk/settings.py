"""Every setting of the kiosk, in one place: its environment name, TOML key, default and check.

Sources, highest first: environment (``KIOSK_*``), then a TOML file (``--config FILE``,
else ``kiosk.toml`` in the platform's site config dir), then the defaults below. The
environment names are a published contract (fleet tools and monitoring use them); the
TOML keys are the same names in lower case without the prefix.

The command line makes one :class:`ConfigSource` at start (the file, and the environment as the
process had it) and passes it to whatever reads the configuration: the kiosk, its technician
menu's Settings and Diagnostics, the doctor, the setup screen and ``kiosk setup``. A bad value
never becomes a traceback: :meth:`ConfigSource.load` raises :class:`ConfigError` carrying one
:class:`Problem` record per problem (the setting, what is wrong, where the value came from),
whose sentences a technician can act on. Secret values are never echoed.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import platformdirs
from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, EnvSettingsSource, SettingsConfigDict

from kiosk.hosts import is_loopback as is_loopback_host
from kiosk.hosts import parse_entries
from kiosk.words import Text, Words

APP_NAME = "betshop-kiosk"
ENV_PREFIX = "KIOSK_"
CONFIG_FILE_NAME = "kiosk.toml"

DEFAULT_AUTH_URL = "https://api.betgames.tv/s/api/v2/webshop/auth"
# The webshop's own login page on any host; the allowlist decides which hosts count.
# Anchored on the path so the autologin links (/webshop/integrations/[auth/]login/...) never match.
DEFAULT_LOGIN_URL_PATTERN = r"^https?://[^/?#]+/webshop/login(?:[/?#]|$)"

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

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
LOOPBACK_NETWORKS = ("127.0.0.0/8", "::1/128")  # metrics_allow's default: only this PC scrapes


class SettingsWords(Words):
    """What is wrong with a setting, and where its value came from (the not-set-up screen, the setup form)."""


# Pydantic's own messages for the types of the kiosk's settings, in its words (its English is kept as it is);
# one pydantic does not word this way (another version) is shown as pydantic words it.
_PYDANTIC = {
    "missing": SettingsWords.tr("Field required"),
    "int_parsing": SettingsWords.tr("Input should be a valid integer, unable to parse string as an integer"),
    "int_from_float": SettingsWords.tr("Input should be a valid integer, got a number with a fractional part"),
    "int_type": SettingsWords.tr("Input should be a valid integer"),
    "float_parsing": SettingsWords.tr("Input should be a valid number, unable to parse string as a number"),
    "float_type": SettingsWords.tr("Input should be a valid number"),
    "bool_parsing": SettingsWords.tr("Input should be a valid boolean, unable to interpret input"),
    "bool_type": SettingsWords.tr("Input should be a valid boolean"),
    "string_type": SettingsWords.tr("Input should be a valid string"),
    "list_type": SettingsWords.tr("Input should be a valid list"),
    "greater_than": SettingsWords.tr("Input should be greater than %1"),
    "greater_than_equal": SettingsWords.tr("Input should be greater than or equal to %1"),
    "less_than": SettingsWords.tr("Input should be less than %1"),
    "less_than_equal": SettingsWords.tr("Input should be less than or equal to %1"),
}
_LIMITS = {"greater_than": "gt", "greater_than_equal": "ge", "less_than": "lt", "less_than_equal": "le"}


def _message(err: Mapping[str, Any]) -> str:
    """A validation error's message: the Text a validator raised, pydantic's own as a Text where it is one we know."""
    kind = str(err["type"])
    if kind == "value_error":
        error = (err.get("ctx") or {}).get("error")
        said = error.args[0] if error is not None and error.args else None
        if isinstance(said, Text):
            return said
        return str(err["msg"]).removeprefix("Value error, ")
    known = _PYDANTIC.get(kind)
    if known is not None and kind in _LIMITS:
        known = known.arg((err.get("ctx") or {}).get(_LIMITS[kind], "?"))
    return known if known is not None and known == str(err["msg"]) else str(err["msg"])


def default_config_file() -> Path:
    """``/etc/xdg/betshop-kiosk/kiosk.toml`` on Linux, ``C:\\ProgramData\\betshop-kiosk\\kiosk.toml`` on Windows."""
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=False)) / CONFIG_FILE_NAME


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def env_name(field: str) -> str:
    return ENV_PREFIX + field.upper()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the configuration: which setting, what is wrong, where its value came from.

    ``setting`` is None when the file itself is the problem (unreadable, not TOML, a key the kiosk
    does not know); ``message`` then is the whole sentence. ``value`` is the value as given, quoted
    (never a secret's); a public screen leaves it out.
    """

    setting: str | None
    message: str  # a Text where the kiosk words it (a screen translates it), else pydantic's words as they are
    origin: str = ""
    value: str | None = None

    @property
    def name(self) -> str:
        """What /health may publish: the setting's environment name (``KIOSK_SHOP_NAME``), or ``config_file``."""
        return env_name(self.setting) if self.setting is not None else "config_file"

    def sentence(self, *, with_value: bool = True) -> str:
        if self.setting is None:
            return self.message
        if with_value and self.value is not None:
            return SettingsWords.tr("%1: %2, got %3 (%4)").arg(env_name(self.setting), self.message, self.value,
                                                               self.origin)
        return SettingsWords.tr("%1: %2 (%3)").arg(env_name(self.setting), self.message, self.origin)

    def __str__(self) -> str:
        return self.sentence()


class ConfigError(Exception):
    """The configuration cannot be used. ``str()`` is a message for a technician; ``problems`` the records."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = [f"The kiosk configuration has {len(problems)} problem(s):"]
        lines += [f"  - {p.sentence()}" for p in problems]
        super().__init__("\n".join(lines))


class _LenientEnvSource(EnvSettingsSource):
    """The stock environment source reading a :class:`ConfigSource`'s variables instead of ``os.environ``;
    bad JSON in a list variable becomes one listed problem, not a crash."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]):
        super().__init__(settings_cls)
        self.env_vars = {k.lower(): v for k, v in environ.items()}  # as the stock source reads os.environ

    def prepare_field_value(self, field_name: str, field: Any, value: Any, value_is_complex: bool) -> Any:
        try:
            return super().prepare_field_value(field_name, field, value, value_is_complex)
        except ValueError:
            return value  # validation reports it, with its source, beside every other problem


class Settings(BaseSettings):
    """The kiosk's settings. Read them with a :class:`ConfigSource`; ``Settings(**values)`` takes the values only."""

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
                                     description="Hosts the view may show (JSON list; '*.example.com' = the domain "
                                                 "and its subdomains; 'host:port' for a port other than 443)")
    frame_hosts: list[str] = Field(default_factory=list,
                                   description="Hosts that may load only inside the webshop's frames, over https "
                                               "(payment forms, captchas, players); same syntax")
    login_url_pattern: str = Field(DEFAULT_LOGIN_URL_PATTERN,
                                   description="Regex recognising the webshop's login page")

    health_port: int = Field(0, ge=0, le=65535, description="Loopback port of /health and /metrics; 0 = off")
    # /metrics (only) on the shop LAN for a central Prometheus (kiosk/monitoring/lan.py, docs/it/monitoring.md).
    metrics_listen: str = Field("", description="HOST:PORT serving /metrics on the LAN (e.g. 0.0.0.0:9464); empty = off")
    metrics_allow: list[str] = Field(default_factory=lambda: list(LOOPBACK_NETWORKS),
                                     description="Source networks allowed to scrape metrics_listen (JSON list)")
    metrics_web_config: str = Field("", description="Exporter-toolkit web.yml for metrics_listen: TLS, basic auth")
    data_dir: Path = Field(default_factory=default_data_dir, description="Web profile and logs")
    log_level: str = Field("INFO", description="DEBUG, INFO, WARNING or ERROR")
    fullscreen: bool = Field(True, description="Full screen (false: a window, for technicians)")

    # Player-data gateway (seed 004).
    gateway_url: str | None = Field(None, description="Base URL of the casino platform (…/gateway/player-data is appended)")
    gateway_version: str = Field("v1", description="{version} path segment of the gateway")
    brand_id: int | None = Field(None, gt=0, description="{brand_id}: the casino's id on the platform")

    # Self-healing and lockdown.
    daily_restart: str = Field("04:00", description="Local time HH:MM of the daily fresh start; empty = off")
    # Updates (kiosk/updates/, docs/it/updates.md): read by the updater (`kiosk update`, as root) from the config file.
    update_window: str = Field("03:00-03:50", description="Local time HH:MM-HH:MM in which updates are installed, "
                                                          "before the daily fresh start; empty = no automatic updates")
    update_rollback_after: float = Field(600.0, ge=10, le=86400,
                                         description="Seconds a new version has, while the autologin API answers, "
                                                     "to reach ready before the updater rolls it back")
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
    keyboard_layouts: list[str] = Field(default_factory=list,
                                        description="On-screen keyboard layouts (JSON list of: en_GB, lt_LT, pl_PL, "
                                                    "es_ES, pt_BR); empty = the language's layouts, then en_GB")
    # The language of the native screens and of the webshop's first page (kiosk/languages.py).
    language: str = Field("", description="Language of the native screens: en, lt, pl, es or pt-BR; empty = the "
                                          "system's when it is one of these, else English")

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: Any, env_settings: Any,
                                   dotenv_settings: Any, file_secret_settings: Any) -> tuple[Any, ...]:
        # The values given only: ConfigSource merges the file and its environment (which wins) into them.
        return (init_settings,)

    @field_validator("shop_name", "pos_name", "user_name")
    @classmethod
    def _non_blank(cls, v: str | None) -> str | None:
        if v is not None:
            v = v.strip()
            if not v:
                raise ValueError(SettingsWords.tr("must not be empty"))
        return v

    @field_validator("secret_key")
    @classmethod
    def _secret_non_blank(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and not v.get_secret_value().strip():
            raise ValueError(SettingsWords.tr("must not be empty"))
        return v

    @field_validator("auth_url")
    @classmethod
    def _auth_url(cls, v: str) -> str:
        return _check_url(v, SettingsWords.tr("must be a full http(s) URL of the autologin endpoint"))

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
        if v is None or not v.strip():
            return None
        return _check_url(v, SettingsWords.tr("must be a full http(s) URL of the player-data gateway")).rstrip("/")

    @field_validator("gateway_version")
    @classmethod
    def _gateway_version(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9._-]+", v):
            raise ValueError(SettingsWords.tr("must be a single path segment such as 'v1'"))
        return v

    @field_validator("allowed_hosts", "frame_hosts")
    @classmethod
    def _hosts(cls, v: list[str], info: ValidationInfo) -> list[str]:
        entries, problems = parse_entries(v)  # kiosk/hosts.py: the one rule, and its sentences
        if problems:
            raise ValueError(problems[0] if len(problems) == 1 else "; ".join(problems))
        if not entries and info.field_name == "allowed_hosts":
            raise ValueError(SettingsWords.tr("must list at least one host, e.g. %1").arg('["webshop.betgames.tv"]'))
        return [str(e) for e in entries]

    @field_validator("login_url_pattern")
    @classmethod
    def _pattern(cls, v: str) -> str:
        try:
            rx = re.compile(v)
        except re.error as e:
            raise ValueError(SettingsWords.tr("is not a valid regular expression (%1)").arg(str(e))) from None
        for link in ("https://webshop.betgames.tv/webshop/integrations/auth/login/6280/" + "a" * 64,
                     "https://webshop.betgames.tv/webshop/integrations/login/6280/" + "a" * 64):
            if rx.search(link):
                raise ValueError(SettingsWords.tr("matches the autologin link itself, so every login would loop"))
        return v

    @field_validator("daily_restart")
    @classmethod
    def _daily(cls, v: str) -> str:
        v = v.strip()
        if v and not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", v):
            raise ValueError(SettingsWords.tr('must be a local time like "04:00", or empty to turn it off'))
        return v

    @field_validator("update_window")
    @classmethod
    def _update_window(cls, v: str) -> str:
        from kiosk.updates.window import Window

        window = Window.parse(v)  # its ValueError says what is wrong
        return "" if window is None else f"{window.start:%H:%M}-{window.end:%H:%M}"

    @field_validator("permissions")
    @classmethod
    def _permissions(cls, v: list[str]) -> list[str]:
        names = [p.strip().lower() for p in v]
        bad = [p for p in names if p not in PERMISSIONS]
        if bad:
            raise ValueError(SettingsWords.tr("%1 is not one of %2").arg(", ".join(repr(b) for b in bad),
                                                                        ", ".join(PERMISSIONS)))
        return names

    @field_validator("technician_keys")
    @classmethod
    def _keys(cls, v: str) -> str:
        parts = [p.strip() for p in v.split("+")]
        mods = {"ctrl", "alt", "shift", "meta"}
        if len(parts) < 2 or not all(p.lower() in mods for p in parts[:-1]) or not parts[-1] \
                or parts[-1].lower() in mods:
            raise ValueError(SettingsWords.tr('must be modifiers and one key, like "Ctrl+Alt+Shift+T"'))
        key = TECHNICIAN_KEY_NAMES.get(parts[-1].lower())
        if key is None:
            raise ValueError(SettingsWords.tr("%1 is not a key name the kiosk knows: use a letter, a digit, F1-F35 or "
                                              "one of %2").arg(repr(parts[-1]), ", ".join(_NAMED_KEYS)))
        if not {p.lower() for p in parts[:-1]} & {"ctrl", "alt", "meta"}:
            raise ValueError(SettingsWords.tr("needs Ctrl, Alt or Meta (Shift alone would take a letter from the "
                                              "webshop)"))
        return "+".join([*(p.capitalize() for p in parts[:-1]), key])

    @field_validator("technician_pin")
    @classmethod
    def _pin_hash(cls, v: SecretStr | None) -> SecretStr | None:
        if v is None or not v.get_secret_value().strip():
            return None
        from kiosk.pin import is_pin_hash

        if not is_pin_hash(v.get_secret_value()):
            raise ValueError(SettingsWords.tr("is not a PIN hash; write it with `kiosk set-pin`, never the PIN itself"))
        return v

    @field_validator("onscreen_keyboard")
    @classmethod
    def _onscreen_keyboard(cls, v: str) -> str:
        v = v.strip().lower()
        if v not in ("auto", "on", "off"):
            raise ValueError(SettingsWords.tr("must be auto, on or off"))
        return v

    @field_validator("keyboard_layouts")
    @classmethod
    def _keyboard_layouts(cls, v: list[str]) -> list[str]:
        from kiosk.layouts import LAYOUTS

        codes = [c.strip() for c in v]
        bad = [c for c in codes if c not in LAYOUTS]
        if bad:
            raise ValueError(SettingsWords.tr("%1 is not a keyboard layout; use %2").arg(
                ", ".join(repr(b) for b in bad), ", ".join(LAYOUTS)))
        if len(set(codes)) != len(codes):
            raise ValueError(SettingsWords.tr("names a layout twice"))
        return codes

    @field_validator("metrics_listen")
    @classmethod
    def _metrics_listen(cls, v: str, info: ValidationInfo) -> str:
        v = v.strip()
        if v:
            from kiosk.monitoring.lan import parse_listen

            parse_listen(v)
            if not info.data.get("health_port"):
                raise ValueError("serves the kiosk's /metrics on the LAN, so KIOSK_HEALTH_PORT (the loopback "
                                 "monitoring it comes from) must be set too, e.g. 9100")
        return v

    @field_validator("metrics_allow")
    @classmethod
    def _metrics_allow(cls, v: list[str]) -> list[str]:
        if v == list(LOOPBACK_NETWORKS):  # the default: nothing to check (and the LAN server's module not imported)
            return v
        from kiosk.monitoring.lan import parse_networks

        return [str(n) for n in parse_networks(v)]

    @field_validator("language")
    @classmethod
    def _language(cls, v: str) -> str:
        from kiosk.languages import LANGUAGES, match

        if not v.strip():
            return ""
        code = match(v)
        if code is None:
            raise ValueError(SettingsWords.tr("%1 is not a language the kiosk speaks; use one of %2, or leave it empty "
                                              "for the system's").arg(repr(v.strip()),
                                                                      ", ".join(c.replace("_", "-") for c in LANGUAGES)))
        return code

    @field_validator("log_level")
    @classmethod
    def _level(cls, v: str) -> str:
        v = v.strip().upper()
        if v not in _LOG_LEVELS:
            raise ValueError(SettingsWords.tr("must be one of %1").arg(", ".join(_LOG_LEVELS)))
        return v

    @field_validator("print_margins_mm")
    @classmethod
    def _margins(cls, v: float, info: ValidationInfo) -> float:
        width = info.data.get("paper_width_mm")
        if width is not None and width - 2 * v < 20:
            raise ValueError(SettingsWords.tr("leaves less than 20 mm to print on paper %1 mm wide; use at most %2 "
                                              "mm").arg(f"{width:g}", f"{max(0.0, (width - 20) / 2):g}"))
        return v

    @field_validator("printer")
    @classmethod
    def _printer(cls, v: str) -> str:
        v = v.strip()
        if v.startswith("-"):
            raise ValueError(SettingsWords.tr("%1 cannot be a printer name (it starts with '-')").arg(repr(v)))
        if len(v) > 127 or any(ord(c) < 32 for c in v):
            raise ValueError(SettingsWords.tr("must be a printer name of at most 127 characters, empty for the system "
                                              "default, or off"))
        if os.name != "nt" and any(c in v for c in " /#\\"):
            raise ValueError(SettingsWords.tr("%1 cannot be a CUPS queue name (no spaces, '/', '#' or '\\'); list "
                                              "the queues with lpstat -p").arg(repr(v)))
        return "off" if v.lower() == "off" else v

    def hash_input_ready(self) -> bool:
        return self.partner_id is not None and self.secret_key is not None


def _check_url(v: str, not_a_url: Text) -> str:
    v = v.strip()
    parts = urlsplit(v)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(not_a_url)
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError(SettingsWords.tr("must use https (plain http is accepted only for a loopback sandbox)"))
    return v


_SECRET_FIELDS = {"secret_key", "technician_pin"}
# The JSON-list hint, by setting.
_LIST_EXAMPLES = {"keyboard_layouts": '["en_GB", "lt_LT"]', "frame_hosts": '["pay.example.com"]',
                  "metrics_allow": '["10.20.0.0/16"]'}


@dataclass(frozen=True)
class ConfigSource:
    """Where the settings come from: made once at start by the command line and passed to whoever reads them.

    ``path`` is the TOML file (``--config``, else the platform's default place); ``explicit``: it was
    given with ``--config``, so it must exist. ``environ`` holds the process's ``KIOSK_*`` variables as
    they were at start, the secrets included after :func:`take_secrets_from_environ` has taken them out
    of ``os.environ``. The file is parsed again each time it is read: the setup screen writes it.
    """

    path: Path
    explicit: bool = False
    environ: Mapping[str, str] = field(default_factory=dict, repr=False)  # secrets: never in a repr

    @classmethod
    def of_process(cls, config_file: str | os.PathLike[str] | None = None,
                   environ: Mapping[str, str] | None = None) -> ConfigSource:
        """The configuration of this process: ``config_file`` (None: the default place) and its ``KIOSK_*`` variables."""
        env = os.environ if environ is None else environ
        path = Path(config_file) if config_file is not None else default_config_file()
        return cls(path, config_file is not None,
                   MappingProxyType({k: v for k, v in env.items() if k.upper().startswith(ENV_PREFIX)}))

    def overriding(self, **values: str) -> ConfigSource:
        """The same source with these settings set as if by their ``KIOSK_*`` variables (a flag such as ``--printer``)."""
        return replace(self, environ=MappingProxyType({**self.environ, **{env_name(k): v for k, v in values.items()}}))

    # ---- the file --------------------------------------------------------------------------------
    def read_file(self) -> dict[str, Any]:
        """The file's values ({} when the default file is missing); ConfigError when it cannot be used."""
        if not self.path.is_file():
            if self.explicit:
                raise ConfigError([Problem(None, SettingsWords.tr("the config file %1 does not exist (given with "
                                                                  "--config)").arg(str(self.path)))])
            return {}
        try:
            return tomllib.loads(self.path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise ConfigError([Problem(None, SettingsWords.tr("%1 is not valid TOML: %2").arg(str(self.path), str(e)))]) \
                from None
        except (OSError, UnicodeDecodeError) as e:
            why = getattr(e, "strerror", None) or e
            raise ConfigError([Problem(None, SettingsWords.tr("%1 cannot be read: %2: %3").arg(
                str(self.path), e.__class__.__name__, str(why)))]) from None

    def file_values(self) -> dict[str, Any]:
        """The file's values, or {} when it is missing or cannot be used (a form then starts from the defaults)."""
        try:
            return self.read_file()
        except ConfigError:
            return {}

    # ---- the environment ---------------------------------------------------------------------------
    def env_value(self, setting: str) -> str | None:
        """The raw ``KIOSK_*`` value of a setting, or None when the environment does not set it."""
        name = env_name(setting)
        return next((v for k, v in self.environ.items() if k.upper() == name), None)

    def in_environment(self, setting: str) -> bool:
        return self.env_value(setting) is not None

    def env_settings(self) -> list[str]:
        """The settings the environment sets (names of fields, sorted)."""
        return sorted(k.upper().removeprefix(ENV_PREFIX).lower() for k in self.environ
                      if k.upper().removeprefix(ENV_PREFIX).lower() in Settings.model_fields)

    def origin(self, setting: str, *, in_file: bool) -> Text:
        """Where a setting's value came from, in words (the environment wins over the file)."""
        name = env_name(setting)
        if self.in_environment(setting):
            return SettingsWords.tr("from environment variable %1").arg(name)
        if in_file:
            return SettingsWords.tr("from %1, key '%2'").arg(str(self.path), setting)
        return SettingsWords.tr("not set: set environment variable %1 or key '%2' in %3").arg(name, setting, str(self.path))

    # ---- the settings ------------------------------------------------------------------------------
    def load(self, *, require: tuple[str, ...] = ()) -> Settings:
        """The settings, or ConfigError listing every problem. ``require``: fields this face cannot run without."""
        settings, problems = self.check(require=require)
        if settings is None:
            raise ConfigError(problems)
        return settings

    def check(self, values: Mapping[str, Any] | None = None, *,
              require: tuple[str, ...] = ()) -> tuple[Settings | None, list[Problem]]:
        """The settings with ``values`` written over the file's (None removes a key) and the environment still
        winning, as the kiosk would read them after saving those values; or None and every problem."""
        try:
            data = {} if values is not None and not self.path.exists() else self.read_file()  # saving creates it
        except ConfigError as e:
            return None, e.problems
        data = {k: v for k, v in {**data, **(values or {})}.items() if v is not None}
        problems: list[Problem] = []
        settings: Settings | None = None
        try:
            settings = Settings(**{**data, **self._env_values()})
        except ValidationError as e:
            problems = [self._problem(err, data) for err in e.errors(include_url=False)]
        failed = {p.setting for p in problems}
        if settings is not None and settings.broker:  # broker mode: the broker holds the identity and the secret
            require = tuple(f for f in require if f not in IDENTITY_FIELDS)
            if settings.secret_key is not None:
                problems.append(Problem("secret_key", f"must not be set in broker mode ({env_name('broker')} is set): "
                                        "the broker holds the partner secret. Move it there with "
                                        "`sudo kiosk broker import`, or remove it",
                                        self.origin("secret_key", in_file="secret_key" in data)))
        for name in require:
            unset = getattr(settings, name) is None if settings is not None else not (
                name in data or self.in_environment(name))
            if unset and name not in failed:
                problems.append(Problem(name, SettingsWords.tr("is required"), self.origin(name, in_file=name in data)))
        return (settings if not problems else None), problems

    def usable(self) -> Settings:
        """The settings as far as they can be read, for what must run on a broken configuration (the doctor's other
        checks, the not-set-up screen): a setting with a problem takes its default, a file that cannot be read counts
        as empty. Never raises."""
        data, env = self.file_values(), self._env_values()
        while True:
            try:
                return Settings(**{**data, **env})
            except ValidationError as e:
                bad = {str(err["loc"][0]) for err in e.errors(include_url=False) if err["loc"]}
                if not bad & (data.keys() | env.keys()):
                    return Settings()
                data = {k: v for k, v in data.items() if k not in bad}
                env = {k: v for k, v in env.items() if k not in bad}

    def _env_values(self) -> dict[str, Any]:
        values: dict[str, Any] = _LenientEnvSource(Settings, self.environ)()
        return values

    def _problem(self, err: Mapping[str, Any], data: Mapping[str, Any]) -> Problem:
        name = str(err["loc"][0]) if err["loc"] else "?"
        if err["type"] == "extra_forbidden":
            return Problem(None, SettingsWords.tr("'%1' in %2 is not a setting the kiosk knows (check the spelling; keys "
                                                  "are lower case)").arg(name, str(self.path)))
        message = _message(err)
        if err["type"] == "list_type":
            example = _LIST_EXAMPLES.get(name, '["webshop.betgames.tv"]')
            message = SettingsWords.tr("%1 (a JSON list, e.g. %2)").arg(message, example)
        value = None
        if name not in _SECRET_FIELDS and "input" in err and err["type"] != "missing":
            value = repr(err["input"])
        return Problem(name, message, self.origin(name, in_file=name in data), value)


def load_settings(config_file: str | os.PathLike[str] | None = None, *,
                  require: tuple[str, ...] = ()) -> Settings:
    """A one-off read of this process's configuration (``config_file`` None: the default place, where the file is
    optional). What runs for long is passed the command line's :class:`ConfigSource` instead."""
    return ConfigSource.of_process(config_file).load(require=require)


def take_secrets_from_environ(environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Remove the kiosk's secrets (``KIOSK_SECRET_KEY``, ``KIOSK_TECHNICIAN_PIN``) from the environment
    once the settings hold them, so the web engine's processes never inherit them; returns what was removed
    (a restart passes it on to the new process). A :class:`ConfigSource` made before still has them."""
    environ = os.environ if environ is None else environ
    names = {env_name(f) for f in _SECRET_FIELDS}
    return {k: environ.pop(k) for k in list(environ) if k.upper() in names}


def explicit_settings(**values: Any) -> Settings:
    """Settings from the given values only (the tests, the benchmarks): no file, no environment."""
    return Settings(**values)
