"""A row in the owner's lists (events, past activities): what and when, its buttons beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.flow import flow_holder
from kiosk.ui.widgets import Card, label

TEXT_MIN = 360
"""The title and its line keep this much beside the buttons (at text size A), else the buttons
go below."""


class ItemRow(Card):
    """A title, a muted line under it, and buttons beside the text while both fit, else below it
    (portrait, large text). Subclasses add their buttons with `add_buttons`."""

    def __init__(self, title: str, line: str, text_min: int) -> None:
        super().__init__()
        self.line = label(line, role="muted")
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(label(title, role="h3"))
        text.addWidget(self.line)
        self.buttons, self._flow = flow_holder(12)
        self.buttons.setProperty("page", False)
        self._text_min = text_min
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(26, 18, 20, 18)
        self._row.setSpacing(16)
        self._row.addLayout(text, 1)
        self._row.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignVCenter)

    def add_buttons(self, *widgets: QWidget) -> None:
        """The row's buttons, in reading order."""
        for widget in widgets:
            self._flow.addWidget(widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Buttons beside the text while both fit, else below it."""
        super().resizeEvent(event)
        beside = self.width() >= self._text_min + self.buttons.sizeHint().width() + 62
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)
