"""Shop-owner mode as a whole: how it is entered (long press, shortcut, PIN) and how it ends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk.paths import DataDir
from kiosk.services.bridge import MessageBridge
from kiosk.services.content import ContentService
from kiosk.services.idle import IdleMonitor
from kiosk.services.owner import LocalEvent, OwnerService, OwnerSources
from kiosk.services.ownerdata import OwnerData
from kiosk.services.sync import SyncService, SyncStatus
from kiosk.ui.owner.entry import HOLD_MS, LongPress, OwnerShortcut
from kiosk.ui.owner.panel import OwnerPanel
from kiosk.ui.owner.pinpad import PinPad
from kiosk.ui.owner.style import owner_stylesheet
from kiosk.ui.pages.base import Page

if TYPE_CHECKING:
    from kiosk.ui.state import ViewState
    from kiosk.ui.window import KioskWindow


class OwnerMode(QObject):
    """Opens the PIN pad on request, the panel on the right PIN, and the visitor home on close.

    The visit in which the owner worked is ended while the mode is still open, so the statistics
    (which ignore everything while `OwnerService.active`) never count it.
    """

    def __init__(
        self,
        service: OwnerService,
        window: KioskWindow,
        state: ViewState,
        end_visit: Callable[[], None],
        hold_ms: int = HOLD_MS,
    ) -> None:
        super().__init__(window)
        self.service = service
        self.window = window
        self.state = state
        self._end_visit = end_visit
        self._closing = False
        header = window.header
        self.long_press = LongPress(header, [header.logo, header.name, header.village], hold_ms)
        self.long_press.held.connect(self.request)
        state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed()
        self.shortcut = OwnerShortcut(self)
        self.shortcut.pressed.connect(self.request)
        self._pin: PinPad | None = None
        self._panel: OwnerPanel | None = None

    def _on_state_theme_changed(self) -> None:
        # The header's text colour: white (yellow in high contrast) on the dark header.
        self.long_press.set_colour(self.state.theme.palette.header_text)

    @property
    def pin_pad(self) -> PinPad:
        """The PIN pad (built on first use)."""
        if self._pin is None:
            self._pin = PinPad(self.service)
            self._pin.setStyleSheet(owner_stylesheet(self.state.theme))
            self._pin.accepted.connect(self._on_pin_accepted)
            self._pin.cancelled.connect(self.close)
        return self._pin

    @property
    def panel(self) -> OwnerPanel:
        """The shop-owner panel (built on first use: it is rarely needed)."""
        if self._panel is None:
            self._panel = OwnerPanel(self.service, self.state)
            self._panel.close_requested.connect(self.close)
        return self._panel

    def request(self) -> None:
        """Long press or shortcut: the PIN pad (nothing from here on is visitor usage)."""
        if self.service.active:
            return
        self.window.hide_countdown()
        self.service.set_active(True)
        self.pin_pad.start()
        self.window.show_private_page("owner-pin", self.pin_pad)
        self.pin_pad.setFocus()

    def _on_pin_accepted(self) -> None:
        self.panel.start()
        self.window.show_private_page("owner", self.panel)
        self.panel.take_focus()

    def close(self) -> None:
        """'Stäng' or 'Avbryt': end the owner's visit unseen by the statistics, then home."""
        if not self.service.active:
            return
        self._closing = True
        try:
            self._end_visit()
            self.window.go_home()
        finally:
            self._closing = False
        self.service.set_active(False)

    def on_visit_ended(self) -> None:
        """Idle: the countdown ran out (the window already went to the attract screen)."""
        if self.service.active and not self._closing:
            if self._panel is not None:
                self._panel.reset()
            self.service.set_active(False)


def install_owner_mode(
    data: DataDir,
    local: OwnerData,
    app: QApplication,
    window: KioskWindow,
    state: ViewState,
    content: ContentService,
    idle: IdleMonitor,
    bridge: MessageBridge,
    sync: SyncService | None,
    others: OwnerSources,
    setup_code: str = "",
) -> OwnerMode:
    """Build shop-owner mode and connect it to the kiosk's services (called by the composition
    root, which passes what the other parts provide in `others`); `local` is the owner's data
    that `content` already shows, opened here."""
    sources = replace(
        others,
        feed_point=content.service_point,
        feed_events=content.feed_events_here,
        content_info=content.info,
        unknown_point=content.unknown_point,
        content_damage=lambda: content.damage,
        sync_now=sync.sync_now if sync is not None else None,
    )
    service = OwnerService(data, local, content.clock, sources, parent=app, setup_code=setup_code)
    mode = OwnerMode(service, window, state, idle.end_visit)
    # mode.shortcut is an input filter: app.py installs it per window with the others.
    service.mode_changed.connect(bridge.owner_mode_changed)
    idle.visit_ended.connect(lambda _seconds: mode.on_visit_ended())
    service.events_changed.connect(lambda: _refresh_visible(window))
    service.details_changed.connect(lambda: _refresh_visible(window))
    if sync is not None:
        sync.status_changed.connect(service.on_sync_status)
    _open(service)  # the kiosk calls this after its first frame: the database can open now
    return mode


def _open(service: OwnerService) -> None:
    if service.open() and service.events():
        service.events_changed.emit()  # the screen painted without them


def _refresh_visible(window: KioskWindow) -> None:
    page = window.pages.currentWidget()
    if isinstance(page, Page):
        page.refresh()


def show_for_screenshot(mode: OwnerMode, page: str, offline: bool) -> None:
    """`kiosk screenshot --page owner-…`: the screen as an owner sees it (form with its messages)."""
    service = mode.service
    if offline:  # the demo has no feed address: a sync status makes it a kiosk that syncs
        now = service.clock()
        service.on_sync_status(
            SyncStatus(now - timedelta(hours=2), "failed", False, "no connection to the feed")
        )
    mode.request()
    if page == "owner-pin":
        return
    mode._on_pin_accepted()
    events = ("owner-event-form", "owner-event-edit", "owner-events")
    section = "events" if page in events else page[6:]
    mode.panel.show_section(section)
    if page == "owner-event-edit":  # a repeating event with everything filled in (not saved)
        day = service.clock().date() + timedelta(days=3)
        sample = LocalEvent(
            "Stickcafé", day, "18:00", "20:30", service.point_name(), "Ta med garn.",
            "meeting", price="20 kr", contact="070-123 45 67", rrule="FREQ=WEEKLY",
            until=day + timedelta(days=60), id="sample",
        )  # fmt: skip
        mode.panel.view("events").edit(sample)
    elif page == "owner-event-form":
        view = mode.panel.view("events")
        view.edit(None)
        view.form.title.setText("Pubkväll")
        view.form.start.setText("25:00")
        view.form.submit()
