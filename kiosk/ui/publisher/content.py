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
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.publish.dates import expires_soon, status
from kiosk.ui.publisher.form import Check, Importer, ItemForm
from kiosk.ui.publisher.kinds import Points, kind_names, title_of
from kiosk.ui.publisher.start import StartView

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
        self._kind_row = -1
        self.filter = QComboBox()
        for key, text in zip(FILTERS, self._filter_names(), strict=True):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self._on_filter_changed)
        self._filter_row = 0
        self.items = QListWidget()
        # Long headings wrap in the narrow list instead of hiding behind a sideways scroll bar.
        self.items.setWordWrap(True)
        self.items.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        holder.setFixedWidth(300)
        self.stack = QStackedWidget()
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.kinds)
        columns.addWidget(holder)
        columns.addWidget(self.stack, 1)
        self.no_points = QWidget()
        self.no_points.setObjectName("nudge")
        self.no_points.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.no_points_text = QLabel(
            self.tr(
                "No service points yet. Add the municipality's service points first: "
                "then you can choose where each notice and event is shown."
            )
        )
        self.no_points_text.setWordWrap(True)
        self.add_point = QPushButton(self.tr("Add a service point"))
        self.add_point.setProperty("primary", True)
        self.add_point.clicked.connect(lambda: self.select("service_points", None))
        nudge = QHBoxLayout(self.no_points)
        nudge.addWidget(self.no_points_text, 1)
        nudge.addWidget(self.add_point)
        self.no_points.hide()
        self.editor = QWidget()
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(self.no_points)
        editor.addLayout(columns, 1)
        self.start = StartView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start)
        self.pages.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    @property
    def kind(self) -> str:
        """The kind chosen on the left."""
        entry = self.kinds.currentItem()
        return str(entry.data(Qt.ItemDataRole.UserRole)) if entry else "notices"

    def show_items(self, items: dict[str, list[dict[str, Any]]], points: Points) -> None:
        """The source folder's items per kind (after opening, saving or deleting)."""
        self._items = items
        self.pages.setCurrentWidget(self.editor)
        self.no_points.setVisible(not items.get("service_points"))
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

    def _on_kinds_changed(self, row: int) -> None:
        previous = self.kinds.item(self._kind_row) if self._kind_row >= 0 else None
        left = str(previous.data(Qt.ItemDataRole.UserRole)) if previous is not None else ""
        if not self.may_leave(left):
            self._quietly(self.kinds, lambda: self.kinds.setCurrentRow(self._kind_row))
            return
        self._kind_row = row
        self._fill()

    def _on_filter_changed(self, row: int) -> None:
        if not self.may_leave(self.kind):
            self._quietly(self.filter, lambda: self.filter.setCurrentIndex(self._filter_row))
            return
        self._filter_row = row
        self._fill()

    def may_leave(self, kind: str) -> bool:
        """True when the form of `kind` may show something else: nothing unsaved, or the
        officer chose to save (and it was saved) or to discard; False: stay where she was."""
        form = self.forms.get(kind)
        if form is None or not form.edited:
            return True
        choice = self.ask_unsaved(form)
        if choice == "save" and form.can_save():
            form.save()
            return True
        if choice == "discard":
            form.revert()
            return True
        return False

    def ask_unsaved(self, form: ItemForm) -> str:
        """Spara / Släng / Avbryt for the form's unsaved changes: "save", "discard" or "cancel"."""
        box = self.unsaved_question(form)
        box.exec()
        clicked = box.clickedButton()
        return str(clicked.property("choice")) if clicked is not None else "cancel"

    def unsaved_question(self, form: ItemForm) -> QMessageBox:
        """The question about the form's unsaved changes (each button's "choice" property says
        what it means); Spara is off while the form has something to fix."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        named = {key: value for key, value in form.item().items() if key != "id"}
        title = title_of(named) or self.tr("the new item")
        box.setText(self.tr("You have changed “%1” without saving.").replace("%1", title))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("Discard the changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        for button, choice in ((save, "save"), (discard, "discard"), (cancel, "cancel")):
            button.setProperty("choice", choice)
        if not form.can_save():
            save.setEnabled(False)
            box.setInformativeText(
                self.tr("It cannot be saved yet: fix what is marked in red, or discard.")
            )
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box

    @staticmethod
    def _quietly(widget: QWidget, change: Callable[[], None]) -> None:
        widget.blockSignals(True)
        change()
        widget.blockSignals(False)

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
            words = self._state_names()[state]
            words += " · " + self.tr("ends within 14 days") if ending else ""
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

    def _on_items_changed(
        self, entry: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if entry is None:
            return
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if not self.may_leave(self.kind):  # back to what she was editing
            if previous is None:  # a new item's form
                self._quietly(self.items, lambda: self.items.setCurrentRow(-1))
            else:
                self._quietly(self.items, lambda: self.items.setCurrentItem(previous))
            return
        item = next((i for i in self._items.get(self.kind, []) if i.get("id") == item_id), None)
        self.form().load(item, self._ids())

    def _on_add_clicked(self) -> None:
        if not self.may_leave(self.kind):
            return
        self.items.blockSignals(True)
        self.items.clearSelection()
        self.items.setCurrentRow(-1)
        self.items.blockSignals(False)
        self.form().load(None, self._ids())

    def _ids(self) -> list[str]:
        return [str(i.get("id")) for i in self._items.get(self.kind, [])]

    def _state_names(self) -> dict[str, str]:
        """One item's state under its heading in the list."""
        return {
            "active": self.tr("Active", "one item's state"),
            "upcoming": self.tr("Upcoming", "one item's state"),
            "expired": self.tr("Expired", "one item's state"),
        }

    def _filter_names(self) -> list[str]:
        return [
            self.tr("All"),
            self.tr("Active"),
            self.tr("Upcoming"),
            self.tr("Expired"),
            self.tr("Ends within 14 days"),
        ]
