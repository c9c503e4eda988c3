"""The owner's events: a list with change, cancel and delete, and the form for new ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.services.owner import LocalEvent, OwnerService, PastActivity
from kiosk.ui import i18n
from kiosk.ui.owner.form import EventForm
from kiosk.ui.owner.itemrow import TEXT_MIN, ItemRow
from kiosk.ui.owner.outcomes import OutcomesBox
from kiosk.ui.owner.reflow import scroller
from kiosk.ui.owner.view import NARROW_BELOW, NARROW_MARGIN, WIDE_MARGIN, plain_problem
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import button, clear_layout, label


class EventRow(ItemRow):
    """One event: what and when, and its buttons. Deleting asks once more, in the row itself."""

    def __init__(self, view: EventsView, event: LocalEvent) -> None:
        when = i18n.day_time(event.starts_at(), view.state.lang) + (
            f"–{event.end}" if event.end else ""
        )
        repeat = {
            "weekly": QCoreApplication.translate("EventRow", "every week"),
            "monthly": QCoreApplication.translate("EventRow", "every month"),
        }.get(event.repeat, "")
        if repeat and event.until:
            repeat += " " + QCoreApplication.translate("EventRow", "until %1").replace(
                "%1", i18n.day(event.until, view.state.lang)
            )
        line = " · ".join(p for p in (when, repeat, event.place) if p)
        if event.cancelled:
            line = QCoreApplication.translate("EventRow", "CANCELLED") + " · " + line
        super().__init__(event.title, line, view.state.theme.px(TEXT_MIN))
        self.item = event
        self.setObjectName(f"event-{event.id}")
        self._line = line
        self.when = self.line
        self.edit = button(self.tr("Change"))
        self.cancel = button(self.tr("Undo cancel") if event.cancelled else self.tr("Cancel event"))
        self.delete = button(self.tr("Delete"), role="danger")
        self.confirm = button(self.tr("Yes, delete"), role="danger")
        self.keep = button(self.tr("Keep"))
        self.confirm.hide()
        self.keep.hide()
        self.edit.clicked.connect(lambda: view.edit(event))
        self.cancel.clicked.connect(lambda: view.set_cancelled(event, not event.cancelled))
        self.delete.clicked.connect(lambda: self._ask(True))
        self.keep.clicked.connect(lambda: self._ask(False))
        self.confirm.clicked.connect(lambda: view.delete(event))
        self.add_buttons(self.edit, self.cancel, self.delete, self.keep, self.confirm)

    def _ask(self, asking: bool) -> None:
        for widget in (self.edit, self.cancel, self.delete):
            widget.setVisible(not asking)
        self.keep.setVisible(asking)
        self.confirm.setVisible(asking)
        self.when.setText(self.tr("Delete this event for good?") if asking else self._line)


class EventsView(QStackedWidget):
    """The list first; 'Nytt evenemang' and 'Ändra' open the form in place."""

    def __init__(
        self, service: OwnerService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.state = state
        self.rows: dict[str, EventRow] = {}
        self.list_page = QWidget()
        self.list_page.setProperty("page", True)
        self.heading = label(role="h1")
        self.note = label(role="muted")
        self.problem = label(role="error")
        self.problem.hide()
        self.new = button(role="primary")
        state.theme_changed.connect(self._on_state_theme_changed)
        self.new.setMinimumHeight(64)
        self.new.clicked.connect(lambda: self.edit(None))
        inner = QWidget()
        inner.setProperty("page", True)
        column = QVBoxLayout(inner)
        column.setContentsMargins(WIDE_MARGIN, 32, WIDE_MARGIN, 24)
        column.setSpacing(18)
        self._column = column
        column.addWidget(self.heading)
        column.addWidget(self.note)
        column.addWidget(self.new, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.problem)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(12)
        column.addLayout(self.rows_box)
        self.outcomes = OutcomesBox()
        column.addWidget(self.outcomes)
        column.addStretch(1)
        page = QVBoxLayout(self.list_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroller(inner))
        self.form = EventForm(service, state)
        self.form.done.connect(self._on_form_done)
        self.addWidget(self.list_page)
        self.addWidget(self.form)
        service.events_changed.connect(self.refresh_list)
        self._on_state_theme_changed()

    def _on_state_theme_changed(self) -> None:
        theme = self.state.theme
        size = theme.px(28)
        self.new.setIcon(theme.icon("plus-bold", theme.palette.accent_text, size))
        self.new.setIconSize(QSize(size, size))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow edges on a narrow screen, as in the other sections."""
        super().resizeEvent(event)
        margin = WIDE_MARGIN if self.width() >= NARROW_BELOW else NARROW_MARGIN
        self._column.setContentsMargins(margin, 32, margin, 24)

    def refresh(self) -> None:
        """Back to the list, up to date."""
        self.setCurrentWidget(self.list_page)
        self.refresh_list()

    def refresh_list(self) -> None:
        """Rebuild the rows."""
        self.heading.setText(self.tr("Events"))
        self.new.setText(self.tr("New event"))
        self.note.setText(
            self.tr(
                "Your events show in What's on at once and are sent to the municipality. "
                "They are deleted 30 days after they end."
            )
        )
        self._show_problem(self.service.problem)
        clear_layout(self.rows_box)
        self.rows = {}
        events = self.service.events()
        if not events:
            self.rows_box.addWidget(
                label(self.tr("No events yet. Touch 'New event' to post one."), role="muted")
            )
        for event in events:
            row = EventRow(self, event)
            self.rows[event.id] = row
            self.rows_box.addWidget(row)
        self.outcomes.show_activities(
            self.service.past_activities(),
            self.state.lang,
            self.answer,
            self.state.theme.px(TEXT_MIN),
        )

    def _show_problem(self, text: str) -> None:
        text = plain_problem(self.service, text)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def edit(self, event: LocalEvent | None) -> None:
        """The form, empty or with `event`."""
        self.form.load(event)
        self.setCurrentWidget(self.form)

    def set_cancelled(self, event: LocalEvent, cancelled: bool) -> None:
        """Cancel or take back the cancellation."""
        try:
            self.service.set_cancelled(event.id, cancelled)
        except KioskError as error:
            self._show_problem(str(error))

    def answer(self, activity: PastActivity, outcome: str) -> None:
        """The shop's answer to a past activity: held, cancelled, or '' (taken back)."""
        try:
            self.service.set_outcome(activity, outcome)
        except KioskError as error:
            self._show_problem(str(error))

    def delete(self, event: LocalEvent) -> None:
        """Delete after the row's confirmation."""
        try:
            self.service.delete_event(event.id)
        except KioskError as error:
            self._show_problem(str(error))

    def retranslate(self) -> None:
        """The list and the form in the language now in force."""
        self.refresh_list()
        self.form.retranslate()

    def unsaved(self) -> bool:
        """True while the form is open with changes not saved."""
        return self.currentWidget() is self.form and self.form.unsaved()

    def discard(self) -> None:
        """The owner chose to throw the changes away."""
        self.reset()

    def reset(self) -> None:
        """The mode ended: drop a half-filled form."""
        self.form.reset()
        self.setCurrentWidget(self.list_page)

    def _on_form_done(self) -> None:
        self.refresh()
