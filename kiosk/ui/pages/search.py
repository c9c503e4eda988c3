"""Search across places, events, e-services and brochures; the text is never stored or logged."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.services.content import ContentService
from kiosk.ui.cards import CardGrid, CardSpec
from kiosk.ui.pages.base import Page
from kiosk.ui.state import ViewState

MAX_PER_KIND = 12


def fold(text: str) -> str:
    """Lower case with å/ä/ö and other marks folded, so 'ornskoldsvik' finds 'Örnsköldsvik'."""
    import unicodedata

    text = (
        text.lower()
        .replace("ö", "o")
        .replace("ä", "a")
        .replace("å", "a")
        .replace("oe", "o")
        .replace("ae", "a")
        .replace("aa", "a")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class SearchPage(Page):
    """A search field with results as you type, grouped by kind."""

    name = "search"

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(lambda _text: self._search())
        self.body.addWidget(self.field)
        self.grid = CardGrid(columns=3, image_height=0)
        self.body.addWidget(self.grid, 1)

    def show_argument(self, argument: object) -> None:
        """Start empty, focused."""
        self.field.clear()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Texts in the current language, then the results."""
        self.heading.setText(self.tr("Search"))
        self.subheading.setText(self.tr("Places, events, e-services and brochures"))
        self.field.setPlaceholderText(self.tr("Type what you are looking for"))
        self.field.setAccessibleName(self.tr("Search"))
        self._search()

    def _search(self) -> None:
        query = fold(self.field.text().strip())
        lang = self.lang
        if len(query) < 2:
            self.grid.set_sections([])
            return
        words = query.split()

        def hit(*texts: str) -> bool:
            haystack = fold(" ".join(texts))
            return all(word in haystack for word in words)

        places = [
            p
            for p in self.content.places()
            if hit(*p.name.values.values(), *p.summary.values.values())
        ]
        events = [
            e
            for e in self.content.upcoming(limit=400)
            if hit(*e.title.values.values(), *e.location.values.values())
        ]
        links = [
            lk
            for lk in self.content.links()
            if hit(*lk.name.values.values(), *lk.description.values.values())
        ]
        brochures = [b for b in self.content.brochures() if hit(*b.name.values.values())]
        sections = [
            (
                self.tr("Places"),
                [
                    CardSpec(
                        p.name.get(lang),
                        p.summary.get(lang),
                        on_click=partial(self.open_page.emit, "places", p.category),
                    )
                    for p in places[:MAX_PER_KIND]
                ],
            ),
            (
                self.tr("Events"),
                [
                    CardSpec(
                        e.title.get(lang),
                        e.location.get(lang),
                        on_click=lambda: self.open_page.emit("events", None),
                    )
                    for e in events[:MAX_PER_KIND]
                ],
            ),
            (
                self.tr("E-services"),
                [
                    CardSpec(
                        lk.name.get(lang),
                        lk.description.get(lang),
                        on_click=lambda: self.open_page.emit("services", None),
                    )
                    for lk in links[:MAX_PER_KIND]
                ],
            ),
            (
                self.tr("Brochures"),
                [
                    CardSpec(
                        b.name.get(lang),
                        b.description.get(lang),
                        on_click=lambda: self.open_page.emit("brochures", None),
                    )
                    for b in brochures[:MAX_PER_KIND]
                ],
            ),
        ]
        self.grid.set_sections([(title, specs) for title, specs in sections if specs])
