"""Helpers for tests that run the real `kiosk` command as a separate process."""

from __future__ import annotations

import os
import sys
import time

import httpx

KIOSK = [sys.executable, "-m", "kiosk"]


def clean_env(**extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("KIOSK_")}
    env.update(extra)
    return env


def wait_health(port: int, predicate, timeout: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).json()
            if predicate(last):
                return last
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"health never matched; last seen: {last}")
