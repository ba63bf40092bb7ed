"""The sandbox's heavy webshop and field-test controls, over real loopback HTTP."""

from __future__ import annotations

import re
import threading

import httpx
import pytest

from kiosk.autologin.webshop import WebshopClient
from kiosk.sandbox import Sandbox
from kiosk.sandbox.assets import PREFIX, STALLED, HeavyPage
from tests.helpers import sandbox_settings


def logged_in(sb: Sandbox, tmp_path) -> httpx.Client:
    link = WebshopClient(sandbox_settings(sb, tmp_path)).request_link()
    client = httpx.Client(follow_redirects=True, timeout=5)
    assert client.get(link.url).url.path == "/webshop/"
    return client


def test_the_heavy_page_weighs_what_a_real_webshop_does(tmp_path):
    page = HeavyPage()
    with Sandbox(heavy=page) as sb:
        http = logged_in(sb, tmp_path)
        html = http.get(sb.webshop_url).text
        refs = re.findall(r'(?:href|src)="(/sandbox/assets/[^"]+)"', html)
        assert len(refs) == page.subresources == 61 and STALLED in refs
        sizes = [len(http.get(sb.base_url + r).content) for r in refs if r != STALLED]
        assert sum(sizes) == page.total_bytes > 3_000_000
        image = http.get(sb.base_url + PREFIX + "image-7.png")
        assert image.headers["content-type"] == "image/png" and image.content.startswith(b"\x89PNG\r\n\x1a\n")
        assert http.get(sb.base_url + PREFIX + "nothing.png").status_code == 404


def test_the_stalled_asset_is_held_open_until_the_sandbox_stops():
    sb = Sandbox(heavy=HeavyPage()).start()
    outcome = []

    def fetch():
        try:
            httpx.get(sb.base_url + STALLED, timeout=30)
            outcome.append("answered")
        except httpx.HTTPError as e:
            outcome.append(type(e).__name__)

    t = threading.Thread(target=fetch)
    t.start()
    t.join(1.5)
    assert t.is_alive() and sb.counters["stalled_requests"] == 1  # no answer yet, and none coming
    sb.stop()
    t.join(10)
    assert outcome and outcome != ["answered"]


def test_a_redeemed_link_can_be_sent_through_another_address(tmp_path):
    with Sandbox() as sb:
        sb.link_redirect = "http://127.0.0.2:9/webshop/"
        link = WebshopClient(sandbox_settings(sb, tmp_path)).request_link()
        r = httpx.get(link.url)
        assert r.status_code == 302 and r.headers["location"] == "http://127.0.0.2:9/webshop/"
        assert "webshop_session=" in r.headers["set-cookie"]


@pytest.mark.parametrize("path", ["/sandbox/field", "/sandbox/frame"])
def test_the_field_test_pages_are_served(path):
    with Sandbox() as sb:
        r = httpx.get(sb.base_url + path)
        assert r.status_code == 200 and "<!doctype html>" in r.text
