"""What each request to the broker gets: the broker's brain, without sockets or Qt.

:meth:`BrokerService.handle` takes a decoded request and the caller's role and returns the answer
to send; it never raises. Link and test requests reach the API through the kiosk's own webshop
client (kiosk.autologin.webshop), within the broker's manners (kiosk.broker.manners). No answer
ever carries the secret key, the hash or the PIN's hash: every answer is checked before it goes.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import logging
import os
import threading
from collections.abc import Callable, Mapping
from typing import Any, Protocol
from urllib.parse import urlsplit

from kiosk import __version__, redact
from kiosk.autologin.webshop import (
    AnswerTooLarge,
    AnswerTooSlow,
    AutologinLink,
    AutologinRejected,
    LinkRefused,
    WebshopError,
    autologin_hash,
)
from kiosk.broker.identity import Identity, IdentityError, merged, parse_identity
from kiosk.broker.manners import Manners
from kiosk.broker.protocol import BadRequest, Kind, Op, Request, failure, ok, parse_request
from kiosk.broker.store import IdentityStore
from kiosk.clock import Clock, say_duration
from kiosk.pin import TechnicianDoor
from kiosk.settings import Settings

log = logging.getLogger(__name__)

PROOF_LABEL = b"betshop-kiosk-broker proof:"
NO_IDENTITY = ("The kiosk's broker holds no identity for this terminal yet; a technician sets it up with "
               "`sudo kiosk setup`, the setup screen, or `sudo kiosk broker import`.")


class Role(enum.Enum):
    KIOSK = "kiosk"   # the kiosk's desktop user
    ADMIN = "admin"   # root (Windows: SYSTEM or an administrator)


class LinkClient(Protocol):
    def request_link(self) -> AutologinLink: ...

    def close(self) -> None: ...


def _webshop_client(settings: Settings) -> LinkClient:
    from kiosk.autologin.webshop import WebshopClient

    return WebshopClient(settings)


def kind_of(error: WebshopError) -> Kind:
    if isinstance(error, LinkRefused):
        return Kind.REFUSED
    if isinstance(error, AutologinRejected) or not error.transient:
        return Kind.REJECTED
    if isinstance(error, AnswerTooSlow):
        return Kind.TOO_SLOW
    if isinstance(error, AnswerTooLarge):
        return Kind.TOO_LARGE
    return Kind.THROTTLED if error.retry_after is not None else Kind.UNAVAILABLE


def proof(secret_key: str, challenge: str) -> str:
    """Shows a holder of the secret that the broker holds the same one, without saying it or the hash."""
    return hmac.new(secret_key.encode("utf-8"), PROOF_LABEL + challenge.encode("ascii"), hashlib.sha256).hexdigest()


class BrokerService:
    def __init__(self, store: IdentityStore, clock: Clock, *, manners: Manners | None = None,
                 client_factory: Callable[[Settings], LinkClient] = _webshop_client):
        self._store = store
        self._clock = clock
        self._manners = manners or Manners(clock)
        self._client_factory = client_factory
        self._lock = threading.Lock()
        self._client: LinkClient | None = None
        self._busy_message: str | None = None  # the upstream's last "try again in N s", while it holds
        self._withheld: set[str] = set()       # every secret, hash and PIN hash this process has held
        self._identity: Identity | None = None
        self._door = TechnicianDoor(None, clock)
        self._adopt(store.load())

    @property
    def identity(self) -> Identity | None:
        return self._identity

    def handle(self, message: Mapping[str, Any], role: Role) -> dict[str, Any]:
        try:
            request = parse_request(message)
        except BadRequest as e:
            log.warning("refused a request (%s user): %s", role.value, e)
            return failure(e.kind, str(e))
        try:
            answer = self._dispatch(request, role)
        except Exception as e:  # the broker keeps serving; the kiosk retries as after any transient failure
            log.error("the broker failed on a %s request (%s)", request.op.value, e.__class__.__name__,
                      exc_info=(type(e), e, e.__traceback__))
            answer = failure(Kind.BROKER, "The kiosk's broker failed unexpectedly (its log says why); "
                                          "it will be tried again.")
        return self._checked(answer)

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    # ---- requests ---------------------------------------------------------------------------------
    def _dispatch(self, request: Request, role: Role) -> dict[str, Any]:
        if request.op in (Op.LINK, Op.TEST):
            return self._link(request.op)
        if request.op is Op.STATUS:
            return self._status(request.challenge)
        return self._set_identity(request, role)

    def _link(self, op: Op) -> dict[str, Any]:
        identity = self._identity
        if identity is None:
            return failure(Kind.NO_IDENTITY, NO_IDENTITY, transient=False)
        wait = self._manners.ask()
        if wait > 0:
            busy = self._busy_message
            message = busy or (f"The kiosk asked for login links faster than the broker asks the API (once every "
                               f"{self._manners.interval:g} s, {self._manners.burst} at most in a row); it may ask "
                               f"again in {say_duration(wait)}.")
            return failure(Kind.THROTTLED, message, retry_after=round(wait, 3))
        client = self._client_for(identity)
        try:
            link = client.request_link()
        except WebshopError as e:
            if e.retry_after is not None:
                self._manners.honour(e.retry_after)
                self._busy_message = str(e)
            log.warning("autologin request failed: %s", e)
            return failure(kind_of(e), str(e), transient=e.transient, unreachable=e.unreachable,
                           retry_after=e.retry_after)
        self._busy_message = None
        if op is Op.TEST:
            return ok(test={"host": urlsplit(link.url).hostname, "shop_id": link.shop_id, "pos_id": link.pos_id,
                            "user_id": link.user_id, "latency": round(link.latency, 4)})
        return ok(link={"url": link.url, "shop_id": link.shop_id, "pos_id": link.pos_id, "user_id": link.user_id,
                        "latency": round(link.latency, 4)})

    def _status(self, challenge: str | None) -> dict[str, Any]:
        identity = self._identity
        status: dict[str, Any] = {"version": __version__, "has_identity": identity is not None,
                                  "identity": identity.public() if identity is not None else None,
                                  "source": self._store.where, "problems": list(self._store.problems)}
        if challenge is not None and identity is not None:
            status["proof"] = proof(identity.secret_key, challenge)
        return ok(status=status)

    def _set_identity(self, request: Request, role: Role) -> dict[str, Any]:
        current = self._identity
        if role is Role.KIOSK and current is not None:
            refusal = self._check_pin(current, request.pin)
            if refusal is not None:
                return refusal
        assert request.identity is not None
        try:
            identity = parse_identity(merged(current, request.identity), "the identity handed over")
        except IdentityError as e:
            return failure(Kind.INVALID, f"The identity handed over has {len(e.problems)} problem(s): "
                                         + "; ".join(e.problems.values()), transient=False, fields=e.problems)
        try:
            self._store.save(identity)
        except OSError as e:
            log.error("the identity cannot be saved in %s: %s", self._store.sources.state_dir, e.strerror)
            return failure(Kind.BROKER, f"The broker cannot save the identity ({e.strerror or e.__class__.__name__}); "
                                        f"check its folder {self._store.sources.state_dir}.")
        self._adopt(identity)
        log.info("identity handed over by the %s user: partner %s, shop %r, POS %r, user %r", role.value,
                 identity.partner_id, identity.shop_name, identity.pos_name, identity.user_name)
        return ok(stored=identity.public())

    def _check_pin(self, current: Identity, pin: str | None) -> dict[str, Any] | None:
        if current.technician_pin is None:
            return failure(Kind.NOT_ALLOWED, "The broker already holds an identity and has no technician PIN to check, "
                                             "so it can only be changed as root: `sudo kiosk setup` or "
                                             "`sudo kiosk broker import`.", transient=False)
        if pin is None:
            return failure(Kind.NOT_ALLOWED, "The broker already holds an identity: changing it needs the technician "
                                             "PIN.", transient=False)
        answer = self._door.try_pin(pin)
        if not answer.opened:
            log.warning("a wrong technician PIN was handed to the broker")
            return failure(Kind.WRONG_PIN, answer.message, transient=False,
                           retry_after=round(answer.locked_for, 1) if answer.locked_for else None)
        return None

    # ---- the identity in use ----------------------------------------------------------------------
    def _adopt(self, identity: Identity | None) -> None:
        with self._lock:
            old, self._client = self._client, None
            self._identity = identity
            self._busy_message = None
            if identity is not None:
                hashed = autologin_hash(identity.secret_key, identity.partner_id)
                self._withheld |= {identity.secret_key, hashed}
                if identity.technician_pin:
                    self._withheld.add(identity.technician_pin)
                redact.register(identity.secret_key, hashed, pin=True)
            self._door = TechnicianDoor(identity.technician_pin if identity else None, self._clock,
                                        state_file=self._store.door_file)
        if old is not None:
            old.close()
        if identity is not None:
            self._client_for(identity)  # ready before the first request: the kiosk's start-up waits on it
            log.info("identity from %s: partner %s, shop %r, POS %r, user %r", self._store.where, identity.partner_id,
                     identity.shop_name, identity.pos_name, identity.user_name)
        else:
            log.warning("no identity yet (%s); waiting for a technician to hand one over",
                        "; ".join(self._store.problems) or "none was set up")

    def _client_for(self, identity: Identity) -> LinkClient:
        with self._lock:
            if self._client is None or self._identity is not identity:
                if identity.proxy:  # the webshop client takes the proxy from the environment, as every httpx client
                    os.environ["HTTPS_PROXY"] = os.environ["HTTP_PROXY"] = identity.proxy
                self._client = self._client_factory(identity.settings())
            return self._client

    def _checked(self, answer: dict[str, Any]) -> dict[str, Any]:
        """The last guard: an answer holding a secret, the hash or the PIN's hash never leaves."""
        text = json.dumps(answer, ensure_ascii=False)
        if any(s and s in text for s in self._withheld):
            log.error("an answer held a secret and was withheld (a bug, or an upstream echoing it)")
            return failure(Kind.BROKER, "The broker withheld an answer that held a secret; its log says more. "
                                        "It will be tried again.")
        return answer
