"""What the publisher shows before there is anything to show: what to do first, as a button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyCard(QWidget):
    """A card in the middle of an empty view: a heading, a few plain sentences, the buttons."""

    def __init__(self, *buttons: QPushButton) -> None:
        super().__init__()
        card = QWidget()
        card.setObjectName("start")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card.setFixedWidth(720)  # a fixed width lets the text's height follow from it
        self.title = QLabel()
        self.title.setObjectName("startTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("startText")
        self.text.setWordWrap(True)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        inside = QVBoxLayout(card)
        inside.setContentsMargins(36, 32, 36, 32)
        inside.setSpacing(16)
        inside.addWidget(self.title)
        inside.addWidget(self.text)
        inside.addSpacing(8)
        inside.addLayout(row)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)


def primary(button: QPushButton) -> QPushButton:
    """`button` in the look of the view's main action (green, as Publicera)."""
    button.setProperty("primary", True)
    return button


def secondary(button: QPushButton) -> QPushButton:
    """`button` as large as a main action beside it, in the plain look."""
    button.setProperty("secondary", True)
    return button


class StartView(EmptyCard):
    """No source folder is open yet: open the municipality's folder, or make the first one."""

    open_requested = Signal()
    create_requested = Signal()

    def __init__(self) -> None:
        self.open_button = primary(QPushButton())
        self.create_button = secondary(QPushButton())
        super().__init__(self.open_button, self.create_button)
        self.open_button.clicked.connect(self.open_requested)
        self.create_button.clicked.connect(self.create_requested)
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
