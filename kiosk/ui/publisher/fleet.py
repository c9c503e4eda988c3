"""The service points tab: how each shop's kiosk is doing, once the fleet board exists."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class FleetPanel(QWidget):
    """Says plainly what is not there yet rather than showing an empty board."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.body = QLabel()
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("The service points' kiosks"))
        self.body.setText(
            self.tr(
                "This program cannot yet show how each kiosk is doing. Until it can, the "
                "command 'kiosk fleet status' lists every service point, and each shop owner "
                "sees the kiosk's state in the owner's view."
            )
        )
