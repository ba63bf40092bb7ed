"""Updates that never interrupt a player: the install layout, the updater's decisions and the kiosk's view.

Qt-free except :mod:`kiosk.updates.watch` (the running kiosk's side). ``kiosk update`` (the
updater, run as root by a systemd timer) imports nothing from Qt. docs/it/updates.md describes the
whole: the partner's signed apt repository, the maintenance window, rollback, Windows.
"""
