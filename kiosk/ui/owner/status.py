"""The status panel: is everything fine, in plain Swedish, and the three buttons an owner may need."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.services.owner import OwnerService, Status
from kiosk.ui import i18n
from kiosk.ui.flow import flow_holder
from kiosk.ui.owner.view import OwnerView
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import Card, button, label

OLD_AFTER_DAYS = 2
"""Content not confirmed for this long is called old (a sync runs several times a day)."""
LOW_DISK = 1_000_000_000
STACK_BELOW = 760
"""Facts narrower than this (at text size A) put each caption above its value."""


class Facts(Card):
    """Captions beside their values; on a narrow screen each caption above its value."""

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(30, 24, 30, 24)
        self.grid.setHorizontalSpacing(32)
        self.grid.setVerticalSpacing(14)
        self.pairs: list[tuple[QLabel, QLabel]] = []
        self.stack_below = STACK_BELOW
        self.stacked: bool | None = None

    def add(self, caption: QLabel, value: QLabel) -> None:
        """One more fact."""
        self.pairs.append((caption, value))
        self.stacked = None
        self.arrange()

    def arrange(self) -> None:
        """Side by side or stacked, by the width now."""
        stacked = 0 < self.width() < self.stack_below
        if stacked == self.stacked:
            return
        self.stacked = stacked
        for caption, value in self.pairs:
            self.grid.removeWidget(caption)
            self.grid.removeWidget(value)
        for row, (caption, value) in enumerate(self.pairs):
            if stacked:  # an empty row of 8 px between one fact and the next
                self.grid.addWidget(caption, row * 3, 0)
                self.grid.addWidget(value, row * 3 + 1, 0)
            else:
                self.grid.addWidget(caption, row, 0)
                self.grid.addWidget(value, row, 1)
        for row in range(3 * len(self.pairs)):
            self.grid.setRowMinimumHeight(row, 8 if stacked and row % 3 == 2 else 0)
        self.grid.setColumnStretch(0, 1 if stacked else 0)
        self.grid.setColumnStretch(1, 0 if stacked else 1)
        self.grid.setVerticalSpacing(4 if stacked else 14)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-arrange when the width crosses the line."""
        super().resizeEvent(event)
        self.arrange()


