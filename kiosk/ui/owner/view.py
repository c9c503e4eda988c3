"""What every section of shop-owner mode shares: the owner's service, the view state, a heading,
and a page that scrolls when its content is taller than the screen (large text, the keyboard up)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.services.owner import OwnerService
from kiosk.ui.owner.reflow import scroller
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import label


class OwnerView(QWidget):
    """A section of the owner's panel (status, events, details, usage).

    Subclasses add to `column` (below the heading, inside the scroll area) and, for what must
    stay in sight such as 'Spara', to `outer` below the scroll area.
    """

    def __init__(
        self, service: OwnerService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("page", True)
        self.service = service
        self.state = state
        self.heading = label(role="h1")
        inner = QWidget()
        inner.setProperty("page", True)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(48, 32, 48, 24)
        self.column.setSpacing(20)
        self.column.addWidget(self.heading)
        self.scroller = scroller(inner)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(0)
        self.outer.addWidget(self.scroller, 1)

    def retranslate(self) -> None:
        """Every text in the language now in force (called when the language changes)."""
