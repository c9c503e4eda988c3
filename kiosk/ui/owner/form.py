"""The event form: what, when, where, more; every mistake explained next to its field."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import EVENT_CATEGORIES
from kiosk.errors import KioskError
from kiosk.services.owner import LocalEvent, OwnerService
from kiosk.ui import i18n
from kiosk.ui.owner.fields import parse_date, parse_time
from kiosk.ui.owner.reflow import ColumnsLayout, columns_holder
from kiosk.ui.owner.view import OwnerView, mark_invalid, plain_problem
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import ChipBar, button, chip_button, label

TITLE_MAX = 80
TEXT_MAX = 1000
REPEAT_RULES = {"": "", "weekly": "FREQ=WEEKLY", "monthly": "FREQ=MONTHLY"}
MESSAGE_BESIDE = 900
"""A form this wide (at text size A) has its message beside 'Avbryt' and 'Spara'."""
PAIR_MIN = 380
"""Two fields share a line while each gets this much (at text size A), else one is below."""


class EventForm(OwnerView):
    """Create or edit one local event; emits `done` after saving or cancelling."""

    done = Signal()

    def __init__(
        self, service: OwnerService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, state, parent)
        # The form opens at its top and then scrolls to the first field, which the on-screen
        # keyboard must not cover: the layout check's 'carried-scroll' does not apply.
        self.scroller.setProperty("keeps-place", True)
        self.editing: LocalEvent | None = None
        self.image = ""
        self.errors: dict[str, QLabel] = {}
        self.title = self._line("title", TITLE_MAX)
        self.day = self._line("day", 20, Qt.InputMethodHint.ImhPreferNumbers)
        self.start = self._line("start", 5, Qt.InputMethodHint.ImhPreferNumbers)
        self.end = self._line("end", 5, Qt.InputMethodHint.ImhPreferNumbers)
        self.place = self._line("place", TITLE_MAX)
        self.description = QPlainTextEdit()
        self.description.setMinimumHeight(130)
        self.price = self._line("price", 40)
        self.contact = self._line("contact", TITLE_MAX)
        self.until = self._line("until", 20, Qt.InputMethodHint.ImhPreferNumbers)
        self.category = ""
        self.repeat = ""
        self.category_chips = self._chips([*EVENT_CATEGORIES, ""], self._on_category)
        self.repeat_chips = self._chips(list(REPEAT_RULES), self._on_repeat)
        self.day_chips = self._day_chips()
        self.images = QListWidget()
        self.images.setMinimumHeight(160)
        self.images.hide()
        self.images.itemClicked.connect(self._on_images_clicked)
        self.image_label = label(role="muted")
        self.pick_image = button()
        self.pick_image.clicked.connect(self._on_pick_image)
        self.drop_image = button()
        self.drop_image.clicked.connect(self._on_drop_image)
        self.save = button(role="primary")
        self.save.clicked.connect(self.submit)
        self.cancel = button()
        self.cancel.clicked.connect(self.done)
        self.problem = label(role="error")
        self._captions: dict[str, QLabel] = {}
        self._pairs: list[ColumnsLayout] = []
        self._build()
        self.retranslate()

    # --- construction ----------------------------------------------------------------------

    def _line(self, name: str, limit: int, hints: Qt.InputMethodHint | None = None) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field-{name}")
        edit.setMaxLength(limit)
        edit.setMinimumHeight(60)
        if hints is not None:
            edit.setInputMethodHints(hints)
        return edit

    def _chips(self, names: list[str], chosen: object) -> dict[str, QPushButton]:
        group = QButtonGroup(self)
        chips = {}
        for name in names:
            chip = chip_button()
            chip.setMinimumHeight(56)
            chip.clicked.connect(lambda _=False, n=name: chosen(n))  # type: ignore[operator]
            group.addButton(chip)
            chips[name] = chip
        return chips

    def _day_chips(self) -> dict[int, QPushButton]:
        chips = {}
        for offset in (0, 1, 2, 3, 4, 5, 6):
            chip = button(role="chip")
            chip.setMinimumHeight(56)
            chip.clicked.connect(lambda _=False, o=offset: self._on_day_chip(o))
            chips[offset] = chip
        return chips

    def _field(self, name: str, widget: QWidget) -> QWidget:
        """Caption above the field, the message about a mistake below it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        caption = label(role="field")
        self._captions[name] = caption
        error = label(role="error")
        error.setObjectName(f"error-{name}")
        error.hide()
        self.errors[name] = error
        column.addWidget(caption)
        column.addWidget(widget)
        column.addWidget(error)
        column.addStretch(1)  # beside a taller field: the room goes below, captions stay in line
        return box

    def _pair(self, first: QWidget, second: QWidget) -> QWidget:
        """Two fields side by side, or one above the other when the form is narrow."""
        holder, columns = columns_holder(PAIR_MIN, 28)
        columns.addWidget(first)
        columns.addWidget(second)
        self._pairs.append(columns)
        return holder

    def _row(self, widgets: Sequence[QWidget]) -> QWidget:
        holder = ChipBar()  # chips wrap at large text instead of being squeezed
        line = holder.row
        line.setSpacing(10)
        for widget in widgets:
            line.addWidget(widget)
        return holder

    def _build(self) -> None:
        when = QWidget()
        when_col = QVBoxLayout(when)
        when_col.setContentsMargins(0, 0, 0, 0)
        when_col.addWidget(self.day)
        when_col.addWidget(self._row(list(self.day_chips.values())))
        image_box = QWidget()
        image_col = QVBoxLayout(image_box)
        image_col.setContentsMargins(0, 0, 0, 0)
        image_col.addWidget(self._row([self.pick_image, self.drop_image, self.image_label]))
        image_col.addWidget(self.images)
        rows = [
            self._field("title", self.title),
            self._field("day", when),
            self._pair(self._field("start", self.start), self._field("end", self.end)),
            self._field("place", self.place),
            self._field("category", self._row(list(self.category_chips.values()))),
            self._pair(
                self._field("repeat", self._row(list(self.repeat_chips.values()))),
                self._field("until", self.until),
            ),
            self._field("description", self.description),
            self._pair(self._field("price", self.price), self._field("contact", self.contact)),
            self._field("image", image_box),
        ]
        self.spacing = 14
        self.column.setSpacing(self.spacing)
        for row in rows:
            self.column.addWidget(row)
        self.column.addStretch(1)
        self.problem.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(14)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        self._bar = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._bar.setSpacing(10)
        self._bar.addWidget(self.problem, 1)
        self._bar.addLayout(buttons)
        self.add_bar(self._bar)
        self.state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed()

    def _on_state_theme_changed(self) -> None:
        for columns in self._pairs:
            columns.set_min_column(self.state.theme.px(PAIR_MIN))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The message beside the buttons, or above them when the form is narrow."""
        super().resizeEvent(event)
        beside = self.width() >= self.state.theme.px(MESSAGE_BESIDE)
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._bar.direction() != direction:
            self._bar.setDirection(direction)

    def _say(self, text: str) -> None:
        """The message beside the buttons (hidden while there is nothing to say)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # --- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Captions, hints and buttons."""
        captions = {
            "title": self.tr("What is happening?"),
            "day": self.tr("Date"),
            "start": self.tr("Starts"),
            "end": self.tr("Ends (optional)"),
            "place": self.tr("Where"),
            "category": self.tr("Kind of event"),
            "repeat": self.tr("Repeats"),
            "until": self.tr("Last time (optional)"),
            "description": self.tr("More about it (optional)"),
            "price": self.tr("Price (optional)"),
            "contact": self.tr("Contact (optional)"),
            "image": self.tr("Picture (optional)"),
        }
        for name, caption in self._captions.items():
            caption.setText(captions[name])
        self.title.setPlaceholderText(self.tr("e.g. Pub night with live music"))
        self.day.setPlaceholderText(self.tr("e.g. 2026-12-05 or 5/12"))
        self.start.setPlaceholderText(i18n.times("19:00", self.state.lang))
        self.end.setPlaceholderText(i18n.times("22:00", self.state.lang))
        self.until.setPlaceholderText(self.tr("e.g. 2027-05-31"))
        self.price.setPlaceholderText(self.tr("e.g. 50 kr, free"))
        self.contact.setPlaceholderText(self.tr("Name and telephone"))
        self.category_chips[""].setText(self.tr("Other"))
        names = {
            "music": self.tr("Music"),
            "market": self.tr("Market"),
            "sports": self.tr("Sports"),
            "culture": self.tr("Culture"),
            "family": self.tr("For families"),
            "nature": self.tr("Outdoors"),
            "meeting": self.tr("Meeting"),
            "food": self.tr("Food"),
            "course": self.tr("Course"),
        }
        for name, chip in self.category_chips.items():
            if name:
                chip.setText(names[name])
        self.repeat_chips[""].setText(self.tr("Once"))
        self.repeat_chips["weekly"].setText(self.tr("Every week"))
        self.repeat_chips["monthly"].setText(self.tr("Every month"))
        self.pick_image.setText(self.tr("Choose a picture…"))
        self.drop_image.setText(self.tr("No picture"))
        self.save.setText(self.tr("Save"))
        self.cancel.setText(self.tr("Cancel"))
        self.heading.setText(self.tr("Change event") if self.editing else self.tr("New event"))
        self._label_days()
        self._show_image()
        if any(not error.isHidden() for error in self.errors.values()):
            self.validate()  # the messages shown, in the new language

    def _label_days(self) -> None:
        today = self.service.clock().date()
        loc = i18n.locale(self.state.lang)
        for offset, chip in self.day_chips.items():
            when = today + timedelta(days=offset)
            if offset == 0:
                chip.setText(self.tr("Today"))
            elif offset == 1:
                chip.setText(self.tr("Tomorrow"))
            else:
                chip.setText(loc.standaloneDayName(when.isoweekday()).capitalize())

    # --- filling in ------------------------------------------------------------------------

    def load(self, event: LocalEvent | None) -> None:
        """Empty for a new event (place: the shop), or `event`'s values to edit it."""
        self.editing = event
        point = self.service.point_name()
        e = event or LocalEvent(title="", day=self.service.clock().date(), start="", place=point)
        self.heading.setText(self.tr("Change event") if event else self.tr("New event"))
        self.title.setText(e.title)
        self.day.setText(e.day.isoformat() if event else "")
        self.start.setText(i18n.times(e.start, self.state.lang))
        self.end.setText(i18n.times(e.end, self.state.lang))
        self.place.setText(e.place)
        self.description.setPlainText(e.description)
        self.price.setText(e.price)
        self.contact.setText(e.contact)
        self.until.setText(e.until.isoformat() if e.until else "")
        self._on_category(e.category if e.category in self.category_chips else "")
        self._on_repeat(e.repeat)
        self.image = e.image
        self._show_image()
        self.images.hide()
        self._say("")
        for name in self.errors:
            self._error(name, "")
        self._label_days()
        self.mark_saved()
        self.scroller.verticalScrollBar().setValue(0)
        self.title.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        """Saved, cancelled or the mode closed: a hidden field keeps neither focus nor keyboard."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()
        super().hideEvent(event)

    def reset(self) -> None:
        """Forget what was typed (the mode ended)."""
        self.load(None)

    def _on_category(self, name: str) -> None:
        self.category = name
        self.category_chips[name].setChecked(True)

    def _on_repeat(self, name: str) -> None:
        self.repeat = name
        self.repeat_chips[name].setChecked(True)
        self.until.setEnabled(bool(name))

    def _on_day_chip(self, offset: int) -> None:
        self.day.setText((self.service.clock().date() + timedelta(days=offset)).isoformat())
        self._error("day", "")

    def _show_image(self) -> None:
        self.image_label.setText(
            (self.image and self.tr("A picture is chosen")) or self.tr("No picture")
        )
        self.drop_image.setVisible(bool(self.image))

    def _on_pick_image(self) -> None:
        self.images.clear()
        files = self.service.image_files()
        if not files:
            self._error(
                "image",
                self.tr(
                    "No pictures found. Put a USB stick with JPEG or PNG pictures in the computer and try again."
                ),
            )
            return
        self._error("image", "")
        for path in files:
            self.images.addItem(str(path))
        self.images.show()

    def _on_images_clicked(self) -> None:
        item = self.images.currentItem()
        if item is None:
            return
        try:
            self.image = self.service.copy_image(Path(item.text()))
        except KioskError as error:
            self._error(
                "image", self.tr("The picture could not be copied: %1").replace("%1", str(error))
            )
            return
        self.images.hide()
        self._show_image()

    def _on_drop_image(self) -> None:
        self.image = ""
        self._show_image()

    # --- checking and saving ---------------------------------------------------------------

    def _error(self, name: str, text: str) -> None:
        widget = self.errors[name]
        widget.setText(text)
        widget.setVisible(bool(text))
        field = self.findChild(QLineEdit, f"field-{name}")
        if field is not None:
            mark_invalid(field, bool(text))

    def validate(self) -> LocalEvent | None:
        """The event the form describes, or None with a message next to each field to fix."""
        today = self.service.clock().date()
        found: dict[str, str] = {}
        title = self.title.text().strip()
        if not title:
            found["title"] = self.tr("Write what is happening, e.g. Pub night.")
        day = self._date("day", today, found, required=True)
        if day is not None and day < today and (self.editing is None or day != self.editing.day):
            found["day"] = self.tr("That date has passed. Choose today or a later day.")
        start = parse_time(self.start.text())
        if not self.start.text().strip():
            found["start"] = self.tr("Write when it starts, e.g. 19:00.")
        elif start is None:
            found["start"] = self.tr("Write the time as 19:00.")
        end = parse_time(self.end.text()) if self.end.text().strip() else ""
        if end is None:
            found["end"] = self.tr("Write the time as 22:00, or leave it empty.")
        elif end and end == start:
            found["end"] = self.tr("The end must be later than the start.")
        place = self.place.text().strip()
        if not place:
            found["place"] = self.tr("Write where it is, e.g. in the shop.")
        until = self._date("until", today, found, required=False) if self.repeat else None
        if until is not None and day is not None and until <= day:
            found["until"] = self.tr("The last time must be after the first date.")
        description = self.description.toPlainText().strip()
        if len(description) > TEXT_MAX:
            found["description"] = self.tr("At most 1000 characters; now there are %1.").replace(
                "%1", str(len(description))
            )
        for name in self.errors:
            self._error(name, found.get(name, ""))
        if found:
            self._say(self.tr("Please fix the marked fields: each says what is wrong."))
            first = next(n for n in self.errors if n in found)
            self.scroller.ensureWidgetVisible(self.errors[first])
            return None
        self._say("")
        assert day is not None and start is not None and end is not None
        return LocalEvent(
            title=title,
            day=day,
            start=start,
            end=end,
            place=place,
            description=description,
            category=self.category,
            image=self.image,
            price=self.price.text().strip(),
            contact=self.contact.text().strip(),
            rrule=REPEAT_RULES[self.repeat],
            until=until,
            cancelled=self.editing.cancelled if self.editing else False,
            id=self.editing.id if self.editing else "",
        )

    def _date(self, name: str, today: date, found: dict[str, str], required: bool) -> date | None:
        edit: QLineEdit = getattr(self, name)
        text = edit.text().strip()
        if not text:
            if required:
                found[name] = self.tr("Write the date, e.g. 2026-12-05, or touch a day.")
            return None
        value = parse_date(text, today)
        if value is None:
            found[name] = self.tr("Write the date as 2026-12-05 or 5/12.")
        return value

    def submit(self) -> bool:
        """Save when everything is right; True when saved."""
        event = self.validate()
        if event is None:
            return False
        try:
            self.service.save_event(event)
        except KioskError as error:
            # The form keeps everything typed: nothing is lost, the owner can try again.
            reason = plain_problem(self.service, str(error))
            self._say(self.tr("Not saved: %1").replace("%1", reason))
            return False
        self.done.emit()
        return True
