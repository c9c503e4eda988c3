"""Form fields of the publisher: each edits one item field and says when it changed."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import LANGUAGES
from kiosk.ui.i18n import NATIVE_NAMES

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


class Field(QWidget):
    """One field: `value()` as the item stores it, `set_value()`, and `changed` on every edit."""

    changed = Signal()

    def value(self) -> Any:
        """The value for the item (None: leave the field out)."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show `value` (None: empty)."""
        raise NotImplementedError


class TextField(Field):
    """One line of plain text."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.textChanged.connect(self.changed)
        _single(self, self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class LangTextField(Field):
    """A text per language, Swedish first; a language left out is marked "saknas"."""

    def __init__(self, long: bool = False) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.marks: dict[str, QLabel] = {}
        for row, lang in enumerate(LANGUAGES):
            edit: QLineEdit | QPlainTextEdit
            if long:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(72 if lang == "sv" else 52)
            else:
                edit = QLineEdit()
            edit.textChanged.connect(self._on_text_changed)
            edit.setAccessibleName(NATIVE_NAMES[lang])
            mark = QLabel()
            mark.setProperty("missing", True)
            grid.addWidget(QLabel(NATIVE_NAMES[lang]), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(mark, row, 2)
            self.edits[lang], self.marks[lang] = edit, mark
        grid.setColumnStretch(1, 1)

    def _text(self, lang: str) -> str:
        edit = self.edits[lang]
        return (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip()

    def value(self) -> Any:
        texts = {lang: self._text(lang) for lang in LANGUAGES if self._text(lang)}
        return texts or None

    def set_value(self, value: Any) -> None:
        texts = value if isinstance(value, dict) else {}
        for lang, edit in self.edits.items():
            text = str(texts.get(lang, ""))
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)
        self._mark()

    def missing(self) -> list[str]:
        """The languages without a text while Swedish has one."""
        if not self._text("sv"):
            return []
        return [lang for lang in LANGUAGES if lang != "sv" and not self._text(lang)]

    def _on_text_changed(self) -> None:
        self._mark()
        self.changed.emit()

    def _mark(self) -> None:
        missing = self.missing()
        for lang, mark in self.marks.items():
            mark.setText(self.tr("missing") if lang in missing else "")


class ChoiceField(Field):
    """One of a few values, each with a label people understand."""

    def __init__(self, choices: Sequence[tuple[str, Any]]) -> None:
        super().__init__()
        self.box = QComboBox()
        for label, data in choices:
            self.box.addItem(label, data)
        self.box.currentIndexChanged.connect(self.changed)
        _single(self, self.box)

    def value(self) -> Any:
        return self.box.currentData()

    def set_value(self, value: Any) -> None:
        index = self.box.findData(value)
        if index < 0 and value:
            # A value written by hand (e.g. a recurrence the list does not offer) is kept as it is.
            self.box.addItem(str(value), value)
            index = self.box.count() - 1
        self.box.setCurrentIndex(max(index, 0))


class BoolField(Field):
    """A yes/no box."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.box = QCheckBox(text)
        self.box.toggled.connect(self.changed)
        _single(self, self.box)

    def value(self) -> Any:
        return self.box.isChecked() or None

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class DateField(Field):
    """A day, or none ("no limit") when the box is not ticked."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.on = QCheckBox(text)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.on.toggled.connect(self.edit.setEnabled)
        self.on.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.on)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> Any:
        return self.edit.date().toPython() if self.on.isChecked() else None

    def set_value(self, value: Any) -> None:
        if isinstance(value, date):
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.on.setChecked(isinstance(value, date))


class DateTimeField(Field):
    """A day and a time (Stockholm time), or a whole day."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setDateTime(QDateTime(QDate.currentDate(), QTime(18, 0)))
        self.all_day = QCheckBox(self.tr("All day"))
        self.edit.dateTimeChanged.connect(self.changed)
        self.all_day.toggled.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.all_day)
        row.addStretch(1)

    def value(self) -> Any:
        day, clock = self.edit.date(), self.edit.time()
        if self.all_day.isChecked():
            return date(day.year(), day.month(), day.day())
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def set_value(self, value: Any) -> None:
        if isinstance(value, datetime):
            moment = QDate(value.year, value.month, value.day)
            self.edit.setDateTime(QDateTime(moment, QTime(value.hour, value.minute)))
        elif isinstance(value, date):
            self.edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day), QTime()))
        self.all_day.setChecked(isinstance(value, date) and not isinstance(value, datetime))