class StatusView(OwnerView):
    """Overall state first, the details under it, actions at the bottom."""

    def __init__(
        self, service: OwnerService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, state, parent)
        self.icon = QLabel()
        self.overall = label()
        self.advice = label(role="muted")
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        card = Card()
        top = QHBoxLayout(card)
        top.setContentsMargins(30, 24, 30, 24)
        top.setSpacing(20)
        top.addWidget(self.icon)
        text = QVBoxLayout()
        text.addWidget(self.overall)
        text.addWidget(self.advice)
        top.addLayout(text, 1)
        self.facts = Facts()
        for name in ("sync", "content", "upload", "data", "disk", "speech", "alerts", "version"):
            self.captions[name] = label(role="field")
            self.values[name] = label()
            self.facts.add(self.captions[name], self.values[name])
        self.sync_now = button(role="primary")
        self.restart = button()
        self.exit = button(role="danger")
        self.confirm_exit = button(role="danger")
        self.confirm_exit.hide()
        self.sync_now.clicked.connect(self._on_sync_now)
        self.restart.clicked.connect(service.restart)
        self.exit.clicked.connect(self._on_exit)
        self.confirm_exit.clicked.connect(service.exit_to_desktop)
        actions, row = flow_holder(14)  # the buttons wrap under each other when narrow
        for widget in (self.sync_now, self.restart, self.exit, self.confirm_exit):
            widget.setMinimumHeight(64)
            row.addWidget(widget)
        self.column.addWidget(card)
        self.column.addWidget(self.facts)
        self.column.addWidget(actions)
        self.column.addStretch(1)
        state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed()
        service.status_changed.connect(self.refresh)

    def _on_state_theme_changed(self) -> None:
        self.facts.stack_below = self.state.theme.px(STACK_BELOW)
        self.facts.arrange()

    def retranslate(self) -> None:
        """Texts (all of them come with the status)."""
        self.refresh()

    def _on_sync_now(self) -> None:
        if self.service.sync_now is not None:
            self.service.sync_now()
            self.values["sync"].setText(self.tr("Updating now…"))

    def _on_exit(self) -> None:
        self.exit.hide()
        self.confirm_exit.show()

    def reset(self) -> None:
        """Ask again before exiting next time."""
        self.exit.show()
        self.confirm_exit.hide()

    def refresh(self) -> None:
        """Read the status and say it."""
        status = self.service.status()
        now = self.service.clock()
        self.heading.setText(self.tr("Status"))
        good, overall, advice = self.overall_state(status, now)
        self.overall.setText(overall)
        self.overall.setProperty("role", "state-ok" if good else "state-bad")
        self.overall.style().unpolish(self.overall)
        self.overall.style().polish(self.overall)
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        p = self.state.theme.palette
        icon, color = (
            ("check-circle-fill", p.positive) if good else ("warning-circle-bold", p.important)
        )
        self.icon.setPixmap(self.state.theme.pixmap(icon, color, size=self.state.theme.px(56)))
        self._facts(status, now)
        self.sync_now.setText(self.tr("Update now"))
        self.sync_now.setEnabled(status.syncing_configured)
        self.restart.setText(self.tr("Restart the kiosk"))
        self.exit.setText(self.tr("Exit to the desktop"))
        self.confirm_exit.setText(self.tr("Yes, exit the kiosk"))

    def _when(self, value: datetime, now: datetime) -> str:
        local = value.astimezone(now.tzinfo)
        days = (now.date() - local.date()).days
        if days == 0:
            return self.tr("today %1").replace("%1", i18n.clock(local, self.state.lang))
        if days == 1:
            return self.tr("yesterday %1").replace("%1", i18n.clock(local, self.state.lang))
        return i18n.day_time(local, self.state.lang)

    def overall_state(self, status: Status, now: datetime) -> tuple[bool, str, str]:
        """(all good, the headline, what to do) in plain words."""
        fault = self._fault(status, now)
        if fault is not None:
            return fault
        if status.content_version is None:
            return (
                False,
                self.tr("No content yet"),
                self.tr("Check the internet connection, then touch 'Update now'."),
            )
        if status.unknown_point:  # before the rest: every statistic goes to the wrong name
            return (
                False,
                self.tr('The service point "%1" is not in the content').replace(
                    "%1", status.unknown_point
                ),
                self.tr(
                    "Check the setting service_point, or call the municipality. "
                    "Visitors see %1 meanwhile."
                ).replace("%1", status.shown_point or "—"),
            )
        if status.offline_since is not None:
            return (
                False,
                self.tr("No connection since %1").replace(
                    "%1", self._when(status.offline_since, now)
                ),
                self.tr("Visitors still see the last content. Check the router and the cable."),
            )
        confirmed = max(d for d in (status.content_loaded, status.last_good_sync) if d is not None)
        age = (now.date() - confirmed.astimezone(now.tzinfo).date()).days
        if status.syncing_configured and age >= OLD_AFTER_DAYS:
            return (
                False,
                self.tr("The content is %n day(s) old", "", age),
                self.tr("Touch 'Update now'. If it stays old, call the municipality."),
            )
        if status.content_expired:
            return (
                False,
                self.tr("The content has expired"),
                self.tr("Call the municipality: the feed is not being updated."),
            )
        if status.sync is not None and not status.sync.ok:
            return False, self.tr("The last update failed"), status.sync.message
        if status.problems:
            return (
                False,
                self.tr("The kiosk's own data was damaged"),
                self.tr(
                    "Visitors are not affected. Read 'Own data' below and tell the municipality."
                ),
            )
        if status.speech.startswith("missing"):
            return (
                False,
                self.tr("Reading aloud does not work"),
                self.tr(
                    "Visitors can use the screen as usual, but cannot have texts read aloud. "
                    "Touch 'Restart the kiosk'; if that does not help, call the municipality."
                ),
            )
        return True, self.tr("Everything works"), ""

    def _fault(self, status: Status, now: datetime) -> tuple[bool, str, str] | None:
        """A fault of the computer itself (disk, clock, a damaged file): named first."""
        if status.disk_full:
            return (
                False,
                self.tr("The disk is full"),
                self.tr(
                    "Visitors still see the content; new events and statistics may not be saved."
                    " Old files are being removed. If this stays, call for help."
                ),
            )
        if status.clock:
            # With the year: a clock set wrong is as often years off as days.
            lang = self.state.lang
            shown = f"{i18n.day(now.date(), lang)} {now.year} {i18n.clock(now, lang)}"
            headline = (
                self.tr("The clock is wrong: it is ahead")
                if status.clock == "ahead"
                else self.tr("The clock is wrong: it is behind")
            )
            return (
                False,
                headline,
                self.tr(
                    "The kiosk's clock says %1. Statistics wait until it is right. Call for help"
                    " to set the date and time."
                ).replace("%1", shown),
            )
        if status.content_damage:
            return (
                False,
                self.tr("The content was damaged and has been rebuilt"),
                self.tr(
                    "Nothing needs doing now. If it happens again, the disk may be failing:"
                    " call the municipality."
                ),
            )
        return None

    def _facts(self, status: Status, now: datetime) -> None:
        c = self.captions
        c["sync"].setText(self.tr("Last update"))
        c["content"].setText(self.tr("Content"))
        c["upload"].setText(self.tr("Statistics sent"))
        c["data"].setText(self.tr("Own data"))
        c["disk"].setText(self.tr("Disk space"))
        c["version"].setText(self.tr("Program version"))
        v = self.values
        if not status.syncing_configured:
            v["sync"].setText(self.tr("No feed address is set: content comes from a folder"))
        elif status.sync is None:
            v["sync"].setText(self.tr("not yet since the start"))
        else:
            result = {
                "updated": self.tr("new content fetched"),
                "unchanged": self.tr("nothing new"),
            }.get(status.sync.outcome, self.tr("failed: %1").replace("%1", status.sync.message))
            v["sync"].setText(f"{self._when(status.sync.at, now)} – {result}")
        if status.content_version is None:
            v["content"].setText("—")
        else:
            loaded = self._when(status.content_loaded, now) if status.content_loaded else "—"
            v["content"].setText(
                self.tr("version %1, fetched %2")
                .replace("%1", str(status.content_version))
                .replace("%2", loaded)
            )
        v["upload"].setText(
            self._when(status.last_upload, now) if status.last_upload else self.tr("not yet")
        )
        loc = i18n.locale(self.state.lang)
        si = QLocale.DataSizeFormat.DataSizeSIFormat
        free = loc.formattedDataSize(status.disk_free, 1, si)
        total = loc.formattedDataSize(status.disk_total, 0, si)
        disk = self.tr("%1 free of %2").replace("%1", free).replace("%2", total)
        if status.disk_free < LOW_DISK:
            disk += " – " + self.tr("almost full: call for help")
        v["disk"].setText(disk)
        v["version"].setText(status.app_version)
        # In Swedish as the municipality reads them in status.json (kiosk/store/recovery.py).
        v["data"].setText("\n\n".join(status.problems) or self.tr("in order"))
        c["speech"].setText(self.tr("Speech"))
        v["speech"].setText(self._speech(status.speech))
        c["alerts"].setText(self.tr("Public warnings"))
        v["alerts"].setText(status.alerts or self.tr("not checked yet"))

    def _speech(self, state: str) -> str:
        if state == "ready":
            return self.tr("works (speech mode and keypad)")
        if state.startswith("missing"):
            # The engine's reason is technical English: it goes to the log and status.json,
            # not into the owner's Swedish sentence.
            return self.tr("not working: visitors cannot have texts read aloud")
        if state == "off":
            return self.tr("switched off in the settings")
        return self.tr("starting")
