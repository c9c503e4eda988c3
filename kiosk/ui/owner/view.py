"""What every section of shop-owner mode shares: the owner's service, the view state, a heading,
and a page that scrolls when its content is taller than the screen (large text, the keyboard up)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.owner import OwnerService
from kiosk.ui.owner.reflow import scroller
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import label

WIDE_MARGIN = 48
NARROW_MARGIN = 24
NARROW_BELOW = 900
"""Sections narrower than this (in pixels) get the narrow margins."""
SHORT_BELOW = 560
"""Sections lower than this (the on-screen keyboard up at 1366x768 or 1280x720) are compact:
thin edges above and below, rows closer together, so more of the form shows above 'Spara'."""
COMPACT_SPACING = 8


def plain_problem(service: OwnerService, text: str) -> str:
    """A problem as the owner should read it: a full disk is named as such, never as SQLite's
    'disk I/O error'."""
    if text and service.disk_full():
        return QCoreApplication.translate(
            "OwnerView", "The disk is full: nothing new can be saved until there is room again."
        )
    return text


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
        self._bars: list[QBoxLayout] = []
        self._margin = 0
        self._compact: bool | None = None
        self.spacing = 20
        """Between the rows of `column` (subclasses set theirs), closer while compact."""
        self._clean: tuple[object, ...] | None = None
        """The fields as loaded or saved (None: a section without a form)."""

    def add_bar(self, bar: QBoxLayout) -> None:
        """What stays below the scroll area ('Spara' and its message), edges in line with it."""
        self._bars.append(bar)
        self.outer.addLayout(bar)
        self._margin = 0
        self._compact = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrower edges on a narrow screen, thinner ones on a low one (the keyboard up): the
        room goes to the fields and their words."""
        super().resizeEvent(event)
        margin = WIDE_MARGIN if self.width() >= NARROW_BELOW else NARROW_MARGIN
        compact = self.height() < SHORT_BELOW
        if margin != self._margin or compact != self._compact:
            self._margin = margin
            self._compact = compact
            top, bottom = (12, 12) if compact else (32, 24)
            self.column.setContentsMargins(margin, top, margin, bottom)
            self.column.setSpacing(min(COMPACT_SPACING, self.spacing) if compact else self.spacing)
            for bar in self._bars:
                bar.setContentsMargins(margin, *((6, margin, 8) if compact else (12, margin, 20)))

    def retranslate(self) -> None:
        """Every text in the language now in force (called when the language changes)."""

    def mark_saved(self) -> None:
        """What the fields hold now is what is saved (after loading or saving)."""
        self._clean = form_state(self)

    def unsaved(self) -> bool:
        """True when a field was changed since it was loaded or saved."""
        return self._clean is not None and form_state(self) != self._clean


def mark_invalid(field: QWidget, invalid: bool) -> None:
    """Frame `field` thickly while its message below says what is wrong: in high contrast every
    field's frame is yellow, so a colour alone marked nothing (issue 23)."""
    if field.property("invalid") is not invalid:
        field.setProperty("invalid", invalid)
        field.style().unpolish(field)
        field.style().polish(field)


def form_state(widget: QWidget) -> tuple[object, ...]:
    """Everything an owner can type or choose inside `widget`, for telling a changed form."""
    texts = [edit.text() for edit in widget.findChildren(QLineEdit)]
    texts += [edit.toPlainText() for edit in widget.findChildren(QPlainTextEdit)]
    chosen = [b.isChecked() for b in widget.findChildren(QAbstractButton) if b.isCheckable()]
    return (*texts, *chosen, getattr(widget, "image", None))
