"""The yardstick: a bare QWebEngineView program doing the kiosk's requests and loads, nothing else.

POSTs the autologin request (blocking, on the UI thread: the simplest program), loads the link,
and on a login-page navigation fetches a fresh link. Prints "ready" on stdout each time the
webshop page finishes loading. Settings come from the same KIOSK_* variables.
"""

import hashlib
import os
import sys

import httpx
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

env = os.environ


def link() -> str:
    pid = int(env["KIOSK_PARTNER_ID"])
    body = {"hash": hashlib.sha256(f"{env['KIOSK_SECRET_KEY']}{pid}".encode()).hexdigest(), "id": pid,
            "shop_name": env["KIOSK_SHOP_NAME"], "pos_name": env["KIOSK_POS_NAME"], "user_name": env["KIOSK_USER_NAME"]}
    return httpx.post(env["KIOSK_AUTH_URL"], json=body, timeout=10).json()["data"]["url"]


class Page(QWebEnginePage):
    def acceptNavigationRequest(self, url, nav_type, main):
        if main and url.path() == "/webshop/login":
            QTimer.singleShot(0, lambda: self.load(QUrl(link())))
            return False
        return True


QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
app = QApplication(sys.argv)
view = QWebEngineView()
page = Page(view)
view.setPage(page)
page.loadFinished.connect(lambda ok: ok and page.url().path() == "/webshop/" and print("ready", flush=True))
view.resize(1280, 800)
view.show()
page.load(QUrl(link()))
app.exec()
