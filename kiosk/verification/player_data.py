"""Client of the casino platform's player-data gateway (seed 004): verify a player's phone by SMS code.

Four endpoints under ``{gateway_url}/gateway/player-data/{version}/``, all authenticated
by the player's session token in the ``x-auth-token`` header:

================  ======  ==============================  =====================================
method            verb    path                            extra
================  ======  ==============================  =====================================
get_mobile_data   GET     ``{brand_id}``                  -
update_mobile...  PUT     ``send/code/{brand_id}`` (*)    body: brand, player, mobile number
send_code         POST    ``send/code/{brand_id}``        ``2fa-auth-token``; ``mobile_number``
validate_code     PUT     ``validate/code/{brand_id}``    ``2fa-auth-token``; ``sms_code``
================  ======  ==============================  =====================================

(*) as the platform documents it; see ``UPDATE_MOBILE_PATH``.

Every method returns a typed result or raises one of the :class:`PlayerDataError` family,
whose ``str()`` is a sentence a technician or player can act on:

- 400 (invalid brand id)           -> :class:`GatewayConfigError`
- 401 (invalid token)              -> :class:`SessionInvalid`
- 403 (Mobile verification required) -> :class:`VerificationRequired` (carries the 2FA token);
  for *update* this is the expected answer, so :meth:`PlayerDataClient.update_mobile_data`
  returns it as ``MobileUpdate(verification_required=True, ...)`` instead of raising.
- 422 (validation)                 -> :class:`Unprocessable` or one of its subclasses
  :class:`ResendTooSoon`, :class:`AttemptsExceeded`, :class:`TwoFaTokenUnknown`,
  :class:`AlreadyVerified`; anything else is a plain ``Unprocessable`` whose description
  is the gateway's own words (e.g. "Invalid code").
- 500, any other status, a body that is not JSON, no answer -> :class:`GatewayUnavailable`

Privacy: session tokens, 2FA tokens, phone numbers and SMS codes are registered with
:mod:`kiosk.redact` the moment the client sees them, are kept out of every ``repr`` and
message, and are never logged.
"""

from __future__ import annotations

import logging
import math
import re
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from kiosk import redact
from kiosk.httpclient import make_client

log = logging.getLogger(__name__)

GET_MOBILE_PATH = "{brand_id}"
# The platform's document gives *update* as PUT on the send-code path. Implemented as
# documented; if the platform corrects it, this line is the only change.
UPDATE_MOBILE_PATH = "send/code/{brand_id}"
SEND_CODE_PATH = "send/code/{brand_id}"
VALIDATE_CODE_PATH = "validate/code/{brand_id}"

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_RESEND_WAIT = 60  # seconds, when the gateway says "please wait" without a number
STATUS_COMMENT = "Verified at betshop kiosk"

# The 422 descriptions the seed documents, compared case-insensitively.
_WAIT_RE = re.compile(r"please wait before sending again(?:\s+in\s+(\d+)\s+seconds?)?", re.I)
_LOCKED_TEXT = "authentication attempts limit exceeded"
_TOKEN_UNKNOWN_TEXT = "auth token does not exist"
_ALREADY_VERIFIED_TEXT = "auth token is already verified"


# --------------------------------------------------------------------------- errors

class PlayerDataError(Exception):
    """Something the player-data gateway said or failed to say. ``str()`` is a sentence to act on."""

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(redact.redact(message))
        self.status = status

    @property
    def message(self) -> str:
        return str(self.args[0])


class GatewayConfigError(PlayerDataError):
    """400: the gateway refuses this kiosk's configuration (unknown brand id)."""


class SessionInvalid(PlayerDataError):
    """401: the player's session token is not (or no longer) valid; the player must log in again."""


class GatewayUnavailable(PlayerDataError):
    """500, an unexpected status, a body that is not JSON, or no answer at all."""


