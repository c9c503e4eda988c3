"""The home screen: notices, a search field and large tiles for every part of the kiosk."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLayout,
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
BRIEF_BELOW = 800
"""Logical px at A: a home page lower than this shows the notices' titles only."""
FIT_SLACK = 32
"""Px the rows of tiles may lay out beyond their estimate (Tile.needed): a page that does not
scroll cut the last row off by 10 px at 1280x800 with a warning band when it reckoned on 16."""
FOLD_SLACK = 4
"""The same where the page scrolls: the tiles in rows are then exactly as high as estimated."""


@dataclass(frozen=True)
class LowPlan:
    """How a home page too low for notices, search and every tile shows the tiles first."""

    situation: tuple[int, int, str, int]
    """The size, language and text size it was made for (HomePage._situation)."""
    below: int
    """How much goes below the tiles: 0 nothing, 1 the notices (under an alert band), 2 the
    notices and the search (under an alert band at A++ in high contrast or in Finnish)."""
    scrolling: bool


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
        self._arrangements = 0
        """How many times the tiles were arranged: one arrangement can start another."""
        self._rearranging = False
        self._low: LowPlan | None = None
        self._rest = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        """Below everything: what a scrolling page has to spare (HomePage._arrange)."""
        self._arrange()
        self.body.addLayout(self.grid, 1)
        self.body.addLayout(self._rest)
        for page_name, tile in self.tiles.items():
            tile.cramped.connect(self._on_tile_cramped)
            tile.clicked.connect(lambda name=page_name: self.open_page.emit(name, None))
        self.events = EventList(EVENTS_ON_TILE)
        self.tiles["events"].set_extra(self.events)
        state.online_changed.connect(lambda _online: self.refresh())

    def _arrange(self) -> None:
        """Three columns (What's on spanning two rows); two columns when large text makes it narrow."""
        self._arrangements += 1
        arrangement = self._arrangements
        # Decided by size also while hidden: the page stack is as wide as its widest page's
        # minimum, so a hidden home in three columns kept a portrait window 1028 px wide.
        wide = self.width() >= self.state.theme.px(1150)
        # Portrait (or a narrow window at large text): a column of large tiles that scrolls.
        column = self.height() > self.width() or self.width() < self.state.theme.px(760)
        mode = "column" if column else "wide" if wide else "two"
        # Rows of tiles scroll, or the notices go below them, only where the tiles would not
        # fit (_check_cramped): at A and A+ every tile stays on screen, at A++ at least the
        # first row, from 1280x720 up, also under an alert band (issue 23).
        low = self._low_now()
        scrolling = column or (low is not None and low.scrolling)
        self._place_below(low.below if low is not None else 0)
        # A low screen (1366x768, 1280x720, or larger text): the notices show their titles
        # only, so that every tile is on screen without scrolling (issue 23).
        brief = not column and self.height() < self.state.theme.px(BRIEF_BELOW)
        for banner in self.banners:
            banner.set_brief(brief)
        self._outer.setContentsMargins(48, 16 if brief else 32, 48, 16 if brief else 24)
        # Low, the gaps between the rows shrink before any tile leaves the screen.
        self.body.setSpacing(12 if brief else 18)
        self.grid.setSpacing(14 if brief else 22)
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
            self._set_scrolling(scrolling)  # perhaps a moment later: the floors follow the wish
            if self._arrangements != arrangement and not self._rearranging:
                # Moving the body resized the page: arranged again for the size it has now
                # (carrying on with the old size's tile floors cut tiles off at 1280x800 at A++
                # after A++ was chosen on the attract screen). Once: the size may flip back.
                self._rearranging = True
                try:
                    self._arrange()
                finally:
                    self._rearranging = False
                return
        # A tile in the column is at least as tall as its text; where the column scrolls
        # anyway, tall enough for its icon above the title too (at A++ in portrait two lost
        # them).
        # In rows the tiles may shrink to their titles (Tile._fit), and one too low even for
        # that asks for another plan (_check_cramped); rows that scroll keep that low floor too:
        # a floor of 150 px put every tile below the fold at 1280x720 in high contrast at A+.
        floor = 200 if column else 70
        # Rows that scroll keep their tiles as low as their titles: the first row stays on
        # screen (A++ at 1280x720, under an alert band), where a What's on tile grown to all
        # its events filled the screen.
        snug = scrolling and not column
        for name, tile in self.tiles.items():
            lowest = self.state.theme.px(floor)
            if snug:  # as high as its row (What's on beside two rows: as both)
                lowest = max(lowest, self._row_need(name, mode))
            tile.set_floor(lowest, scrolling and column, column, snug)
        # Snug rows keep to the top; what the scroll area has to spare goes below them.
        self.body.setStretchFactor(self.grid, 0 if snug else 1)
        self.body.setStretchFactor(self._rest, 1 if snug else 0)
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
        plan = self._plan()
        current = self._low_now()
        wanted = None if not plan.below and not plan.scrolling else plan
        same = (wanted is None and current is None) or (
            wanted is not None
            and current is not None
            and (wanted.below, wanted.scrolling) == (current.below, current.scrolling)
        )
        if not same:
            self._low = wanted
            self._arrange()

    def _low_now(self) -> LowPlan | None:
        """The plan for a page too low for every tile, if one holds for the page as it is now.

        It holds also where the page got lower since: scrolling gives up the body's minimum
        height, the window gives that room to the alert band above, and a plan tied to the exact
        height switched scrolling off and on again for ever (Finnish at A++ under a band)."""
        low = self._low
        if low is None:
            return None
        width, height, lang, step = self._situation()
        was_width, was_height, was_lang, was_step = low.situation
        same_look = (width, lang, step) == (was_width, was_lang, was_step)
        return low if same_look and height <= was_height else None

    def _plan(self) -> LowPlan:
        """Where the notices go and whether the page scrolls, so that every row of tiles (at
        A++ the first row) gets the height its titles need on screen. Reckoned from the heights
        of the notices, the search and the tiles' titles, not from the tiles as they are this
        moment, which may still carry the floors of another size or look."""
        situation = self._situation()
        if self._wide == "column":
            return LowPlan(situation, 0, True)
        scrolls = self._scroll is not None and self._scroll.widget() is self._body_widget
        visible = self._scroll.viewport().height() if scrolls and self._scroll else 0
        room = visible or self._body_widget.height()
        spacing = self.body.spacing()
        shown = any(banner.isVisibleTo(self) for banner in self.banners)
        # From the hints, not the geometry: that may still be the last text size's.
        width = self._body_widget.width()
        notices = self._layout_height(self.banner_row, width) + spacing if shown else 0
        search = self._layout_height(self.search_row, width) + spacing
        every, first = self._tiles_need()
        required = first if self.state.theme.text_step >= 2 else every
        if notices + search + every + FIT_SLACK <= room:
            return LowPlan(situation, 0, False)
        room -= FOLD_SLACK
        if notices + search + required <= room:  # A++: the first row, the rest scrolls
            return LowPlan(situation, 0, True)
        if not shown or search + required <= room:  # the tiles first, then the notices
            return LowPlan(situation, 1 if shown else 0, True)
        return LowPlan(situation, 2, True)  # the tiles, the search, the notices

    @staticmethod
    def _layout_height(layout: QBoxLayout, width: int) -> int:
        if layout.hasHeightForWidth():
            return layout.heightForWidth(width)
        return layout.sizeHint().height()

    def _tiles_need(self) -> tuple[int, int]:
        """Heights every row of tiles, and the first row, need for their titles."""
        events = self.tiles["events"].needed("title")
        rows = self._rows_need()
        if self._wide == "wide":  # What's on beside two rows of two: the first row is all
            every = max(rows, events)
            return every, every
        return events + rows + self.grid.verticalSpacing(), events  # What's on above the rest

    def _rows_need(self) -> int:
        """Height the two rows of two tiles need for their titles."""
        pairs = self._row_need("places", "two") + self._row_need("brochures", "two")
        return pairs + self.grid.verticalSpacing()

    def _row_need(self, name: str, mode: str | None) -> int:
        """Height the row of tile `name` needs for its titles (What's on, beside two rows in
        `mode` 'wide', theirs)."""
        if name == "events":
            events = self.tiles["events"].needed("title")
            return max(events, self._rows_need()) if mode == "wide" else events
        pair = ("places", "services") if name in ("places", "services") else ("brochures", "about")
        return max(self.tiles[other].needed("title") for other in pair)

    def _place_below(self, below: int) -> None:
        """Notices, search and tiles in this order; on a page too low for them the notices
        (`below` 1), or the notices and the search (2), below the tiles."""
        order: tuple[QLayout, ...] = (self.banner_row, self.search_row, self.grid)
        if below == 1:
            order = (self.search_row, self.grid, self.banner_row)
        elif below == 2:
            order = (self.grid, self.search_row, self.banner_row)
        places = [self.body.indexOf(item) for item in order]
        if places == [0, 1, 2] or self.body.indexOf(self.grid) < 0:  # placed, or not yet built
            return
        for item in order:
            self.body.removeItem(item)
            item.setParent(None)  # free to be inserted again
        for index, item in enumerate(order):
            self.body.insertLayout(index, item, 1 if item is self.grid else 0)

    def _situation(self) -> tuple[int, int, str, int]:
        """What decides whether the tiles fit: the page's size, language and text size."""
        return (self.width(), self.height(), self.lang, self.state.theme.text_step)

    def showEvent(self, event: QShowEvent) -> None:
        """Scrolling as this size needs; banners on screen count as notices shown (the count only)."""
        super().showEvent(event)
        # Scrolling is switched only on screen: a text size chosen elsewhere (A+ on the attract
        # screen) put the body into a scroll area meanwhile, and the tiles grew in it.
        self._arrange()
        self._on_tile_cramped()
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
        self._on_tile_cramped()  # the plan again, from the heights of this look

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
