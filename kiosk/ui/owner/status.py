"""The status panel: is everything fine, in plain Swedish, and the three buttons an owner may need."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.services.owner import OwnerService, Status
from kiosk.ui import i18n
from kiosk.ui.owner.view import OwnerView
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import Card, button, label

OLD_AFTER_DAYS = 2
"""Content not confirmed for this long is called old (a sync runs several times a day)."""
LOW_DISK = 1_000_000_000


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
        facts = Card()
        grid = QGridLayout(facts)
        grid.setContentsMargins(30, 24, 30, 24)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(14)
        for row, name in enumerate(("sync", "content", "upload", "disk", "speech", "version")):
            self.captions[name] = label(role="field", wrap=False)
            self.values[name] = label()
            grid.addWidget(self.captions[name], row, 0)
            grid.addWidget(self.values[name], row, 1)
        grid.setColumnStretch(1, 1)
        self.sync_now = button(role="primary")
        self.restart = button()
        self.exit = button(role="danger")
        self.confirm_exit = button(role="danger")
        self.confirm_exit.hide()
        self.sync_now.clicked.connect(self._on_sync_now)
        self.restart.clicked.connect(service.restart)
        self.exit.clicked.connect(self._on_exit)
        self.confirm_exit.clicked.connect(service.exit_to_desktop)
        actions = QHBoxLayout()
        actions.setSpacing(14)
        for widget in (self.sync_now, self.restart, self.exit, self.confirm_exit):
            widget.setMinimumHeight(64)
            actions.addWidget(widget)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(20)
        layout.addWidget(self.heading)
        layout.addWidget(card)
        layout.addWidget(facts)
        layout.addLayout(actions)
        layout.addStretch(1)
        service.status_changed.connect(self.refresh)

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
        self.icon.setPixmap(self.state.theme.pixmap(icon, color, size=56))
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
            return self.tr("today %1").replace("%1", i18n.clock(local, "sv"))
        if days == 1:
            return self.tr("yesterday %1").replace("%1", i18n.clock(local, "sv"))
        return i18n.day_time(local, "sv")

    def overall_state(self, status: Status, now: datetime) -> tuple[bool, str, str]:
        """(all good, the headline, what to do) in plain words."""
        if status.content_version is None:
            return (
                False,
                self.tr("No content yet"),
                self.tr("Check the internet connection, then touch 'Update now'."),
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
        return True, self.tr("Everything works"), ""

    def _facts(self, status: Status, now: datetime) -> None:
        c = self.captions
        c["sync"].setText(self.tr("Last update"))
        c["content"].setText(self.tr("Content"))
        c["upload"].setText(self.tr("Statistics sent"))
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
        loc = i18n.locale("sv")
        si = QLocale.DataSizeFormat.DataSizeSIFormat
        free = loc.formattedDataSize(status.disk_free, 1, si)
        total = loc.formattedDataSize(status.disk_total, 0, si)
        disk = self.tr("%1 free of %2").replace("%1", free).replace("%2", total)
        if status.disk_free < LOW_DISK:
            disk += " – " + self.tr("almost full: call for help")
        v["disk"].setText(disk)
        v["version"].setText(status.app_version)
        c["speech"].setText(self.tr("Speech"))
        v["speech"].setText(self._speech(status.speech))

    def _speech(self, state: str) -> str:
        if state == "ready":
            return self.tr("works (speech mode and keypad)")
        if state.startswith("missing"):
            return self.tr("missing: the kiosk runs without speech (%1)").replace(
                "%1", state.partition(":")[2].strip()
            )
        if state == "off":
            return self.tr("switched off in the settings")
        return self.tr("starting")
