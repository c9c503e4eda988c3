"""One item's form: fields per kind, what is wrong shown under each field as you type, then save."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.publish.source import Problem
from kiosk.textfold import slug
from kiosk.ui.publisher.fields import Field, TextField
from kiosk.ui.publisher.kinds import Points, Spec, specs

Check = Callable[[str, dict[str, Any]], list[Problem]]
LINE = re.compile(r"^\w+\[(?P<index>\d+)\]")
"""A problem's field in one line of a list: 'specialOpeningHours[1].closes'."""
Importer = Callable[[Path, str], str]
"""(file chosen, "image" or "pdf") -> the reference stored in the item; raises with a reason."""


def new_id(title: str, taken: Sequence[str]) -> str:
    """An item id from its Swedish name: 'Vinterväglag i Björna' -> 'vintervaglag-i-bjorna'."""
    base = slug(title) or "ny"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


class ItemForm(QWidget):
    """The form of one kind; `load()` an item (or None for a new one), `saved` when it is kept."""

    saved = Signal(dict)
    delete_requested = Signal(str)
    try_link = Signal(str, list)  # url, extra hosts

    def __init__(self, kind: str, points: Points, check: Check, importer: Importer) -> None:
        super().__init__()
        self.kind = kind
        self._check = check
        self._importer = importer
        self._original: dict[str, Any] = {}
        self._taken: list[str] = []
        self.edited = False
        """True once the officer changed something that is not saved yet."""
        self.fields: dict[str, Field] = {}
        self.problems: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # A wide field (a week of opening hours, a holiday's row) goes under its label rather
        # than pushing the form wider than its pane behind a sideways scroll bar.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in specs(kind):
            field = spec.make(points)
            field.changed.connect(self._on_field_changed)
            field.changed.connect(self._on_field_edited)
            problem = QLabel()
            problem.setProperty("problem", True)
            problem.setWordWrap(True)
            problem.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(self._with_file_button(spec, field))
            column.addWidget(problem)
            form.addRow(spec.label, column)
            self.fields[spec.key], self.problems[spec.key] = field, problem
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(form)
        column.addStretch(1)  # a short form stays at the top instead of spreading its rows
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.try_button = QPushButton(self.tr("Try the link"))
        self.try_button.clicked.connect(self._on_try_clicked)
        self.try_button.setVisible(kind == "links")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

    def _with_file_button(self, spec: Spec, field: Field) -> QWidget:
        if not spec.file or not isinstance(field, TextField):
            return field
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(lambda: self._choose_file(spec, field))
        row.addWidget(choose)
        field.edit.setReadOnly(True)
        return holder

    def load(self, item: dict[str, Any] | None, taken: Sequence[str]) -> None:
        """Show `item` (None: an empty form for a new one); `taken` are the kind's ids in use."""
        self._original = dict(item or {})
        self._taken = [i for i in taken if i != self._original.get("id")]
        for key, field in self.fields.items():
            field.blockSignals(True)
            field.set_value(self._original.get(key))
            field.blockSignals(False)
        self.delete_button.setEnabled(item is not None)
        self.edited = False
        self._on_field_changed()

    def item(self) -> dict[str, Any]:
        """The item as the form shows it; fields it does not edit (geo, …) stay as they were."""
        item = dict(self._original)
        for key, field in self.fields.items():
            value = field.value()
            if value is None:
                item.pop(key, None)
            else:
                item[key] = value
        if not item.get("id"):
            title = item.get("title", item.get("name", ""))
            sv = title.get("sv", "") if isinstance(title, dict) else str(title)
            item["id"] = new_id(sv, self._taken)
        return item

    def _on_field_changed(self) -> None:
        problems = [p for p in self._check(self.kind, self.item()) if not p.skipped]
        by_field: dict[str, list[str]] = {}
        rest: list[str] = []
        for problem in problems:
            key = problem.field.split(".")[0].split("[")[0]
            if key not in self.problems:
                rest.append(problem.line("sv"))
                continue
            message = problem.message_sv
            line = LINE.match(problem.field)
            if line is not None:  # one line of a list (opening hours, days that differ)
                number = str(int(line["index"]) + 1)
                message = self.tr("Line %1: %2").replace("%1", number).replace("%2", message)
            by_field.setdefault(key, []).append(message)
        for key, label in self.problems.items():
            label.setText("\n".join(by_field.get(key, [])))
            label.setVisible(key in by_field)
        missing = sum(
            len(field.missing()) for field in self.fields.values() if hasattr(field, "missing")
        )
        if problems:
            self.summary.setText(
                "\n".join(rest) or self.tr("Fix what is marked in red before saving.")
            )
        elif missing:
            self.summary.setText(
                self.tr(
                    "Translations missing: visitors read these texts in another language "
                    "(Finnish → Swedish, German → English → Swedish)."
                )
            )
        else:
            self.summary.setText("")
        self.save_button.setEnabled(not problems)

    def _on_field_edited(self) -> None:
        self.edited = True

    def can_save(self) -> bool:
        """True when the form as it stands has nothing to fix."""
        return self.save_button.isEnabled()

    def _on_save_clicked(self) -> None:
        self.save()

    def save(self) -> None:
        """Keep the item as the form shows it (`saved`); nothing is unsaved after."""
        self.edited = False
        self.saved.emit(self.item())

    def revert(self) -> None:
        """Show the item as it was loaded, its unsaved changes dropped."""
        self.load(self._original or None, self._taken)

    def _on_delete_clicked(self) -> None:
        if self._original.get("id"):
            self.delete_requested.emit(str(self._original["id"]))

    def _on_try_clicked(self) -> None:
        item = self.item()
        if item.get("url"):
            self.try_link.emit(str(item["url"]), list(item.get("allow", [])))

    def _choose_file(self, spec: Spec, field: TextField) -> None:
        pattern = (
            self.tr("PDF files (*.pdf)")
            if spec.file == "pdf"
            else self.tr("Pictures (*.jpg *.jpeg *.png)")
        )
        chosen, _ = QFileDialog.getOpenFileName(self, spec.label, "", pattern)
        if not chosen:
            return
        try:
            field.set_value(self._importer(Path(chosen), spec.file))
        except KioskError as error:
            self.problems[spec.key].setText(str(error))
            self.problems[spec.key].show()
            return
        self._on_field_changed()
