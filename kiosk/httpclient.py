"""The one way the kiosk builds an HTTP client (autologin, player-data gateway, diagnostics).

Every client trusts the operating system's certificate store (truststore: a betshop's own CA
or a company proxy's certificate works as in the browser), honours the system/environment
proxy, says who it is, never follows redirects on its own, and has explicit timeouts.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping

import httpx

from kiosk import __version__

USER_AGENT = f"betshop-kiosk/{__version__}"


def make_client(timeout: httpx.Timeout, *, headers: Mapping[str, str] | None = None,
                transport: httpx.BaseTransport | None = None) -> httpx.Client:
    import truststore  # cheap to build, unlike a context loaded from a CA bundle file

    return httpx.Client(timeout=timeout, verify=truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT), trust_env=True,
                        headers={"User-Agent": USER_AGENT, **(headers or {})}, transport=transport,
                        follow_redirects=False)
