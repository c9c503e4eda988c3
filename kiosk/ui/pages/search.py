"""Search across places, events, e-services and brochures; the text is never stored or logged."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.domain import Brochure, Event, Link, Place
from kiosk.services.content import ContentService, SearchResults
from kiosk.ui import i18n
from kiosk.ui.cards import CardGrid, CardSpec
from kiosk.ui.pages.base import Page, empty_note
from kiosk.ui.pages.detail import Detail
from kiosk.ui.state import ViewState

DEBOUNCE_MS = 150
"""Search once typing pauses this long, not on every key."""


class SearchPage(Page):
    """A search field with results as you type, grouped by kind; each result opens its detail."""

    name = "search"

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.empty = empty_note("")
        self.empty.hide()
        self.grid = CardGrid(columns=3, image_height=0)
        self.body.addWidget(self.field)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.grid, 1)

    def reset(self) -> None:
        """Nothing the last visitor typed stays (setText also drops the undo history)."""
        self.timer.stop()
        self.field.setText("")

    def show_argument(self, argument: object) -> None:
        """Start empty (setText also drops the undo history: nothing of the last visitor stays)."""
        self.timer.stop()
        self.field.setText("")
        self.refresh()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Texts in the current language, then the results."""
        self.heading.setText(self.tr("Search"))
        self.subheading.setText(self.tr("Places, events, e-services and brochures"))
        self.field.setPlaceholderText(self.tr("Type what you are looking for"))
        self.field.setAccessibleName(self.tr("Search"))
        self._search()

    def _on_field_text_changed(self, _text: str) -> None:
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        self._search()

    def _search(self) -> None:
        self.timer.stop()
        text = self.field.text().strip()
        results = self.content.search(text) if text else SearchResults()
        self.empty.setVisible(bool(text) and not results)
        if text and not results:
            self.empty.setText(self.tr("No results for “%1”").replace("%1", text))
        self.grid.set_sections(self._sections(results))

    def _sections(self, results: SearchResults) -> list[tuple[str, list[CardSpec]]]:
        lang = self.lang
        sections = [
            (
                self.tr("Places"),
                [
                    CardSpec(
                        place.name.get(lang),
                        place.summary.get(lang),
                        on_click=partial(self.open_detail, partial(self._place, place)),
                    )
                    for place in results.places
                ],
            ),
            (
                self.tr("Events"),
                [
                    CardSpec(
                        event.title.get(lang),
                        event.location.get(lang),
                        kicker=self._when(event),
                        muted=event.cancelled,
                        on_click=partial(self.open_detail, partial(self._event, event)),
                    )
                    for event in results.events
                ],
            ),
            (
                self.tr("E-services"),
                [
                    CardSpec(
                        link.name.get(lang),
                        link.description.get(lang),
                        on_click=partial(self.open_detail, partial(self._link, link)),
                    )
                    for link in results.links
                ],
            ),
            (
                self.tr("Brochures"),
                [
                    CardSpec(
                        brochure.name.get(lang),
                        brochure.description.get(lang),
                        on_click=partial(self.open_detail, partial(self._brochure, brochure)),
                    )
                    for brochure in results.brochures
                ],
            ),
        ]
        return [(title, specs) for title, specs in sections if specs]

    # --- details, rendered in the language of the moment -------------------------------------

    def _when(self, event: Event) -> str:
        lang = self.lang
        if event.all_day:
            return i18n.day(event.start.date(), lang)
        return i18n.day_time(event.start, lang) + "–" + i18n.clock(event.end, lang)

    def _place(self, place: Place) -> Detail:
        facts: list[tuple[str, str]] = []
        if place.address.one_line():
            facts.append((self.tr("Address"), place.address.one_line()))
        if place.opening_hours:
            facts.append((self.tr("Opening hours"), "\n".join(place.opening_hours)))
        if place.telephone:
            facts.append((self.tr("Telephone"), place.telephone))
        return Detail(
            kicker=self.tr("Place"),
            title=place.name.get(self.lang),
            markdown=place.description.get(self.lang) or place.summary.get(self.lang),
            image=place.image,
            facts=tuple(facts),
            qr_url=place.url,
            qr_caption=self.tr("Scan to open the website on your phone"),
        )

    def _event(self, event: Event) -> Detail:
        facts = [(self.tr("When"), self._when(event))]
        if event.location:
            facts.append((self.tr("Where"), event.location.get(self.lang)))
        if event.price:
            facts.append((self.tr("Price"), event.price.get(self.lang)))
        return Detail(
            kicker=self.tr("Cancelled") if event.cancelled else self.tr("Event"),
            title=event.title.get(self.lang),
            markdown=event.description.get(self.lang),
            image=event.image,
            facts=tuple(facts),
            qr_url=event.url,
            qr_caption=self.tr("Scan to read more on your phone"),
        )

    def _link(self, link: Link) -> Detail:
        name = link.name.get(self.lang)
        return Detail(
            kicker=self.tr("E-service"),
            title=name,
            markdown=link.description.get(self.lang),
            facts=((self.tr("Address"), link.url.split("//", 1)[-1].rstrip("/")),),
            qr_url=link.url,
            qr_caption=self.tr("Scan to open %1 on your phone").replace("%1", name),
        )

    def _brochure(self, brochure: Brochure) -> Detail:
        return Detail(
            kicker=self.tr("Brochure"),
            title=brochure.name.get(self.lang),
            markdown=brochure.description.get(self.lang),
            image=brochure.cover,
        )
