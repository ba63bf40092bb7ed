"""The broker: a small process under its own account that holds the partner's secret and asks for login links.

The kiosk's desktop user never holds the secret key or its hash. In broker mode (``KIOSK_BROKER``)
the kiosk asks the broker, over a local socket (Linux) or named pipe (Windows), for "a fresh
autologin link for this terminal" or "test the connection"; the broker answers with the link and
the shop/POS/user ids, or the failure with its kind. Qt-free: ``kiosk broker`` never imports PySide6.

Rooms: :mod:`.protocol` (the wire format), :mod:`.manners` (the broker's own rate limit),
:mod:`.identity` (the terminal's identity, checked), :mod:`.store` (where the broker keeps it),
:mod:`.provision` (root writes it), :mod:`.service` (what a request gets), :mod:`.server` (Linux:
Unix socket, SO_PEERCRED), :mod:`.windows` (named pipe, DPAPI, the service), :mod:`.client` (the
kiosk's side), :mod:`.handover` (technicians' settings: what goes to the broker), :mod:`.custody`
(the doctor's word on who can read the secret), :mod:`.cli`. docs/it/broker.md tells it whole.
"""
