"""``/metrics`` in Prometheus text format, built from the session's health snapshot (Qt-free)."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, InfoMetricFamily, StateSetMetricFamily

from kiosk import __version__

STATES = ("starting", "authenticating", "loading", "ready", "offline", "error", "unconfigured")


class _SnapshotCollector:
    def __init__(self, snapshot: Callable[[], dict]):
        self._snapshot = snapshot

    def collect(self):
        s = self._snapshot()
        yield StateSetMetricFamily("kiosk_state", "What the kiosk is doing now",
                                   value={name: s.get("state") == name for name in STATES})
        for name, key, help_text in (
            ("kiosk_autologin_requests", "autologin_requests", "Autologin links asked for"),
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
        info = InfoMetricFamily("kiosk_build", "Version of the kiosk software")
        info.add_metric([], {"version": __version__})
        yield info


def render_metrics(snapshot: Callable[[], dict]) -> str:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_SnapshotCollector(snapshot))
    return generate_latest(registry).decode("utf-8")
