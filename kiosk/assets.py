"""The one way to read a non-Python asset (stylesheets, scripts, pages, icons) from ``resources/``.

In a source checkout (editable install, tests) the top-level ``resources/`` folder is read
directly; the wheel and the frozen bundle carry the same folder as the package
``kiosk.resources``, read through :mod:`importlib.resources`.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable  # importlib.abc.Traversable goes in Python 3.14
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


@functools.cache
def root() -> Traversable:
    if (_CHECKOUT / "__init__.py").is_file():
        return _CHECKOUT
    return resources.files("kiosk.resources")


def data(name: str) -> bytes:
    """The bytes of ``resources/<name>`` (``name`` may contain ``/``)."""
    return root().joinpath(*name.split("/")).read_bytes()


def text(name: str) -> str:
    return data(name).decode("utf-8")


def exists(name: str) -> bool:
    return root().joinpath(*name.split("/")).is_file()


def path(name: str) -> Path:
    """``resources/<name>`` as a file on disk, for what Qt opens itself (a translation): the checkout, the wheel and
    the bundle all carry the resources as plain files."""
    return Path(str(root().joinpath(*name.split("/"))))
