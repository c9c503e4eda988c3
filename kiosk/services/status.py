"""Tells the municipality how this kiosk is: status.json at start, every 15 minutes and at a clean
exit, and once a day home.png rendered offscreen from content by a `kiosk screenshot` child.

Everything runs on a worker thread (the picture in a child process); a failed delivery is only
logged and tried again at the next report: it never reaches the visitor's screen.
"""

from __future__ import annotations

import logging
import subprocess
import tempfile
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import __version__
from kiosk.config import Config
from kiosk.domain import STOCKHOLM
from kiosk.errors import KioskError
from kiosk.fleet.gather import Live, gather
from kiosk.fleet.send import home_due, send_home, send_status
from kiosk.fleet.status import INTERVAL_MINUTES
from kiosk.paths import DataDir
from kiosk.services.syncprocess import child_environment, kiosk_command

log = logging.getLogger(__name__)

INTERVAL_MS = INTERVAL_MINUTES * 60 * 1000
HOME_SIZE = "1366x768"
"""The most common resolution of the touch screens these kiosks run on."""
HOME_TIME_LIMIT = 120
EXIT_WAIT = 8.0
"""Seconds a clean exit waits for its last status to be delivered, at most: within the
supervisor's grace after SIGTERM (kiosk/supervise/supervisor.py, 10 s)."""


def _now() -> datetime:
    return datetime.now(STOCKHOLM)


class StatusService(QObject):
    """One report at a time, off the GUI thread; `reported` says how each ended (for tests)."""

    reported = Signal(str, bool)
    """A report ended: its reason ('start', 'periodic', 'exit') and whether status.json arrived."""

    def __init__(
        self,
        config: Config,
        data: DataDir,
        live: Callable[[], Live],
        interval_ms: int = INTERVAL_MS,
        clock: Callable[[], datetime] = _now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._config, self._data = config, data
        self._live = live
        self._clock = clock
        self._busy = threading.Lock()
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(lambda: self.report("periodic"))

    def start(self) -> None:
        """The start report now, then one every interval."""
        self.report("start")
        self.timer.start()

    def report(self, reason: str) -> None:
        """Gather and deliver a report on a worker thread, unless one is still on its way."""
        live = self._live()  # read on the GUI thread: the speech and sync services live here
        if self._busy.acquire(blocking=False):
            self._thread = threading.Thread(
                target=self._run, args=(reason, live), name="kiosk-status", daemon=True
            )
            self._thread.start()

    def facts(self) -> Live:
        """The running kiosk's facts as they are now (read on the GUI thread)."""
        return self._live()

    def finish(self, live: Live | None = None, wait: float = EXIT_WAIT) -> None:
        """The exit report (with `live` as the kiosk was before it closed): waits for a report
        under way, then sends 'exit', `wait` seconds at most."""
        self.timer.stop()
        live = live or self._live()
        if not self._busy.acquire(timeout=wait):
            log.warning("status: no exit report, the previous one is still under way")
            return
        thread = threading.Thread(
            target=self._run, args=("exit", live), name="kiosk-status", daemon=True
        )
        thread.start()
        thread.join(wait)  # a daemon thread: a server that hangs cannot hold the exit longer

    def _run(self, reason: str, live: Live) -> None:
        delivered = False
        try:
            delivered = self._deliver(reason, live)
        except Exception:  # a bug here must never reach the kiosk's screen
            log.exception("status report failed")
        finally:
            self._busy.release()
        self.reported.emit(reason, delivered)

    def _deliver(self, reason: str, live: Live) -> bool:
        now = self._clock()
        status = gather(self._config, self._data, now, reason, live, __version__)
        if not status.service_point:
            log.info("status: no service point known yet, nothing sent")
            return False
        try:
            send_status(self._config, status)
        except KioskError as error:
            log.warning("status.json not delivered: %s", error)
            return False
        log.info("status.json delivered (%s)", reason)
        if reason != "exit" and home_due(self._data, now.date()):
            self._send_home(status.service_point, now)
        return True

    def _send_home(self, service_point: str, now: datetime) -> None:
        png = self._render_home()
        if png is None:
            return
        try:
            send_home(self._config, self._data, service_point, png, now.date())
        except KioskError as error:
            log.warning("home.png not delivered: %s", error)
            return
        log.info("home.png delivered")

    def _render_home(self) -> bytes | None:
        """The idle home screen drawn offscreen from the data directory's content by a child:
        never a capture of this window, which may show what a visitor is doing."""
        env = {**child_environment(self._config), "QT_QPA_PLATFORM": "offscreen"}
        with tempfile.TemporaryDirectory(prefix="kiosk-home-") as folder:
            out = Path(folder) / "home.png"
            command = [
                *kiosk_command(),
                "screenshot",
                "--page",
                "home",
                "--size",
                HOME_SIZE,
                "--no-demo",
                "--out",
                str(out),
                "--data-dir",
                str(self._data.root),
            ]
            try:
                done = subprocess.run(
                    command,
                    capture_output=True,
                    text=True,
                    timeout=HOME_TIME_LIMIT,
                    check=False,
                    env=env,
                )
            except (OSError, subprocess.SubprocessError) as error:
                log.warning("home.png not rendered: %s", error)
                return None
            if done.returncode != 0 or not out.is_file():
                log.warning("home.png not rendered: %s", done.stderr.strip()[-300:])
                return None
            return out.read_bytes()
