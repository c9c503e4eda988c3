"""What the publisher shows before there is anything to edit: what to do first, as a button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class StartView(QWidget):
    """No source folder is open yet: open the municipality's folder, or make the first one."""

    open_requested = Signal()
    create_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        card = QWidget()
        card.setObjectName("start")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card.setFixedWidth(720)
        self.title = QLabel()
        self.title.setObjectName("startTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("startText")
        self.text.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self.open_requested)
        self.create_button = QPushButton()
        self.create_button.setProperty("secondary", True)
        self.create_button.clicked.connect(self.create_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        inside = QVBoxLayout(card)
        inside.setContentsMargins(36, 32, 36, 32)
        inside.setSpacing(16)
        inside.addWidget(self.title)
        inside.addWidget(self.text)
        inside.addSpacing(8)
        inside.addLayout(buttons)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Start by opening the source folder"))
        self.text.setText(
            self.tr(
                "Everything the kiosks show (notices, events, places, e-services, brochures "
                "and the service points themselves) is kept in one folder, on this computer "
                "or on a shared drive. Open that folder if you or a colleague have made it. "
                "The first time, create a new, empty folder."
            )
        )
        self.open_button.setText(self.tr("Open the source folder…"))
        self.create_button.setText(self.tr("Create a new folder…"))
