"""The home screen: notices, a search field and large tiles for every part of the kiosk."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
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

QWIDGETSIZE_MAX = 16777215
MAX_BANNERS = 2
EVENTS_ON_TILE = 4
BRIEF_BELOW = 800
"""Logical px at A: a home page lower than this shows the notices' titles only."""


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
        # Above each other in full; side by side, titles only, on a low screen.
        self.banner_row = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.banner_row.setSpacing(18)
        for banner in self.banners:
            banner.setCursor(Qt.CursorShape.PointingHandCursor)
            banner.clicked.connect(lambda: self.open_page.emit("notices", None))
            self.banner_row.addWidget(banner, 1)
        self.body.addLayout(self.banner_row)
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
        self._cramp_pending = False
        self._cramped_at: tuple[int, int, str, int] | None = None
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
        # Rows of tiles scroll only when a tile is too low for its title (_check_cramped): at
        # A and A+ every tile stays on screen from 1280x720 up (issue 23).
        scrolling = column
        # A low screen (1366x768, 1280x720, or larger text): the notices show their titles
        # only, so that every tile is on screen without scrolling (issue 23).
        brief = not column and self.height() < self.state.theme.px(BRIEF_BELOW)
        for banner in self.banners:
            banner.set_brief(brief)
        self._outer.setContentsMargins(48, 16 if brief else 32, 48, 16 if brief else 24)
        if self.search.property("brief") != brief:
            self.search.setProperty("brief", brief)
            if self.search.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                # Restyled for the new property; a button not yet polished takes it when it is.
                self.search.style().unpolish(self.search)
                self.search.style().polish(self.search)
        self.banner_row.setDirection(
            QBoxLayout.Direction.LeftToRight if brief else QBoxLayout.Direction.TopToBottom
        )
        if self.isVisible():
            # Lower still, a tile too low for its title asks for scrolling (_check_cramped) at
            # this size and look: the tiles then keep their height rather than squash titles.
            scrolling = scrolling or self._cramped_at == self._situation()
            self._set_scrolling(scrolling)  # perhaps a moment later: the floors follow the wish
        # A tile in the column is at least as tall as its text; where the column scrolls
        # anyway, tall enough for its icon above the title too (at A++ in portrait two lost
        # them).
        # Where the page does not scroll the tiles may shrink to their titles (Tile._fit), and
        # one too low even for that asks for scrolling; a floor of 150 px overflowed the page
        # at 1280x720 with a warning band instead.
        floor = 200 if column else 150 if scrolling else 70
        # Rows that scroll keep their tiles low: the first row stays on screen (A++ at
        # 1280x720), where a What's on tile grown to all its events filled the screen.
        ceiling = self.state.theme.px(150) if scrolling and not column else QWIDGETSIZE_MAX
        for tile in self.tiles.values():
            tile.set_floor(self.state.theme.px(floor), scrolling and column, column)
            tile.setMaximumHeight(ceiling)
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
        # Checked once the layout has settled: a tile is cramped for a moment while the
        # notices fold to their titles, and scrolling then grew every tile below the fold.
        if self.isVisible() and not self._cramp_pending:
            self._cramp_pending = True
            QTimer.singleShot(0, self, self._check_cramped)

    def _check_cramped(self) -> None:
        self._cramp_pending = False
        if not self.isVisible():
            return
        self._outer.activate()
        situation = self._situation()
        fits = self._tiles_fit()
        if not fits and self._cramped_at != situation:
            self._cramped_at = situation
            self._arrange()
        elif fits and self._cramped_at == situation:
            self._cramped_at = None
            self._arrange()

    def _tiles_fit(self) -> bool:
        """Whether every row of tiles gets the height its titles need without scrolling,
        reckoned from the room below the notices and the search (not from the tiles as they
        are this moment, which may still carry the floors of another size or look)."""
        if self._wide == "column":
            return True
        scrolls = self._scroll is not None and self._scroll.widget() is self._body_widget
        visible = self._scroll.viewport().height() if scrolls and self._scroll else 0
        room = (visible or self._body_widget.height()) - self.grid.geometry().top()
        spacing = self.grid.verticalSpacing()
        need = {name: tile.needed("title") for name, tile in self.tiles.items()}
        if self._wide == "wide":  # What's on beside two rows of two
            rows = max(need["places"], need["services"]) + max(need["brochures"], need["about"])
            total = max(rows + spacing, need["events"])
        else:  # What's on above two rows of two
            rows = max(need["places"], need["services"]) + max(need["brochures"], need["about"])
            total = need["events"] + rows + 2 * spacing
        return total + 32 <= room  # some slack: a tile lays out a few px beyond its estimate

    def _situation(self) -> tuple[int, int, str, int]:
        """What decides whether the tiles fit: the page's size, language and text size."""
        return (self.width(), self.height(), self.lang, self.state.theme.text_step)

    def showEvent(self, event: QShowEvent) -> None:
        """Banners on screen count as notices shown (the count only)."""
        super().showEvent(event)
        if any(banner.isVisibleTo(self) for banner in self.banners):
            self.used.emit("notice", "", "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-arrange the tiles for the new width."""
        super().resizeEvent(event)
        self._arrange()
        self._on_tile_cramped()  # checked again once laid out at the new size

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
