"""'Om strömmen eller mobilnätet går': the emergency card, built from numbers everyone knows and
the feed held on disk, so it works with no network at all."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.domain import Place
from kiosk.opening import distance_km
from kiosk.services.content import ContentService
from kiosk.ui.pages.base import Page
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import Card, clear_layout, label

NUMBERS = ("112", "113 13", "1177")
MAX_POINTS = 4
"""Trygghetspunkter listed, nearest first."""


class EmergencyPage(Page):
    """Emergency numbers, the local radio, the nearest trygghetspunkter and defibrillator."""

    name = "emergency"
    scrolls = True

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self.number_cards = [Card() for _ in NUMBERS]
        self.number_texts = []
        for card, number in zip(self.number_cards, NUMBERS, strict=True):
            column = QVBoxLayout(card)
            column.setContentsMargins(28, 22, 28, 22)
            big = label(number, role="h1")
            big.setObjectName("EmergencyNumber")
            text = label()
            column.addWidget(big)
            column.addWidget(text)
            column.addStretch(1)
            self.number_texts.append(text)
        self.grid = QGridLayout()
        self.grid.setSpacing(20)
        self._per_row = 0
        self.body.addLayout(self.grid)
        self.radio = Card()
        self.radio_layout = QVBoxLayout(self.radio)
        self.points = Card()
        self.points_layout = QVBoxLayout(self.points)
        for layout in (self.radio_layout, self.points_layout):
            layout.setContentsMargins(28, 22, 28, 22)
            layout.setSpacing(10)
        self.body.addWidget(self.radio)
        self.body.addWidget(self.points)
        self.body.addStretch(1)
        self._arrange()

    def _arrange(self) -> None:
        per_row = 3 if self.width() >= self.state.theme.px(1000) else 1
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for card in self.number_cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.number_cards):
            self.grid.addWidget(card, index // per_row, index % per_row)
        for column in range(len(self.number_cards)):  # side by side, three of one width
            self.grid.setColumnStretch(column, 1 if column < per_row else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Numbers side by side when they fit, else one under the other."""
        super().resizeEvent(event)
        self._arrange()

    def refresh(self) -> None:
        """Texts in the current language, places from the content held on disk."""
        self._arrange()
        self.heading.setText(self.tr("If the power or the mobile network fails"))
        self.subheading.setText(self.tr("This page works without internet."))
        for text, explanation in zip(
            self.number_texts,
            (
                self.tr(
                    "Emergency: police, ambulance, fire and rescue. Works from any mobile phone."
                ),
                self.tr("Information about serious accidents and crises."),
                self.tr("Health advice around the clock."),
            ),
            strict=True,
        ):
            text.setText(explanation)
        point = self.content.service_point()
        self._fill_radio(point.radio if point else "")
        places = self.content.places()
        self._fill_points(
            [p for p in places if p.category == "safety"], [p for p in places if p.defibrillator]
        )

    def _fill_radio(self, channel: str) -> None:
        clear_layout(self.radio_layout)
        self.radio_layout.addWidget(label(self.tr("Listen to Sveriges Radio P4"), role="h2"))
        if channel:
            self.radio_layout.addWidget(label(channel, role="h3"))
        self.radio_layout.addWidget(
            label(
                self.tr(
                    "Important public announcements (VMA) come on the radio first. "
                    "A battery radio or a car radio works without power."
                )
            )
        )

    def _fill_points(self, points: list[Place], defibrillators: list[Place]) -> None:
        clear_layout(self.points_layout)
        lang = self.lang
        self.points_layout.addWidget(label(self.tr("Crisis meeting points"), role="h2"))
        self.points_layout.addWidget(
            label(
                self.tr(
                    "When power or telecoms fail for long, the municipality opens "
                    "trygghetspunkter: information, water, warmth and phone charging."
                ),
                role="muted",
            )
        )
        for place in self._nearest(points)[:MAX_POINTS]:
            self.points_layout.addWidget(label(place.name.get(lang), role="h3"))
            self.points_layout.addWidget(label(self._where(place)))
        if not points:
            self.points_layout.addWidget(
                label(self.tr("Ask the municipality or listen to the radio where to go."))
            )
        nearest = self._nearest(defibrillators)
        if nearest:
            self.points_layout.addSpacing(12)
            self.points_layout.addWidget(label(self.tr("Nearest heart defibrillator"), role="h2"))
            self.points_layout.addWidget(label(nearest[0].name.get(lang), role="h3"))
            self.points_layout.addWidget(label(self._where(nearest[0])))

    def _nearest(self, places: list[Place]) -> list[Place]:
        point = self.content.service_point()
        here = point.geo if point else None
        if here is None:
            return places
        far = float("inf")
        return sorted(places, key=lambda p: distance_km(here, p.geo) if p.geo else far)

    def _where(self, place: Place) -> str:
        """'Skolvägen 5, Bredbyn · 2 km from here'."""
        point = self.content.service_point()
        parts = [place.address.one_line()]
        if point is not None and point.geo is not None and place.geo is not None:
            km = distance_km(point.geo, place.geo)
            parts.append(
                self.tr("Less than 1 km from here")
                if km < 1
                else self.tr("%1 km from here").replace("%1", str(round(km)))
            )
        return " · ".join(p for p in parts if p)
