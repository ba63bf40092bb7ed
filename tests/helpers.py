"""Small helpers shared by the tests (no fakes: these build real settings for a real sandbox)."""

from __future__ import annotations

import socket
from pathlib import Path

from kiosk.settings import Settings, explicit_settings

SHOP, POS, USER = "Vilnius, Gedimino pr. 5", "Computer #3", "John Smith"


def sandbox_settings(sb, data_dir: Path, **over) -> Settings:
    values = dict(partner_id=sb.partner_id, secret_key=sb.secret_key, shop_name=SHOP, pos_name=POS,
                  user_name=USER, auth_url=sb.auth_url, allowed_hosts=["127.0.0.1"], data_dir=data_dir,
                  fullscreen=False, gateway_url=sb.gateway_url, brand_id=1009)
    values.update(over)
    return explicit_settings(**values)


def sandbox_env(sb, data_dir: Path, **over) -> dict[str, str]:
    """The same configuration as KIOSK_* environment variables, for a real `kiosk` process."""
    env = {
        "KIOSK_PARTNER_ID": str(sb.partner_id), "KIOSK_SECRET_KEY": sb.secret_key,
        "KIOSK_SHOP_NAME": SHOP, "KIOSK_POS_NAME": POS, "KIOSK_USER_NAME": USER,
        "KIOSK_AUTH_URL": sb.auth_url, "KIOSK_ALLOWED_HOSTS": '["127.0.0.1"]',
        "KIOSK_DATA_DIR": str(data_dir), "KIOSK_FULLSCREEN": "false",
    }
    env.update({k: str(v) for k, v in over.items()})
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
