"""The sandbox's HTML pages, read from ``resources/sandbox/`` (self-contained: inline CSS and JS only,
no external resource) and filled in with :class:`string.Template`."""

from __future__ import annotations

import functools
import json
from html import escape
from string import Template
from typing import Any

from .. import assets
from .webshop import Identity


@functools.cache
def _template(name: str) -> Template:
    return Template(assets.text(f"sandbox/{name}"))


def _css() -> str:
    return assets.text("sandbox/sandbox.css")


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element."""
    return (json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


def webshop_page(identity: Identity, poll_interval: float, demo_player_token: str,
                 payment_url: str = "about:blank", *, lang: str = "en") -> str:
    test_data = {"user_id": identity.user_id, "shop_id": identity.shop_id,
                 "pos_id": identity.pos_id, "user_name": identity.user_name}
    return _template("webshop.html").substitute(
        css=_css(), user_name=escape(identity.user_name), shop_name=escape(identity.shop_name),
        pos_name=escape(identity.pos_name), shop_id=identity.shop_id, pos_id=identity.pos_id,
        user_id=identity.user_id, test_data=script_json(test_data),
        poll_ms=max(50, round(poll_interval * 1000)), demo_token=script_json(demo_player_token),
        payment_url=escape(payment_url), lang=escape(lang))


def login_page(message: str | None = None) -> str:
    html = f'<p class="error" id="login-error">{escape(message)}</p>' if message else ""
    return _template("login.html").substitute(css=_css(), message=html)


def popup_page(port: int) -> str:
    return _template("popup.html").substitute(css=_css(), foreign=f"http://127.0.0.2:{port}/")


def index_page() -> str:
    return _template("index.html").substitute(css=_css())


def slip_page() -> str:
    """A bet slip that prints itself once loaded (the webshop opens it in a hidden iframe)."""
    return assets.text("sandbox/slip.html")
def payment_page(host: str) -> str:
    """The payment provider's card form, embedded by the webshop from a frame-only host."""
    return _template("payment.html").substitute(host=escape(host))


def field_page() -> str:
    return _template("field.html").substitute(css=_css())


def frame_page(port: int) -> str:
    return _template("frame.html").substitute(foreign=f"http://127.0.0.2:{port}/")
