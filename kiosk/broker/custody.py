"""Who can read the partner secret on this terminal: the doctor's check (Qt-free).

Broker mode: the broker must answer and hold an identity. Direct mode: fine for development,
the demo and the sandbox; on an installed terminal it fails, with the command that fixes it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.settings import Settings
from kiosk.words import Text, Words


class CustodyWords(Words):
    """Who holds the partner secret: the doctor's "partner secret" check (Diagnostics shows it translated)."""

OK, WARN, FAIL = "ok", "warn", "fail"
INSTALLED_AT = Path("/opt/betshop-kiosk")  # where the .deb packages and install.sh put the kiosk (releases/…)


def installed() -> bool:
    """Whether this kiosk is one a package or installer put on a terminal (they ship the broker): the frozen
    bundle, or the system-Qt package's code under /opt/betshop-kiosk; not a checkout or a virtualenv."""
    if getattr(sys, "frozen", False):
        return True
    import kiosk

    return INSTALLED_AT in Path(kiosk.__file__).resolve().parents


def fix_command() -> str:
    if sys.platform == "win32":  # no launcher on Windows: each release has its own kiosk.exe (releases\<version>)
        exe = sys.executable if getattr(sys, "frozen", False) else \
            "%ProgramFiles%\\betshop-kiosk\\releases\\<version>\\kiosk.exe"
        return f'"{exe}" broker import (as an administrator)'
    return "sudo kiosk broker import"


def custody(settings: Settings, *, on_installed_terminal: bool | None = None) -> tuple[str, Text]:
    """(``ok``/``warn``/``fail``, a sentence that never holds a secret)."""
    if settings.broker:
        return _broker_mode(settings.broker)
    if on_installed_terminal is None:
        on_installed_terminal = installed()
    if on_installed_terminal:
        return FAIL, CustodyWords.tr("the partner secret is readable by the desktop user (direct mode: the kiosk holds it "
                                     "in its own settings); move it to the broker: %1").arg(fix_command())
    return OK, CustodyWords.tr("direct mode (development, demo, sandbox): the partner secret is in the kiosk's own "
                               "settings; an installed terminal keeps it in the broker (KIOSK_BROKER)")


def _broker_mode(address: str) -> tuple[str, Text]:
    from kiosk.broker import client
    from kiosk.broker.protocol import ProtocolError

    try:
        status = client.status(address, timeout=5.0)
    except (client.BrokerUnreachable, ProtocolError) as e:
        restart = "restart its service" if sys.platform == "win32" else "sudo systemctl restart betshop-kiosk-broker.socket"
        return FAIL, CustodyWords.tr("broker mode, but %1; %2").arg(str(e), restart)
    identity = status.get("identity")
    if not isinstance(identity, dict):
        problems = "; ".join(str(p) for p in status.get("problems") or [])
        if problems:
            return FAIL, CustodyWords.tr("broker mode, but the broker holds no identity yet (%1); set it up: sudo kiosk "
                                         "setup, the setup screen, or sudo kiosk broker import").arg(problems)
        return FAIL, CustodyWords.tr("broker mode, but the broker holds no identity yet; set it up: sudo kiosk setup, "
                                     "the setup screen, or sudo kiosk broker import")
    return OK, CustodyWords.tr("broker mode: the broker at %1 holds it (partner %2, shop %3), out of the desktop "
                               "user's reach").arg(address, str(identity.get("partner_id")),
                                                   repr(identity.get("shop_name")))
