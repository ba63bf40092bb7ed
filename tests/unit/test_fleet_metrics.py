"""/metrics for a fleet dashboard (over loopback HTTP), and the shipped Prometheus alert rules use only what it exports."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from kiosk import __version__
from kiosk.autologin.session import Session
from kiosk.autologin.webshop import AutologinRejected, WebshopUnavailable
from kiosk.clock import FakeClock
from kiosk.monitoring.health import HealthServer
from kiosk.updates.status import health_fields
from tests.unit.test_session import LINK, WEBSHOP, Recorder

RULES = Path(__file__).resolve().parents[2] / "installer" / "monitoring" / "kiosk-alerts.yml"
PROMETHEUS_OWN = {"up"}  # recorded by Prometheus for every scrape, not by the kiosk


def scrape(session: Session, clock: FakeClock, **sections: dict) -> dict:
    health = HealthServer(0, clock=clock).start()
    try:
        health.publish(session.snapshot())
        for name, section in sections.items():
            health.publish_section(name, section)
        for name, value in health_fields(__version__, None, None).items():  # what kiosk/updates/watch.py adds
            health.publish_section(name, value)
        text = httpx.get(f"http://127.0.0.1:{health.port}/metrics", timeout=5).text
    finally:
        health.stop()
    return {f.name: f for f in text_string_to_metric_families(text)}


def samples(families: dict, name: str) -> dict:
    return {tuple(sorted(s.labels.items())): s.value for f in families.values() for s in f.samples if s.name == name}


@pytest.fixture
def through_an_outage():
    """A session that was ready, met a 500, a 503 with Retry-After, and a rejection."""
    clock = FakeClock()
    s = Session(Recorder(), clock, rng=lambda: 1.0)
    s.start()
    s.on_link(LINK)
    s.on_page_loaded(WEBSHOP, True)
    s.on_load_failed("gone")
    clock.advance(30)
    s.wake()
    s.on_link_failed(WebshopUnavailable("HTTP 500"))
    clock.advance(60)
    s.wake()
    s.on_link_failed(WebshopUnavailable("busy", retry_after=120))
    clock.advance(200)
    s.wake()
    s.on_link_failed(AutologinRejected("Incorrect hash"))
    clock.advance(10)
    return s, clock


def test_metrics_say_how_requests_ended_the_backoff_and_how_long_since_ready(through_an_outage):
    s, clock = through_an_outage
    families = scrape(s, clock)
    requests = {dict(k)["result"]: v for k, v in samples(families, "kiosk_autologin_requests_total").items()}
    assert requests == {"ok": 1, "rejected": 1, "unavailable": 1, "throttled": 1, "refused": 0}
    assert samples(families, "kiosk_seconds_since_ready")[()] == 300
    assert samples(families, "kiosk_backoff_seconds")[()] == 300  # the error screen's 5 minutes
    assert samples(families, "kiosk_next_retry_seconds")[()] == 290
    assert samples(families, "kiosk_retry_after_seconds")[()] == 0  # none in force once the answer is a rejection
    assert samples(families, "kiosk_error")[()] == 1
    build = next(iter(families["kiosk_build_info"].samples)).labels
    assert build["version"] and build["qt_version"][0].isdigit()


def test_a_retry_after_in_force_is_exported():
    clock = FakeClock()
    s = Session(Recorder(), clock, rng=lambda: 0.0)
    s.start()
    s.on_link_failed(WebshopUnavailable("busy", retry_after=7200))
    families = scrape(s, clock)
    assert samples(families, "kiosk_retry_after_seconds")[()] == 900  # capped at 15 minutes
    assert samples(families, "kiosk_next_retry_seconds")[()] == 900
    assert samples(families, "kiosk_error")[()] == 0


def test_the_alert_rules_are_well_formed_and_cover_what_it_needs():
    doc = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    rules = [r for g in doc["groups"] for r in g["rules"]]
    for rule in rules:
        assert set(rule) <= {"alert", "expr", "for", "labels", "annotations"}, rule["alert"]
        assert rule["labels"]["severity"] in ("page", "ticket") and rule["annotations"]["summary"]
        if "for" in rule:
            assert re.fullmatch(r"\d+[smh]", rule["for"]), rule["alert"]
    by_name = {r["alert"]: r for r in rules}
    assert by_name["KioskDown"]["expr"].startswith("up{")
    assert by_name["KioskStuckInError"]["for"] == "10m"
    assert "> 300" in by_name["KioskNotReady"]["expr"]


def test_every_metric_and_label_value_in_the_alert_rules_is_exported(through_an_outage):
    s, clock = through_an_outage
    families = scrape(s, clock, printer={"state": "stopped", "jobs_waiting": 2})
    exported = {smp.name for f in families.values() for smp in f.samples}
    results = {dict(k)["result"] for k in samples(families, "kiosk_autologin_requests_total")}
    doc = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    named, wanted_results = set(), set()
    for rule in (r for g in doc["groups"] for r in g["rules"]):
        expr = rule["expr"]
        named |= {m for m in re.findall(r"\b([a-z_][a-z0-9_]*)\s*(?:\{|[=!<>]=?|\)|$)", expr, re.M)
                  if m.startswith("kiosk_") or m in PROMETHEUS_OWN}
        for m in re.finditer(r'result=~?"([^"]+)"', expr):
            wanted_results |= set(m.group(1).split("|"))
    assert {"kiosk_error", "kiosk_seconds_since_ready", "kiosk_autologin_requests_total"} <= named
    assert named - PROMETHEUS_OWN <= exported, named - PROMETHEUS_OWN - exported
    assert wanted_results and wanted_results <= results


def test_the_printer_state_is_exported_as_a_state_set_of_the_printers_own_states():
    from kiosk.monitoring.metrics import PRINTER_STATES
    from kiosk.printing.desk import PrinterState

    assert tuple(state.value for state in PrinterState) == PRINTER_STATES
    clock = FakeClock()
    s = Session(Recorder(), clock)
    families = scrape(s, clock, printer={"state": "offline", "jobs_waiting": 1})
    states = {dict(k)["kiosk_printer_state"]: v for k, v in samples(families, "kiosk_printer_state").items()}
    assert states == {state: (1 if state == "offline" else 0) for state in PRINTER_STATES}
    assert "kiosk_printer_state" not in scrape(s, clock)  # no printing wired: no printer metrics
