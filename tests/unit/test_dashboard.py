"""The Grafana dashboard (installer/monitoring/kiosk-dashboard.json) asks only for what the kiosk exports:
every metric, label and label value its queries name is in a real scrape of /metrics from a running health
server, or a target label the Ansible role's scrape config adds."""

from __future__ import annotations

import json
from collections import defaultdict

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk import __version__
from kiosk.autologin.session import Session
from kiosk.autologin.webshop import WebshopUnavailable
from kiosk.clock import FakeClock
from kiosk.monitoring.health import HealthServer
from kiosk.updates.status import health_fields
from tests.helpers.debroot import ROOT
from tests.helpers.promql import names
from tests.unit.test_session import LINK, WEBSHOP, Recorder

DASHBOARD = ROOT / "installer" / "monitoring" / "kiosk-dashboard.json"
# Added by Prometheus to every scraped series: the job and instance, and the Ansible role's file_sd labels.
TARGET_LABELS = {"job", "instance", "shop", "pos", "terminal"}
PROMETHEUS_OWN = {"up"}
# Metrics promised by issue 22 (the updater), which the dashboard shows already. Once the kiosk exports one,
# test_awaited_metrics_are_not_exported_yet fails: remove it from here.
AWAITED: dict[str, str] = {}  # metrics the dashboard shows before the kiosk exports them (none now)


@pytest.fixture(scope="module")
def exported() -> dict[str, dict[str, set[str]]]:
    """Sample name → label → values seen, from a real /metrics of a kiosk that has been through it all."""
    clock = FakeClock()
    session = Session(Recorder(), clock, rng=lambda: 1.0)
    session.start()
    session.on_link(LINK)
    session.on_page_loaded(WEBSHOP, True)
    session.set_media({"h264": True, "aac": True, "vp9": True, "av1": False, "opus": True})
    session.on_load_failed("gone")
    clock.advance(30)
    session.wake()
    session.on_link_failed(WebshopUnavailable("HTTP 500"))
    health = HealthServer(0, clock=clock).start()
    try:
        health.publish(session.snapshot())
        health.publish_section("printer", {"state": "stopped", "jobs_waiting": 1, "jobs_printed": 3})
        for name, value in health_fields(__version__, None, None).items():  # what the update watch publishes
            health.publish_section(name, value)
        text = httpx.get(f"http://127.0.0.1:{health.port}/metrics", timeout=5).text
    finally:
        health.stop()
    seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = seen[sample.name]  # a sample without labels is exported too
            for label, value in sample.labels.items():
                labels[label].add(value)
    return seen


def queries() -> list[tuple[str, str]]:
    doc = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    found = [(p["title"], t["expr"]) for p in doc["panels"] for t in p.get("targets", [])]
    found += [(f"variable ${v['name']}", v["query"]["query"] if isinstance(v["query"], dict) else v["query"])
              for v in doc["templating"]["list"] if v["type"] == "query"]
    return found


def problems(expr: str, exported: dict[str, dict[str, set[str]]]) -> list[str]:
    n = names(expr)
    wrong = [f"metric {m}" for m in sorted(n.metrics) if m not in exported and m not in PROMETHEUS_OWN | set(AWAITED)]
    labels = TARGET_LABELS | {label for metric in exported.values() for label in metric}
    wrong += [f"label {label}" for label in sorted(n.labels - labels)]
    values = defaultdict(set)
    for metric in exported.values():
        for label, vs in metric.items():
            values[label] |= vs
    for label, op, value in n.matchers:
        if label in TARGET_LABELS or op.startswith("!"):
            continue
        wanted = value.split("|") if op == "=~" else [value]
        wrong += [f"{label}={v!r}" for v in wanted if v not in values[label]]
    return wrong


def test_the_dashboard_has_the_panels_a_fleet_needs():
    titles = " / ".join(title for title, _expr in queries()).lower()
    for words in ("by state", "not ready", "autologin results", "printers in trouble", "versions",
                  "updates pending", "engine plays"):
        assert words in titles, words


@pytest.mark.parametrize(("title", "expr"), queries())
def test_every_query_names_only_what_the_kiosk_exports(title, expr, exported):
    n = names(expr)
    assert n.metrics, f"{title}: no metric found in {expr!r}"
    assert problems(expr, exported) == [], f"{title}: {expr}"


def test_the_check_catches_a_misspelt_metric_an_unknown_label_and_value(exported):
    assert problems('sum by (shop) (kiosk_redy{job="betshop-kiosk"})', exported) == ["metric kiosk_redy"]
    assert problems("count by (shop_name) (kiosk_ready)", exported) == ["label shop_name"]
    assert problems('kiosk_state{kiosk_state=~"ready|asleep"}', exported) == ["kiosk_state='asleep'"]
    assert problems('increase(kiosk_autologin_requests_total{result="ok"}[$__rate_interval])', exported) == []


def test_awaited_metrics_are_not_exported_yet(exported):
    done = sorted(set(AWAITED) & set(exported))
    assert not done, f"the kiosk exports {done} now: remove them from AWAITED in {__file__}"
