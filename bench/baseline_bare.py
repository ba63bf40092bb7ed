"""The floor: the least program doing the kiosk's start-up work with the kiosk's dependencies, nothing else.

Reads its settings with pydantic-settings (the same ``KIOSK_*`` variables, the secret as a ``SecretStr``),
POSTs the autologin request with httpx (blocking, on the UI thread: the simplest program), loads the link
in a QWebEngineView, and on a login-page navigation fetches a fresh link. Prints "ready" on stdout each
time the webshop page finishes loading. bench/bench_kiosk.py holds the kiosk against it.
"""

import hashlib
import sys

import httpx
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication


class Floor(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KIOSK_", extra="ignore")

    partner_id: int
    secret_key: SecretStr
    shop_name: str
    pos_name: str
    user_name: str
    auth_url: str


settings = Floor()


def link() -> str:
    s = settings
    body = {"hash": hashlib.sha256(f"{s.secret_key.get_secret_value()}{s.partner_id}".encode()).hexdigest(),
            "id": s.partner_id, "shop_name": s.shop_name, "pos_name": s.pos_name, "user_name": s.user_name}
    return httpx.post(s.auth_url, json=body, timeout=10).json()["data"]["url"]


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
