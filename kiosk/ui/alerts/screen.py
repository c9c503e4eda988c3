"""The warnings' screen logic: when the takeover shows, when the band replaces it, what sounds,
what is spoken and what is counted. app.py wires it to the AlertService and the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QPushButton

from kiosk.ui.alerts.strip import AlertStrip
from kiosk.ui.alerts.style import clock_time
from kiosk.ui.alerts.takeover import AlertTakeover
from kiosk.ui.pages.base import Page
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import button

if TYPE_CHECKING:
    from kiosk.alerts.check import Snapshot
    from kiosk.ui.window import KioskWindow


class AlertScreen(QObject):
    """Shows a snapshot: takeover for unread alerts, band for read ones, lines on home."""

    new_alert = Signal()
    """An alert not seen before took over (the distinct sound; counted per day)."""
    speak = Signal(str)
    """What the takeover says, for speech mode."""

    def __init__(self, window: KioskWindow, state: ViewState) -> None:
        super().__init__(window)
        self.window = window
        self.takeover = AlertTakeover(window, state)
        self.strip = AlertStrip(state)
        layout = window.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, self.strip)  # below the header, above the pages
        self.state = state
        self.attract_emergency: QPushButton | None = None
        self.snapshot: Snapshot | None = None
        self.read_ids: set[str] = set()
        self._strip_shape: tuple[bool, int] = (False, 0)
        self.seen_ids: set[str] = set()
        self.takeover.read.connect(self._on_takeover_read)
        self.strip.open_requested.connect(self._on_strip_open_requested)
        window.page_changed.connect(self._on_window_page_changed)
        state.language_changed.connect(lambda _lang: self._say_again())
        state.language_changed.connect(lambda _lang: self._name_attract_button())

    @property
    def taking_over(self) -> bool:
        """True while the full-screen alert is up."""
        return self.takeover.isVisible()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """A new snapshot from the AlertService."""
        self.snapshot = snapshot
        current = {a.id for a in snapshot.takeovers}
        self.read_ids &= current  # one that was gone and returns is read in full again
        fresh = current - self.seen_ids
        self.seen_ids |= current
        self._refresh()
        if fresh:
            self.new_alert.emit()
            self.speak.emit(self.takeover.spoken())

    def owner_summary(self) -> str:
        """For the shop owner's status: last check, what shows, what is held back (Test, Exercise)."""
        snapshot = self.snapshot
        if snapshot is None or not snapshot.checks:
            return ""
        checked = [c.ok_at for c in snapshot.checks if c.ok_at]
        parts = []
        if checked:
            parts.append(
                self.tr("last checked at %1").replace(
                    "%1", clock_time(max(checked), self.state.lang)
                )
            )
        if snapshot.stale_since:
            parts.append(
                self.tr("could not check since %1").replace(
                    "%1", clock_time(snapshot.stale_since, self.state.lang)
                )
            )
        parts.append(self.tr("shown now: %1").replace("%1", str(len(snapshot.shown))))
        drills = sum(1 for a in snapshot.held if a.status in ("Test", "Exercise"))
        if drills:
            parts.append(
                self.tr("held back: %1 test or exercise alerts").replace("%1", str(drills))
            )
        return " · ".join(parts)

    def visit_ended(self) -> None:
        """The next visitor meets the full alert again, not only the band."""
        self.read_ids.clear()
        self._refresh()

    def _refresh(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        unread = tuple(a for a in snapshot.takeovers if a.id not in self.read_ids)
        vma = next((c.ok_at for c in snapshot.checks if c.name == "vma"), None)
        if unread:
            self.takeover.show_alerts(snapshot.takeovers, vma)
        else:
            self.takeover.hide()
        roomy = self.window.height() >= self.state.theme.px(1000)
        self.strip.show_snapshot(
            snapshot, band=not unread, at_home=self.window.current == "home", roomy=roomy
        )
        shown = self.strip.isVisibleTo(self.window)
        shape = (shown, self.strip.sizeHint().height() if shown else 0)
        if shape != self._strip_shape:
            self._strip_shape = shape
            # The page below lost or won height: once the layout has given it the new size,
            # let it choose again whether it scrolls (home's tiles were cut off at 1280x1024).
            QTimer.singleShot(0, self, self._refit_page)

    def _refit_page(self) -> None:
        page = self.window.pages.currentWidget()
        if isinstance(page, Page):
            page.refit()

    def _on_window_page_changed(self, name: str) -> None:
        if name == "attract":
            self._add_attract_button()
        self._refresh()

    def _add_attract_button(self) -> None:
        """The emergency card one touch from the attract screen too (it needs no network)."""
        if self.attract_emergency is not None:
            return
        widget = self.attract_emergency = button()
        widget.setObjectName("AttractEmergency")
        widget.clicked.connect(lambda: self.window.open_page("emergency"))
        self._name_attract_button()
        layout = self.window.attract.layout()
        if isinstance(layout, QBoxLayout):
            layout.addSpacing(16)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)

    def _name_attract_button(self) -> None:
        if self.attract_emergency is not None:
            self.attract_emergency.setText(self.tr("If the power fails"))
            self.attract_emergency.setAccessibleName(self.attract_emergency.text())

    def _on_takeover_read(self) -> None:
        if self.snapshot is not None:
            self.read_ids |= {a.id for a in self.snapshot.takeovers}
        self._refresh()

    def _on_strip_open_requested(self) -> None:
        self.read_ids.clear()
        self._refresh()
        self.speak.emit(self.takeover.spoken())

    def _say_again(self) -> None:
        if self.taking_over:
            self.speak.emit(self.takeover.spoken())
