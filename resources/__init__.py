"""Non-Python assets of the kiosk (read them with :mod:`kiosk.assets`).

This file only makes the folder loadable as the package ``kiosk.resources`` in the wheel
and the frozen bundle.
"""
