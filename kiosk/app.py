"""Composition root: builds the application, its services and the window, and wires them together."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.alerts.areas import checked_area
from kiosk.config import Config
from kiosk.domain import EXIT_FRESH, EXIT_RESTART, FRESH_START_ENV, SUPERVISED_ENV
from kiosk.errors import AlreadyRunningError, ContentError, KioskError
from kiosk.paths import DataDir, assets_dir, demo_feed_dir, protect_files, sweep_profiles
from kiosk.qtplatform import keep_no_module_sources, loadable, software_rendering, xcb_problem
from kiosk.services.bridge import MessageBridge
from kiosk.services.content import ContentService
from kiosk.services.idle import IdleMonitor, State
from kiosk.services.ownerdata import OwnerData
from kiosk.services.sound import Chime
from kiosk.services.terminate import EXIT_TERMINATED, TerminateWatch
from kiosk.store.lock import DirectoryLock, LockHeldError
from kiosk.ui import keyboard
from kiosk.ui.browser.policy import BrowserPolicy, apply_chromium_flags, wants_low_memory
from kiosk.ui.i18n import Translations
from kiosk.ui.state import ViewState
from kiosk.ui.theme import FONT_FAMILY
from kiosk.ui.window import ExitKeyFilter, KioskWindow

if TYPE_CHECKING:
    from kiosk.services.alerts import AlertService
    from kiosk.services.speech import SpeechService
    from kiosk.services.stats import StatsService
    from kiosk.services.status import StatusService
    from kiosk.services.sync import SyncService
    from kiosk.ui.alerts.screen import AlertScreen
    from kiosk.ui.focusring import FocusRing
    from kiosk.ui.inputwatch import WindowInputWatch
    from kiosk.ui.owner.mode import OwnerMode
    from kiosk.ui.speech.mode import SpeechMode

log = logging.getLogger("kiosk")
TICK_FROM = 10
"""The countdown ticks audibly in its last seconds."""


LOG_BYTES = 1_000_000
LOG_BACKUPS = 5


def setup_logging(data: DataDir, verbose: bool = False) -> None:
    """A rotating log file in the data directory (1 MB x 5); Qt's messages go there too."""
    data.log_dir.mkdir(parents=True, exist_ok=True)
    _install_log_handler(
        logging.handlers.RotatingFileHandler(
            data.log_dir / "kiosk.log",
            maxBytes=LOG_BYTES,
            backupCount=LOG_BACKUPS,
            encoding="utf-8",
        )
    )
    logging.getLogger().setLevel(logging.DEBUG if verbose else logging.INFO)
    qInstallMessageHandler(_qt_message)


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
        os.environ.update(software_rendering(os.environ))  # read when the application starts
        keep_no_module_sources()
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
    owner_data: OwnerData
    content: ContentService
    state: ViewState
    idle: IdleMonitor
    chime: Chime
    window: KioskWindow
    exit_filter: ExitKeyFilter
    demo: bool = False
    fresh: bool = False
    """This process is a fresh start after a visit (`fresh_after_browser`), not a start of the kiosk."""
    sync: SyncService | None = None
    stats: StatsService | None = None
    owner: OwnerMode | None = None
    input_watch: WindowInputWatch | None = None
    focus_ring: FocusRing | None = None
    speech: SpeechService | None = None
    speech_mode: SpeechMode | None = None
    alerts: AlertService | None = None
    alert_screen: AlertScreen | None = None
    reporter: StatusService | None = None

    def quit(self, code: int) -> None:
        """Leave the event loop with `code` (EXIT_RESTART, EXIT_FRESH: see `run`)."""
        self.window.allow_close = True
        self.app.exit(code)

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
    size: QSize | None = None,
) -> Kiosk:
    """Construct services and window and connect their signals (`stats`: count usage;
    `as_is`: show the data directory's content without rebuilding or applying anything;
    `size`: the window's size when it shows, if known)."""
    checked_area(str(config.values["alert_area"]))  # a bad setting stops the start with one line
    app = make_application()
    bridge = MessageBridge(app)
    # The owner's database opens after the first frame (shop-owner mode); What's on and About
    # read the owner's events and details from it as soon as it does.
    owner_data = OwnerData(data, parent=app)
    content = ContentService(
        data,
        config.service_point,
        int(config.values["event_window_days"]),
        parent=app,
        public_keys=config.values["feed_public_keys"],
        extra_ics_urls=config.values["extra_ics_urls"],
        owner=owner_data,
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
        size=size,
    )
    exit_filter = ExitKeyFilter(app)
    kiosk = Kiosk(
        app,
        config,
        data,
        bridge,
        owner_data,
        content,
        state,
        idle,
        chime,
        window,
        exit_filter,
        demo,
    )
    _wire(kiosk)
    if not defer_input:  # else `after_first_paint` adds it
        after_first_paint(kiosk, stats)
    if not content.available:
        window.show_out_of_order()
    return kiosk


