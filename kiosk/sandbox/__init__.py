"""A faithful local fake of the kiosk's two upstreams, for the demo, the tests and technicians.

* the BetGames webshop (seed 000): ``POST /s/api/v2/webshop/auth``, one-time autologin
  links, login sessions and the webshop page;
* the casino's player-data gateway (seed 004): mobile data and verification by SMS code.

Written from the upstream documentation, not from the kiosk's client code, so that it
catches the client's mistakes. Loopback only; stdlib only.
"""

from .cli import run_cli
from .common import free_port
from .server import DEMO_POS, DEMO_SHOP, DEMO_USER, Sandbox

__all__ = ["DEMO_POS", "DEMO_SHOP", "DEMO_USER", "Sandbox", "free_port", "run_cli"]
