"""The home screen: notices, a search field and large tiles for every part of the kiosk."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QWidget,
)

from kiosk.services.content import ContentService
from kiosk.ui import i18n
from kiosk.ui.pages.base import Page
from kiosk.ui.pages.tiles import EventList, SearchButton, Tile
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import NoticeBanner, button

MAX_BANNERS = 2
EVENTS_ON_TILE = 4


class HomePage(Page):
    """Five tiles: What's on (with the next events), Tourist information, E-services, Brochures, About."""

    name = "home"
    scrolls = "large-text"

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self.heading.hide()
        self.subheading.hide()
        self.banners = [NoticeBanner() for _ in range(MAX_BANNERS)]
        for banner in self.banners:
            banner.setCursor(Qt.CursorShape.PointingHandCursor)
            banner.clicked.connect(lambda: self.open_page.emit("notices", None))
            self.body.addWidget(banner)
        self.search = SearchButton()
        self.search.clicked.connect(lambda: self.open_page.emit("search", None))
        # Issue 24: one touch to the emergency card (it works with no network at all), beside
        # the search so that the tiles keep their room.
        self.emergency = button()
        self.emergency.setObjectName("EmergencyButton")
        self.emergency.clicked.connect(lambda: self.open_page.emit("emergency", None))
        self.search_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.search_row.setSpacing(18)
        self.search_row.addWidget(self.search, 1)
        self.search_row.addWidget(self.emergency)
        self.body.addLayout(self.search_row)
        self.tiles = {
            "events": Tile("calendar-blank", 1),
            "places": Tile("compass", 0),
            "services": Tile("bank", 4),
            "brochures": Tile("book-open", 2),
            "about": Tile("storefront", 3),
        }
        self.grid = QGridLayout()
        self.grid.setSpacing(22)
        self._wide: str | None = None
        self._arrange()
        self.body.addLayout(self.grid, 1)
        for page_name, tile in self.tiles.items():
            tile.cramped.connect(self._on_tile_cramped)
            tile.clicked.connect(lambda name=page_name: self.open_page.emit(name, None))
        self.events = EventList(EVENTS_ON_TILE)
        self.tiles["events"].set_extra(self.events)
        state.online_changed.connect(lambda _online: self.refresh())

    def _arrange(self) -> None:
        """Three columns (What's on spanning two rows); two columns when large text makes it narrow."""
        # Decided by size also while hidden: the page stack is as wide as its widest page's
        # minimum, so a hidden home in three columns kept a portrait window 1028 px wide.
        wide = self.width() >= self.state.theme.px(1150)
        # Portrait (or a narrow window at large text): a column of large tiles that scrolls.
        column = self.height() > self.width() or self.width() < self.state.theme.px(760)
        mode = "column" if column else "wide" if wide else "two"
        scrolling = column or self.state.theme.text_step > 0
        if self.isVisible():
            # A low screen (1366x768, 1280x720) with the notices: the tiles keep the height their
            # text needs and the page scrolls, rather than squashing titles into each other.
            scrolling = scrolling or self.height() < self.state.theme.px(720)
            self._set_scrolling(scrolling)
        # A tile in the column is at least as tall as its text; where the page scrolls anyway,
        # tall enough for its icon above the title too (at A++ in portrait two lost them).
        for tile in self.tiles.values():
            tile.set_floor(self.state.theme.px(200 if column else 150), scrolling, column)
        # In the column (which scrolls) the emergency button goes under the search: beside it the
        # search was squeezed to 'Sök' and clipped at large text on a 720 px wide screen.
        self.search_row.setDirection(
            QBoxLayout.Direction.TopToBottom if column else QBoxLayout.Direction.LeftToRight
        )
        if mode == self._wide:
            return
        self._wide = mode
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        if wide:
            places = {
                "events": (0, 0, 2, 1),
                "places": (0, 1, 1, 1),
                "services": (0, 2, 1, 1),
                "brochures": (1, 1, 1, 1),
                "about": (1, 2, 1, 1),
            }
        elif column:
            places = {name: (row, 0, 1, 3) for row, name in enumerate(self.tiles)}
        else:
            places = {
                "events": (0, 0, 1, 2),
                "places": (1, 0, 1, 1),
                "services": (1, 1, 1, 1),
                "brochures": (2, 0, 1, 1),
                "about": (2, 1, 1, 1),
            }
        for name, (row, first, rows, span) in places.items():
            self.grid.addWidget(self.tiles[name], row, first, rows, span)
        columns = 3 if column else 3 if wide else 2
        for number in range(3):
            self.grid.setColumnStretch(number, 1 if number < columns else 0)
        rows = 5 if column else 2 if wide else 3
        for number in range(5):
            self.grid.setRowStretch(number, 1 if number < rows else 0)

    def _on_tile_cramped(self) -> None:
        if self.isVisible():
            self._set_scrolling(True)

    def showEvent(self, event: QShowEvent) -> None:
        """Banners on screen count as notices shown (the count only)."""
        super().showEvent(event)
        if any(banner.isVisibleTo(self) for banner in self.banners):
            self.used.emit("notice", "", "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-arrange the tiles for the new width."""
        super().resizeEvent(event)
        self._arrange()

    def refit(self) -> None:
        """The tiles choose again whether the home screen scrolls (cut off at 1280x1024 else)."""
        self.refresh()

    def refresh(self) -> None:
        """Notices, tile texts and the next events in the current language."""
        self._arrange()
        lang = self.lang
        theme = self.state.theme
        notices = self.content.notices()
        for banner, notice in zip(self.banners, notices + [None] * MAX_BANNERS, strict=False):
            banner.setVisible(notice is not None)
            if notice is not None:
                banner.show_notice(notice, lang, theme)
        self.search.set_texts(
            self.tr("Search places, events, e-services and brochures"), self.tr("Search")
        )
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setIcon(theme.icon("magnifying-glass-bold", theme.palette.muted))
        self.search.setIconSize(QSize(30, 30))
        self.emergency.setText(self.tr("If the power fails"))
        self.emergency.setAccessibleName(self.emergency.text())
        self.emergency.setIcon(theme.icon("first-aid-kit-bold", theme.palette.text))
        self.emergency.setIconSize(QSize(28, 28))
        # Exactly the search's height: the row takes no room from the tiles below.
        self.emergency.setFixedHeight(self.search.sizeHint().height())
        point = self.content.service_point()
        village = point.village if point else ""
        self.tiles["events"].set_texts(self.tr("What's on"), self.tr("Events here and nearby"))
        self.tiles["places"].set_texts(
            self.tr("Tourist information"), self.tr("Nature, culture, food and places to stay")
        )
        self.tiles["services"].set_texts(
            self.tr("E-services"),
            self.tr("Needs internet: no connection right now")
            if not self.state.online
            else self.tr("Municipality, healthcare, authorities and buses"),
        )
        self.tiles["brochures"].set_texts(
            self.tr("Brochures"), self.tr("Read here or take them along")
        )
        self.tiles["about"].set_texts(
            self.tr("About this service point"),
            self.tr("Opening hours, café, home delivery and contact")
            if not village
            else self.tr("Opening hours, café, home delivery and contact in %1").replace(
                "%1", village
            ),
        )
        for tile in self.tiles.values():
            tile.apply_theme(theme)
        self._fill_events(lang)

    def _fill_events(self, lang: str) -> None:
        events = self.content.upcoming(limit=EVENTS_ON_TILE)
        for (when, what), event in zip(self.events.rows, events, strict=False):
            stamp = i18n.event_when(event.start, event.all_day, lang)
            if event.cancelled:
                stamp += " · " + self.tr("Cancelled")
            when.setText(stamp)
            what.setText(event.title.get(lang))
        self.events.more.setText(
            self.tr("No upcoming events right now") if not events else self.tr("See all events →")
        )
        self.events.set_count(len(events))
