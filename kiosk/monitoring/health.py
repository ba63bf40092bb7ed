"""Loopback ``/health`` (JSON) and ``/metrics`` (Prometheus) for fleet monitoring.

``/health`` is a published contract: fields are only ever added.

The server runs on its own listener thread and never touches Qt objects: the UI thread
publishes a fresh snapshot dict after every change, and readers take whichever is current.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from kiosk import __version__, redact
from kiosk.autologin.session import Snapshot
from kiosk.clock import Clock, SystemClock

log = logging.getLogger(__name__)


class HealthServer:
    def __init__(self, port: int, host: str = "127.0.0.1", clock: Clock | None = None):
        self._clock = clock or SystemClock()
        self._snapshot = Snapshot({"state": "starting"}, retry_at=None, started_at=self._clock.monotonic())
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if path == "/health":
                    body = redact.redact(json.dumps(outer.current(), sort_keys=True)).encode()
                    self._send(200, "application/json", body)
                elif path in outer.routes:
                    content_type, render = outer.routes[path]
                    self._send(200, content_type, redact.redact(render()).encode())
                else:
                    self._send(404, "application/json", b'{"error": "not found"}')

            def _send(self, status: int, content_type: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:  # no access log lines
                pass

        from kiosk.monitoring.metrics import render_metrics

        self.routes: dict[str, tuple[str, Callable[[], str]]] = {
            "/metrics": ("text/plain; version=0.0.4; charset=utf-8", lambda: render_metrics(self.current)),
        }
        self._sections: dict[str, dict[str, Any]] = {}  # published by features beside the session (e.g. "printer")
        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="health", daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def publish(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot

    def current(self) -> dict[str, Any]:
        """The latest snapshot, its clock-dependent fields brought up to now."""
        current = self._snapshot.at(self._clock.monotonic())
        current.update(self._sections)
        current["version"] = __version__  # the running kiosk's version (a rollout waits for it)
        return current

    def publish_section(self, name: str, section: dict[str, Any]) -> None:
        """A feature's own part of /health (the UI thread replaces it whole; readers see old or new)."""
        self._sections = {**self._sections, name: section}

    def start(self) -> HealthServer:
        self._thread.start()
        log.info("health endpoint on http://127.0.0.1:%d/health", self.port)
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
