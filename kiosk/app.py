"""Composition root: builds the application, its services and the window, and wires them together."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.alerts.areas import checked_area
from kiosk.clock import clock_verdict
from kiosk.config import Config
from kiosk.domain import EXIT_RESTART, SUPERVISED_ENV
from kiosk.errors import AlreadyRunningError, ContentError, KioskError
from kiosk.paths import DataDir, assets_dir, demo_feed_dir, protect_files, sweep_profiles
from kiosk.qtplatform import loadable, xcb_problem
from kiosk.services.bridge import MessageBridge
from kiosk.services.content import ContentService
from kiosk.services.idle import IdleMonitor, State
from kiosk.services.sound import Chime
from kiosk.services.speech import SpeechService
from kiosk.services.sync import SyncService, SyncStatus
from kiosk.services.terminate import EXIT_TERMINATED, TerminateWatch
from kiosk.store.lock import DirectoryLock, LockHeldError
from kiosk.store.witness import server_skew
from kiosk.ui import keyboard
from kiosk.ui.browser.policy import BrowserPolicy, apply_chromium_flags, wants_low_memory
from kiosk.ui.i18n import Translations
from kiosk.ui.inputwatch import WindowInputWatch
from kiosk.ui.state import ViewState
from kiosk.ui.theme import FONT_FAMILY
from kiosk.ui.window import ExitKeyFilter, KioskWindow

if TYPE_CHECKING:
    from kiosk.fleet.gather import Live
    from kiosk.services.alerts import AlertService
    from kiosk.services.stats import StatsService
    from kiosk.ui.alerts.screen import AlertScreen
    from kiosk.ui.focusring import FocusRing
    from kiosk.ui.owner.mode import OwnerMode
    from kiosk.ui.speech.mode import SpeechMode

log = logging.getLogger("kiosk")
TICK_FROM = 10
"""The countdown ticks audibly in its last seconds."""


LOG_BYTES = 1_000_000
LOG_BACKUPS = 5


def setup_logging(data: DataDir, verbose: bool = False, fast_start: bool = False) -> None:
    """A rotating log file in the data directory (1 MB x 5); Qt's messages go there too.

    With `fast_start` the file is opened plainly and rotation (logging.handlers, 7 ms of
    imports) is switched on by `enable_log_rotation` once the first frame is painted.
    """
    data.log_dir.mkdir(parents=True, exist_ok=True)
    path = data.log_dir / "kiosk.log"
    _install_log_handler(
        logging.FileHandler(path, encoding="utf-8") if fast_start else _rotating(path)
    )
    logging.getLogger().setLevel(logging.DEBUG if verbose else logging.INFO)
    qInstallMessageHandler(_qt_message)


def enable_log_rotation(data: DataDir) -> None:
    """Replace the plain log file handler by the rotating one."""
    _install_log_handler(_rotating(data.log_dir / "kiosk.log"))


def _rotating(path: Path) -> logging.Handler:
    import logging.handlers

    return logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )


def _install_log_handler(handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name("kiosk-log")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "kiosk-log"]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)
    if kind == QtMsgType.QtFatalMsg:  # Qt aborts next: say why where the operator looks
        print(f"kiosk: Qt: {message}", file=sys.stderr, flush=True)


def check_display(load: Callable[[str], bool] = loadable) -> None:
    """A one-line reason instead of Qt's abort when there is no screen to show the kiosk on,
    or Qt's X11 platform lacks a system library (a fresh Debian or Ubuntu desktop); `load`
    finds a library as the dynamic loader does."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform.startswith("linux") and not platform:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            raise KioskError(
                "no display: run it in a graphical session, under the cage compositor, "
                "or with QT_QPA_PLATFORM=offscreen for testing"
            )
    problem = xcb_problem(os.environ, load)
    if problem:
        raise KioskError(problem)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the bundled font; reuses one that exists (tests)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QGuiApplication.setApplicationName("servicepunkt-kiosk")
        # QtWebEngine (the e-service browser, loaded lazily) needs this before the application.
        QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        keyboard.prepare_environment()  # the input method is chosen when the application starts
        app = QApplication(argv or [sys.argv[0]])
    if not app.property("kiosk-fonts"):
        # The Debian install uses the fonts-inter package (indexed by fontconfig); parsing the
        # bundled files costs 5 ms of start-up, so they are loaded only where Inter is missing.
        if not QFontDatabase.hasFamily(FONT_FAMILY):
            for font in sorted((assets_dir() / "fonts").glob("*.otf")):
                QFontDatabase.addApplicationFont(str(font))
        app.setProperty("kiosk-fonts", True)
    return app


