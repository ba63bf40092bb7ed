"""The kiosk knows what its web engine plays: the probe after ready, /health, /metrics, Information, the log."""

from __future__ import annotations

import json
import logging

import httpx

from kiosk.autologin.session import State
from kiosk.monitoring.media import CODECS
from tests.helpers.fixtures import WAIT, health_of, run_js, wait_state


def engine_claims(qtbot, c) -> dict[str, bool]:
    """What the engine claims in the webshop page itself (MediaSource), independent of the probe's own page."""
    types = {codec: mime for codec, (mime, _clip, _kind) in CODECS.items()}
    answer = run_js(qtbot, c, f"JSON.stringify(Object.fromEntries(Object.entries({json.dumps(types)})"
                              ".map(([k, t]) => [k, MediaSource.isTypeSupported(t)])))")
    return json.loads(answer)


def test_after_ready_the_probe_publishes_what_plays_in_health_metrics_information_and_the_log(qtbot, sb, make_kiosk,
                                                                                                 caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    c = make_kiosk(sb)
    watch = c.add_media_probe(delay_ms=300)
    at_ready = []
    c.ready.connect(lambda: at_ready.append((watch.probe, health_of(c)["media"])))
    wait_state(qtbot, c, State.READY)
    qtbot.waitUntil(lambda: bool(at_ready), timeout=WAIT)
    assert at_ready[0] == (None, None)  # no probe page while the webshop starts: it runs after ready
    qtbot.waitUntil(lambda: c.session.stats.media is not None, timeout=WAIT)

    media = health_of(c)["media"]
    claims = engine_claims(qtbot, c)
    assert media == claims  # on this engine every claimed codec also decodes its clip
    assert media["vp9"] and media["opus"]  # every QtWebEngine build plays the free codecs

    metrics = httpx.get(f"http://127.0.0.1:{c.health.port}/metrics", timeout=5).text
    for codec, plays in media.items():
        assert f'kiosk_media_supported{{codec="{codec}"}} {1.0 if plays else 0.0}' in metrics

    overlay = c.shell.technician
    overlay._show_info()
    shown = {overlay.info_grid.itemAtPosition(r, 0).widget().text(): overlay.info_grid.itemAtPosition(r, 1).widget().text()
             for r in range(overlay.info_grid.rowCount()) if overlay.info_grid.itemAtPosition(r, 0)}
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "video:" in r.getMessage()]
    if media["h264"] and media["aac"]:
        assert shown["Video"].startswith("plays H.264, AAC") and not warnings
    else:  # the PyPI wheels: the live streams stay black, and everyone who looks is told so and what to do
        assert "cannot play H.264" in shown["Video"] and "stay black" in shown["Video"] and "betshop-kiosk-system" in shown["Video"]
        assert any("stay black" in w and "betshop-kiosk-system" in w for w in warnings), warnings
    assert any("video: the web engine" in r.getMessage() and "probed in" in r.getMessage() for r in caplog.records)
    assert c.page.url().host() == "127.0.0.1"  # the webshop page was never touched by the probe
    assert sb.counters["login_page_served"] == 0


def test_the_sandbox_webshop_live_tiles_show_what_plays(qtbot, sb, make_kiosk):
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.READY)
    tiles = "JSON.stringify(Array.from(document.querySelectorAll('figure.live')).map(f => [f.dataset.codecs, f.dataset.plays]))"
    qtbot.waitUntil(lambda: all(plays for _c, plays in json.loads(run_js(qtbot, c, tiles))), timeout=WAIT)
    shown = dict(json.loads(run_js(qtbot, c, tiles)))
    claims = engine_claims(qtbot, c)
    assert shown == {"H.264/AAC": "yes" if claims["h264"] and claims["aac"] else "no", "VP9/Opus": "yes"}
    if shown["H.264/AAC"] == "no":
        assert "cannot play H.264/AAC" in run_js(qtbot, c, "document.querySelector('figure.live .live-status').textContent")
