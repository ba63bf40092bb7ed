"""``kiosk sandbox``: run the sandbox in the foreground and tell the technician how to use it."""

from __future__ import annotations

import shlex
import sys
import time
from typing import TextIO

from .gateway import DEMO_BRAND_ID
from .server import Sandbox


def run_cli(port: int = 8765, host: str = "127.0.0.1", session_lifetime: float | None = None,
            out: TextIO = sys.stdout, *, verbose: bool = False, heavy: bool = False,
            stalled_asset: bool = False, latency: float = 0.0) -> int:
    """Serve until Ctrl+C; 0 then, 1 if the port cannot be opened. ``verbose`` logs requests to stderr;
    ``heavy`` (and ``stalled_asset``) weigh the webshop page down as a real one (kiosk/sandbox/assets.py)."""
    from .assets import HeavyPage

    try:
        sandbox = Sandbox(host=host, port=port, session_lifetime=session_lifetime, verbose=verbose, latency=latency,
                          heavy=HeavyPage(stalled=stalled_asset) if heavy else None).start()
    except (OSError, ValueError) as e:
        print(f"The sandbox cannot listen on {host}:{port}: {e}", file=out)
        return 1
    try:
        print(describe(sandbox), file=out, flush=True)
        _wait_forever()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    print("Sandbox stopped.", file=out, flush=True)
    return 0


def describe(sandbox: Sandbox) -> str:
    base = sandbox.base_url
    env = sandbox.kiosk_env()
    lifetime = "forever" if sandbox.session_lifetime is None else f"{sandbox.session_lifetime:g} s"
    lines = [
        f"BetGames sandbox listening on {base} (webshop sessions live {lifetime})",
        "",
        "Kiosk settings for this sandbox (shop/POS/user names are examples; any will do):",
        *(f"  {name}={shlex.quote(value)}" for name, value in env.items()),
        "",
        f"Demo player (brand {DEMO_BRAND_ID}) session token, x-auth-token: {sandbox.demo_player_token}",
        "",
        "Control:",
        f"  webshop page     {sandbox.webshop_url}  (through an autologin link; else the login page)",
        f"  state            GET  {base}/sandbox/state",
        f"  SMS codes sent   GET  {base}/sandbox/outbox",
        f"  pop-up tests     GET  {base}/sandbox/popup",
        f"  field tests      GET  {base}/sandbox/field  (file input, pickers, about:blank, mailto: in a frame)",
        f"  download test    GET  {base}/sandbox/download",
        f"  expire sessions  POST {base}/sandbox/expire",
        f"  reset demo       POST {base}/sandbox/reset-demo",
        f"  auth failure     POST {base}/sandbox/auth-failure     body {{\"mode\": \"500\"}} (null = normal)",
        f"  gateway failure  POST {base}/sandbox/gateway-failure  body {{\"mode\": \"500\"}} (null = normal)",
        "",
        "Press Ctrl+C to stop.",
    ]
    return "\n".join(lines)


def _wait_forever() -> None:
    # Short sleeps, not Event.wait(): Ctrl+C must interrupt the wait on Windows too.
    while True:
        time.sleep(0.5)