@dataclass
class Kiosk:
    """Everything `kiosk run` and `kiosk screenshot` build, kept together for tests."""

    app: QApplication
    config: Config
    data: DataDir
    bridge: MessageBridge
    content: ContentService
    state: ViewState
    idle: IdleMonitor
    chime: Chime
    window: KioskWindow
    exit_filter: ExitKeyFilter
    sync: SyncService | None = None
    stats: StatsService | None = None
    owner: OwnerMode | None = None
    input_watch: WindowInputWatch | None = None
    focus_ring: FocusRing | None = None
    speech: SpeechService | None = None
    speech_mode: SpeechMode | None = None
    alerts: AlertService | None = None
    alert_screen: AlertScreen | None = None

    def close(self) -> None:
        """Detach from the application: filters, timers, database, translator, service objects."""
        if self.alerts is not None:
            self.alerts.stop()
            self.alerts.wait(5)
            self.alerts.checker.http.close()
        if self.stats is not None:  # first: its last flush still reads the opening hours
            self.stats.close()
        if self.input_watch is not None:
            self.input_watch.stop()
            self.input_watch = None
        if self.owner is not None:
            self.owner.service.close()
        self.idle.stop()
        self.window.keyboard.release()
        if self.speech is not None:
            self.speech.close()
        self.window.allow_close = True
        self.window.close()
        self.content.close()
        self.state.translations.close()
        if self.sync is not None:
            self.sync.stop()
            self.sync.wait(5)
        for service in (
            self.idle,
            self.exit_filter,
            self.chime,
            self.state,
            self.content,
            self.bridge,
        ):
            service.deleteLater()


def lock_data_dir(data: DataDir) -> DirectoryLock:
    """Only one kiosk per data directory; raise AlreadyRunningError otherwise.

    A lock that cannot be taken for want of space or permission is not another kiosk: the
    kiosk starts anyway (visitors first) and says why in the log.
    """
    try:
        data.root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KioskError(
            f"cannot create the data directory {data.root} ({error.strerror})"
        ) from None
    lock = DirectoryLock(data.lock_file)
    try:
        lock.acquire()
    except LockHeldError:
        raise AlreadyRunningError(
            f"another kiosk is already running with data directory {data.root}"
        ) from None
    except OSError as error:
        log.warning("cannot take %s (%s); starting without it", data.lock_file, error.strerror)
    return lock


def sync_feed(config: Config, demo: bool) -> bool:
    """True when the kiosk keeps its content current with `kiosk sync` (a feed_url, no --demo)."""
    return not demo and bool(str(config.values.get("feed_url", "")).strip())


def feed_folder(config: Config, demo: bool) -> Path | None:
    """The local feed folder to load from: the demo feed, or feed_url when it names a folder."""
    if demo:
        return demo_feed_dir()
    url = str(config.values.get("feed_url", ""))
    if url and "://" not in url and Path(url).is_dir():
        return Path(url)
    return None


