"""Helpers shared by the tests (no fakes: these build real settings for a real sandbox).

The sandbox is the one source of demo and test settings (``Sandbox.kiosk_settings`` /
``kiosk_env``); these only add the test's data dir. Fixtures live in
:mod:`tests.helpers.fixtures` (loaded by ``pytest_plugins`` in ``tests/conftest.py``).
"""

from __future__ import annotations

from pathlib import Path

from kiosk.sandbox import DEMO_POS, DEMO_SHOP, DEMO_USER, free_port
from kiosk.settings import Settings, explicit_settings

SHOP, POS, USER = DEMO_SHOP, DEMO_POS, DEMO_USER


def sandbox_settings(sb, data_dir: Path, **over) -> Settings:
    return explicit_settings(**sb.kiosk_settings(data_dir=data_dir, **over))


def sandbox_env(sb, data_dir: Path, **over) -> dict[str, str]:
    """The same configuration as KIOSK_* environment variables, for a real `kiosk` process;
    ``over`` are more variables (``KIOSK_HEALTH_PORT=…``)."""
    env = sb.kiosk_env(data_dir=data_dir)
    env.update({k: str(v) for k, v in over.items()})
    return env


__all__ = ["POS", "SHOP", "USER", "free_port", "sandbox_env", "sandbox_settings"]
