"""The kiosk window: header, pages, bottom bar, attract screen, countdown and out-of-order page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.services.content import ContentService
from kiosk.ui.attract import AttractPage
from kiosk.ui.countdown import CountdownOverlay
from kiosk.ui.header import Header
from kiosk.ui.navbar import NavBar
from kiosk.ui.outoforder import OutOfOrderPage
from kiosk.ui.pages.about import AboutPage
from kiosk.ui.pages.base import Page
from kiosk.ui.pages.detail import DetailPage
from kiosk.ui.pages.home import HomePage
from kiosk.ui.pages.lists import BrochuresPage, EventsPage, PlacesPage, ServicesPage
from kiosk.ui.pages.search import SearchPage
from kiosk.ui.state import ViewState
from kiosk.ui.theme import stylesheet

PAGE_CLASSES: tuple[type[Page], ...] = (
    HomePage,
    PlacesPage,
    EventsPage,
    ServicesPage,
    BrochuresPage,
    SearchPage,
    AboutPage,
    DetailPage,
)

# Shortcuts that would close or leave the kiosk; the real exit is behind the shop owner's PIN.
BLOCKED_KEYS = (
    QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_F4),
    QKeySequence(Qt.Key.Key_Escape),
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q),
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W),
)


class KioskWindow(QWidget):
    """Everything a visitor sees. Built by app.py with its services; never opens files or sockets."""

    page_changed = Signal(str)

    def __init__(
        self,
        content: ContentService,
        state: ViewState,
        hero_image: Path,
        slide_seconds: int,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setWindowTitle("Servicepunkt")
        self.content = content
        self.state = state
        self.allow_close = False
        self.header = Header(state, clock)
        self.navbar = NavBar(state)
        self.pages = QStackedWidget()
        self.pages.setObjectName("Pages")
        self.page: dict[str, QWidget] = {}
        for cls in PAGE_CLASSES:
            page = cls(content, state)
            page.open_page.connect(self.open_page)
            self._add_page(page.name, page)
        self.attract = AttractPage(content, hero_image, slide_seconds)
        self._add_page("attract", self.attract)
        self.out_of_order = OutOfOrderPage()
        self._add_page("out-of-order", self.out_of_order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.navbar)
        self.countdown = CountdownOverlay(self)
        self.history: list[tuple[str, object]] = []
        self._argument: object = None
        self.navbar.home_clicked.connect(self.go_home)
        self.navbar.back_clicked.connect(self.go_back)
        state.theme_changed.connect(self._on_state_theme_changed)
        state.language_changed.connect(self.countdown.retranslate)
        content.changed.connect(self._on_content_changed)
        self._on_state_theme_changed()
        self._on_content_changed()
        self.open_page("home")

    def _add_page(self, name: str, widget: QWidget) -> None:
        widget.setObjectName(f"page-{name}")
        self.page[name] = widget
        self.pages.addWidget(widget)

    @property
    def current(self) -> str:
        """Name of the page shown."""
        widget = self.pages.currentWidget()
        return widget.objectName().removeprefix("page-") if widget is not None else ""

    def open_page(self, name: str, argument: object = None, remember: bool = True) -> None:
        """Show page `name` (with an optional argument), remembering where we came from for Back."""
        if name not in self.page:
            return
        current = self.current
        if name == "home" or name in {"attract", "out-of-order"}:
            self.history.clear()
        elif (
            remember
            and current not in {"", "attract", "out-of-order"}
            and (current != name or name == "detail")
        ):
            self.history.append((current, self._argument))
        self._argument = argument
        page = self.page[name]
        if isinstance(page, Page):
            if argument is not None or name in {"search", "places"}:
                page.show_argument(argument)
            else:
                page.refresh()
        chrome = name not in {"attract", "out-of-order"}
        self.header.setVisible(chrome)
        self.navbar.setVisible(chrome)
        self.navbar.set_at_home(name == "home")
        self.pages.setCurrentWidget(page)
        self.page_changed.emit(name)

    def go_home(self) -> None:
        """Home, forgetting the way here."""
        self.open_page("home")

    def go_back(self) -> None:
        """One step back; home when there is nowhere to go back to."""
        if not self.history:
            self.go_home()
            return
        name, argument = self.history.pop()
        self.open_page(name, argument, remember=False)

    def show_attract(self) -> None:
        """Between visits."""
        self.countdown.hide()
        self.history.clear()
        self.open_page("attract")

    def show_out_of_order(self) -> None:
        """The friendly failure page; it retries by itself."""
        self.countdown.hide()
        self.open_page("out-of-order")

    def reset_visit(self) -> None:
        """The visit is over: Swedish, default look, home state cleared, attract screen."""
        self.state.reset()
        search = self.page["search"]
        if isinstance(search, SearchPage):
            search.field.clear()
        self.show_attract()

    def _on_state_theme_changed(self) -> None:
        QApplication.instance().setStyleSheet(stylesheet(self.state.theme))  # type: ignore[union-attr]

    def _on_content_changed(self) -> None:
        self.header.set_content(self.content.service_point(), self.content.info())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the overlay covering the window."""
        self.countdown.resize(self.size())
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Visitors cannot close the kiosk (Alt+F4 included)."""
        if self.allow_close:
            event.accept()
        else:
            event.ignore()


class ExitKeyFilter(QObject):
    """Swallows the usual ways out (Escape, Alt+F4, Ctrl+Q, Ctrl+W) for the whole application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """True (eaten) for blocked key combinations."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            combo = QKeySequence(event.keyCombination())
            return any(
                combo.matches(blocked) == QKeySequence.SequenceMatch.ExactMatch
                for blocked in BLOCKED_KEYS
            )
        return False
