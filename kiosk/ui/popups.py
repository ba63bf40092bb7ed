"""The last ways a page could raise a native Qt window, each closed where it starts.

QtWebEngineWidgets answers some page requests with Qt's own widgets, parented to the view and
outside any hook of QWebEnginePage: ``<input type=color>`` opens a QColorDialog (unstyled, modal to
the page, no time limit), a long press on selected text a touch Cut/Copy/Paste menu. The
:class:`NativeWindowGuard` keeps every such window off the screen and closes it at once (a colour
input then keeps its colour), as file choosers are refused. Chromium's own popups (a ``<select>``
list, a date picker, a ``<datalist>``'s suggestions) are left alone: Chromium draws them, and a tap
beside them closes them.

The page's other requests that could end in a native window or a waiting prompt are answered here
too, with one log line each: HTTP authentication (a 401 page stays a page: no password dialog), a TLS
client certificate (none is sent), WebAuthn (cancelled), screen sharing (refused), a web page
registering itself as a protocol handler (refused), full screen (refused; the kiosk is full screen).
"""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtNetwork import QAuthenticator
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from kiosk import redact

log = logging.getLogger(__name__)

# Widgets QtWebEngineWidgets makes for Chromium's own popups: they stay (drawn by Chromium, or plain lists).
_CHROMIUM_POPUPS = ("QtWebEngineCore::WebEngineQuickWidget", "QQuickWidget",
                    "QtWebEngineWidgetUI::AutofillPopupWidget", "QtWebEngineWidgetUI::TouchHandleWidget")


class NativeWindowGuard(QObject):
    """Watches one QWebEngineView: a window Qt makes for page content (a dialog, a menu) never shows."""

    def __init__(self, view: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.refused: list[str] = []  # class names, in order (tests and the log)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildAdded and obj is self._view:
            assert isinstance(event, QChildEvent)
            child = event.child()  # still being constructed: look at it once it is polished
            if child.isWidgetType() and cast(QWidget, child).isWindow():
                child.installEventFilter(self)
        elif kind in (QEvent.Type.Polish, QEvent.Type.Show) and isinstance(obj, QWidget) and obj is not self._view:
            self._stop(obj, shown=kind == QEvent.Type.Show)
        return False

    def _stop(self, widget: QWidget, *, shown: bool) -> None:
        name = widget.metaObject().className()
        if name in _CHROMIUM_POPUPS or not (isinstance(widget, QDialog | QMenu) or "TouchSelectionMenu" in name):
            return
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)  # set before it shows: never mapped
        if not shown:
            return
        widget.removeEventFilter(self)
        self.refused.append(name)
        log.info("a native window the page asked for was refused (%s)", name)
        # After the show has finished: a dialog's reject() tells the page "no colour chosen".
        QTimer.singleShot(0, widget, widget.reject if isinstance(widget, QDialog) else widget.close)


def answer_native_requests(page: QWebEnginePage) -> None:
    """Connect the page's requests that would wait for a person (or a native window) to a refusal."""
    page.authenticationRequired.connect(_refuse_authentication)
    page.proxyAuthenticationRequired.connect(_refuse_proxy_authentication)
    page.selectClientCertificate.connect(_send_no_certificate)
    page.fullScreenRequested.connect(_refuse_full_screen)
    page.registerProtocolHandlerRequested.connect(_refuse_protocol_handler)
    if hasattr(page, "desktopMediaRequested"):  # Qt 6.7+
        page.desktopMediaRequested.connect(_refuse_desktop_media)
    if hasattr(page, "webAuthUxRequested"):  # Qt 6.7+
        page.webAuthUxRequested.connect(_cancel_web_authentication)


def _refuse_authentication(url: QUrl, authenticator: QAuthenticator) -> None:
    # A null authenticator cancels: the server's own 401 page is shown, and no password dialog.
    log.warning("the page at %s asked for a user name and password (HTTP authentication); refused",
                redact.redact_url(url.toString())[:200])


def _refuse_proxy_authentication(url: QUrl, authenticator: QAuthenticator, proxy_host: str) -> None:
    log.warning("the proxy %s asked for a user name and password for %s; refused (set the proxy's credentials "
                "in the system's proxy settings)", proxy_host[:100], redact.redact_url(url.toString())[:200])


def _send_no_certificate(selection) -> None:
    log.warning("%s asked for a TLS client certificate; none is sent", selection.host().host()[:100])
    selection.selectNone()


def _refuse_full_screen(request) -> None:
    request.reject()


def _refuse_protocol_handler(request) -> None:
    log.info("the page asked to handle %s links; refused", request.scheme()[:40])
    request.reject()


def _refuse_desktop_media(request) -> None:
    log.info("the page asked to share the screen; refused")
    request.cancel()


def _cancel_web_authentication(request) -> None:
    log.info("the page started a WebAuthn request (security key, passkey); cancelled")
    request.cancel()