def _wire(k: Kiosk) -> None:
    k.idle.visit_started.connect(k.bridge.visit_started)
    k.idle.visit_ended.connect(k.bridge.visit_ended)
    k.idle.visit_ended.connect(lambda _seconds: k.window.reset_visit())
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
    k.idle.visit_started.connect(lambda: k.content.hold_updates(k.window.current != "home"))
    k.idle.visit_ended.connect(lambda _seconds: k.content.hold_updates(False))
    k.window.page_changed.connect(
        lambda name: k.content.hold_updates(k.idle.state is not State.IDLE and name != "home")
    )
    k.content.changed.connect(lambda: _leave_out_of_order(k))
    # Damaged content is set aside and rebuilt: visitors see the page that retries by itself.
    # Queued: the page that met the damage finishes its own switch first, then this one wins.
    k.content.damaged.connect(
        lambda _reason: k.window.show_out_of_order(), Qt.ConnectionType.QueuedConnection
    )


def _tick_sound(chime: Chime, left: int) -> None:
    if left <= TICK_FROM:
        chime.play("tick")


def _leave_out_of_order(k: Kiosk) -> None:
    if k.window.current == "out-of-order":
        _attract_afresh(k)


def _recover(k: Kiosk) -> None:
    """The out-of-order page's retry: back to the attract screen once content opens again."""
    if k.content.open():
        _attract_afresh(k)


def _attract_afresh(k: Kiosk) -> None:
    """The attract screen after the out-of-order page: a visit it interrupted ends there, so the
    next visitor meets Swedish and every page at its top, not the last visitor's language."""
    k.idle.end_visit()  # a visit in progress: `reset_visit` shows the attract screen
    if k.window.current != "attract":
        k.window.show_attract()


def secure_start(config: Config, data: DataDir) -> None:
    """Before the first visit: the kiosk's own files private, no browser profile left behind."""
    for note in protect_files(data, config.source):  # fixed: information; not fixable: a warning
        log.log(logging.INFO if note.startswith("made ") else logging.WARNING, "%s", note)
    swept = sweep_profiles(data.browser_profiles_dir)
    if swept:
        log.info("deleted %d browser profile(s) left by an earlier run", swept)


