"""The redaction registry and URL cutting (Qt-free)."""

from __future__ import annotations

import logging

from kiosk import redact
from kiosk.autologin.session import Session
from tests.unit.test_session import Recorder


def test_urls_are_cut_to_scheme_host_and_path():
    cut = redact.redact_url
    assert cut("https://webshop.example/webshop/ticket?player=44700123456&ref=abc#frag") \
        == "https://webshop.example/webshop/ticket"
    assert cut("https://user:pw@webshop.example:8443/a/b?x=1") == "https://webshop.example:8443/a/b"
    assert cut("about:blank") == "about:blank"
    assert cut("data:text/html,<b>player 44700123456</b>") == "data:"
    assert cut("mailto:someone@example.com?subject=x") == "mailto:"
    assert cut("javascript:alert('x')") == "javascript:"
    # the link token in the path is still masked
    assert cut("https://w.example/webshop/integrations/login/6280/" + "Zz" * 20) \
        == "https://w.example/webshop/integrations/login/6280/" + redact.MASK


def test_urls_inside_free_text_lose_their_queries():
    line = "fetch failed: https://api.example/v1/bet?session=s3ss10n-val&amount=5 (status 500)"
    assert redact.redact_urls_in(line) == "fetch failed: https://api.example/v1/bet (status 500)"


def test_the_health_page_url_has_no_query(clock):
    s = Session(Recorder(), clock)
    s.start()
    s.on_url_changed("https://webshop.betgames.tv/webshop/?player=plain-player-id&x=1#ticket")
    assert s.snapshot()["page_url"] == "https://webshop.betgames.tv/webshop/"


def test_the_registry_is_bounded_and_keeps_pinned_secrets():
    redact.register("pinned-process-secret-value", pin=True)
    for i in range(redact.MAX_SECRETS * 3):
        redact.register(f"player-token-{i:06d}")
    assert redact.registered_count() <= redact.MAX_SECRETS + 16  # + the few pinned ones
    assert redact.is_registered("pinned-process-secret-value")
    assert not redact.is_registered("player-token-000000")  # the oldest went first
    assert redact.is_registered(f"player-token-{redact.MAX_SECRETS * 3 - 1:06d}")
    assert redact.redact("key pinned-process-secret-value") == f"key {redact.MASK}"


def test_a_pinned_secret_is_masked_in_log_records(caplog):
    redact.register("another-pinned-secret", pin=True)
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "got %s", ("another-pinned-secret",), None)
    redact.RedactingFilter().filter(record)
    assert record.getMessage() == f"got {redact.MASK}"
