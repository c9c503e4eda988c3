"""Composition root, second half: what the kiosk builds and starts once its first frame is painted.

Nobody can touch a kiosk that has not painted yet, so the sync, speech, statistics, shop-owner
mode, public warnings, input watching, uploads, the status report (with requests and the
statistics' report modules, over 100 ms of imports) and the clock check are built here, after the
home screen shows. `kiosk.app`
imports this module at that moment, in one place (`app.after_first_paint`); everything the first
frame needs is in `kiosk.app` itself.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QNetworkInformation

from kiosk import __version__
from kiosk.alerts.check import Checker
from kiosk.alerts.command import alert_urls, place_of
from kiosk.clock import clock_verdict
from kiosk.config import Config
from kiosk.fleet.gather import Live
from kiosk.net.http import Http
from kiosk.paths import DataDir
from kiosk.services.alerts import AlertService
from kiosk.services.speech import SpeechService
from kiosk.services.stats import StatsService, make_stats_service
from kiosk.services.status import StatusService
from kiosk.services.sync import SyncService, SyncStatus
from kiosk.services.syncprocess import ProcessRunner, Schedule
from kiosk.services.uploads import UploadService
from kiosk.stats.report_run import check_out, make_report
from kiosk.store import usage
from kiosk.store.witness import server_skew
from kiosk.ui.alerts.screen import AlertScreen
from kiosk.ui.browser.guards import clear_clipboard
from kiosk.ui.focusring import FocusRing
from kiosk.ui.inputwatch import WindowInputWatch
from kiosk.ui.owner.mode import OwnerSources, install_owner_mode
from kiosk.ui.report import write_pdf_report
from kiosk.ui.speech.mode import install_speech_mode

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from kiosk.app import Kiosk
    from kiosk.ui.window import KioskWindow

log = logging.getLogger("kiosk")

WARM_PAGES = (
    "events", "places", "detail", "search", "services", "brochures", "about", "emergency",
    "notices", "reader",
)  # fmt: skip
"""Built after the first frame, one per turn of the event loop (a tap meanwhile goes first), so
that a visitor's first tap on each finds it built. The browser stays lazy: QtWebEngine's memory
is paid on the first e-service only."""


def add_input_side(k: Kiosk, stats: bool) -> None:
    """Sync, speech, statistics, public warnings, speech mode, shop-owner mode and input
    watching."""
    if sync_feed(k.config, k.demo):
        k.sync = SyncService(
            ProcessRunner(k.config, k.data),
            Schedule(k.content.point_id),
            k.content.clock,
            parent=k.app,
        )
        _wire_sync(k, k.sync)
    k.speech = SpeechService(
        str(k.config.values["speech_engine"]),
        enabled=bool(k.config.values["speech"]),
        rate_step=int(k.config.values["speech_rate"]),
        volume_percent=int(k.config.values["speech_volume"]),
        parent=k.app,
    )
    k.idle.visit_ended.connect(lambda _seconds: clear_clipboard())  # issue 12: nothing copied stays
    if stats:
        k.stats = make_stats_service(k.content, k.data, k.config, parent=k.app)
        _wire_stats(k, k.stats)
        # The local database opens on the statistics' worker thread. A fresh process after a
        # visit is no restart in the municipality's report (its 'Omstarter av kiosken').
        k.stats.start(count=not k.fresh)
    _install_alerts(k)
    if k.speech is not None:
        k.speech_mode = install_speech_mode(k.window, k.state, k.speech, k.idle, k.config)
    others = OwnerSources(
        speech_state=k.speech.status_text if k.speech is not None else None,
        alerts_state=k.alert_screen.owner_summary if k.alert_screen is not None else None,
        export_report=partial(export_year_report, k.content, k.data, k.config),
        last_upload=_last_upload,
        daily_counters=usage.daily_counters,
    )
    k.owner = install_owner_mode(
        k.data,
        k.owner_data,
        k.app,
        k.window,
        k.state,
        k.content,
        k.idle,
        k.bridge,
        k.sync,
        others,
        setup_code=k.config.setup_code,
    )
    k.owner.service.quit_requested.connect(k.quit)
    _watch_input(k)


def sync_feed(config: Config, demo: bool) -> bool:
    """True when the kiosk keeps its content current with `kiosk sync` (a feed_url, no --demo)."""
    return not demo and bool(str(config.values.get("feed_url", "")).strip())


def start_running(k: Kiosk, started: datetime) -> None:
    """`kiosk run` after the first frame: collection back on, pages and keyboard built,
    background work started."""
    # What the start built lives as long as the kiosk: frozen, the collector no longer walks it
    # (its full passes over the content took 120-185 ms of a tap on a kiosk PC). Then collection
    # is back on (`kiosk run`, kiosk/cli.py, turned it off for the start).
    gc.freeze()
    gc.enable()
    _check_clock(k)
    warm_up(k)
    if k.sync is not None:  # the first pass soon after the first frame, spread over a minute
        k.sync.start()
        _watch_network(k.sync)
    if k.speech is not None:  # its engine takes a second to load: on its thread
        k.speech.start()
    if k.alerts is not None:
        k.alerts.start()
    if str(k.config.values["upload_url"]).strip() and not k.demo:
        uploads = UploadService(k.config, k.data, parent=k.app)
        uploads.start()
        k.app.aboutToQuit.connect(uploads.stop)
        k.reporter = StatusService(k.config, k.data, partial(live_facts, k, started), parent=k.app)
        k.reporter.start()


def warm_up(k: Kiosk) -> None:
    """What a visitor's first taps need, built on the turns of the event loop after the first
    frame (a tap meanwhile goes first), so that no first tap builds it."""
    build_pages(k.window, WARM_PAGES)
    # The day's places, decoded once for Places, the emergency card and search (kiosk.store.content
    # keeps them): 1,000 of them took 60-120 ms of the first of those taps on a kiosk PC.
    QTimer.singleShot(0, k.content.places)
    # The on-screen keyboard that the first text field shows: built on that field's focus, it
    # took 250-340 ms (CPU) of the first tap on Sök. Built now, it is the same keyboard, hidden.
    QTimer.singleShot(0, k.window.keyboard, k.window.keyboard.build)


def _wire_sync(k: Kiosk, sync: SyncService) -> None:
    def on_status(status: SyncStatus) -> None:
        k.state.set_online(status.online)
        confirmed = status.at if status.ok else None
        k.window.header.set_sync(confirmed, status.online)

    sync.status_changed.connect(on_status)
    sync.content_updated.connect(k.content.content_replaced)


def _check_clock(k: Kiosk) -> None:
    """Say in the log when the clock is implausible (the owner's status says it in Swedish)."""
    info = k.content.info()
    now = k.content.clock()
    verdict = clock_verdict(now, server_skew(k.data.root), info.generated if info else None)
    if verdict:
        log.warning("the computer's clock looks %s: it says %s", verdict, now.isoformat())


def build_pages(window: KioskWindow, names: Sequence[str]) -> None:
    """Build the first of `names` now and the rest on later turns of the event loop."""
    if names:
        window.page[names[0]]
        QTimer.singleShot(0, partial(build_pages, window, names[1:]))


def live_facts(k: Kiosk, started: datetime) -> Live:
    """What the status report needs from the running kiosk (read on the GUI thread)."""
    owner = k.owner.service if k.owner is not None else None
    sync = owner.sync_status if owner is not None else None
    return Live(
        started=started,
        speech=k.speech.status_text() if k.speech is not None else "off",
        online=sync.online if sync is not None else None,
        offline_since=owner.offline_since if owner is not None else None,
    )


def export_year_report(content: Any, data: DataDir, config: Config, folder: Path) -> Path:
    """The agreement report (PDF, Swedish) for the last twelve months, into `folder` (a USB stick)."""
    end = content.clock().date() - timedelta(days=1)  # finished days only
    start = end - timedelta(days=364)
    point = content.point_id or "servicepunkt"
    out = folder / f"servicepunktsrapport-{point}-{start}-{end}.pdf"
    check_out(out)
    made = make_report(data, config.service_point, start, end, None, __version__)
    write_pdf_report(made, out, "sv")
    return out


def _last_upload(db: Any) -> datetime | None:
    last = usage.last_upload(db)
    return last[0] if last else None


def _wire_stats(k: Kiosk, stats: StatsService) -> None:
    stats.connect_bridge(k.bridge)
    k.content.changed.connect(lambda: _content_confirmed(k, stats))
    if k.sync is not None:
        k.sync.status_changed.connect(lambda status: _stats_sync_status(stats, status))


def _content_confirmed(k: Kiosk, stats: StatsService) -> None:
    info = k.content.info()
    if info is not None:
        stats.set_content_confirmed(info.loaded)


def _stats_sync_status(stats: StatsService, status: SyncStatus) -> None:
    stats.set_online(status.online)
    if status.ok:
        stats.set_content_confirmed(status.at)


def _install_alerts(k: Kiosk) -> None:
    """Public warnings (kiosk/alerts): what was held shows at once; checks start with `run`."""
    point = k.content.service_point()
    checker = Checker(
        Http(timeout=(5.0, 15.0)),
        alert_urls(k.config),
        place_of(k.config, point),
        k.data.root / "alerts.json",
        k.content.clock,
    )
    service = k.alerts = AlertService(checker, k.content.clock, parent=k.app)
    screen = k.alert_screen = AlertScreen(k.window, k.state)
    service.changed.connect(screen.show_snapshot)
    screen.new_alert.connect(lambda: k.chime.play("alert"))
    screen.new_alert.connect(k.bridge.crisis_shown)
    screen.speak.connect(lambda text: _speak_alert(k, text))
    k.idle.visit_ended.connect(lambda _seconds: screen.visit_ended())

    def on_content_changed() -> None:
        service.set_place(place_of(k.config, k.content.service_point()), k.content.notices())

    k.content.changed.connect(on_content_changed)
    on_content_changed()
    screen.show_snapshot(service.snapshot)


def _speak_alert(k: Kiosk, text: str) -> None:
    """A takeover is read aloud to a visitor in speech mode (the others see and hear the sound)."""
    if k.speech is not None and k.speech_mode is not None and k.speech_mode.active:
        k.speech.say(text)


def _watch_input(k: Kiosk) -> None:
    # Per window, never on the application: see kiosk/ui/inputwatch.py for the crash that avoids.
    k.focus_ring = FocusRing(k.app, parent=k.window)
    filters: list[QObject] = [k.exit_filter, k.idle]
    if k.speech_mode is not None:  # after the idle watch has seen the key, before the exit filter
        filters.insert(1, k.speech_mode.keypad)
    if k.owner is not None:
        filters.append(k.owner.shortcut)
    filters.append(k.focus_ring)  # installed last, asked first: it sees keys others consume
    watch = k.input_watch = WindowInputWatch(k.app, filters, parent=k.window)
    k.window.native_window_changed.connect(lambda: watch.install(k.window.windowHandle()))
    watch.install(k.window.windowHandle())


def _watch_network(sync: SyncService) -> None:
    """Sync at once when the operating system reports the network back (where Qt can tell)."""
    if not QNetworkInformation.loadDefaultBackend():
        log.info("no network information backend: offline state comes from the syncs alone")
        return
    info = QNetworkInformation.instance()
    if info is not None:

        def on_reachability(reachability: QNetworkInformation.Reachability) -> None:
            if reachability == QNetworkInformation.Reachability.Online:
                sync.on_network_back()

        info.reachabilityChanged.connect(on_reachability)
