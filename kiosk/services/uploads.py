"""Delivers the statistics from the running kiosk: `kiosk stats upload` as a child, about hourly."""

from __future__ import annotations

import logging
import random
import subprocess
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.config import Config
from kiosk.paths import DataDir
from kiosk.services.syncprocess import run_child

log = logging.getLogger(__name__)

INTERVAL_MS = 60 * 60 * 1000
"""An upload pass every hour: finished days go out soon after midnight, retries come by themselves."""
TIME_LIMIT = 10 * 60


class UploadService(QObject):
    """Runs one `kiosk stats upload` at a time, off the GUI thread; `passed` reports its line."""

    passed = Signal(int, str)
    """A pass ended: exit code (0 all delivered, 1 something still queued) and its first line."""

    def __init__(self, config: Config, data: DataDir, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config, self._data = config, data
        self._busy = threading.Lock()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.upload_now)

    def start(self) -> None:
        """First pass a few minutes after start (spread over kiosks), then every hour."""
        QTimer.singleShot(int(random.uniform(120, 600) * 1000), self.upload_now)
        self.timer.start()

    def stop(self) -> None:
        """No more passes (the one running finishes on its own)."""
        self.timer.stop()

    def upload_now(self) -> None:
        """Start a pass unless one is running."""
        if self._busy.acquire(blocking=False):
            threading.Thread(target=self._run, name="stats-upload", daemon=True).start()

    def _run(self) -> None:
        try:
            done = run_child(self._config, self._data, ["stats", "upload"], TIME_LIMIT)
            lines = (done.stdout.strip() or done.stderr.strip() or "no output").splitlines()
            code, line = done.returncode, lines[0]
        except (OSError, subprocess.SubprocessError) as error:
            code, line = 1, f"cannot start the upload: {error}"
        finally:
            self._busy.release()
        log.info("statistics upload: %s", line)
        self.passed.emit(code, line)  # queued to the GUI thread for anyone listening
