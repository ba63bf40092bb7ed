"""The printer banner: a slim strip at the top of the kiosk window that says, in plain words, why slips
do not print. The webshop moves down below it (nothing of the page is hidden); it stays while the
problem lasts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk import assets
from kiosk.ui.language import shop
from kiosk.ui.widgets import Overlay, WidgetWords, set_style_property, touch_button

MAX_HEIGHT_SHARE = 0.2  # of the window: a banner, never a screen


class PrintBanner(Overlay):
    def __init__(self, parent: QWidget, service):
        super().__init__(parent, "printBanner")
        self.service = service
        self.setStyleSheet(assets.text("print_banner.qss"))
        row = self._row = QHBoxLayout(self)
        row.setContentsMargins(20, 8, 16, 8)
        row.setSpacing(16)
        mark = QLabel("!")
        mark.setObjectName("printBannerMark")
        self.text = QLabel("")
        self.text.setObjectName("printBannerText")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ok = touch_button(shop().text(WidgetWords.tr("OK")), "printBannerOk", service.dismiss)
        row.addWidget(mark)
        row.addWidget(self.text, 1)
        row.addWidget(self.ok)
        service.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        desk = self.service.desk
        message = desk.banner
        if not message:
            if self.isVisible():
                self.hide()
                self.host.setContentsMargins(0, 0, 0, 0)
            return
        self.text.setText(shop().text(message))
        self.ok.setVisible(desk.dismissable)  # a printer problem clears by itself; a lost slip is acknowledged
        set_style_property(self, "tone", "warn" if desk.dismissable else "error")
        self.cover()

    def cover(self) -> None:
        self._place()
        if not self.isVisible():  # raised when it appears, not over a technician's overlay at every change
            self.show()
            self.raise_()

    def _place(self) -> None:
        parent = self.host
        width = parent.width()
        height = min(max(self._row.heightForWidth(width), self.sizeHint().height(), 72),
                     int(parent.height() * MAX_HEIGHT_SHARE) or 72)
        self.setGeometry(0, 0, width, height)
        parent.setContentsMargins(0, height, 0, 0)  # the webshop moves down below the strip: nothing is hidden

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.parentWidget() and e.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