class PointsField(Field):
    """Which service points show the item; none ticked means all of them."""

    def __init__(self, points: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.everywhere = QLabel()
        layout.addWidget(self.everywhere)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, (point_id, name) in enumerate(points):
            box = QCheckBox(name)
            box.toggled.connect(self._on_toggled)
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[point_id] = box
        layout.addLayout(grid)
        self._say()

    def value(self) -> Any:
        chosen = [point for point, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for point, box in self.boxes.items():
            box.setChecked(point in chosen)
        self._say()

    def _on_toggled(self) -> None:
        self._say()
        self.changed.emit()

    def _say(self) -> None:
        self.everywhere.setText(
            self.tr("Shown at every service point. Tick some to show it only there.")
            if not any(box.isChecked() for box in self.boxes.values())
            else self.tr("Shown only at the ticked service points.")
        )


class LinesField(Field):
    """A list of short texts, one per line (e.g. the hosts an e-service may also open)."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setFixedHeight(70)
        self.edit.textChanged.connect(self.changed)
        _single(self, self.edit)

    def value(self) -> Any:
        lines = [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]
        return lines or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("\n".join(str(line) for line in value or []))


class GroupField(Field):
    """A few sub-fields stored together as one table (address, criteria)."""

    def __init__(self, parts: Sequence[tuple[str, str, Field]]) -> None:
        super().__init__()
        self.parts = {key: field for key, _label, field in parts}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (_key, label, field) in enumerate(parts):
            if label:
                grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(field, row, 1)
            field.changed.connect(self.changed)
        grid.setColumnStretch(1, 1)

    def value(self) -> Any:
        values = {key: field.value() for key, field in self.parts.items()}
        kept = {key: value for key, value in values.items() if value is not None}
        return kept or None

    def set_value(self, value: Any) -> None:
        values = value if isinstance(value, dict) else {}
        for key, field in self.parts.items():
            field.set_value(values.get(key))


_HOURS = re.compile(r"^(?P<days>[A-Za-z,-]+) (?P<opens>\d\d:\d\d)-(?P<closes>\d\d:\d\d)$")


class HoursRow(QWidget):
    """One line of opening hours: which days, from when, to when."""

    changed = Signal()

    def __init__(self, remove: Callable[[HoursRow], None]) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        # Monday first, named in the window's language (Translations.switch sets the locale).
        short = QLocale.FormatType.ShortFormat
        self.days = [QCheckBox(QLocale().dayName(day, short)) for day in range(1, 8)]
        for box in self.days:
            box.toggled.connect(self.changed)
            row.addWidget(box)
        self.opens, self.closes = QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(18, 0))
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self.changed)
        row.addWidget(self.opens)
        row.addWidget(QLabel("–"))
        row.addWidget(self.closes)
        drop = QPushButton(self.tr("Remove"))
        drop.clicked.connect(lambda: remove(self))
        row.addWidget(drop)
        row.addStretch(1)

    def text(self) -> str | None:
        """'Mo-Fr 09:00-18:00', or None when no day is ticked."""
        ticked = [DAYS[i] for i, box in enumerate(self.days) if box.isChecked()]
        if not ticked:
            return None
        return f"{_day_ranges(ticked)} {self.opens.time().toString('HH:mm')}-{self.closes.time().toString('HH:mm')}"

    def set_text(self, text: str) -> bool:
        """Show 'Mo-Fr 09:00-18:00'; False for a line the editor cannot show."""
        match = _HOURS.match(text)
        if match is None:
            return False
        days = _expand_days(match["days"])
        if days is None:
            return False
        for index, box in enumerate(self.days):
            box.setChecked(DAYS[index] in days)
        self.opens.setTime(QTime.fromString(match["opens"], "HH:mm"))
        self.closes.setTime(QTime.fromString(match["closes"], "HH:mm"))
        return True


class OpeningHoursField(Field):
    """Opening hours as rows of days and times; Swedish public holidays are closed by the kiosk."""

    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.rows: list[HoursRow] = []
        self.kept: list[str] = []  # lines written by hand in a form the editor cannot show
        add = QPushButton(self.tr("Add opening hours"))
        add.clicked.connect(self._on_add_clicked)
        self.layout_.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)  # as "Add a day that differs"

    def _on_add_clicked(self) -> None:
        self._add()

    def _add(self, text: str | None = None) -> bool:
        row = HoursRow(self._remove)
        if text is not None and not row.set_text(text):
            row.deleteLater()  # never shown
            return False
        row.changed.connect(self.changed)
        self.rows.append(row)
        self.layout_.insertWidget(len(self.rows) - 1, row)
        if text is None:
            self.changed.emit()
        return True

    def _remove(self, row: HoursRow) -> None:
        self.rows.remove(row)
        self._drop(row)
        self.changed.emit()

    def _drop(self, row: HoursRow) -> None:
        # Out of the layout at once: deleteLater alone leaves it on screen until the event loop runs.
        self.layout_.removeWidget(row)
        row.hide()
        row.deleteLater()

    def value(self) -> Any:
        lines = [text for row in self.rows if (text := row.text())] + self.kept
        return lines or None

    def set_value(self, value: Any) -> None:
        for row in self.rows:
            self._drop(row)
        self.rows, self.kept = [], []
        for text in value or []:
            if not self._add(str(text)):
                self.kept.append(str(text))


def _day_ranges(days: list[str]) -> str:
    indexes = [DAYS.index(day) for day in days]
    parts: list[str] = []
    start = prev = indexes[0]
    for index in [*indexes[1:], None]:
        if index is not None and index == prev + 1:
            prev = index
            continue
        parts.append(DAYS[start] if start == prev else f"{DAYS[start]}-{DAYS[prev]}")
        if index is not None:
            start = prev = index
    return ",".join(parts)


def _expand_days(text: str) -> set[str] | None:
    days: set[str] = set()
    for part in text.split(","):
        first, _, last = part.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            return None
        a, b = DAYS.index(first), DAYS.index(last or first)
        days.update(DAYS[a : b + 1])
    return days


def _single(field: QWidget, widget: QWidget) -> None:
    row = QHBoxLayout(field)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)


class SpecialDayRow(QFrame):
    """One period of special hours: the first and last day, closed or open from-to, a note."""

    changed = Signal()

    def __init__(self, remove: Callable[[SpecialDayRow], None]) -> None:
        super().__init__()
        self.setObjectName("specialDay")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        today = QDate.currentDate()
        self.first, self.last = QDateEdit(today), QDateEdit(today)
        for day in (self.first, self.last):
            day.setCalendarPopup(True)
            day.setDisplayFormat("yyyy-MM-dd")
            day.dateChanged.connect(self.changed)
        self.first.dateChanged.connect(self._on_first_changed)
        self.closed = QCheckBox(self.tr("Closed"))
        self.closed.setChecked(True)
        self.opens, self.closes = QTimeEdit(QTime(10, 0)), QTimeEdit(QTime(14, 0))
        for clock in (self.opens, self.closes):
            clock.setDisplayFormat("HH:mm")
            clock.setEnabled(False)
            clock.timeChanged.connect(self.changed)
        self.closed.toggled.connect(self._on_closed_toggled)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What the day is, e.g. Julafton"))
        self.note.setMaxLength(80)
        self.note.textChanged.connect(self.changed)
        drop = QPushButton(self.tr("Remove"))
        drop.clicked.connect(lambda: remove(self))
        days = QHBoxLayout()
        days.addWidget(QLabel(self.tr("From")))
        days.addWidget(self.first)
        days.addWidget(QLabel(self.tr("through")))
        days.addWidget(self.last)
        days.addSpacing(12)
        days.addWidget(self.closed)
        days.addWidget(self.opens)
        days.addWidget(QLabel("–"))
        days.addWidget(self.closes)
        days.addStretch(1)
        words = QHBoxLayout()
        words.addWidget(self.note, 1)
        words.addWidget(drop)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.setSpacing(4)
        column.addLayout(days)
        column.addLayout(words)

    def _on_first_changed(self, first: QDate) -> None:
        if self.last.date() < first:  # a single day moves as one
            self.last.setDate(first)

    def _on_closed_toggled(self, closed: bool) -> None:
        self.opens.setEnabled(not closed)
        self.closes.setEnabled(not closed)
        self.changed.emit()

    def value(self) -> dict[str, Any]:
        """The period as the feed writes it (validThrough left out for a single day)."""
        first, last = self.first.date().toPython(), self.last.date().toPython()
        entry: dict[str, Any] = {"validFrom": first}
        if last != first:
            entry["validThrough"] = last
        if not self.closed.isChecked():
            entry["opens"] = self.opens.time().toString("HH:mm")
            entry["closes"] = self.closes.time().toString("HH:mm")
        if self.note.text().strip():
            entry["description"] = self.note.text().strip()
        return entry

    def set_value(self, entry: Mapping[str, Any]) -> bool:
        """Show one period; False for one the editor cannot show (kept as written)."""
        first, last = entry.get("validFrom"), entry.get("validThrough", entry.get("validFrom"))
        opens, closes = entry.get("opens"), entry.get("closes")
        known = {"validFrom", "validThrough", "opens", "closes", "description"}
        times = [QTime.fromString(str(t), "HH:mm") for t in (opens, closes) if t is not None]
        if (
            not isinstance(first, date)
            or not isinstance(last, date)
            or set(entry) - known
            or (opens is None) != (closes is None)
            or not all(t.isValid() for t in times)
        ):
            return False
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))
        self.closed.setChecked(opens is None)
        if times:
            self.opens.setTime(times[0])
            self.closes.setTime(times[1])
        self.note.setText(str(entry.get("description", "")))
        return True


class SpecialHoursField(Field):
    """Holidays and other days that differ (specialOpeningHours): closed, or other hours."""

    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.rows: list[SpecialDayRow] = []
        self.kept: list[Any] = []  # periods written by hand in a form the editor cannot show
        self.help = QLabel(
            self.tr(
                "Swedish public holidays, midsommarafton, julafton and nyårsafton are closed "
                "by themselves. Add the days that differ, e.g. open 10–14 on julafton."
            )
        )
        self.help.setWordWrap(True)
        self.help.setProperty("hint", True)
        self.layout_.addWidget(self.help)
        self.add_button = QPushButton(self.tr("Add a day that differs"))
        self.add_button.clicked.connect(self._on_add_clicked)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def _on_add_clicked(self) -> None:
        self._add()

    def _add(self, entry: Mapping[str, Any] | None = None) -> bool:
        row = SpecialDayRow(self._remove)
        if entry is not None and not row.set_value(entry):
            row.deleteLater()  # never shown
            return False
        row.changed.connect(self.changed)
        self.rows.append(row)
        self.layout_.insertWidget(len(self.rows), row)  # after the help, before the button
        if entry is None:
            self.changed.emit()
        return True

    def _remove(self, row: SpecialDayRow) -> None:
        self.rows.remove(row)
        self.layout_.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def value(self) -> Any:
        entries = [row.value() for row in self.rows] + self.kept
        return entries or None

    def set_value(self, value: Any) -> None:
        for row in self.rows:
            self.layout_.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows, self.kept = [], []
        for entry in value or []:
            if not (isinstance(entry, Mapping) and self._add(entry)):
                self.kept.append(entry)
