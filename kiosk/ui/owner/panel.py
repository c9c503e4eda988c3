"""The shop-owner panel: a side bar of sections (status, events, details, usage) and 'Stäng'."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.owner import OwnerService
from kiosk.ui.owner.style import owner_stylesheet
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import button, label

# Sections are built on first use: (module, class, icon).
SECTIONS: dict[str, tuple[str, str, str]] = {
    "status": ("kiosk.ui.owner.status", "StatusView", "heartbeat-bold"),
    "events": ("kiosk.ui.owner.events", "EventsView", "calendar-blank-bold"),
    "details": ("kiosk.ui.owner.details", "DetailsView", "storefront-bold"),
    "usage": ("kiosk.ui.owner.usage", "UsageView", "users-three-bold"),
}


class OwnerPanel(QWidget):
    """Everything the shop owner can do, one section at a time."""

    close_requested = Signal()

    def __init__(
        self, service: OwnerService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("page", True)
        self.service = service
        self.state = state
        self.views: dict[str, Any] = {}
        self.nav: dict[str, QPushButton] = {}
        side = QFrame()
        side.setObjectName("OwnerSide")
        self._side = side  # as wide as its largest text needs: set with the theme
        column = QVBoxLayout(side)
        column.setContentsMargins(20, 28, 20, 24)
        column.setSpacing(12)
        self.title = label(role="h2")
        column.addWidget(self.title)
        column.addSpacing(12)
        group = QButtonGroup(self)
        theme = state.theme
        for name, (_module, _cls, icon) in SECTIONS.items():
            nav = button(role="ownernav", checkable=True)
            nav.setIcon(theme.icon(icon, size=28))
            nav.setIconSize(QSize(28, 28))
            nav.setMinimumHeight(64)
            nav.clicked.connect(lambda _=False, n=name: self.show_section(n))
            group.addButton(nav)
            column.addWidget(nav)
            self.nav[name] = nav
        column.addStretch(1)
        self.close_button = button(role="primary")
        self.close_button.setIcon(theme.icon("x-bold", theme.palette.accent_text, 28))
        self.close_button.setIconSize(QSize(24, 24))
        self.close_button.setMinimumHeight(64)
        self.close_button.clicked.connect(self.close_requested)
        column.addWidget(self.close_button)
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.current = ""
        state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed()
        self.retranslate()

    def _on_state_theme_changed(self) -> None:
        self.setStyleSheet(owner_stylesheet(self.state.theme))
        self._side.setFixedWidth(self.state.theme.px(340))

    def retranslate(self) -> None:
        """Texts."""
        self.title.setText(self.tr("Shop-owner mode"))
        names = {
            "status": self.tr("Status"),
            "events": self.tr("Events"),
            "details": self.tr("Shop details"),
            "usage": self.tr("Usage"),
        }
        for name, nav in self.nav.items():
            nav.setText(names[name])
        self.close_button.setText(self.tr("Close"))

    def view(self, name: str) -> Any:
        """The section's view, built the first time."""
        if name not in self.views:
            module, cls_name, _icon = SECTIONS[name]
            cls: Any = getattr(importlib.import_module(module), cls_name)
            widget = cls(self.service, self.state)
            self.stack.addWidget(widget)
            self.views[name] = widget
        return self.views[name]

    def show_section(self, name: str) -> None:
        """Open a section, refreshed."""
        widget = self.view(name)
        widget.refresh()
        self.nav[name].setChecked(True)
        self.stack.setCurrentWidget(widget)
        self.current = name

    def start(self) -> None:
        """Just unlocked: the status first (is everything fine?)."""
        self.show_section("status")

    def reset(self) -> None:
        """The mode ended: forget half-filled forms."""
        for widget in self.views.values():
            reset = getattr(widget, "reset", None)
            if reset is not None:
                reset()


def section_page(title: QWidget, body: QWidget) -> QWidget:
    """A padded page with a heading above `body`."""
    page = QWidget()
    page.setProperty("page", True)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(48, 32, 48, 24)
    layout.setSpacing(20)
    layout.addWidget(title)
    layout.addWidget(body, 1)
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)
    return page