def prepare_content(
    content: ContentService, folder: Path | None, demo: bool = False, as_is: bool = False
) -> None:
    """Show the last accepted content; with none, apply `folder` (or the demo feed) now.

    Every source goes through the sync's one apply path (kiosk.sync.engine): a folder feed
    with content already showing is left to the `kiosk sync` pass that follows the start.
    `as_is`: only open what is there, write nothing (a picture of a running kiosk's content).
    """
    opened = content.open()
    if as_is:
        return
    if demo:
        if opened and not content.needs_reload(folder):
            return
        content.load_demo_async()
    elif opened:
        if content.needs_reload():  # an old schema or a stale window: rebuild what was accepted
            content.load_folder_async(None)
        return
    elif folder is not None:
        content.load_folder_async(folder)
    else:  # nothing held and nothing to load from: the out-of-order page says so
        return
    if opened:
        return
    content.wait_for_load()
    QApplication.processEvents()
    if demo and not content.available:
        raise ContentError(f"the demo feed could not be loaded: {content.problem}")


def browser_policy(config: Config, data: DataDir | None = None) -> BrowserPolicy:
    """The browser's rules from the configuration; Chromium's flags set before it loads."""
    values = config.values
    policy = BrowserPolicy(
        printing=bool(values["browser_printing"]),
        free_browsing=bool(values["browser_free_browsing"]),
        chromium_flags=tuple(values["browser_chromium_flags"]),
        low_memory=wants_low_memory(str(values["browser_low_memory"])),
        profiles_dir=str(data.browser_profiles_dir) if data is not None else "",
        print_pages=int(values["browser_print_pages"]),
        storage_mb=int(values["browser_storage_mb"]),
    )
    apply_chromium_flags(policy)
    return policy


def build_kiosk(
    config: Config,
    data: DataDir,
    demo: bool,
    sound: bool | None = None,
    defer_input: bool = False,
    stats: bool = True,
    as_is: bool = False,
) -> Kiosk:
    """Construct services and window and connect their signals (`stats`: count usage;
    `as_is`: show the data directory's content without rebuilding or applying anything)."""
    checked_area(str(config.values["alert_area"]))  # a bad setting stops the start with one line
    app = make_application()
    bridge = MessageBridge(app)
    content = ContentService(
        data,
        config.service_point,
        int(config.values["event_window_days"]),
        parent=app,
        public_keys=config.values["feed_public_keys"],
        extra_ics_urls=config.values["extra_ics_urls"],
    )
    prepare_content(content, feed_folder(config, demo), demo, as_is)
    translations = Translations(assets_dir() / "translations")
    state = ViewState(translations, parent=app)
    translations.switch("sv")
    idle = IdleMonitor(config.idle_timeout, config.countdown_seconds, parent=app)
    chime = Chime(
        assets_dir() / "sounds",
        enabled=bool(config.values["sound"]) if sound is None else sound,
        parent=app,
    )
    window = KioskWindow(
        content,
        state,
        assets_dir() / "images" / "attract.jpg",
        int(config.values["attract_slide_seconds"]),
        content.clock,
        browser_policy=browser_policy(config, data),
    )
    exit_filter = ExitKeyFilter(app)
    kiosk = Kiosk(app, config, data, bridge, content, state, idle, chime, window, exit_filter)
    kiosk.speech = SpeechService(
        str(config.values["speech_engine"]),
        enabled=bool(config.values["speech"]),
        rate_step=int(config.values["speech_rate"]),
        volume_percent=int(config.values["speech_volume"]),
        parent=app,
    )
    if sync_feed(config, demo):
        from kiosk.services.syncprocess import ProcessRunner, Schedule

        kiosk.sync = SyncService(
            ProcessRunner(config, data), Schedule(content.point_id), content.clock, parent=app
        )
    _wire(kiosk)
    if defer_input:  # nobody can touch what is not painted yet: the rest after the first frame
        window.first_painted.connect(lambda: _add_input_side(kiosk, stats))
    else:
        _add_input_side(kiosk, stats)
    if not content.available:
        window.show_out_of_order()
    return kiosk


