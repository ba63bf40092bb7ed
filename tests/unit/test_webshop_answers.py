"""What the autologin service's answers mean, without a socket: kiosk.autologin.webshop's pure layer.

The same cases also run over loopback HTTP against the sandbox (test_webshop.py, test_fleet_manners.py);
here each answer is written out, so every status, header and body the client must understand is pinned down.
"""

from __future__ import annotations

import email.utils
import json

import httpx
import pytest

from kiosk.autologin.webshop import (
    MAX_SERVER_MESSAGE,
    Answer,
    AnswerTooLarge,
    AnswerTooSlow,
    AutologinRejected,
    CapExceeded,
    LinkRefused,
    WebshopUnavailable,
    interpret_answer,
    transport_error,
)
from kiosk.settings import explicit_settings

NOW = 1_800_000_000.0  # the wall clock an HTTP-date Retry-After is measured from
SETTINGS = explicit_settings(partner_id=6280, secret_key="s", shop_name="Shop", pos_name="POS", user_name="User",
                             allowed_hosts=["webshop.betgames.tv"])
TOKEN = "a" * 64
LINK = f"https://webshop.betgames.tv/webshop/integrations/auth/login/6280/{TOKEN}"
API = "api.betgames.tv"


def answer(status: int = 200, body: object = None, **headers: str) -> Answer:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return Answer(status, {k.replace("_", "-"): v for k, v in headers.items()}, raw)


def read(a: Answer):
    return interpret_answer(a, SETTINGS, latency=0.25, now=NOW)


def ok_body(**data: object) -> dict:
    return {"data": {"url": LINK, "shop_id": 11, "pos_id": "12", "user_id": 13, **data}}


def test_a_documented_answer_is_a_link():
    link = read(answer(200, ok_body()))
    assert (link.url, link.shop_id, link.pos_id, link.user_id, link.latency) == (LINK, 11, 12, 13, 0.25)
    assert TOKEN not in repr(link)


def test_http_400_is_a_rejection_in_the_webshops_words_cut_to_a_screen():
    e = pytest.raises(AutologinRejected, read, answer(400, {"error": {"message": "Incorrect hash"}})).value
    assert str(e) == ("The webshop rejected the autologin request: Incorrect hash. Check the partner id and secret "
                      "key, and the shop, POS and user names in the kiosk configuration.")
    assert not e.transient
    assert "HTTP 400" in str(pytest.raises(AutologinRejected, read, answer(400, b"<html>no</html>")).value)
    long = pytest.raises(AutologinRejected, read, answer(200, {"error": {"message": "x" * 2000}})).value
    assert "x" * (MAX_SERVER_MESSAGE - 1) + "…" in str(long) and "x" * MAX_SERVER_MESSAGE not in str(long)


@pytest.mark.parametrize(("a", "words"), [
    (answer(500, {"error": {"message": "boom"}}), f"The autologin service at {API} has a problem (HTTP 500)"),
    (answer(502, b"<html>Bad gateway</html>"), "has a problem (HTTP 502)"),
    (answer(503, b""), "has a problem (HTTP 503)"),
    (answer(503, b"", retry_after="soon"), "has a problem (HTTP 503)"),  # unreadable: the session's own backoff
    (answer(429, b""), f"The autologin service at {API} is busy (HTTP 429); it will be tried again."),
    (answer(200, b"<!doctype html><title>Wi-Fi login</title>"), "did not answer with JSON (a proxy or captive portal"),
    (answer(200, b"\x00\xff garbage"), "did not answer with JSON"),
    (answer(200, {"data": {"url": LINK, "shop_id": 1}}), "answered without a login link"),
    (answer(200, {"data": {"url": "", "shop_id": 1, "pos_id": 2, "user_id": 3}}), "answered without a login link"),
    (answer(200, {"data": ["not", "an", "object"]}), "answered without a login link"),
    (answer(302, b"", location="https://portal.example/"), "answered HTTP 302; check KIOSK_AUTH_URL and any proxy"),
])
def test_trouble_upstream_is_transient(a, words):
    e = pytest.raises(WebshopUnavailable, read, a).value
    assert words in str(e) and e.transient and e.retry_after is None and not e.unreachable


def test_retry_after_in_seconds_or_as_an_http_date():
    e = pytest.raises(WebshopUnavailable, read, answer(503, b"", retry_after="120")).value
    assert e.retry_after == 120 and str(e) == (f"The autologin service at {API} is busy (HTTP 503) and asked to be "
                                               "tried again in 2 minutes.")
    date = email.utils.formatdate(NOW + 90, usegmt=True)
    e = pytest.raises(WebshopUnavailable, read, answer(429, b"", **{"Retry-After": date})).value
    assert e.retry_after == 90 and "(HTTP 429) and asked to be tried again in" in str(e)
    past = email.utils.formatdate(NOW - 60, usegmt=True)
    assert pytest.raises(WebshopUnavailable, read, answer(503, b"", retry_after=past)).value.retry_after == 0


@pytest.mark.parametrize(("url", "words"), [
    (f"https://evil.example/webshop/integrations/auth/login/6280/{TOKEN}",
     "a login link to evil.example, which is not in KIOSK_ALLOWED_HOSTS (webshop.betgames.tv)"),
    (f"http://webshop.betgames.tv/webshop/integrations/auth/login/6280/{TOKEN}", "a login link that is not https (http://"),
    ("javascript:alert(1)", "not https (javascript://"),
])
def test_a_link_the_view_may_not_open_is_refused(url, words):
    e = pytest.raises(LinkRefused, read, answer(200, ok_body(url=url))).value
    assert words in str(e) and not e.transient and TOKEN not in str(e)


def test_no_whole_answer_in_words():
    def error(e: BaseException, expired: bool = False):
        return transport_error(e, API, deadline=20.0, expired=expired, max_answer=64 * 1024)

    big = error(CapExceeded())
    assert str(big) == (f"The autologin service at {API} sent an answer larger than 64 KiB (a proxy or captive "
                        "portal page?); check the shop's internet access.") and not big.unreachable
    assert isinstance(big, AnswerTooLarge)  # a kind of its own: the broker passes it on as "too large"
    trickle = error(httpx.ReadTimeout("deadline"), expired=True)
    assert f"took longer than {20} seconds to answer" in str(trickle) and not trickle.unreachable
    assert isinstance(trickle, AnswerTooSlow)
    assert "took longer than" in str(error(OSError(9, "Bad file descriptor"), expired=True))  # the cut socket
    slow = error(httpx.ReadTimeout("read"))
    assert "did not answer in time" in str(slow) and not slow.unreachable
    silent = error(httpx.ConnectTimeout("connect"))
    assert "did not answer in time" in str(silent) and silent.unreachable
    dns = error(httpx.ConnectError("[Errno -2] Name or service not known"))
    assert str(dns) == f"The address {API} cannot be found (DNS); check the shop's internet connection." and dns.unreachable
    tls = error(httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"))
    assert "certificate problem" in str(tls) and not tls.unreachable
    refused = error(httpx.ConnectError("[Errno 111] Connection refused"))
    assert "cannot be reached" in str(refused) and refused.unreachable
    other = error(httpx.RemoteProtocolError("peer closed connection"))
    assert str(other) == (f"The autologin request to {API} failed (RemoteProtocolError); check the shop's internet "
                          "connection and proxy.")
