"""Search across places, events, e-services and brochures; the text is never stored or logged."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from kiosk.domain import PLACE_CATEGORIES, Event
from kiosk.services.content import ContentService, SearchResults
from kiosk.ui import i18n
from kiosk.ui.cards import CardGrid, CardSpec
from kiosk.ui.pages.base import Page, empty_note
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import button

SUGGESTED_EVENTS = 6
"""Today's events shown before anything is typed."""
SUGGESTED_CATEGORIES = 4


class SearchPage(Page):
    """A search field with results as you type, grouped by kind; each result opens its detail."""

    name = "search"

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self._counted = ""
        """The query last counted as a search (in memory only, cleared when the visit ends)."""
        self.field = QLineEdit()
        self.field.textChanged.connect(self._on_field_text_changed)
        # Qt's own clear button is an icon 14 px wide: too small for a finger. This one is as
        # tall as the field and leaves the focus (and the keyboard) in it.
        self.clear = button()
        self.clear.setObjectName("SearchClear")
        self.clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear.clicked.connect(self._on_clear_clicked)
        self.clear.hide()
        self._focus_when_shown = False
        # Search as soon as the keys already waiting are handled (a zero timer runs after them):
        # a query and its paint take ~30 ms, so a fixed pause would only add to every
        # keystroke; keys typed faster than results paint make one search for the last text.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.empty = empty_note("")
        self.empty.hide()
        self.grid = CardGrid(columns=3, image_height=0)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.field, 1)
        row.addWidget(self.clear)
        self.body.addLayout(row)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.grid, 1)
        # While the on-screen keyboard is up the title gives its room to the results.
        QGuiApplication.inputMethod().visibleChanged.connect(self._on_input_method_visible_changed)

    def _on_input_method_visible_changed(self) -> None:
        typing = QGuiApplication.inputMethod().isVisible() and self.isVisible()
        self.heading.setVisible(not typing)
        self.subheading.setVisible(not typing)

    def reset(self) -> None:
        """Nothing the last visitor typed stays (setText also drops the undo history)."""
        self.timer.stop()
        self.field.setText("")
        self._counted = ""

    def show_argument(self, argument: object) -> None:
        """Start empty (setText also drops the undo history: nothing of the last visitor stays)."""
        self.timer.stop()
        self.field.setText("")
        self.refresh()
        # Focus now, and again once shown: a field on a page not yet on screen may not take
        # it, and the visitor would need a second tap for the keyboard.
        self._focus_when_shown = True
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        """Opened from the home screen's search bar: the field has the focus, the keyboard up."""
        super().showEvent(event)
        if self._focus_when_shown:
            self._focus_when_shown = False
            # Focus given while the page was hidden may not have brought the keyboard: give it
            # afresh, so the keyboard (which decides, e.g. not after a physical key) sees it.
            self.field.clearFocus()
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clear_clicked(self) -> None:
        self.field.clear()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Texts in the current language, then the results."""
        self.heading.setText(self.tr("Search"))
        self.subheading.setText(self.tr("Places, events, e-services and brochures"))
        self.field.setPlaceholderText(self.tr("Type what you are looking for"))
        self.field.setAccessibleName(self.tr("Search"))
        self.clear.setText(self.tr("Clear"))
        self.clear.setAccessibleName(self.tr("Clear the search field"))
        theme = self.state.theme
        self.clear.setIcon(theme.icon("x-bold", theme.palette.text, theme.px(24)))
        self.clear.setIconSize(QSize(theme.px(24), theme.px(24)))
        self.clear.setMinimumHeight(self.field.sizeHint().height())
        self._search()

    def _on_field_text_changed(self, text: str) -> None:
        self.clear.setVisible(bool(text))
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        self._search()

    def _search(self) -> None:
        self.timer.stop()
        text = self.field.text().strip()
        results = self.content.search(text, self.lang) if text else SearchResults()
        folded = text.casefold()
        # One search per new query; typing on (a refinement of the last one) is the same search.
        if not folded:
            self._counted = ""
        elif not (self._counted and folded.startswith(self._counted)):
            self._counted = folded
            self.used.emit("search", "", "")
        self.empty.setVisible(bool(text) and not results)
        if text and not results:
            self.empty.setText(self.tr("No results for “%1”").replace("%1", text))
        self.grid.set_sections(self._sections(results) if text else self._suggestions())

    def _suggestions(self) -> list[tuple[str, list[CardSpec]]]:
        """Before anything is typed: today's events and the categories with most places."""
        today = self.content.clock().date()
        events = [
            event
            for event in self.content.upcoming(limit=SUGGESTED_EVENTS, days=1)
            if event.start.date() <= today
        ]
        counts = {category: 0 for category in PLACE_CATEGORIES}
        for place in self.content.places():
            if place.category in counts:
                counts[place.category] += 1
        popular = sorted((c for c in counts if counts[c]), key=lambda c: -counts[c])
        sections = [
            (self.tr("Today"), [self._event_card(event) for event in events]),
            (
                self.tr("Popular categories"),
                [
                    CardSpec(
                        # The places page's own names for them, translated there.
                        QCoreApplication.translate("PlacesPage", _CATEGORY_SOURCES[category]),
                        "",
                        on_click=partial(self.open_page.emit, "places", category),
                    )
                    for category in popular[:SUGGESTED_CATEGORIES]
                ],
            ),
        ]
        return [(title, specs) for title, specs in sections if specs]

    def _event_card(self, event: Event) -> CardSpec:
        return CardSpec(
            event.title.get(self.lang),
            event.location.get(self.lang),
            kicker=self._when(event),
            muted=event.cancelled,
            on_click=self._opener("events", event),
        )

    def _sections(self, results: SearchResults) -> list[tuple[str, list[CardSpec]]]:
        lang = self.lang
        # A result opens the same detail (or the reader) as in its own list: the window asks
        # the page of that kind to build it.
        sections = [
            (
                self.tr("Places"),
                [
                    CardSpec(
                        place.name.get(lang),
                        place.summary.get(lang),
                        on_click=self._opener("places", place),
                    )
                    for place in results.places
                ],
            ),
            (
                self.tr("Events"),
                [self._event_card(event) for event in results.events],
            ),
            (
                self.tr("E-services"),
                [
                    CardSpec(
                        link.name.get(lang),
                        link.description.get(lang),
                        on_click=self._opener("services", link),
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
                        on_click=self._opener("brochures", brochure),
                    )
                    for brochure in results.brochures
                ],
            ),
        ]
        return [(title, specs) for title, specs in sections if specs]

    def _opener(self, kind: str, item: object) -> Callable[[], None]:
        return partial(self.open_page.emit, "item", (kind, item))

    def _when(self, event: Event) -> str:
        lang = self.lang
        if event.all_day:
            return i18n.day(event.start.date(), lang)
        return i18n.day_time(event.start, lang)


_CATEGORY_SOURCES = {
    "nature": "Nature",
    "culture": "Culture",
    "food": "Food and café",
    "stay": "Stay",
    "activities": "Activities",
    "practical": "Practical",
    "safety": "Safety",
}
"""Source texts of PlacesPage.category_name, so that both pages say the same."""
