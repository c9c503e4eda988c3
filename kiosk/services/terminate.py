"""SIGTERM as a clean exit: systemd at shutdown and the supervisor's nightly restart stop the
kiosk this way, and a clean exit still sends its last status report and closes the browser.

Python runs a signal handler only when the interpreter gets control, which Qt's event loop may
not give it for seconds; the signal's wakeup byte on a socket pair wakes the event loop at once.
"""

from __future__ import annotations

import logging
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

EXIT_TERMINATED = 128 + signal.SIGTERM
"""The exit code of a process ended by SIGTERM, as shells and supervisors expect it."""


class TerminateWatch(QObject):
    """Emits `terminated` on the GUI thread when the process receives SIGTERM."""

    terminated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = signal.signal(signal.SIGTERM, self._on_signal)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    @staticmethod
    def _on_signal(_number: int, _frame: object) -> None:
        """Nothing here: replacing the default handler is what keeps the process alive."""

    def _on_notifier_activated(self) -> None:
        try:
            numbers = self._reader.recv(64)  # the wakeup bytes are the signals' numbers
        except OSError:
            return
        if signal.SIGTERM in numbers:
            log.info("SIGTERM: closing the kiosk cleanly")
            self.terminated.emit()

    def close(self) -> None:
        """Give the signal back to Python's default handling."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        signal.signal(signal.SIGTERM, self._previous)
        self._reader.close()
        self._writer.close()
