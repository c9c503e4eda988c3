"""What every section of shop-owner mode shares: the owner's service, the view state, a heading."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.services.owner import OwnerService
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import label


class OwnerView(QWidget):
    """A section of the owner's panel (status, events, details, usage)."""

    def __init__(
        self, service: OwnerService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("page", True)
        self.service = service
        self.state = state
        self.heading = label(role="h1")
