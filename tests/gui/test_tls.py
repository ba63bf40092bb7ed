"""Certificate errors are never bypassed: the kiosk names the host and the problem and retries later."""

from __future__ import annotations

import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kiosk.autologin.session import State
from tests.helpers.fixtures import run_js, wait_state


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"<h1>should never be shown</h1>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def self_signed_server(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
                   check=True, capture_output=True, timeout=60)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_a_bad_certificate_shows_the_host_and_the_problem(qtbot, sb, make_kiosk, self_signed_server):
    c = make_kiosk(sb, allowed_hosts=[sb.address, f"localhost:{self_signed_server}"])
    wait_state(qtbot, c, State.READY)
    run_js(qtbot, c, f"location.href = 'https://localhost:{self_signed_server}/'; 1")
    wait_state(qtbot, c, State.ERROR)
    reason = c.window.status.reason.text()
    assert c.window.currentWidget() is c.window.status
    assert "localhost" in reason and "refused" in reason and "date and time" in reason
    assert "should never be shown" not in run_js(qtbot, c, "document.body.innerText")
    assert 50 <= c.window.status.seconds_left() <= 60