def _add_input_side(k: Kiosk, stats: bool) -> None:
    """Statistics, shop-owner mode and input watching: nothing a first frame needs (~20 ms)."""
    if stats:
        from kiosk.services.stats import make_stats_service

        k.stats = make_stats_service(k.content, k.data, k.config, parent=k.app)
        _wire_stats(k, k.stats)
        k.stats.start()  # the local database opens on the statistics' worker thread
    _install_owner(k)
    _install_speech(k)
    _install_alerts(k)
    _watch_input(k)


def _install_alerts(k: Kiosk) -> None:
    """Public warnings (kiosk/alerts): what was held shows at once; checks start with `run`."""
    from kiosk.alerts.check import Checker
    from kiosk.alerts.command import alert_urls, place_of
    from kiosk.net.http import Http
    from kiosk.services.alerts import AlertService
    from kiosk.ui.alerts.screen import AlertScreen

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
    if k.owner is not None:
        k.owner.service.alerts_state = screen.owner_summary

    def on_content_changed() -> None:
        service.set_place(place_of(k.config, k.content.service_point()), k.content.notices())

    k.content.changed.connect(on_content_changed)
    on_content_changed()
    screen.show_snapshot(service.snapshot)


def _speak_alert(k: Kiosk, text: str) -> None:
    """A takeover is read aloud to a visitor in speech mode (the others see and hear the sound)."""
    if k.speech is not None and k.speech_mode is not None and k.speech_mode.active:
        k.speech.say(text)


def _install_speech(k: Kiosk) -> None:
    """Speech mode and the keypad (kiosk/ui/speech/); the engine itself loads on its thread."""
    from kiosk.ui.speech.mode import install_speech_mode

    if k.speech is not None:
        k.speech_mode = install_speech_mode(k.window, k.state, k.speech, k.idle, k.config)
        if k.owner is not None:
            k.owner.service.speech_state = k.speech.status_text


def _watch_input(k: Kiosk) -> None:
    # Per window, never on the application: see kiosk/ui/inputwatch.py for the crash that avoids.
    from kiosk.ui.focusring import FocusRing

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


def _wire(k: Kiosk) -> None:
    k.idle.visit_started.connect(k.bridge.visit_started)
    k.idle.visit_ended.connect(k.bridge.visit_ended)
    k.idle.visit_ended.connect(lambda _seconds: k.window.reset_visit())
    k.idle.visit_ended.connect(
        lambda _seconds: _clear_clipboard()
    )  # issue 12: nothing copied stays
    k.idle.countdown_started.connect(k.window.start_countdown)
    k.idle.countdown_started.connect(lambda _s: k.chime.play("chime"))
    k.idle.countdown_tick.connect(k.window.tick_countdown)
    k.idle.countdown_tick.connect(lambda left: _tick_sound(k.chime, left))
    k.idle.countdown_cancelled.connect(k.window.hide_countdown)
    k.window.stay_requested.connect(k.idle.register_input)
    k.window.end_requested.connect(k.idle.end_visit)
    k.window.attract_touched.connect(k.window.go_home)
    k.window.page_changed.connect(k.bridge.navigated)
    k.window.used.connect(k.bridge.report_usage)
    k.state.language_changed.connect(k.bridge.language_changed)
    k.content.changed.connect(k.bridge.content_changed)
    k.window.retry_requested.connect(lambda: _recover(k))
    # A content update never changes the screen under a visitor's finger: it waits for home.
    k.content.hold = lambda: k.idle.state is not State.IDLE and k.window.current != "home"
    k.idle.visit_ended.connect(lambda _seconds: k.content.release())
    k.window.page_changed.connect(lambda name: _release_at_home(k, name))
    k.content.changed.connect(lambda: _leave_out_of_order(k))
    # Damaged content is set aside and rebuilt: visitors see the page that retries by itself.
    # Queued: the page that met the damage finishes its own switch first, then this one wins.
    k.content.damaged.connect(
        lambda _reason: k.window.show_out_of_order(), Qt.ConnectionType.QueuedConnection
    )
    if k.sync is not None:
        _wire_sync(k, k.sync)


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


