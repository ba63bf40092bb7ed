"""installer/tools/i18n.py (the translations' check and update), loaded as a module for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[2] / "installer" / "tools" / "i18n.py"


def load_tool() -> ModuleType:
    if "kiosk_i18n_tool" not in sys.modules:
        spec = importlib.util.spec_from_file_location("kiosk_i18n_tool", TOOL)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
        spec.loader.exec_module(module)
    return sys.modules["kiosk_i18n_tool"]
