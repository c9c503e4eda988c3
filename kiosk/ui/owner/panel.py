"""The shop-owner panel: a side bar of sections (status, events, details, usage) and 'Stäng'."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.owner import OwnerService
from kiosk.ui.flow import FlowLayout, flow_holder
from kiosk.ui.owner.reflow import columns_holder, scroller
from kiosk.ui.owner.style import owner_stylesheet
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import Card, button, label

SIDE_WIDTH = 360
"""The side bar at text size A (it grows with the text)."""
SECTION_MIN = 480
"""The narrowest a section may be beside the side bar, at text size A; else the bar goes on top
(as it does on a portrait screen)."""
MAX_BAR_SHARE = 0.4
"""The top bar hides while it would take more than this share of the panel's height."""
# Sections are built on first use: (module, class, icon).
SECTIONS: dict[str, tuple[str, str, str]] = {
    "status": ("kiosk.ui.owner.status", "StatusView", "heartbeat-bold"),
    "events": ("kiosk.ui.owner.events", "EventsView", "calendar-blank-bold"),
    "details": ("kiosk.ui.owner.details", "DetailsView", "storefront-bold"),
    "usage": ("kiosk.ui.owner.usage", "UsageView", "users-three-bold"),
}


class OwnerPanel(QWidget):
    """Everything the shop owner can do, one section at a time.

    The sections are a side bar on a wide screen; on a portrait or narrow one (or at large text,
    where the side bar would leave the section too little room) a bar across the top. A side bar
    too short for its buttons (the on-screen keyboard is up) scrolls, and 'Stäng' stays in sight.
    """

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
        self.title = label(role="h2", wrap=False)
        group = QButtonGroup(self)
        for name, (_module, _cls, _icon) in SECTIONS.items():
            nav = button(role="ownernav", checkable=True)
            nav.setObjectName(f"OwnerNav-{name}")
            nav.setMinimumHeight(64)
            nav.clicked.connect(lambda _=False, n=name: self._leave(partial(self.show_section, n)))
            group.addButton(nav)
            self.nav[name] = nav
        self.close_button = button(role="primary")
        self.close_button.setObjectName("OwnerClose")
        self.close_button.setMinimumHeight(64)
        self.close_button.clicked.connect(lambda: self._leave(self.close_requested.emit))
        self._build_bars()
        self.stack = QStackedWidget()
        self.ask = UnsavedQuestion()
        self.ask.keep.clicked.connect(self._on_ask_keep_clicked)
        self.ask.discard.clicked.connect(self._on_ask_discard_clicked)
        self._pending: Callable[[], None] | None = None
        section = QWidget()
        section.setProperty("page", True)
        section_column = QVBoxLayout(section)
        section_column.setContentsMargins(0, 0, 0, 0)
        section_column.setSpacing(0)
        section_column.addWidget(self.ask)
        section_column.addWidget(self.stack, 1)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self._side)
        self._layout.addWidget(self._top)
        self._layout.addWidget(section, 1)
        self.on_side: bool | None = None
        self.current = ""
        state.theme_changed.connect(self._on_state_theme_changed)
        state.language_changed.connect(self._on_state_language_changed)
        self._on_state_theme_changed()
        self.retranslate()

    def _build_bars(self) -> None:
        self._side = QFrame()
        self._side.setObjectName("OwnerSide")
        column = QVBoxLayout(self._side)
        column.setContentsMargins(20, 28, 20, 24)
        column.setSpacing(12)
        inner = QWidget()
        inner.setObjectName("OwnerSideNav")  # no page background: the bar's colour shows
        self._side_nav = QVBoxLayout(inner)
        self._side_nav.setContentsMargins(0, 0, 0, 0)
        self._side_nav.setSpacing(12)
        self._side_scroll = scroller(inner)
        column.addWidget(self._side_scroll, 1)
        self._side_column = column
        self._top = QFrame()
        self._top.setObjectName("OwnerTop")
        bar = QVBoxLayout(self._top)
        bar.setContentsMargins(24, 14, 24, 14)
        bar.setSpacing(10)
        self._top_head = QHBoxLayout()
        self._top_head.setSpacing(16)
        bar.addLayout(self._top_head)
        holder, self._top_nav = columns_holder(200, 10)
        self._top_nav.counts = (4, 2, 1)  # all in a row, two by two, or one above the other
        holder.setProperty("page", False)
        bar.addWidget(holder)

    def _arrange(self, side: bool) -> None:
        """Move the title, section buttons and 'Stäng' into the side bar or the top bar."""
        if side == self.on_side:
            return
        self.on_side = side
        for layout in (self._side_nav, self._top_nav, self._top_head):
            while layout.count():
                layout.takeAt(0)  # the widgets stay; they are added again below
        self._side_column.removeWidget(self.close_button)
        if side:
            for widget in [self.title, *self.nav.values()]:
                self._side_nav.addWidget(widget)
            self._side_nav.insertSpacing(1, 12)
            self._side_nav.addStretch(1)
            self._side_column.addWidget(self.close_button)
        else:
            self._top_head.addWidget(self.title, 1)
            self._top_head.addWidget(self.close_button)
            for widget in self.nav.values():
                self._top_nav.addWidget(widget)
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        )
        self._side.setVisible(side)
        self._top.setVisible(not side)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side bar or top bar, by the room the section would keep."""
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        """Rows that flow were placed while hidden, with the button sizes of the look then in
        force (a new style sheet reaches hidden buttons as they show): place them once more
        when the new sizes are known."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._replace_flows)

    def _replace_flows(self) -> None:
        for layout in self.findChildren(FlowLayout):
            layout.invalidate()
        self._fit()

    def _fit(self) -> None:
        wide = self.width() >= self._side_width() + self.state.theme.px(SECTION_MIN)
        self._arrange(wide and self.width() >= self.height())
        if not self.on_side:
            self._top_nav.set_min_column(max(nav.sizeHint().width() for nav in self.nav.values()))
            # So short (the on-screen keyboard is up) that the top bar would leave the form a
            # slit: the bar steps aside while typing; the form's own buttons lead back.
            bar = self._top.heightForWidth(self.width())
            bar = bar if bar > 0 else self._top.sizeHint().height()
            self._top.setVisible(bar <= MAX_BAR_SHARE * self.height())

    def _side_width(self) -> int:
        return self.state.theme.px(SIDE_WIDTH)

    def _on_state_theme_changed(self) -> None:
        theme = self.state.theme
        self.setStyleSheet(owner_stylesheet(theme))
        self._side.setFixedWidth(self._side_width())
        size = theme.px(28)
        for name, nav in self.nav.items():
            nav.setIcon(theme.icon(SECTIONS[name][2], size=size))
            nav.setIconSize(QSize(size, size))
        self.close_button.setIcon(theme.icon("x-bold", theme.palette.accent_text, size))
        self.close_button.setIconSize(QSize(size, size))
        if self.width() > 0:
            self.on_side = None  # the title's height follows the buttons' new size
            self._fit()

    def _on_state_language_changed(self) -> None:
        """Every text of the panel and of the sections built so far, in the new language."""
        self.retranslate()
        self._fit()  # the widest section button may have changed
        for widget in self.views.values():
            widget.retranslate()

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
        self.ask.retranslate()

    def view(self, name: str) -> Any:
        """The section's view, built the first time."""
        if name not in self.views:
            module, cls_name, _icon = SECTIONS[name]
            cls: Any = getattr(importlib.import_module(module), cls_name)
            widget = cls(self.service, self.state)
            self.stack.addWidget(widget)
            self.views[name] = widget
        return self.views[name]

    def _leave(self, then: Callable[[], None]) -> None:
        """Close or change section, but ask first when the open form has changes not saved
        (a tap on 'Stäng' threw a half-written event away)."""
        view = self.views.get(self.current)
        if view is not None and getattr(view, "unsaved", lambda: False)():
            self._pending = then
            if self.current:
                self.nav[self.current].setChecked(True)  # still here until the owner answers
            self.ask.show()
            return
        then()

    def _on_ask_keep_clicked(self) -> None:
        self._pending = None
        self.ask.hide()

    def _on_ask_discard_clicked(self) -> None:
        pending, self._pending = self._pending, None
        self.ask.hide()
        view = self.views.get(self.current)
        if view is not None:
            view.discard()
        if pending is not None:
            pending()

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

    def take_focus(self) -> None:
        """Shown: the focus on the section chosen, not on 'Stäng' (framed as if about to be
        pressed), where Qt would put it when the PIN pad goes."""
        self.nav[self.current or "status"].setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """The mode ended: forget half-filled forms."""
        self._pending = None
        self.ask.hide()
        for widget in self.views.values():
            reset = getattr(widget, "reset", None)
            if reset is not None:
                reset()


class UnsavedQuestion(Card):
    """Asked in the panel, big enough for a finger (never a dialog of the system): the open
    form has changes; keep editing or throw them away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OwnerUnsaved")
        self.text = label(role="h3")
        self.keep = button(role="primary")
        self.discard = button(role="danger")
        for answer in (self.keep, self.discard):
            answer.setMinimumHeight(64)
        answers, flow = flow_holder(14)
        answers.setProperty("page", False)
        flow.addWidget(self.keep)
        flow.addWidget(self.discard)
        column = QVBoxLayout(self)
        column.setContentsMargins(30, 20, 30, 20)
        column.setSpacing(14)
        column.addWidget(self.text)
        column.addWidget(answers)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Texts."""
        self.text.setText(self.tr("You have changes that are not saved."))
        self.keep.setText(self.tr("Go on editing"))
        self.discard.setText(self.tr("Throw the changes away"))
