"""What every screen shares: a name, a translated title, refresh on content, language and theme."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.services.content import ContentService
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import ChipBar, label, scroll_area

LOW_LIST_BELOW = 640
"""Logical px at A: a list page lower than this is 'low' (Page.lists)."""


class Page(QWidget):
    """A screen in the stack. Subclasses fill `body` and implement `refresh`."""

    name = "page"
    scrolls: bool | str = False
    lists = False
    """A page of cards: on a low screen its heading is smaller and its subheading goes, so that
    a visitor sees several rows of cards (1280x720 showed one or two, issue 23)."""
    """True: the body scrolls as a whole when it does not fit. 'large-text': only at A+ and A++
    (a scroll area costs start-up time, so the home screen has one only when it needs it)."""
    open_page = Signal(str, object)
    """Ask the window to open another page (name, argument)."""
    used = Signal(str, str, str)
    """For the usage counters: what (item, eservice, brochure, qr, search, notice), a catalogue
    id and a category, both from the feed ('' when none) — never anything a visitor typed."""

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("page", True)
        self.content = content
        self.state = state
        self.heading = label(role="h1")
        self.subheading = label(role="muted")
        head = QVBoxLayout()
        head.setSpacing(4)
        head.addWidget(self.heading)
        head.addWidget(self.subheading)
        self.head_row = QHBoxLayout()
        self.head_row.addLayout(head, 1)
        self.body = QVBoxLayout()
        self.body.setSpacing(18)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 24)
        outer.setSpacing(22)
        outer.addLayout(self.head_row)
        self._outer = outer
        self._body_widget = QWidget()
        self._body_widget.setProperty("page", True)
        self._body_widget.setLayout(self.body)
        self.body.setContentsMargins(0, 0, 0, 0)
        self._scroll: QScrollArea | None = None
        self._switching = False
        self._wanted_scrolling = False
        outer.addWidget(self._body_widget, 1)
        if self.scrolls is True:
            self._make_scrollable()
        elif self.scrolls == "large-text":
            state.theme_changed.connect(self._on_state_theme_changed)
        state.language_changed.connect(self._on_anything_changed)
        state.theme_changed.connect(self._on_anything_changed)
        content.changed.connect(self._on_anything_changed)

    def _on_anything_changed(self) -> None:
        """Language, theme or content changed: the page on show re-renders now, the others when
        they are opened (the window refreshes every page it opens). A language tap used to
        rebuild every page built so far, 1,000 places included: half a second on a kiosk PC."""
        if not self.isHidden():
            self.refresh()

    def _make_scrollable(self) -> None:
        """Move the body into a kinetic scroll area (once)."""
        if self._scroll is not None:
            return
        self._outer.removeWidget(self._body_widget)
        self._scroll = scroll_area(self._body_widget)
        self._outer.addWidget(self._scroll, 1)

    def body_needs(self) -> int:
        """Height the body needs to be of use (0: the heading always shows). A list page on a
        low screen at large text (1280x720 at A++) gives its heading's room to the list."""
        return 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Hide the subheading, then the heading, where the body would not get its room."""
        super().resizeEvent(event)
        self._fit_heading()

    def _fit_heading(self) -> None:
        low = self.lists and self._fit_list_heading()
        needs = self.body_needs()
        if needs <= 0:
            return
        margins = self._outer.contentsMargins()
        room = self.height() - margins.top() - margins.bottom() - self._outer.spacing()
        width = self.width() - margins.left() - margins.right()
        title = self.heading.heightForWidth(width)
        sub = self.subheading.heightForWidth(width) + self.head_row.spacing()
        self.subheading.setVisible(room - title - sub >= needs and not low)
        self.heading.setVisible(room - title >= needs)

    def _fit_list_heading(self) -> bool:
        low = self.height() < self.state.theme.px(LOW_LIST_BELOW)
        if self.heading.property("brief") != low:
            self.heading.setProperty("brief", low)
            self.heading.style().unpolish(self.heading)
            self.heading.style().polish(self.heading)
        self.subheading.setVisible(not low)
        for chips in self.findChildren(ChipBar):
            chips.set_brief(low)
        self._outer.setContentsMargins(48, 16 if low else 32, 48, 16 if low else 24)
        self._outer.setSpacing(12 if low else 22)
        self.body.setSpacing(6 if low else 18)
        return low

    def _set_scrolling(self, on: bool) -> None:
        """Scroll the body, or (when it fits again, e.g. after a passing small size) not."""
        self._wanted_scrolling = on
        if self._switching:
            # Moving the body resizes it, and a home tile that finds itself cramped asks for
            # scrolling from inside this call: done at once, that left the scroll area shown
            # over the body. The request waits until this switch is over, and then the last
            # wish counts (a stale one left a portrait home unscrolled, its tiles overlapping).
            QTimer.singleShot(0, self, lambda: self._set_scrolling(self._wanted_scrolling))
            return
        self._switching = True
        try:
            self._switch_scrolling(on)
        finally:
            self._switching = False

    def _switch_scrolling(self, on: bool) -> None:
        if on:
            self._make_scrollable()
        scroll = self._scroll
        if scroll is None or (scroll.widget() is self._body_widget) == on:
            return
        if on:
            self._outer.removeWidget(self._body_widget)
            scroll.setWidget(self._body_widget)
            scroll.show()
        else:
            scroll.takeWidget()
            self._outer.insertWidget(self._outer.indexOf(scroll), self._body_widget, 1)
            scroll.hide()
            self._body_widget.show()

    def _on_state_theme_changed(self) -> None:
        if self.state.theme.text_step > 0:
            self._make_scrollable()

    @property
    def lang(self) -> str:
        """The visitor's language."""
        return self.state.lang

    def title(self) -> str:
        """The page's title in the current language (also its accessible name)."""
        return self.heading.text()

    def open_detail(self, builder: Callable[[], object]) -> None:
        """Open the detail page; `builder` renders the item in the language of the moment."""
        self.open_page.emit("detail", builder)

    def reset(self) -> None:
        """Forget what the last visitor chose here (filters, typed text); called when a visit ends."""

    def show_argument(self, argument: object) -> None:
        """Called when the page is opened with an argument (e.g. a category)."""

    def refresh(self) -> None:
        """Re-render from content in the current language and theme."""

    def refit(self) -> None:
        """Choose again how the page uses its height, after something above it (the warnings
        strip) took or gave back room. Only the layout: a list of 1,000 places is not rebuilt."""
        self._fit_heading()


def empty_note(text: str) -> QLabel:
    """A calm message for an empty list."""
    note = label(text, role="muted")
    note.setContentsMargins(0, 24, 0, 0)
    return note
