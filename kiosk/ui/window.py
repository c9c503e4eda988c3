"""The kiosk window: header, pages, bottom bar, attract screen, countdown and out-of-order page."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLayout,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.content import ContentService
from kiosk.ui.browser.policy import BrowserPolicy
from kiosk.ui.countdown import CountdownOverlay
from kiosk.ui.header import Header
from kiosk.ui.keyboard import KeyboardDock
from kiosk.ui.navbar import NavBar
from kiosk.ui.outoforder import OutOfOrderPage
from kiosk.ui.pages.base import Page
from kiosk.ui.state import ViewState
from kiosk.ui.theme import compact_chrome, stylesheet

if TYPE_CHECKING:
    from kiosk.ui.attract import AttractPage

# Pages are built on first use (module, class): start-up only pays for the home screen. This is
# the window's one table of modules imported late: the lists, search, detail and reader modules
# each take from 20 ms to a few hundred to import on top of the home screen's (`-X importtime`),
# and the browser's loads QtWebEngine, which a kiosk pays for only at the first e-service.
PAGES: dict[str, tuple[str, str]] = {
    "home": ("kiosk.ui.pages.home", "HomePage"),
    "places": ("kiosk.ui.pages.lists", "PlacesPage"),
    "events": ("kiosk.ui.pages.lists", "EventsPage"),
    "services": ("kiosk.ui.pages.lists", "ServicesPage"),
    "brochures": ("kiosk.ui.pages.lists", "BrochuresPage"),
    "search": ("kiosk.ui.pages.search", "SearchPage"),
    "about": ("kiosk.ui.pages.about", "AboutPage"),
    "detail": ("kiosk.ui.pages.detail", "DetailPage"),
    "notices": ("kiosk.ui.pages.notices", "NoticesPage"),
    "reader": ("kiosk.ui.pages.reader", "ReaderPage"),
    "browser": ("kiosk.ui.browser.page", "BrowserPage"),
    "emergency": ("kiosk.ui.pages.emergency", "EmergencyPage"),
}
FULL_SCREEN_PAGES = frozenset({"attract", "out-of-order"})


@functools.cache
def blocked_keys() -> tuple[QKeySequence, ...]:
    """Shortcuts that would close or leave the kiosk; the real exit is behind the shop owner's PIN.

    Built on first use: Qt.Key is a large enum and costs 10 ms to create at start-up.
    """
    return (
        QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_F4),
        QKeySequence(Qt.Key.Key_Escape),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W),
    )


def to_top(page: QWidget) -> None:
    """Every scroll area of `page` back at its start (issue 23: the next event opened with its
    date and place scrolled out of sight, even for the next visitor)."""
    for area in page.findChildren(QAbstractScrollArea):
        if QScroller.hasScroller(area.viewport()):  # a flick still gliding would carry on
            QScroller.scroller(area.viewport()).stop()
        area.verticalScrollBar().setValue(area.verticalScrollBar().minimum())
        area.horizontalScrollBar().setValue(area.horizontalScrollBar().minimum())


class _LazyPages(dict[str, QWidget]):
    """name -> page widget, building a page the first time it is asked for."""

    def __init__(self, factory: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._factory = factory

    def __missing__(self, name: str) -> QWidget:
        if name not in PAGES:
            raise KeyError(name)
        widget = self._factory(name)
        self[name] = widget
        return widget


class KioskWindow(QWidget):
    """Everything a visitor sees. Built by app.py with its services; never opens files or sockets."""

    page_changed = Signal(str)
    used = Signal(str, str, str)
    """A page's usage event (see Page.used), for the statistics."""
    first_painted = Signal()
    native_window_changed = Signal()
    """Qt re-created the native window (the first web view needs a GPU surface): re-watch input."""
    attract_touched = Signal()
    stay_requested = Signal()
    end_requested = Signal()
    retry_requested = Signal()

    def __init__(
        self,
        content: ContentService,
        state: ViewState,
        hero_image: Path,
        slide_seconds: int,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
        browser_policy: BrowserPolicy | None = None,
        size: QSize | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        if size is not None:  # the style sheet fits the window's height: parsed once, at this size
            self.resize(size)
        self.browser_policy = browser_policy or BrowserPolicy()
        """Printing and free browsing for the e-service browser (built when first opened)."""
        self.setWindowTitle("Servicepunkt")
        self.content = content
        self.state = state
        self.allow_close = False
        self._painted = False
        self._hero_image = hero_image
        self._slide_seconds = slide_seconds
        self.header = Header(state, clock)
        self.navbar = NavBar(state)
        self.keyboard = KeyboardDock(state)
        """The on-screen keyboard, below everything; the pages shrink while it is shown."""
        self._compact = False
        """Header and bottom bar without their padding: a low window at large text."""
        self._private: set[str] = set()
        """Pages that are not the visitors' (shop-owner mode): no header, no Hem or Tillbaka."""
        self.pages = QStackedWidget()
        self.pages.setObjectName("Pages")
        # The window is the screen's size whatever a page would like; pages fit or scroll.
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.page: dict[str, QWidget] = _LazyPages(self._build_page)
        self._attract: AttractPage | None = None
        self._out_of_order: OutOfOrderPage | None = None
        self._countdown: CountdownOverlay | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Nor does the window take a minimum size from its pages: a stand turned from landscape
        # to portrait kept a 918 px window on a 720 px screen (the home's three columns were its
        # minimum until the new width reached it and made them one).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.navbar)
        layout.addWidget(self.keyboard)
        self.keyboard.shown_changed.connect(self._on_keyboard_shown_changed)
        self.history: list[tuple[str, object]] = []
        self._argument: object = None
        self.navbar.home_clicked.connect(self.go_home)
        self.navbar.back_clicked.connect(self.go_back)
        state.theme_changed.connect(self._on_state_theme_changed)
        content.changed.connect(self._on_content_changed)
        self._on_state_theme_changed()
        self._on_content_changed()
        self.open_page("home")

    # --- pages, built on demand ------------------------------------------------------------

    def _build_page(self, name: str) -> QWidget:
        module, cls_name = PAGES[name]
        cls: Any = getattr(importlib.import_module(module), cls_name)
        extra = {"policy": self.browser_policy} if name == "browser" else {}
        page: Page = cls(self.content, self.state, **extra)
        page.open_page.connect(self.open_page)
        page.used.connect(self.used)
        self._add_page(name, page)
        return page

    def _add_page(self, name: str, widget: QWidget) -> None:
        widget.setObjectName(f"page-{name}")
        self.pages.addWidget(widget)

    @property
    def attract(self) -> AttractPage:
        """The attract screen (built the first time the kiosk is idle)."""
        if self._attract is None:
            # Like the pages in PAGES, imported when first shown: its module (Qt's animation
            # and painting classes, the opening-hours rules) takes about 30 ms to import, which
            # the first frame of the home screen does not need.
            from kiosk.ui.attract import AttractPage

            self._attract = AttractPage(self.content, self._hero_image, self._slide_seconds)
            self._attract.touched.connect(self.attract_touched)
            self._add_page("attract", self._attract)
        return self._attract

    @property
    def out_of_order(self) -> OutOfOrderPage:
        """The friendly failure page."""
        if self._out_of_order is None:
            self._out_of_order = OutOfOrderPage()
            self._out_of_order.retry.connect(self.retry_requested)
            self._add_page("out-of-order", self._out_of_order)
        return self._out_of_order

    @property
    def countdown(self) -> CountdownOverlay:
        """The 'Är du kvar?' overlay."""
        if self._countdown is None:
            self._countdown = CountdownOverlay(self)
            self._countdown.stay.connect(self.stay_requested)
            self._countdown.end_now.connect(self.end_requested)
            self.state.language_changed.connect(self._countdown.retranslate)
        return self._countdown

    def start_countdown(self, seconds: int) -> None:
        """Show the overlay with `seconds` left."""
        self.countdown.start(seconds)

    def tick_countdown(self, remaining: int) -> None:
        """Update the overlay."""
        self.countdown.tick(remaining)

    def hide_countdown(self) -> None:
        """Hide the overlay if it was ever built."""
        if self._countdown is not None:
            self._countdown.hide()

    @property
    def current(self) -> str:
        """Name of the page shown."""
        widget = self.pages.currentWidget()
        return widget.objectName().removeprefix("page-") if widget is not None else ""

    # --- navigation ----------------------------------------------------------------------------

    def _on_keyboard_shown_changed(self, shown: bool) -> None:
        """While the keyboard is up the header gives its room to what is being typed and found
        (at 1280x800 search kept only a strip of results); the bottom bar stays, so Hem and
        Tillbaka are always in reach. Full-screen and private pages (shop-owner mode) get
        neither back when the keyboard goes."""
        self._show_chrome(self.current)

    def _show_chrome(self, name: str) -> None:
        visitor = name not in FULL_SCREEN_PAGES and name not in self._private
        typing = self.keyboard.isVisible()
        self.header.setVisible(visitor and not typing)
        self.navbar.set_typing(typing)
        self.navbar.setVisible(visitor and not (typing and name == "home"))

    def open_page(self, name: str, argument: object = None, remember: bool = True) -> None:
        """Show page `name` (with an optional argument), remembering where we came from for Back."""
        if name == "item":  # (kind, item) from search: open it as its own list page would
            self._open_item(argument)
            return
        if name == "attract":
            page: QWidget = self.attract
        elif name == "out-of-order":
            page = self.out_of_order
        elif name in PAGES:
            page = self.page[name]
        else:
            return
        current = self.current
        if name == "home" or name in FULL_SCREEN_PAGES:
            self.history.clear()
        elif (
            remember
            and current not in {"", *FULL_SCREEN_PAGES}
            and (current != name or name == "detail")
            and current != "browser"  # an ended session is not a place to go back to
        ):
            self.history.append((current, self._argument))
        self._argument = argument
        if isinstance(page, Page):
            if argument is not None or name in {"search", "places"}:
                page.show_argument(argument)
            else:
                page.refresh()
        if remember:  # a page opened anew starts at its top; Back returns to where one was
            to_top(page)
        self._show_chrome(name)
        self.navbar.set_at_home(name == "home")
        self.navbar.set_browsing(name == "browser")
        self.pages.setCurrentWidget(page)
        self.page_changed.emit(name)

    def _open_item(self, argument: object) -> None:
        if not (isinstance(argument, tuple) and len(argument) == 2):
            return
        kind, item = argument
        if kind in ("brochures", "services"):  # a brochure opens to read, an e-service to use
            self.open_page("reader" if kind == "brochures" else "browser", item)
            return
        owner: Any = self.page[kind]
        self.open_page("detail", partial(owner.detail, item))

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
        self.hide_countdown()
        self.open_page("attract")

    def show_out_of_order(self) -> None:
        """The friendly failure page; it retries by itself."""
        self.hide_countdown()
        self.open_page("out-of-order")

    def show_private_page(self, name: str, widget: QWidget) -> None:
        """A full-screen page that is not the visitors' (shop-owner mode).

        Not in the history and no `page_changed`: nothing shown here counts as visitor usage.
        """
        if self.pages.indexOf(widget) < 0:
            self._add_page(name, widget)
        self._private.add(name)
        self.history.clear()
        self._show_chrome(name)
        to_top(widget)
        self.pages.setCurrentWidget(widget)

    def reset_visit(self) -> None:
        """The visit is over: Swedish, default look, home state cleared, attract screen."""
        self.state.reset()
        self.keyboard.reset()
        for page in self.page.values():
            if isinstance(page, Page):
                page.reset()
            to_top(page)  # the next visitor meets no page scrolled by the last one
        self.show_attract()

    def _on_state_theme_changed(self) -> None:
        self._compact = compact_chrome(self.state.theme, self.height())
        self.header.set_compact(self._compact)
        self.navbar.set_compact(self._compact)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(stylesheet(self.state.theme, self._compact))

    def _fit_chrome(self) -> None:
        """Header and bottom bar compact or full size for the window's new height."""
        if compact_chrome(self.state.theme, self.height()) != self._compact:
            self._on_state_theme_changed()

    def _on_content_changed(self) -> None:
        self.header.set_content(self.content.service_point(), self.content.info())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Tell the composition root once the first frame is on screen."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint cycle, in which the pages paint too: what waits for the first frame
            # (input watching, the first sync, network watching) must not delay it.
            QTimer.singleShot(0, self.first_painted.emit)

    def event(self, event: QEvent) -> bool:
        """Tell the input watch when the native window behind this widget changes."""
        if event.type() == QEvent.Type.WinIdChange:
            # The new QWindow is in place once this event has been handled.
            QTimer.singleShot(0, self, self._on_native_window_replaced)  # not after deletion
        return super().event(event)

    def _on_native_window_replaced(self) -> None:
        """The first on-screen keyboard or web view makes Qt re-create the native window (it
        needs a GPU surface). Under X with no window manager nobody gives the new one the
        input focus: the search field the same tap had focused lost it, the keyboard did not
        come up, and every key went nowhere until a second tap. Taking the focus back brings
        it to the widget that had it."""
        self.native_window_changed.emit()
        if self.isVisible() and QGuiApplication.focusWindow() is None:
            self.activateWindow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the overlay covering the window."""
        if self._countdown is not None:
            self._countdown.resize(self.size())
        super().resizeEvent(event)
        self._fit_chrome()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Visitors cannot close the kiosk (Alt+F4 included)."""
        if self.allow_close:
            event.accept()
        else:
            event.ignore()


class ExitKeyFilter(QObject):
    """Swallows the usual ways out (Escape, Alt+F4, Ctrl+Q, Ctrl+W) in every kiosk window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """True (eaten) for blocked key combinations."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            combo = QKeySequence(event.keyCombination())
            return any(
                combo.matches(blocked) == QKeySequence.SequenceMatch.ExactMatch
                for blocked in blocked_keys()
            )
        return False