class VerificationRequired(PlayerDataError):
    """403 "Mobile verification required": verification must start with this 2FA token."""

    def __init__(self, message: str, *, two_fa_token: str | None, status: int | None = 403):
        super().__init__(message, status=status)
        self.two_fa_token = two_fa_token


class Unprocessable(PlayerDataError):
    """422: the gateway refused the request; ``description`` is its own words, fit to show."""

    def __init__(self, description: str, *, remaining_time: int | None = None,
                 two_fa_token: str | None = None, status: int | None = 422):
        super().__init__(description or "The request was refused.", status=status)
        self.description = self.message
        self.remaining_time = remaining_time
        self.two_fa_token = two_fa_token


class ResendTooSoon(Unprocessable):
    """422 "Please wait before sending again [in N seconds]"."""

    @property
    def wait_seconds(self) -> int:
        """From ``remaining_time``, else the number in the text, else 60."""
        if self.remaining_time is not None:
            return max(0, self.remaining_time)
        m = _WAIT_RE.search(self.description)
        if m and m.group(1):
            return int(m.group(1))
        return DEFAULT_RESEND_WAIT


class AttemptsExceeded(Unprocessable):
    """422 "Authentication attempts limit exceeded": the player is locked out of verification."""


class TwoFaTokenUnknown(Unprocessable):
    """422 "Auth token does not exist": the 2FA token expired or never existed; start over."""


class AlreadyVerified(Unprocessable):
    """422 "Auth Token is already verified": nothing left to do."""


# --------------------------------------------------------------------------- results

class Mobile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    number: str | None = Field(None, repr=False)
    verification_status: int | None = None
    status: str | None = None
    status_comment: str | None = Field(None, repr=False)

    @field_validator("verification_status", mode="before")
    @classmethod
    def _status_int(cls, v: Any) -> Any:
        if isinstance(v, str):
            v = v.strip()
            return int(v) if v.lstrip("-").isdigit() else None
        return v

    @property
    def verified(self) -> bool:
        return self.verification_status == 1

    @property
    def masked_number(self) -> str:
        return redact.mask_phone(self.number)


class PlayerMobileData(BaseModel):
    """GET answer: who the player is and their mobile number as the platform has it."""

    model_config = ConfigDict(extra="ignore")

    brand_id: int | None = None
    player_id: int
    is_2fa_required: bool = True
    mobile: Mobile | None = None

    @property
    def number(self) -> str | None:
        return self.mobile.number if self.mobile else None

    @property
    def verified(self) -> bool:
        return bool(self.mobile and self.mobile.number and self.mobile.verified)


class MobileUpdate(BaseModel):
    """UPDATE answer: 200 (saved, nothing to verify) or 403 (verify with ``two_fa_token``)."""

    verification_required: bool
    two_fa_token: SecretStr | None = None


class CodeSent(BaseModel):
    """SEND CODE 200: the SMS is on its way; the gateway may hand back a (new) 2FA token."""

    model_config = ConfigDict(extra="ignore")

    description: str = "Success"
    two_fa_token: SecretStr | None = Field(None, alias="2fa_auth_token")


class UpdatedFields(BaseModel):
    model_config = ConfigDict(extra="ignore")

    mobile_number: str | None = Field(None, repr=False)
    verification_status: str | None = None


