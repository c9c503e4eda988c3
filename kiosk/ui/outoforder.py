"""The worst a visitor ever sees: a calm 'temporarily out of order' page that retries by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui import icons
from kiosk.ui.widgets import label

RETRY_SECONDS = 60


class OutOfOrderPage(QWidget):
    """Shown on a bug or when there is no content; emits `retry` every minute until recovered."""

    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A property, not the object name: the window names every page 'page-NAME', and the
        # style sheet's rule for '#OutOfOrder' then never matched (white text on the cream page).
        self.setProperty("screen", "out-of-order")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        icon = QLabel()
        # White on the dark page of either palette (the header's colour, or black).
        icon.setPixmap(icons.pixmap("wrench-bold", "#FFFFFF", 120))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Written in all four languages at once: the visitor's choice may be what broke.
        lines = (
            ("Tillfälligt ur funktion", "h1"),
            ("Datorn försöker igen av sig själv. Fråga gärna personalen i butiken.", ""),
            (
                "Temporarily out of order · Vorübergehend außer Betrieb · Tilapäisesti poissa käytöstä",
                "muted",
            ),
        )
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(icon)
        for text, role in lines:
            line = label(text, role=role)
            line.setAlignment(Qt.AlignmentFlag.AlignCenter)
            line.setWordWrap(True)
            layout.addWidget(line)
        layout.addStretch(1)
        self._timer = QTimer(self, interval=RETRY_SECONDS * 1000)
        self._timer.timeout.connect(self.retry)

    def showEvent(self, event):  # type: ignore[no-untyped-def]
        """Start retrying while visible."""
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event):  # type: ignore[no-untyped-def]
        """Stop retrying once recovered."""
        self._timer.stop()
        super().hideEvent(event)
