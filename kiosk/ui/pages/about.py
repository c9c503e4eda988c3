"""About this service point: what it offers, opening hours, café, home delivery and contact."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain import CRITERIA, parse_opening_hours
from kiosk.opening import state_at
from kiosk.services.content import ContentService
from kiosk.ui import i18n
from kiosk.ui.openstate import open_state_text
from kiosk.ui.pages.base import Page
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import Card, FeedText, clear_layout, label

DIFFERENT_DAYS_AHEAD = 28
"""How far ahead the About page lists the owner's days that differ."""


class AboutPage(Page):
    """Three cards: the service point, opening hours, what you can get here."""

    name = "about"
    scrolls = True

    def body_needs(self) -> int:
        """A card's first lines: on a low screen at large text the page's subheading (and then
        its heading, the name the header shows too) give way to them."""
        return self.state.theme.px(260)

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self.cards = [Card(), Card(), Card()]
        self.columns = [QVBoxLayout(card) for card in self.cards]
        self.grid = QGridLayout()
        self.grid.setSpacing(24)
        for column in self.columns:
            column.setContentsMargins(30, 26, 30, 26)
            column.setSpacing(12)
        self._per_row = 0
        self.body.addLayout(self.grid, 1)
        self._arrange()

    def _arrange(self) -> None:
        """Three cards side by side when they fit at this text size, else one under the other."""
        per_row = 3 if self.width() >= self.state.theme.px(1150) else 1
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // per_row, index % per_row)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < per_row else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-arrange the cards for the new width."""
        super().resizeEvent(event)
        self._arrange()

    def criterion_name(self, criterion: str) -> str:
        """The five service-point criteria in plain words."""
        return {
            "computer": self.tr("Public computer with internet"),
            "cafe": self.tr("Café corner"),
            "tourist_info": self.tr("Tourist information and brochures"),
            "activities": self.tr("Activities during the year"),
            "home_delivery": self.tr("Grocery home delivery"),
        }[criterion]

    def _days_that_differ(
        self, column: QVBoxLayout, exceptions: Sequence[tuple[str, str, str]], today: date
    ) -> None:
        """The owner's coming days that differ (the next four weeks), e.g. Christmas Eve."""
        coming = []
        for when, span, note in sorted(exceptions):
            try:
                day = date.fromisoformat(when)
            except ValueError:
                continue
            if today <= day <= today + timedelta(days=DIFFERENT_DAYS_AHEAD):
                hours = i18n.times(span.replace("-", "–"), self.lang) if span else self.tr("Closed")
                coming.append(
                    f"{i18n.day(day, self.lang)}: {hours}" + (f" ({note})" if note else "")
                )
        if coming:
            column.addSpacing(8)
            column.addWidget(label(self.tr("Days that differ"), role="h3"))
            for line in coming:
                column.addWidget(label(line))

    def refresh(self) -> None:
        """Fill the cards in the current language."""
        self._arrange()
        point = self.content.service_point()
        lang = self.lang
        theme = self.state.theme
        for column in self.columns:
            clear_layout(column)
        if point is None:
            self.heading.setText(self.tr("About this service point"))
            self.subheading.setText("")
            return
        self.heading.setText(point.name)
        sub = self.tr("Service point in %1").replace("%1", point.village)
        if point.example:
            sub += " · " + self.tr("example: a fictional shop in the demo feed")
        self.subheading.setText(sub)
        info, hours, offers = self.columns
        info.addWidget(label(self.tr("Welcome"), role="h2"))
        if point.description:
            welcome = FeedText(gap=10)
            info.addWidget(welcome)
            welcome.set_markdown(point.description.get(lang))
        for title, value in (
            (self.tr("Address"), point.address.one_line()),
            (self.tr("Telephone"), point.telephone),
            (self.tr("E-mail"), point.email),
        ):
            if value:
                info.addWidget(label(title, role="small"))
                info.addWidget(label(value, role="h3"))
        info.addStretch(1)
        hours.addWidget(label(self.tr("Opening hours"), role="h2"))
        now = self.content.clock()
        spans = parse_opening_hours(point.opening_hours)
        state = state_at(spans, now, lang, point.opening_exceptions)
        hours.addWidget(label(open_state_text(state, lang), role="h3"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        loc = i18n.locale(lang)
        today = now.weekday()
        for day in range(7):
            name = loc.standaloneDayName(day + 1)
            times = [i18n.hours(s.opens, s.closes, lang) for s in spans if day in s.days]
            day_label = label(name[:1].upper() + name[1:], wrap=False)
            time_label = label(", ".join(times) or self.tr("Closed"), wrap=False)
            if day == today:
                for widget in (day_label, time_label):
                    widget.setStyleSheet("font-weight: 700;")
            grid.addWidget(day_label, day, 0)
            grid.addWidget(time_label, day, 1)
        hours.addLayout(grid)
        self._days_that_differ(hours, point.opening_exceptions, now.date())
        hours.addStretch(1)
        offers.addWidget(label(self.tr("Here you can get"), role="h2"))
        p = theme.palette
        for criterion in CRITERIA:
            offered = bool(point.criteria.get(criterion))
            line = QHBoxLayout()
            icon = QLabel()
            icon_name, color = (
                ("check-circle-fill", p.positive) if offered else ("minus-circle", p.muted)
            )
            icon.setPixmap(theme.pixmap(icon_name, color, size=30))
            text = label(
                self.criterion_name(criterion) + ("" if offered else " – " + self.tr("not here"))
            )
            if not offered:
                text.setProperty("role", "muted")
            line.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            offers.addLayout(line)
        if point.criteria.get("cafe") and point.cafe:
            offers.addSpacing(8)
            offers.addWidget(label(self.tr("Café"), role="h3"))
            offers.addWidget(label(point.cafe.get(lang), role="muted"))
        if point.criteria.get("home_delivery") and (
            point.home_delivery or point.home_delivery_telephone
        ):
            offers.addSpacing(8)
            offers.addWidget(label(self.tr("Home delivery"), role="h3"))
            how = point.home_delivery.get(lang)
            if point.home_delivery_telephone:
                how += ("\n" if how else "") + self.tr("Order by phone: %1").replace(
                    "%1", point.home_delivery_telephone
                )
            offers.addWidget(label(how, role="muted"))
        offers.addStretch(1)