class CodeValid(BaseModel):
    """VALIDATE 200: the code was right; the platform also logged the player in again."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    description: str = "Valid"
    two_fa_token: SecretStr | None = Field(None, alias="2fa_auth_token")
    updated_fields: UpdatedFields | None = None
    result: str | None = None
    token: SecretStr | None = None
    auth_token: SecretStr | None = None


# --------------------------------------------------------------------------- client

class PlayerDataClient:
    """Sync client of the four player-data endpoints; run it off the UI thread.

    One instance per process is fine (it keeps a connection pool); it holds no player
    state: every call is given the tokens it needs.
    """

    def __init__(self, gateway_url: str, version: str, brand_id: int, *,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT, transport: httpx.BaseTransport | None = None):
        self.base_url = f"{gateway_url.rstrip('/')}/gateway/player-data/{version}/"
        self.brand_id = brand_id
        self._http = make_client(timeout, headers={"accept": "application/json"}, transport=transport)

    @classmethod
    def from_settings(cls, settings: Any, **kwargs: Any) -> PlayerDataClient:
        if settings.gateway_url is None or settings.brand_id is None:
            raise GatewayConfigError("The player-data gateway is not configured: set KIOSK_GATEWAY_URL and KIOSK_BRAND_ID.")
        return cls(settings.gateway_url, settings.gateway_version, settings.brand_id, **kwargs)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PlayerDataClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PlayerDataClient({self.base_url!r}, brand_id={self.brand_id})"

    # -- the four endpoints

    def get_mobile_data(self, session_token: str) -> PlayerMobileData:
        body = self._request("GET", GET_MOBILE_PATH, "get mobile data", session_token)
        data = _data_of(body, "get mobile data")
        try:
            result = PlayerMobileData.model_validate(data)
        except ValidationError:
            raise _unexpected("get mobile data") from None
        redact.register(*_number_forms(result.number))
        return result

    def update_mobile_data(self, session_token: str, *, player_id: int, number: str,
                           is_2fa_required: bool = True, status_comment: str = STATUS_COMMENT) -> MobileUpdate:
        redact.register(*_number_forms(number))
        payload = {"brand_id": self.brand_id, "player_id": player_id, "is_2fa_required": is_2fa_required,
                   "mobile": {"number": number, "status_comment": status_comment}}
        try:
            self._request("PUT", UPDATE_MOBILE_PATH, "update mobile data", session_token, json=payload)
        except VerificationRequired as e:
            if e.two_fa_token is None:
                raise _unexpected("update mobile data", status=403) from None
            return MobileUpdate(verification_required=True, two_fa_token=e.two_fa_token)
        return MobileUpdate(verification_required=False)

    def send_code(self, session_token: str, two_fa_token: str, mobile_number: str) -> CodeSent:
        redact.register(two_fa_token, *_number_forms(mobile_number))
        body = self._request("POST", SEND_CODE_PATH, "send code", session_token,
                             two_fa_token=two_fa_token, json={"mobile_number": mobile_number})
        data = body.get("data")
        try:
            return CodeSent.model_validate(data if isinstance(data, dict) else {})
        except ValidationError:
            raise _unexpected("send code") from None

    def validate_code(self, session_token: str, two_fa_token: str, sms_code: str) -> CodeValid:
        redact.register(two_fa_token, sms_code)
        body = self._request("PUT", VALIDATE_CODE_PATH, "validate code", session_token,
                             two_fa_token=two_fa_token, json={"sms_code": sms_code})
        data = _data_of(body, "validate code")
        try:
            result = CodeValid.model_validate(data)
        except ValidationError:
            raise _unexpected("validate code") from None
        fields = result.updated_fields
        redact.register(*_number_forms(fields.mobile_number if fields else None))
        return result

    # -- plumbing

    def _request(self, method: str, path: str, what: str, session_token: str, *,
                 two_fa_token: str | None = None, json: dict[str, Any] | None = None) -> dict[str, Any]:
        redact.register(session_token, two_fa_token)
        headers = {"x-auth-token": session_token}
        if two_fa_token is not None:
            headers["2fa-auth-token"] = two_fa_token
        url = self.base_url + path.format(brand_id=self.brand_id)
        try:
            response = self._http.request(method, url, headers=headers, json=json)
        except httpx.TimeoutException:
            log.warning("player-data %s: no answer in time", what)
            raise GatewayUnavailable(
                f"The player-data gateway did not answer in time ({what}); check the network, or try again later.") from None
        except httpx.HTTPError as e:
            log.warning("player-data %s: %s", what, e.__class__.__name__)
            raise GatewayUnavailable(
                f"The player-data gateway cannot be reached ({what}: {e.__class__.__name__}); "
                "check the network and KIOSK_GATEWAY_URL.") from None
        log.info("player-data %s -> %s", what, response.status_code)
        return _interpret(response, what, self.brand_id)


def _interpret(response: httpx.Response, what: str, brand_id: int) -> dict[str, Any]:
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise GatewayUnavailable(
            f"The player-data gateway gave an unreadable answer (HTTP {status}, {what}); try again later.", status=status)
    _register_tokens(body)
    if status == 200:
        return body
    if status == 400:
        raise GatewayConfigError(
            f"The player-data gateway refused brand id {brand_id} ({_err_msg(body)}); "
            "check KIOSK_BRAND_ID and KIOSK_GATEWAY_VERSION.", status=status)
    if status == 401:
        raise SessionInvalid("The player's session is no longer valid; the player must log in again.", status=status)
    if status == 403:
        data = body.get("data")
        token = data.get("data") if isinstance(data, dict) else None
        message = str(body.get("userFriendlyMessage") or body.get("message") or "Mobile verification required")
        raise VerificationRequired(message, two_fa_token=token if isinstance(token, str) and token else None)
    if status == 422:
        raise _unprocessable(body)
    if status >= 500:
        raise GatewayUnavailable(
            f"The player-data gateway has an internal problem (HTTP {status}, {what}); try again later.", status=status)
    raise GatewayUnavailable(
        f"The player-data gateway answered with unexpected HTTP {status} ({what}); try again later.", status=status)


def _unprocessable(body: dict[str, Any]) -> Unprocessable:
    data = body.get("data")
    if not isinstance(data, dict):
        data = {}
    description = str(data.get("description") or body.get("message") or body.get("errMsg") or "").strip()
    token = data.get("2fa_auth_token")
    token = token if isinstance(token, str) and token else None
    remaining = data.get("remaining_time")
    try:
        remaining_time = None if remaining is None else max(0, math.ceil(float(remaining)))
    except (TypeError, ValueError):
        remaining_time = None
    lowered = description.lower()
    cls: type[Unprocessable] = Unprocessable
    if _WAIT_RE.search(description):
        cls = ResendTooSoon
    elif _LOCKED_TEXT in lowered:
        cls = AttemptsExceeded
    elif _TOKEN_UNKNOWN_TEXT in lowered:
        cls = TwoFaTokenUnknown
    elif _ALREADY_VERIFIED_TEXT in lowered:
        cls = AlreadyVerified
    return cls(description, remaining_time=remaining_time, two_fa_token=token)


def _data_of(body: dict[str, Any], what: str) -> dict[str, Any]:
    data = body.get("data")
    if not isinstance(data, dict):
        raise _unexpected(what)
    return data


def _unexpected(what: str, status: int = 200) -> GatewayUnavailable:
    return GatewayUnavailable(
        f"The player-data gateway answered in an unexpected shape ({what}); its API version may not match "
        "KIOSK_GATEWAY_VERSION.", status=status)


def _err_msg(body: dict[str, Any]) -> str:
    msg = body.get("errMsg") or body.get("message") or "no reason given"
    return str(msg)[:200]


_TOKEN_KEYS = {"2fa_auth_token", "token", "auth_token"}
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_.-]{16,}")  # the 403's bare ``data.data`` token, not a word


def _register_tokens(node: Any, key: str | None = None) -> None:
    """Register every token the gateway hands back, wherever it sits in the body."""
    if isinstance(node, dict):
        for k, v in node.items():
            _register_tokens(v, k)
    elif isinstance(node, list):
        for v in node:
            _register_tokens(v)
    elif isinstance(node, str) and (key in _TOKEN_KEYS or (key == "data" and _TOKEN_SHAPE.fullmatch(node))):
        redact.register(node)


def _number_forms(number: str | None) -> tuple[str, ...]:
    """The number as written and as bare digits, so either form is masked in logs."""
    if not number:
        return ()
    return number, re.sub(r"\D", "", number)