def _install_owner(k: Kiosk) -> None:
    """Shop-owner mode (kiosk/ui/owner/mode.py wires it); the statistics' queries it shows."""
    from kiosk.ui.owner.mode import install_owner_mode

    k.owner = install_owner_mode(
        k.data, k.app, k.window, k.state, k.content, k.idle, k.bridge, k.sync,
        setup_code=k.config.setup_code,
    )  # fmt: skip
    service = k.owner.service
    service.daily_counters = _daily_counters
    service.last_upload = lambda: _last_upload(service.db)
    service.export_report = lambda folder: export_year_report(k, folder)
    service.quit_requested.connect(lambda code: _quit(k, code))


def export_year_report(k: Kiosk, folder: Path) -> Path:
    """The agreement report (PDF, Swedish) for the last twelve months, into `folder` (a USB stick)."""
    from kiosk import __version__
    from kiosk.stats.report_run import check_out, make_report
    from kiosk.ui.report import write_pdf_report

    end = k.content.clock().date() - timedelta(days=1)  # finished days only
    start = end - timedelta(days=364)
    point = k.content.point_id or "servicepunkt"
    out = folder / f"servicepunktsrapport-{point}-{start}-{end}.pdf"
    check_out(out)
    made = make_report(k.data, k.config.service_point, start, end, None, __version__)
    write_pdf_report(made, out, "sv")
    return out


def _daily_counters(db: Any, start: date, end: date) -> dict[date, dict[str, int]]:
    from kiosk.store import usage  # sqlite-utils: 50 ms of imports, not before the first frame

    return usage.daily_counters(db, start, end)


def _last_upload(db: Any) -> datetime | None:
    from kiosk.store import usage

    last = usage.last_upload(db) if db is not None else None
    return last[0] if last else None


def _clear_clipboard() -> None:
    from kiosk.ui.browser.guards import clear_clipboard  # its Qt classes: 2 ms, not at start

    clear_clipboard()


def _quit(k: Kiosk, code: int) -> None:
    """Leave the event loop with `code` (3: restart, see `run`)."""
    k.window.allow_close = True
    k.app.exit(code)


def _tick_sound(chime: Chime, left: int) -> None:
    if left <= TICK_FROM:
        chime.play("tick")


def _wire_sync(k: Kiosk, sync: SyncService) -> None:
    def on_status(status: SyncStatus) -> None:
        k.state.set_online(status.online)
        confirmed = status.at if status.ok else None
        k.window.header.set_sync(confirmed, status.online)

    sync.status_changed.connect(on_status)
    sync.content_updated.connect(k.content.content_replaced)


def _watch_network(k: Kiosk) -> None:
    """Sync at once when the operating system reports the network back (where Qt can tell)."""
    from PySide6.QtNetwork import QNetworkInformation

    if not QNetworkInformation.loadDefaultBackend():
        log.info("no network information backend: offline state comes from the syncs alone")
        return
    info = QNetworkInformation.instance()
    if info is not None and k.sync is not None:
        sync = k.sync

        def on_reachability(reachability: QNetworkInformation.Reachability) -> None:
            if reachability == QNetworkInformation.Reachability.Online:
                sync.on_network_back()

        info.reachabilityChanged.connect(on_reachability)


def _release_at_home(k: Kiosk, page: str) -> None:
    if page == "home":
        k.content.release()


def _leave_out_of_order(k: Kiosk) -> None:
    if k.window.current == "out-of-order":
        k.window.show_attract()


def _recover(k: Kiosk) -> None:
    """The out-of-order page's retry: back to the attract screen once content opens again."""
    if k.content.open():
        k.window.show_attract()


