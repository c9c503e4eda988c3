"""Past activities at the shop, each to be answered "Genomförd" or "Inställd": the report
counts the activities the shop confirmed as held and lists the others apart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.services.owner import PastActivity
from kiosk.ui import i18n
from kiosk.ui.flow import flow_holder
from kiosk.ui.widgets import Card, button, clear_layout, label

TEXT_MIN = 360
"""The activity's title and time keep this much beside the two answers (at text size A)."""


class ActivityRow(Card):
    """One past activity: what and when, and the two answers (touch again to take it back)."""

    def __init__(
        self,
        activity: PastActivity,
        lang: str,
        answer: Callable[[PastActivity, str], None],
        text_min: int,
    ) -> None:
        super().__init__()
        self.item = activity
        when = (
            i18n.day(activity.start.date(), lang)
            if activity.all_day
            else i18n.day_time(activity.start, lang)
        )
        source = (
            self.tr("your event")
            if activity.source == "local"
            else self.tr("the municipality's calendar")
        )
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(label(activity.title, role="h3"))
        text.addWidget(label(f"{when} · {source}", role="muted"))
        self.held = button(self.tr("Held"), role="chip", checkable=True)
        self.cancelled = button(self.tr("Cancelled"), role="chip", checkable=True)
        self.held.setChecked(activity.outcome == "held")
        self.cancelled.setChecked(activity.outcome == "cancelled")
        self.held.setAccessibleName(self.tr("Held: %1").replace("%1", activity.title))
        self.cancelled.setAccessibleName(self.tr("Cancelled: %1").replace("%1", activity.title))
        self.held.clicked.connect(lambda on: answer(activity, "held" if on else ""))
        self.cancelled.clicked.connect(lambda on: answer(activity, "cancelled" if on else ""))
        self.buttons, flow = flow_holder(12)
        self.buttons.setProperty("page", False)
        flow.addWidget(self.held)
        flow.addWidget(self.cancelled)
        self._text_min = text_min
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(26, 18, 20, 18)
        self._row.setSpacing(16)
        self._row.addLayout(text, 1)
        self._row.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignVCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Answers beside the text while both fit, else below it (portrait, large text)."""
        super().resizeEvent(event)
        beside = self.width() >= self._text_min + self.buttons.sizeHint().width() + 62
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)


class OutcomesBox(QWidget):
    """The heading, a line on why it matters, and a row per past activity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label(role="h2")
        self.note = label(role="muted")
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(12)
        self.rows: list[ActivityRow] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 18, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.note)
        column.addLayout(self.rows_box)

    def show_activities(
        self,
        activities: list[PastActivity],
        lang: str,
        answer: Callable[[PastActivity, str], None],
        text_min: int,
    ) -> None:
        """Rebuild the rows (hidden altogether when nothing has happened yet)."""
        self.heading.setText(self.tr("Held or cancelled?"))
        self.note.setText(
            self.tr(
                "The municipality counts the activities you confirm as held. "
                "Answer for each activity that has taken place."
            )
        )
        clear_layout(self.rows_box)
        self.rows = [ActivityRow(a, lang, answer, text_min) for a in activities]
        for row in self.rows:
            self.rows_box.addWidget(row)
        self.setVisible(bool(activities))
