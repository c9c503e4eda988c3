"""The shops' own events, as suggestions: one press shows one on every service point's kiosk."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.fleetview import ShopEvent
from kiosk.ui.i18n import day, day_time
from kiosk.ui.publisher.fleet import PlaceRow
from kiosk.ui.publisher.start import EmptyCard, primary


class ShopEventsPanel(QWidget):
    """Upcoming events posted by shop owners, per shop; copy one into the municipality's calendar."""

    refresh_requested = Signal(str)
    copy_requested = Signal(object)  # ShopEvent

    def __init__(self, lang: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        """The window's language, for dates."""
        self._events: list[ShopEvent] = []
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.place = PlaceRow("")
        self.place.refresh_requested.connect(self.refresh_requested)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._on_list_changed)
        self.copy = QPushButton()
        self.copy.setEnabled(False)
        self.copy.clicked.connect(self._on_copy_clicked)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.read = primary(QPushButton())
        self.read.clicked.connect(self._on_read_clicked)
        self.empty = EmptyCard(self.read)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)  # until the shops' events are read
        self.pages.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.place)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignLeft)
        self._retranslate()

    def show_events(self, events: Sequence[ShopEvent], names: dict[str, str]) -> None:
        """The shops' upcoming events; `names` turns service point ids into shop names."""
        self._events = list(events)
        self.pages.setCurrentWidget(self.list)
        self.list.clear()
        for event in self._events:
            start = event.item.get("start")
            when = (
                day_time(start, self._lang)
                if isinstance(start, datetime)
                else day(start, self._lang)
                if start
                else ""
            )
            repeats = " · " + self.tr("repeats") if event.item.get("rrule") else ""
            shop = names.get(event.service_point, event.service_point)
            self.list.addItem(QListWidgetItem(f"{event.title}\n{shop} · {when}{repeats}"))
        self.state.setText(
            "" if self._events else self.tr("No shop has posted any upcoming event.")
        )

    def show_problem(self, text: str) -> None:
        """Reading failed, or an event was copied: say so."""
        self.state.setText(text)

    def _on_read_clicked(self) -> None:
        if self.place.address.text().strip():
            self.refresh_requested.emit(self.place.address.text().strip())
        else:
            self.place.address.setFocus()

    def _on_list_changed(self, row: int) -> None:
        self.copy.setEnabled(0 <= row < len(self._events))

    def _on_copy_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._events):
            self.copy_requested.emit(self._events[row])

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Events the shops have posted"))
        self.hint.setText(
            self.tr(
                "Shop owners post their own events on their kiosk; they show there only. "
                "Choose one and press the button to show it on every service point's kiosk too."
            )
        )
        self.place.label.setText(self.tr("The kiosks upload to"))
        self.place.refresh.setText(self.tr("Update"))
        self.copy.setText(self.tr("Show at all service points"))
        self.empty.title.setText(self.tr("Where do the kiosks upload?"))
        self.empty.text.setText(
            self.tr(
                "The shop owners' events come with the kiosks' uploads. Write where the kiosks "
                "upload in the box above (the same address as upload_url in the kiosks' "
                "settings) and read them in."
            )
        )
        self.read.setText(self.tr("Read the shops' events"))
