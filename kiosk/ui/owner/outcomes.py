"""Past activities at the shop, each to be answered "Genomförd" or "Inställd": the report
counts the activities the shop confirmed as held and lists the others apart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.services.owner import PastActivity
from kiosk.ui import i18n
from kiosk.ui.owner.itemrow import ItemRow
from kiosk.ui.widgets import button, clear_layout, label


class ActivityRow(ItemRow):
    """One past activity: what and when, and the two answers (touch again to take it back)."""

    def __init__(
        self,
        activity: PastActivity,
        lang: str,
        answer: Callable[[PastActivity, str], None],
        text_min: int,
    ) -> None:
        when = (
            i18n.day(activity.start.date(), lang)
            if activity.all_day
            else i18n.day_time(activity.start, lang)
        )
        source = (
            QCoreApplication.translate("ActivityRow", "your event")
            if activity.source == "local"
            else QCoreApplication.translate("ActivityRow", "the municipality's calendar")
        )
        super().__init__(activity.title, f"{when} · {source}", text_min)
        self.item = activity
        self.held = button(self.tr("Held"), role="chip", checkable=True)
        self.cancelled = button(self.tr("Cancelled"), role="chip", checkable=True)
        self.held.setChecked(activity.outcome == "held")
        self.cancelled.setChecked(activity.outcome == "cancelled")
        self.held.setAccessibleName(self.tr("Held: %1").replace("%1", activity.title))
        self.cancelled.setAccessibleName(self.tr("Cancelled: %1").replace("%1", activity.title))
        self.held.clicked.connect(lambda on: answer(activity, "held" if on else ""))
        self.cancelled.clicked.connect(lambda on: answer(activity, "cancelled" if on else ""))
        self.add_buttons(self.held, self.cancelled)


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
