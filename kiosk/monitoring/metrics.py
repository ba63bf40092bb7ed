"""``/metrics`` in Prometheus text format, built from the session's health snapshot (Qt-free)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, InfoMetricFamily, StateSetMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from kiosk import __version__
from kiosk.autologin.session import RESULTS

STATES = ("starting", "authenticating", "loading", "ready", "offline", "error", "unconfigured")
# kiosk.printing.desk.PrinterState's values (tests/unit/test_fleet_metrics.py keeps them in step).
PRINTER_STATES = ("ready", "printing", "stopped", "offline", "error", "disabled", "unknown")


class _SnapshotCollector(Collector):
    def __init__(self, snapshot: Callable[[], dict[str, Any]]):
        self._snapshot = snapshot

    def collect(self) -> Iterator[Metric]:
        s = self._snapshot()
        yield StateSetMetricFamily("kiosk_state", "What the kiosk is doing now",
                                   value={name: s.get("state") == name for name in STATES})
        for name, key, help_text in (
            ("kiosk_login_redirects", "login_redirects", "Webshop login-page navigations intercepted"),
            ("kiosk_renderer_restarts", "renderer_restarts", "Web page processes that crashed, hung or were killed"),
        ):
            yield CounterMetricFamily(name, help_text, value=s.get(key) or 0)
        for name, key, help_text in (
            ("kiosk_time_to_first_ready_seconds", "time_to_first_ready", "From start to the webshop first shown"),
            ("kiosk_last_autologin_latency_seconds", "last_autologin_latency", "Round trip of the last autologin request"),
            ("kiosk_uptime_seconds", "uptime", "Seconds since the kiosk started"),
        ):
            value = s.get(key)
            if value is not None:
                yield GaugeMetricFamily(name, help_text, value=value)
        yield GaugeMetricFamily("kiosk_ready", "1 when the webshop is on screen", value=1 if s.get("state") == "ready" else 0)
        yield GaugeMetricFamily("kiosk_degraded", "1 when the kiosk runs degraded (see /health degraded)",
                                value=1 if s.get("degraded") else 0)
        printer = s.get("printer")
        if printer:
            jobs = CounterMetricFamily("kiosk_print_jobs", "Slips by outcome: printed (left the spooler), failed "
                                       "(never reached it), ignored (printing off)", labels=["result"])
            for result in ("printed", "failed", "ignored"):
                jobs.add_metric([result], printer.get(f"jobs_{result}") or 0)
            yield jobs
            yield GaugeMetricFamily("kiosk_print_jobs_waiting", "Slips in the spooler not printed yet",
                                    value=printer.get("jobs_waiting") or 0)
            yield StateSetMetricFamily("kiosk_printer_state", "The slip printer's state (stopped, offline, error: "
                                       "a technician or new paper is needed)",
                                       value={name: printer.get("state") == name for name in PRINTER_STATES})
        media = s.get("media")
        if media is not None:  # absent until the web engine has been probed (kiosk/ui/media.py)
            supported = GaugeMetricFamily("kiosk_media_supported", "1 when the web engine plays this codec", labels=["codec"])
            for codec, plays in sorted(media.items()):
                supported.add_metric([codec], 1 if plays else 0)
            yield supported
        yield from _update_metrics(s)
        info = InfoMetricFamily("kiosk_build", "Version of the kiosk software")
        info.add_metric([], {"version": __version__, "qt_version": _qt_version()})
        yield info
        yield from _fleet_metrics(s)



def _fleet_metrics(s: dict[str, Any]) -> Iterator[Metric]:
    """What a fleet dashboard and installer/monitoring/kiosk-alerts.yml need (docs/it/fleet.md, docs/it/monitoring.md)."""
    requests = CounterMetricFamily("kiosk_autologin_requests", "Autologin requests answered, by how they ended "
                                   "(ok, rejected: our configuration, unavailable: 5xx or unreachable, "
                                   "throttled: 429/503 with Retry-After, refused: a link the kiosk will not open)",
                                   labels=["result"])
    results = s.get("autologin_results") or {}
    for result in RESULTS:
        requests.add_metric([result], results.get(result, 0))
    yield requests
    for name, key, help_text in (
        ("kiosk_backoff_seconds", "backoff_seconds", "Delay chosen before the next autologin try (0: not backing off)"),
        ("kiosk_next_retry_seconds", "next_retry_in", "Seconds until the next autologin try (0: none planned)"),
        ("kiosk_retry_after_seconds", "retry_after", "The upstream's last Retry-After as honoured, capped at 900"),
        ("kiosk_seconds_since_ready", "seconds_since_ready", "Seconds the webshop has not been on screen (0: ready)"),
    ):
        yield GaugeMetricFamily(name, help_text, value=s.get(key) or 0)
    yield GaugeMetricFamily("kiosk_error", "1 when the kiosk shows the error screen (needs a technician)",
                            value=1 if s.get("state") == "error" else 0)


def _update_metrics(s: dict[str, Any]) -> Iterator[Metric]:
    """kiosk/updates/: an installed version waiting for the fresh start, and the updater's rollbacks."""
    if "update_pending" in s:
        yield GaugeMetricFamily("kiosk_update_pending", "1 when a newer version is installed and the kiosk restarts "
                                "into it at its daily fresh start", value=1 if s.get("update_pending") else 0)
    update = s.get("update")
    if isinstance(update, dict):
        yield CounterMetricFamily("kiosk_update_rollbacks", "Updates that did not reach ready in time and were rolled "
                                  "back by the updater", value=update.get("rollbacks") or 0)


def _qt_version() -> str:
    try:
        from PySide6.QtCore import qVersion  # the kiosk always has it; /metrics itself does not need Qt
    except ImportError:
        return "none"
    return qVersion()


def render_metrics(snapshot: Callable[[], dict[str, Any]]) -> str:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_SnapshotCollector(snapshot))
    return generate_latest(registry).decode("utf-8")
