"""The service point's own details: opening hours, days that differ, what it offers, contact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import CRITERIA, parse_opening_hours
from kiosk.errors import KioskError
from kiosk.services.owner import Details, OwnerService
from kiosk.ui import i18n
from kiosk.ui.flow import flow_holder
from kiosk.ui.owner.fields import parse_date, parse_span
from kiosk.ui.owner.reflow import columns_holder
from kiosk.ui.owner.view import OwnerView, mark_invalid, plain_problem
from kiosk.ui.state import ViewState
from kiosk.ui.theme import FONT_FAMILY, Theme
from kiosk.ui.widgets import Card, button, label

EXCEPTION_ROWS = 6
CARD_MIN = 560
"""The cards stand in two columns while each gets this much (at text size A), else in one."""
FIELD_TEXT_PX = 23
"""The fields' text size at A (the style sheet's QLineEdit font-size)."""
FIELD_FRAME = 2 * (18 + 5) + 8
"""A field's padding and focus border on both sides, and room for the cursor."""


def field_width(theme: Theme, sample: str) -> int:
    """Wide enough for `sample` ('00:00–00:00', '2026-12-24') at the theme's text size, and no
    wider: fixed at 360 px at A++, the hours field held a 720 px portrait panel 10 px too wide."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(theme.px(FIELD_TEXT_PX))
    return QFontMetrics(font).horizontalAdvance(sample) + FIELD_FRAME


def _edit(placeholder: str = "", numbers: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(60)
    if numbers:
        edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
    return edit


class DetailsView(OwnerView):
    """Edits the details; saving makes About and 'open now' use them at once."""

    def __init__(
        self, service: OwnerService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, state, parent)
        self.note = label(role="muted")
        self.hours = [_edit(numbers=True) for _ in range(7)]
        self.hour_errors = [label(role="error") for _ in range(7)]
        self.day_names = [label(wrap=False) for _ in range(7)]
        self.exceptions = [
            (_edit("2026-12-24", numbers=True), _edit(numbers=True), _edit())
            for _ in range(EXCEPTION_ROWS)
        ]
        self.exception_errors = [label(role="error") for _ in range(EXCEPTION_ROWS)]
        self.criteria = {c: QCheckBox() for c in CRITERIA}
        self.delivery_phone = _edit("070-123 45 67", numbers=True)
        # How delivery works is a few sentences: a multi-line field, not one line (issue 23).
        self.delivery_how = QPlainTextEdit()
        self.delivery_how.setMinimumHeight(130)
        self.delivery_how.setTabChangesFocus(True)
        self.telephone = _edit("0660-123 45", numbers=True)
        self.email = _edit("butiken@example.se")
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.save = button(role="primary")
        self.save.setMinimumHeight(64)
        self.save.clicked.connect(self.submit)
        self.message = label()
        self.cards: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self._build()

    def _card(self, name: str) -> tuple[Card, QVBoxLayout]:
        card = Card()
        column = QVBoxLayout(card)
        column.setContentsMargins(30, 24, 30, 24)
        column.setSpacing(12)
        self.cards[name] = label(role="h2")
        column.addWidget(self.cards[name])
        return card, column

    def _caption(self, name: str) -> QLabel:
        self.captions[name] = label(role="field")
        return self.captions[name]

    def _build(self) -> None:
        hours_card, hours = self._card("hours")
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        for day in range(7):
            grid.addWidget(self.day_names[day], day * 2, 0)
            grid.addWidget(self.hours[day], day * 2, 1)
            grid.addWidget(self.hour_errors[day], day * 2 + 1, 0, 1, 3)
            self.hour_errors[day].hide()
        grid.setColumnStretch(2, 1)
        hours.addWidget(self._caption("hours-help"))
        hours.addLayout(grid)
        special_card, special = self._card("exceptions")
        special.addWidget(self._caption("exceptions-help"))
        for index, (when_edit, span, note) in enumerate(self.exceptions):
            # Date and hours share a line; the note has its own below them.
            row, line = flow_holder(12)
            line.addWidget(when_edit)
            line.addWidget(span)
            special.addWidget(row)
            special.addWidget(note)
            special.addWidget(self.exception_errors[index])
            special.addSpacing(10)
            self.exception_errors[index].hide()
        offers_card, offers = self._card("offers")
        for box in self.criteria.values():
            offers.addWidget(box)
        offers.addWidget(self._caption("delivery-phone"))
        offers.addWidget(self.delivery_phone)
        offers.addWidget(self._caption("delivery-how"))
        offers.addWidget(self.delivery_how)
        contact_card, contact = self._card("contact")
        contact.addWidget(self._caption("telephone"))
        contact.addWidget(self.telephone)
        contact.addWidget(self._caption("email"))
        contact.addWidget(self.email)
        contact.addStretch(1)
        self.column.addWidget(self.note)
        cards, self._columns = columns_holder(CARD_MIN)
        for card in (hours_card, offers_card, special_card, contact_card):
            self._columns.addWidget(card)
        self.column.addWidget(cards)
        self.column.addStretch(1)
        bar = QHBoxLayout()
        bar.setContentsMargins(48, 12, 48, 20)
        bar.setSpacing(14)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.save, 0, Qt.AlignmentFlag.AlignBottom)
        self.add_bar(bar)
        self.state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed()

    def _on_state_theme_changed(self) -> None:
        theme = self.state.theme
        self._columns.set_min_column(theme.px(CARD_MIN))
        hours, date = field_width(theme, "00:00–00:00"), field_width(theme, "0000-00-00")
        for edit in self.hours:
            edit.setFixedWidth(hours)
        for when_edit, span, _note in self.exceptions:
            when_edit.setFixedWidth(date)
            span.setFixedWidth(hours)

    def retranslate(self) -> None:
        """Texts."""
        self.heading.setText(self.tr("Opening hours and offers"))
        self.note.setText(
            self.tr("What you save here replaces the municipality's information on the About page.")
        )
        self.cards["hours"].setText(self.tr("Opening hours"))
        self.cards["exceptions"].setText(self.tr("Days that differ"))
        self.cards["offers"].setText(self.tr("What the shop offers"))
        self.cards["contact"].setText(self.tr("Contact"))
        self.captions["hours-help"].setText(
            self.tr("Write e.g. 09:00–18:00; leave empty when closed.")
        )
        self.captions["exceptions-help"].setText(
            self.tr("Date, hours (empty: closed all day) and a note, e.g. Christmas Eve.")
        )
        self.captions["delivery-phone"].setText(self.tr("Telephone for home delivery"))
        self.captions["delivery-how"].setText(self.tr("How to order home delivery"))
        self.captions["telephone"].setText(self.tr("The shop's telephone"))
        self.captions["email"].setText(self.tr("The shop's e-mail"))
        names = {
            "computer": self.tr("Public computer with internet"),
            "cafe": self.tr("Café corner"),
            "tourist_info": self.tr("Tourist information and brochures"),
            "activities": self.tr("Activities during the year"),
            "home_delivery": self.tr("Grocery home delivery"),
        }
        for criterion, box in self.criteria.items():
            box.setText(names[criterion])
        loc = i18n.locale(self.state.lang)
        for day, name in enumerate(self.day_names):
            name.setText(loc.standaloneDayName(day + 1).capitalize())
        for edit in self.hours:
            edit.setPlaceholderText(i18n.hours("09:00", "18:00", self.state.lang))
        for _when, span, note in self.exceptions:
            span.setPlaceholderText(self.tr("closed"))
            note.setPlaceholderText(self.tr("note"))
        self.save.setText(self.tr("Save"))
        if any(not error.isHidden() for error in [*self.hour_errors, *self.exception_errors]):
            self.validate()  # the messages shown, in the new language

    def refresh(self) -> None:
        """Fill in what is saved, else the municipality's information."""
        self.retranslate()
        self.message.setText(plain_problem(self.service, self.service.problem))
        details = self.service.details()
        if details is None:
            details = self._from_feed()
        for day, edit in enumerate(self.hours):
            edit.setText(i18n.times(details.hours[day].replace("-", "–"), self.state.lang))
        for index, (when_edit, span, note) in enumerate(self.exceptions):
            values = details.exceptions[index] if index < len(details.exceptions) else ("", "", "")
            when_edit.setText(values[0])
            span.setText(i18n.times(values[1].replace("-", "–"), self.state.lang))
            note.setText(values[2])
        for criterion, box in self.criteria.items():
            box.setChecked(bool(details.criteria.get(criterion)))
        self.delivery_phone.setText(details.home_delivery_telephone)
        self.delivery_how.setPlainText(details.home_delivery_how)
        self.telephone.setText(details.telephone)
        self.email.setText(details.email)
        for error in [*self.hour_errors, *self.exception_errors]:
            error.hide()
        for field in [*self.hours, *(edit for row in self.exceptions for edit in row[:2])]:
            mark_invalid(field, False)
        self.mark_saved()

    def discard(self) -> None:
        """Forget what was typed: the saved details again."""
        self.refresh()

    def _from_feed(self) -> Details:
        point = self.service.feed_point()
        if point is None:
            return Details()
        hours = ["" for _ in range(7)]
        for span in parse_opening_hours(point.opening_hours):
            for day in span.days:
                hours[day] = hours[day] or f"{span.opens}-{span.closes}"
        return Details(
            hours=tuple(hours),
            criteria=dict(point.criteria),
            telephone=point.telephone,
            email=point.email,
            home_delivery_telephone=point.home_delivery_telephone,
            home_delivery_how=point.home_delivery.get("sv"),
        )

    def _error(self, widget: QLabel, text: str, *fields: QWidget) -> None:
        widget.setText(text)
        widget.setVisible(bool(text))
        for field in fields:
            mark_invalid(field, bool(text))

    def validate(self) -> Details | None:
        """The details as typed, or None with messages next to what is wrong."""
        ok = True
        hours = []
        for day, edit in enumerate(self.hours):
            text = edit.text().strip()
            span = parse_span(text) if text else ("", "")
            self._error(
                self.hour_errors[day],
                ""
                if span
                else self.tr("Write the hours as 09:00–18:00, or leave empty when closed."),
                edit,
            )
            ok = ok and span is not None
            hours.append(f"{span[0]}-{span[1]}" if span and span[0] else "")
        exceptions = []
        today = self.service.clock().date()
        for index, (when_edit, span_edit, note) in enumerate(self.exceptions):
            if not (when_edit.text().strip() or span_edit.text().strip() or note.text().strip()):
                self._error(self.exception_errors[index], "", when_edit, span_edit)
                continue
            when = parse_date(when_edit.text(), today)
            span = parse_span(span_edit.text()) if span_edit.text().strip() else ("", "")
            problem, wrong = "", span_edit
            if when is None:
                problem, wrong = self.tr("Write the date as 2026-12-24."), when_edit
            elif span is None:
                problem = self.tr("Write the hours as 10:00–14:00, or leave empty when closed.")
            self._error(self.exception_errors[index], problem, wrong)
            if wrong is when_edit:
                mark_invalid(span_edit, False)
            if problem or when is None or span is None:
                ok = False
                continue
            exceptions.append(
                (when.isoformat(), f"{span[0]}-{span[1]}" if span[0] else "", note.text().strip())
            )
        if not ok:
            self.message.setText(self.tr("Please fix the marked fields: each says what is wrong."))
            return None
        return Details(
            hours=tuple(hours),
            exceptions=tuple(sorted(exceptions)),
            criteria={c: box.isChecked() for c, box in self.criteria.items()},
            telephone=self.telephone.text().strip(),
            email=self.email.text().strip(),
            home_delivery_telephone=self.delivery_phone.text().strip(),
            home_delivery_how=self.delivery_how.toPlainText().strip(),
        )

    def submit(self) -> bool:
        """Save when everything is right."""
        details = self.validate()
        if details is None:
            return False
        try:
            self.service.save_details(details)
        except KioskError as error:
            reason = plain_problem(self.service, str(error))
            self.message.setText(self.tr("Not saved: %1").replace("%1", reason))
            return False
        self.message.setText(self.tr("Saved. The About page shows it now."))
        self.mark_saved()
        return True