def after_first_paint(kiosk: Kiosk, stats: bool, started: datetime | None = None) -> None:
    """Build what nobody needs before the home screen shows (kiosk/afterpaint.py); with `started`
    (`kiosk run`), start the background work too.

    This is the one import that waits for the first frame: over 100 ms of modules (requests,
    the statistics' report, the owner's panels) that a visitor cannot use before it paints.
    """
    from kiosk import afterpaint

    afterpaint.add_input_side(kiosk, stats)
    if started is not None:
        afterpaint.start_running(kiosk, started)


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
    fresh = os.environ.pop(FRESH_START_ENV, "") == "1"  # not for the sync and speech children
    check_display()
    app = make_application()
    lock = lock_data_dir(data)
    secure_start(config, data)
    screen = app.primaryScreen()
    full = screen.geometry() if screen is not None and not windowed else None
    size = full.size() if full is not None else QSize(1280, 800)
    try:
        kiosk = build_kiosk(config, data, demo, defer_input=True, size=size)
    except KioskError:
        lock.release()
        raise
    kiosk.fresh = fresh
    install_exception_hook(kiosk)
    if not kiosk.content.available:
        print(
            f"kiosk: {kiosk.content.problem}; showing the out-of-order page until content arrives",
            file=sys.stderr,
        )
    window = kiosk.window
    if fresh:  # the visit before this start ended on the attract screen: it shows again
        window.show_attract()
    kiosk.idle.visit_ended.connect(lambda _seconds: fresh_after_browser(kiosk))
    if windowed:
        window.show()
    else:
        window.setWindowFlags(window.windowFlags() | _kiosk_flags())
        # Without a window manager (X with no WM) full-screen is only a hint: size it ourselves.
        if full is not None:
            window.setGeometry(full)
        window.showFullScreen()
    # Nobody touched the kiosk since it started: go to the attract screen after the idle time.
    QTimer.singleShot(config.idle_timeout * 1000, lambda: _attract_if_untouched(kiosk))
    if quit_after is not None:

        def quit_now() -> None:
            window.allow_close = True
            app.quit()

        QTimer.singleShot(int(quit_after * 1000), quit_now)
    terminate = TerminateWatch(app)
    terminate.terminated.connect(lambda: kiosk.quit(EXIT_TERMINATED))
    start_heartbeat(app, data)
    window.first_painted.connect(lambda: after_first_paint(kiosk, True, started))
    if os.environ.get("KIOSK_REPORT_FIRST_PAINT"):
        _report_first_paint(window, app)
    log.info("kiosk started (demo=%s, data=%s)", demo, data.root)
    code = app.exec()
    terminate.close()
    # A fresh start is no exit of the kiosk: the municipality's board hears of none.
    reporter = kiosk.reporter if code != EXIT_FRESH else None
    last = reporter.facts() if reporter is not None else None  # before the speech engine stops
    kiosk.close()
    if reporter is not None and last is not None:  # the window is gone: nobody waits for it
        reporter.finish(last)
    lock.release()
    if code == EXIT_FRESH:
        log.info("a visit with the e-service browser ended: starting afresh in place")
        return restart_in_place({FRESH_START_ENV: "1"})
    if code == EXIT_RESTART and not (
        os.environ.get("INVOCATION_ID") or os.environ.get(SUPERVISED_ENV)
    ):
        # The shop owner's 'Starta om kiosken' with no supervisor or systemd unit: do it here.
        log.info("restarting in place")
        return restart_in_place({})
    return code


def fresh_after_browser(kiosk: Kiosk) -> None:
    """A visit that used the e-service browser ends with a fresh kiosk process (EXIT_FRESH).

    The browser engine stays in the process that loaded it: its library code, two helper
    processes and the heap it grew, about 120 MB in all (tests/bench/memory_bench.py), which
    made the home screen twice its size for the rest of the day. A new process gives all of it
    back and keeps nothing of the visit in memory. It starts the moment the visit has ended on
    the attract screen (not when the shop owner closes their panel), when nobody is using the
    kiosk, and opens on the attract screen again; the same process id keeps the supervisor's
    and systemd's watch unbroken.
    """
    # Windows has no `exec` that keeps the process: a supervisor there would see its kiosk end.
    if os.name != "posix":
        return
    # While a public warning shows, the kiosk keeps its process: a new one would take it for
    # news and sound the alert again, and nothing may interrupt a warning on screen.
    screen = kiosk.alert_screen
    if screen is not None and screen.snapshot is not None and screen.snapshot.shown:
        return
    if "browser" in kiosk.window.page and kiosk.window.current == "attract":
        kiosk.quit(EXIT_FRESH)


def restart_in_place(environ: dict[str, str]) -> int:
    """Replace this process with a new `kiosk run` with the same arguments and `environ` added;
    EXIT_RESTART when that cannot be done, so that a supervisor starts it instead."""
    os.environ.update(environ)
    end_children()
    # The installed package runs as `python -m kiosk`; the bundle is its own program.
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kiosk"]
    try:
        os.execv(sys.executable, [*program, *sys.argv[1:]])
    except OSError as error:
        log.error("cannot start the kiosk again in place (%s)", error.strerror)
    return EXIT_RESTART


def end_children(grace: float = 5.0) -> None:
    """End the child processes this process still has, and wait for them (Linux).

    The browser engine's helper processes end when the application object is destroyed, which
    a start in place (`os.execv`) never does: the new program would inherit them, but could
    never wait for them, and each would stay behind as a zombie process.
    """
    pids = child_pids()
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    end = time.monotonic() + grace
    for pid in pids:
        try:
            while os.waitpid(pid, os.WNOHANG) == (0, 0):
                if time.monotonic() > end:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    break
                time.sleep(0.02)
        except ChildProcessError:  # already waited for (subprocess, QProcess)
            pass


def child_pids(proc: Path = Path("/proc/self/task")) -> list[int]:
    """The ids of this process's children, from every thread's list in /proc (empty elsewhere)."""
    try:
        lists = [(task / "children").read_text() for task in proc.iterdir()]
    except OSError:
        return []
    return sorted({int(pid) for text in lists for pid in text.split()})


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