def secure_start(config: Config, data: DataDir) -> None:
    """Before the first visit: the kiosk's own files private, no browser profile left behind."""
    for note in protect_files(data, config.source):  # fixed: information; not fixable: a warning
        log.log(logging.INFO if note.startswith("made ") else logging.WARNING, "%s", note)
    swept = sweep_profiles(data.browser_profiles_dir)
    if swept:
        log.info("deleted %d browser profile(s) left by an earlier run", swept)


def _check_clock(k: Kiosk) -> None:
    """Say in the log when the clock is implausible (the owner's status says it in Swedish)."""
    info = k.content.info()
    now = k.content.clock()
    verdict = clock_verdict(now, server_skew(k.data.root), info.generated if info else None)
    if verdict:
        log.warning("the computer's clock looks %s: it says %s", verdict, now.isoformat())


def install_exception_hook(kiosk: Kiosk) -> None:
    """A bug is logged with its traceback; the visitor sees the out-of-order page, never a dialog."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        try:
            kiosk.window.show_out_of_order()
        except Exception:  # the window itself is broken: nothing more to show
            log.exception("cannot show the out-of-order page")

    sys.excepthook = hook


def run(config: Config, data: DataDir, demo: bool, windowed: bool, quit_after: float | None) -> int:
    """`kiosk run`: the kiosk until the shop owner (or --quit-after) ends it."""
    started = datetime.now(UTC)
    check_display()
    app = make_application()
    lock = lock_data_dir(data)
    secure_start(config, data)
    try:
        kiosk = build_kiosk(config, data, demo, defer_input=True)
    except KioskError:
        lock.release()
        raise
    install_exception_hook(kiosk)
    _check_clock(kiosk)
    if not kiosk.content.available:
        print(
            f"kiosk: {kiosk.content.problem}; showing the out-of-order page until content arrives",
            file=sys.stderr,
        )
    window = kiosk.window
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.setWindowFlags(window.windowFlags() | _kiosk_flags())
        # Without a window manager (X with no WM) full-screen is only a hint: size it ourselves.
        screen = app.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
    # Nobody touched the kiosk since it started: go to the attract screen after the idle time.
    QTimer.singleShot(config.idle_timeout * 1000, lambda: _attract_if_untouched(kiosk))
    if quit_after is not None:

        def quit_now() -> None:
            window.allow_close = True
            app.quit()

        QTimer.singleShot(int(quit_after * 1000), quit_now)
    terminate = TerminateWatch(app)
    terminate.terminated.connect(lambda: _quit(kiosk, EXIT_TERMINATED))
    window.first_painted.connect(lambda: enable_log_rotation(data))
    window.first_painted.connect(gc.enable)  # kiosk.start turned it off for the start
    start_heartbeat(app, data)
    if kiosk.sync is not None:  # the first pass soon after the first frame, spread over a minute
        window.first_painted.connect(kiosk.sync.start)
        window.first_painted.connect(lambda: _watch_network(kiosk))
    if kiosk.speech is not None:  # its engine takes a second to load: on its thread, after paint
        window.first_painted.connect(kiosk.speech.start)
    # Built with the input side after the first frame (connected before this): checks start then.
    window.first_painted.connect(lambda: kiosk.alerts.start() if kiosk.alerts else None)
    reporter = None
    if str(config.values["upload_url"]).strip() and not demo:
        from kiosk.services.status import StatusService
        from kiosk.services.uploads import UploadService

        uploads = UploadService(config, data, parent=app)
        window.first_painted.connect(uploads.start)
        app.aboutToQuit.connect(uploads.stop)
        reporter = StatusService(config, data, lambda: live_facts(kiosk, started), parent=app)
        window.first_painted.connect(reporter.start)
    if os.environ.get("KIOSK_REPORT_FIRST_PAINT"):
        _report_first_paint(window, app)
    log.info("kiosk started (demo=%s, data=%s)", demo, data.root)
    code = app.exec()
    terminate.close()
    last = live_facts(kiosk, started)  # before close() stops the speech engine
    kiosk.close()
    if reporter is not None:  # the window is gone: waiting for the last report bothers nobody
        reporter.finish(last)
    lock.release()
    if code == EXIT_RESTART and not (
        os.environ.get("INVOCATION_ID") or os.environ.get(SUPERVISED_ENV)
    ):
        # The shop owner's 'Starta om kiosken' with no supervisor or systemd unit: do it here.
        log.info("restarting in place")
        os.execv(sys.executable, [sys.executable, "-m", "kiosk", *sys.argv[1:]])
    return code


def live_facts(k: Kiosk, started: datetime) -> Live:
    """What the status report needs from the running kiosk (read on the GUI thread)."""
    from kiosk.fleet.gather import Live  # with the status service: only with an upload_url

    owner = k.owner.service if k.owner is not None else None
    sync = owner.sync_status if owner is not None else None
    return Live(
        started=started,
        speech=k.speech.status_text() if k.speech is not None else "off",
        online=sync.online if sync is not None else None,
        offline_since=owner.offline_since if owner is not None else None,
    )


HEARTBEAT_MS = 5_000


def start_heartbeat(app: QApplication, data: DataDir) -> QTimer:
    """Touch DATA_DIR/heartbeat from the GUI thread: `kiosk supervise` restarts a hung GUI."""
    timer = QTimer(app)
    timer.setInterval(HEARTBEAT_MS)
    timer.timeout.connect(lambda: _beat(data.heartbeat_file))
    timer.start()
    _beat(data.heartbeat_file)
    return timer


def _beat(path: Path) -> None:
    try:
        path.touch()
    except OSError as error:  # a full or read-only disk: the supervisor will say so
        log.warning("cannot write the heartbeat %s (%s)", path, error.strerror)


def _attract_if_untouched(kiosk: Kiosk) -> None:
    if kiosk.idle.state is State.IDLE:
        kiosk.window.show_attract()


def _kiosk_flags() -> Qt.WindowType:
    return Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.perf_counter():.4f}", flush=True)
            QTimer.singleShot(0, self._app.quit)
            watched.removeEventFilter(self)
        return False


def _report_first_paint(window: KioskWindow, app: QApplication) -> None:
    """For the start-up benchmark: print when the home page first paints, then quit."""
    window.allow_close = True
    window.page["home"].installEventFilter(_FirstPaint(app))


def show_browser(kiosk: Kiosk, page: str) -> None:
    """The browser's frame on a demo e-service (with the hint a tap on greyed Back gives), its
    blocked panel, or its offline panel."""
    from kiosk.domain import Link, Text
    from kiosk.services.demosite import DEMO_HOST, DemoSite

    site = DemoSite(assets_dir() / "demo-site")
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(
        [*os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split(), site.chromium_flag()]
    )
    name = Text({"sv": "Exempelkommunen", "en": "Example municipality"})
    link = Link("demo", "municipality", name, Text({}), f"http://{DEMO_HOST}/")
    if page == "browser-offline":
        kiosk.state.set_online(False)
    kiosk.window.open_page("browser", link)
    browser: Any = kiosk.window.page["browser"]
    if page in ("browser", "browser-hint"):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "färdtjänst" not in browser.title():
            kiosk.app.processEvents()
            time.sleep(0.02)
        for _ in range(20):  # Chromium paints after the title arrives: let the frame settle
            kiosk.app.processEvents()
            time.sleep(0.05)
        if page == "browser-hint":
            browser.browser.hint.explain(browser.browser.back_button)
    elif page == "browser-blocked":
        browser.browser.view.load("https://www.facebook.com/exempelkommunen")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and browser.browser.panel.kind != "blocked":
            kiosk.app.processEvents()
            time.sleep(0.02)
    site.stop()
