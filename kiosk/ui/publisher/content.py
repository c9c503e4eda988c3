"""The content tab: kinds on the left, their items as Aktiva / Kommande / Utgångna, the form on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.publish.dates import STATUS_SV, expires_soon, status
from kiosk.ui.publisher.form import Check, Importer, ItemForm
from kiosk.ui.publisher.kinds import Points, kind_names, title_of

FILTERS = ("all", "active", "upcoming", "expired", "soon")


class ContentPanel(QWidget):
    """Lists and forms for every kind; the owner (composition root) saves and deletes."""

    saved = Signal(str, dict)  # kind, item
    delete_requested = Signal(str, str)  # kind, id
    try_link = Signal(str, list)

    def __init__(
        self, check: Check, importer: Importer, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__()
        self._check, self._importer, self._today = check, importer, today
        self._items: dict[str, list[dict[str, Any]]] = {}
        self._points: Points = []
        self.forms: dict[str, ItemForm] = {}
        self.kinds = QListWidget()
        self.kinds.setObjectName("kinds")
        self.kinds.setFixedWidth(190)
        for kind, name in kind_names().items():
            entry = QListWidgetItem(name)
            entry.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(entry)
        self.kinds.currentRowChanged.connect(self._on_kinds_changed)
        self.filter = QComboBox()
        for key, text in zip(FILTERS, self._filter_names(), strict=True):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self._fill)
        self.items = QListWidget()
        self.items.currentItemChanged.connect(self._on_items_changed)
        self.add_button = QPushButton(self.tr("New"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.soon = QLabel()
        self.soon.setWordWrap(True)
        middle = QVBoxLayout()
        middle.addWidget(self.filter)
        middle.addWidget(self.soon)
        middle.addWidget(self.items, 1)
        middle.addWidget(self.add_button)
        holder = QWidget()
        holder.setLayout(middle)
        holder.setFixedWidth(330)
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Open or create a source folder to start."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.addWidget(self.kinds)
        layout.addWidget(holder)
        layout.addWidget(self.stack, 1)

    @property
    def kind(self) -> str:
        """The kind chosen on the left."""
        entry = self.kinds.currentItem()
        return str(entry.data(Qt.ItemDataRole.UserRole)) if entry else "notices"

    def show_items(self, items: dict[str, list[dict[str, Any]]], points: Points) -> None:
        """The source folder's items per kind (after opening, saving or deleting)."""
        self._items = items
        if list(points) != list(self._points):
            self._points = list(points)
            for form in self.forms.values():
                self.stack.removeWidget(form)
                form.deleteLater()
            self.forms = {}
        if self.kinds.currentRow() < 0:
            self.kinds.setCurrentRow(0)
        else:
            self._fill()

    def select(self, kind: str, item_id: str | None) -> None:
        """Show `kind` with the item `item_id` (None: a new item's empty form)."""
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(row)
        if item_id is None:
            self._on_add_clicked()
            return
        for row in range(self.items.count()):
            if self.items.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.items.setCurrentRow(row)

    def form(self) -> ItemForm:
        """The current kind's form (made on first use)."""
        kind = self.kind
        if kind not in self.forms:
            form = ItemForm(kind, self._points, self._check, self._importer)
            form.saved.connect(lambda item, k=kind: self.saved.emit(k, item))
            form.delete_requested.connect(lambda i, k=kind: self.delete_requested.emit(k, i))
            form.try_link.connect(self.try_link)
            self.forms[kind] = form
            self.stack.addWidget(form)
        return self.forms[kind]

    def _on_kinds_changed(self) -> None:
        self._fill()

    def _fill(self) -> None:
        today = self._today()
        chosen = self.filter.currentData()
        items = self._items.get(self.kind, [])
        current = self.items.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.items.blockSignals(True)
        self.items.clear()
        soon = 0
        for item in sorted(items, key=lambda i: title_of(i).lower()):
            state = status(item, today)
            ending = expires_soon(item, today)
            soon += ending
            if chosen not in ("all", state) and not (chosen == "soon" and ending):
                continue
            words = STATUS_SV[state] + (" · " + self.tr("ends within 14 days") if ending else "")
            entry = QListWidgetItem(f"{title_of(item)}\n{words}")
            entry.setData(Qt.ItemDataRole.UserRole, item.get("id"))
            if state != "active":
                entry.setForeground(Qt.GlobalColor.darkGray)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        self.soon.setText(self.tr("%n item(s) end within 14 days.", "", soon) if soon else "")
        self.soon.setProperty("missing", bool(soon))
        self.stack.setCurrentWidget(self.form())
        for row in range(self.items.count()):
            if self.items.item(row).data(Qt.ItemDataRole.UserRole) == keep:
                self.items.setCurrentRow(row)
                return
        if self.items.count():
            self.items.setCurrentRow(0)
        else:
            self._on_add_clicked()

    def _on_items_changed(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        item = next((i for i in self._items.get(self.kind, []) if i.get("id") == item_id), None)
        self.form().load(item, self._ids())

    def _on_add_clicked(self) -> None:
        self.items.blockSignals(True)
        self.items.clearSelection()
        self.items.setCurrentRow(-1)
        self.items.blockSignals(False)
        self.form().load(None, self._ids())

    def _ids(self) -> list[str]:
        return [str(i.get("id")) for i in self._items.get(self.kind, [])]

    def _filter_names(self) -> list[str]:
        return [
            self.tr("All"),
            self.tr("Active"),
            self.tr("Upcoming"),
            self.tr("Expired"),
            self.tr("Ends within 14 days"),
        ]
