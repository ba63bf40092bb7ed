"""The autologin client against the real sandbox over loopback HTTP."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from kiosk.autologin.webshop import (
    AutologinRejected,
    LinkRefused,
    WebshopClient,
    WebshopUnavailable,
    autologin_hash,
)
from kiosk.sandbox import Sandbox
from tests.helpers import sandbox_settings


def test_hash_vector():
    # sha256("secret" . "12345"), as PHP's hash('sha256', $secret_key . $partner_id) gives it
    assert autologin_hash("secret", 12345) == hashlib.sha256(b"secret12345").hexdigest()
    assert autologin_hash("secret", 12345) == "192b2f53d37513ade498ee7cf3177e0fc21f258dabff3e9d86d548b6385693a1"


@pytest.fixture
def sb():
    with Sandbox() as sandbox:
        yield sandbox


def test_success_gives_a_link_and_stable_ids(sb, tmp_path):
    client = WebshopClient(sandbox_settings(sb, tmp_path))
    first = client.request_link()
    second = client.request_link()
    assert first.url.startswith(sb.base_url + "/webshop/integrations/")
    assert len(first.url.rsplit("/", 1)[1]) == 64
    assert first.url != second.url  # one-time tokens
    assert (first.shop_id, first.pos_id, first.user_id) == (second.shop_id, second.pos_id, second.user_id)
    assert "token" not in repr(first) and first.url not in repr(first)


def test_the_link_logs_in(sb, tmp_path):
    link = WebshopClient(sandbox_settings(sb, tmp_path)).request_link()
    with httpx.Client() as http:
        r = http.get(link.url)
        assert r.status_code == 302 and r.headers["location"].endswith("/webshop/")


def test_incorrect_hash_is_rejected_with_an_actionable_sentence(sb, tmp_path):
    client = WebshopClient(sandbox_settings(sb, tmp_path, secret_key="not-the-secret"))
    with pytest.raises(AutologinRejected) as e:
        client.request_link()
    msg = str(e.value)
    assert "Incorrect hash" in msg and "secret key" in msg
    assert "not-the-secret" not in msg and autologin_hash("not-the-secret", sb.partner_id) not in msg
    assert not e.value.transient


@pytest.mark.parametrize("mode, words", [("500", "HTTP 500"), ("html", "not answer with JSON"),
                                          ("garbage", "not answer with JSON"),
                                          ("missing_fields", "without a login link")])
def test_upstream_trouble_is_transient(sb, tmp_path, mode, words):
    sb.set_auth_failure(mode)
    with pytest.raises(WebshopUnavailable) as e:
        WebshopClient(sandbox_settings(sb, tmp_path)).request_link()
    assert words in str(e.value) and e.value.transient


def test_timeout_is_transient(sb, tmp_path):
    sb.set_auth_failure("hang")
    client = WebshopClient(sandbox_settings(sb, tmp_path), timeout=httpx.Timeout(0.5))
    with pytest.raises(WebshopUnavailable, match="did not answer in time"):
        client.request_link()


def test_nothing_listening_is_transient(tmp_path):
    with Sandbox() as sb:
        settings = sandbox_settings(sb, tmp_path)
    with pytest.raises(WebshopUnavailable, match="cannot be reached"):
        WebshopClient(settings).request_link()


def test_a_foreign_link_is_refused(sb, tmp_path):
    sb.set_auth_failure("foreign_url")
    with pytest.raises(LinkRefused) as e:
        WebshopClient(sandbox_settings(sb, tmp_path)).request_link()
    assert "evil.example" in str(e.value) and not e.value.transient
