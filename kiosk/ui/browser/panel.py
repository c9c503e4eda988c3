"""The browser's friendly in-kiosk panels: blocked page, refused download, page dialogs, offline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.browser.untrusted import QR_MAX, breakable
from kiosk.ui.qr import qr_pixmap
from kiosk.ui.widgets import button, label


class BrowserPanel(QFrame):
    """A message with an optional QR code and one button, shown in place of the web page."""

    dismissed = Signal()
    """The visitor tapped the panel's button."""
    qr_shown = Signal()
    """The panel shows a QR code (for the usage counters)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BrowserPanel")
        self.setProperty("role", "card")
        self._qr_url = ""
        self.kind = ""
        """What the panel says: blocked, download, dialog, failed or offline (for tests and logs)."""
        self.title = label(role="h2")
        self.text = label(role="muted")
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = label(role="small")
        self.button = button(role="primary")
        self.button.clicked.connect(self.dismissed)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.caption.setFixedWidth(300)  # the QR code's width: wraps under it, never clipped
        texts = QVBoxLayout()
        texts.setSpacing(20)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        texts.addSpacing(8)
        texts.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        texts.addStretch(1)
        code = QVBoxLayout()
        code.setSpacing(8)
        code.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        code.addWidget(self.caption)
        row = QHBoxLayout()
        row.setSpacing(64)
        row.addLayout(texts, 1)
        row.addLayout(code)
        # The message sits in the middle of the frame, not stuck to its top edge.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(72, 48, 72, 48)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_message(
        self, kind: str, title: str, text: str, button_text: str, qr_url: str = ""
    ) -> None:
        """Fill the panel; a QR code only for web addresses (something a phone can open).

        The texts may name what a page chose (a host, an alert's words): long words are made
        breakable so that no text can widen the kiosk's window. A code that cannot be drawn is
        left out; the panel shows all the same.
        """
        again = self.kind == kind and self._qr_url == qr_url  # e.g. the 30-second retry failing
        self.kind, self._qr_url = kind, qr_url
        self.title.setText(breakable(title))
        self.text.setText(breakable(text))
        self.button.setText(button_text)
        code = self._code(qr_url)
        self.qr.setVisible(not code.isNull())
        self.caption.setVisible(not code.isNull())
        if not code.isNull():
            self.qr.setPixmap(code)
            self.caption.setText(self.tr("Scan to continue on your phone"))
            if not again:
                self.qr_shown.emit()

    @staticmethod
    def _code(url: str) -> QPixmap:
        """The QR code of a web address that fits, else an empty pixmap."""
        if not url.startswith(("http://", "https://")) or len(url) > QR_MAX:
            return QPixmap()
        try:
            return qr_pixmap(url, size=260)
        except ValueError:  # segno's DataOverflowError: the address does not fit in a code
            return QPixmap()
