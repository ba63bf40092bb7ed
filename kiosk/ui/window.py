"""The kiosk window: a stack of the web view and the native screens, nothing else."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk import assets
from kiosk.autologin.session import Screen, ScreenKind
from kiosk.ui.screens import SplashScreen, StatusScreen


def stylesheet() -> str:
    return assets.text("kiosk.qss")


def app_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(assets.data("kiosk.png"), "PNG")
    return QIcon(pixmap)


class KioskWindow(QStackedWidget):
    def __init__(self, now: Callable[[], float], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stack")
        self.setWindowTitle("Betshop kiosk")
        self.setWindowIcon(app_icon())
        self.setStyleSheet(stylesheet())
        self.splash = SplashScreen()
        self.status = StatusScreen(now)
        self.addWidget(self.splash)
        self.addWidget(self.status)
        self.view: QWebEngineView | None = None
        self.screen: Screen = Screen(ScreenKind.SPLASH)
        self.setCurrentWidget(self.splash)
        self.allow_close = False  # only the technician's Exit (or shutdown) closes the kiosk

    def set_view(self, view: QWebEngineView) -> None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.view = view
        self.addWidget(view)
        self.show_screen(self.screen)

    def closeEvent(self, event) -> None:
        # Alt+F4 through a window manager, or a stray close request: the kiosk stays.
        if self.allow_close:
            event.accept()
        else:
            event.ignore()

    def show_screen(self, screen: Screen) -> None:
        self.screen = screen
        if screen.kind is ScreenKind.WEB and self.view is not None:
            self.setCurrentWidget(self.view)
        elif screen.kind is ScreenKind.WEB or screen.kind is ScreenKind.SPLASH:
            self.splash.show_screen(screen)
            self.setCurrentWidget(self.splash)
        else:
            self.status.show_screen(screen)
            self.setCurrentWidget(self.status)
