"""What the broker costs: its local round trip, a link through it vs asked directly, and start → ready.

A real ``kiosk broker`` process against the loopback sandbox. Prints figures (docs/it/broker.md quotes
them); never fails on timing. Run: ./dev.sh bench  (or .venv/bin/python bench/bench_broker.py)
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import Launched

from kiosk.autologin.webshop import WebshopClient
from kiosk.broker import client
from kiosk.broker.client import BrokerClient
from kiosk.sandbox import Sandbox
from kiosk.settings import explicit_settings

STATUS_ROUNDS = int(os.environ.get("BENCH_BROKER_ROUNDS", "500"))
LINKS = 10           # the broker asks the API at most 5 at once, then once every 2 s: spaced accordingly
STARTS = int(os.environ.get("BENCH_RUNS", "5"))
IDENTITY = ("partner_id", "secret_key", "shop_name", "pos_name", "user_name", "auth_url", "allowed_hosts")


def start_broker(sandbox: Sandbox, folder: Path) -> tuple[subprocess.Popen, Path]:
    config = folder / "identity.toml"
    config.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in sandbox.kiosk_settings().items() if k in IDENTITY))
    sock = folder / "broker.sock"
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "broker", "--config", str(config), "--socket", str(sock),
                             "--allow-user", "nobody", "--state-dir", str(folder / "state")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")})
    deadline = time.monotonic() + 30
    while not sock.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return proc, sock


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    return f"median {statistics.median(values) * 1000:6.2f} ms, p95 {p95 * 1000:6.2f} ms ({len(values)} rounds)"


def round_trips(sandbox: Sandbox, sock: Path) -> None:
    status = []
    for _ in range(STATUS_ROUNDS):
        t = time.perf_counter()
        client.status(str(sock))
        status.append(time.perf_counter() - t)
    settings = explicit_settings(**sandbox.kiosk_settings())
    direct_client = WebshopClient(settings)
    broker_client = BrokerClient(explicit_settings(**sandbox.kiosk_settings(broker=str(sock), secret_key=None)))
    direct, brokered = [], []
    for i in range(LINKS):
        t = time.perf_counter()
        direct_client.request_link()
        direct.append(time.perf_counter() - t)
        t = time.perf_counter()
        broker_client.request_link()
        brokered.append(time.perf_counter() - t)
        if i >= 3:
            time.sleep(2.05)  # within the broker's manners: never a throttled answer in the figures
    direct_client.close()
    print("\nthe broker's round trip (a real `kiosk broker` process, the loopback sandbox)")
    print(f"  status (connect, request, answer; no upstream) {ms(status)}")
    print(f"  a link, asked directly                         {ms(direct)}")
    print(f"  a link, through the broker                     {ms(brokered)}")
    added = statistics.median(brokered) - statistics.median(direct)
    print(f"  the broker adds                                {added * 1000:6.2f} ms (median)")


def start_to_ready(sandbox: Sandbox, sock: Path) -> None:
    results: dict[str, list[float]] = {"direct": [], "broker": []}
    modes = {"direct": {}, "broker": {"broker": str(sock), "partner_id": None, "secret_key": None, "shop_name": None,
                                      "pos_name": None, "user_name": None}}
    for _ in range(STARTS):
        for mode, over in modes.items():  # interleaved, so drift hits both alike
            run = Launched("kiosk", sandbox, prefix=f"bench-{mode}-", **over)
            try:
                results[mode].append(run.marks.get(timeout=90) - run.started)
            finally:
                run.stop()
            time.sleep(2.1)  # the broker's manners: every start gets its link at once
    print(f"\nkiosk start → ready (median of {STARTS} runs each, the loopback sandbox)")
    for mode, values in results.items():
        print(f"  {mode:7} {statistics.median(values):6.3f} s   (runs: {', '.join(f'{v:.2f}' for v in values)})")
    print(f"  broker mode adds {statistics.median(results['broker']) - statistics.median(results['direct']):+.3f} s "
          "(median; within run-to-run noise when smaller than the runs' spread)")


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-broker-"))
    with Sandbox(secret_key=secrets.token_urlsafe(24), poll_interval=0.2) as sandbox:
        proc, sock = start_broker(sandbox, folder)
        try:
            round_trips(sandbox, sock)
            start_to_ready(sandbox, sock)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=20)


if __name__ == "__main__":
    main()
