"""The kiosk window: a stack of the web view and the native screens, nothing else."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk import assets
from kiosk.autologin.session import Screen, ScreenKind
from kiosk.ui.screens import SplashScreen, StatusScreen

log = logging.getLogger(__name__)


def stylesheet() -> str:
    return assets.text("kiosk.qss")


def app_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(assets.data("kiosk.png"), "PNG")
    return QIcon(pixmap)


def show_on_screen(window: QWidget, index: int = 0, fullscreen: bool = True) -> None:
    """Show ``window`` on screen ``index`` (the primary one if there is no such screen), full screen or 1280×800.

    The geometry is set before showing: on a bare X server with no window manager, ``showFullScreen``
    alone leaves a window at its size hint in a corner of the screen.
    """
    screens = QGuiApplication.screens()
    if index >= len(screens):
        log.warning("KIOSK_SCREEN=%d but only %d screen(s) are connected; using the primary one",
                    index, len(screens))
        index = 0
    screen = screens[index] if screens else None
    if screen is not None:
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
    if fullscreen:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()


class KioskWindow(QStackedWidget):
    def __init__(self, now: Callable[[], float], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stack")
        self.setWindowTitle("Betshop kiosk")
        self.setWindowIcon(app_icon())
        self.setStyleSheet(stylesheet())
        # Never wider or taller than the screen because of a page's minimum size: with no window manager a
        # window grows to its minimum and the screens' centred words slide off the right edge.
        self.setMinimumSize(1, 1)
        self.splash = SplashScreen()
        self.status = StatusScreen(now)
        self.addWidget(self.splash)
        self.addWidget(self.status)
        self.view: QWebEngineView | None = None
        self.current_screen: Screen = Screen(ScreenKind.SPLASH)  # not `screen`: QWidget.screen() is the display
        self.setCurrentWidget(self.splash)
        self.allow_close = False  # only the technician's Exit (or shutdown) closes the kiosk

    def set_view(self, view: QWebEngineView) -> None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.view = view
        self.addWidget(view)
        self.show_screen(self.current_screen)

    def closeEvent(self, event) -> None:
        # Alt+F4 through a window manager, or a stray close request: the kiosk stays.
        if self.allow_close:
            event.accept()
        else:
            event.ignore()

    def show_screen(self, screen: Screen) -> None:
        self.current_screen = screen
        if screen.kind is ScreenKind.WEB and self.view is not None:
            self.setCurrentWidget(self.view)
        elif screen.kind is ScreenKind.WEB or screen.kind is ScreenKind.SPLASH:
            self.splash.show_screen(screen)
            self.setCurrentWidget(self.splash)
        else:
            self.status.show_screen(screen)
            self.setCurrentWidget(self.status)
