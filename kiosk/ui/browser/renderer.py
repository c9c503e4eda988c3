"""Watching the page's renderer process: death (crash, kill, out of memory) and hangs.

A renderer that busy-loops answers nothing: a tiny script is run in it every few seconds, and no
answer for `HANG_MS` means it hangs. The kiosk then kills that renderer (it serves this visit's
profile only) so that the page can be loaded again in a fresh one.
"""

from __future__ import annotations

import logging
import os
import signal
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

log = logging.getLogger(__name__)

PING_MS = 1_000
HANG_MS = 3_000
"""A renderer that has not answered for this long is taken to hang."""
FAILURES: Counter[str] = Counter()
"""Renderer failures per catalogue id since the kiosk started (for the log, never the URL)."""
_STATUS = {
    QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus: "ended",
    QWebEnginePage.RenderProcessTerminationStatus.AbnormalTerminationStatus: "failed",
    QWebEnginePage.RenderProcessTerminationStatus.CrashedTerminationStatus: "crashed",
    QWebEnginePage.RenderProcessTerminationStatus.KilledTerminationStatus: "was killed",
}


def count_failure(catalogue_id: str, what: str) -> int:
    """Count a failure of e-service `catalogue_id` and log it; returns the count so far."""
    FAILURES[catalogue_id] += 1
    log.warning(
        "e-service %s: the page's renderer %s (%d so far)",
        catalogue_id or "-",
        what,
        FAILURES[catalogue_id],
    )
    return FAILURES[catalogue_id]


class RendererWatch(QObject):
    """Tells when the page's renderer died (`died`) or stopped answering (`hung`)."""

    died = Signal(str)
    """The renderer process ended abnormally: crashed, was killed, or failed."""
    hung = Signal()
    """The renderer has not answered for HANG_MS."""

    def __init__(self, page: QWebEnginePage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page: QWebEnginePage | None = page
        self._asked = 0  # number of the last ping sent
        self._answered = 0
        self._silent_ms = 0
        self._timer = QTimer(self)
        self._timer.setInterval(PING_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        page.renderProcessTerminated.connect(self._on_page_render_process_terminated)
        # A navigation replaces the document: what the old one owed us is forgiven.
        page.loadStarted.connect(self._forgive)
        page.urlChanged.connect(self._forgive)

    def start(self) -> None:
        """Ping the renderer from now on."""
        self._forgive()
        self._timer.start()

    def stop(self) -> None:
        """No more pings (the page is going away, or shows a panel)."""
        self._timer.stop()

    def detach(self) -> None:
        """Forget the page (before it is deleted)."""
        self.stop()
        page, self.page = self.page, None
        if page is not None:
            page.renderProcessTerminated.disconnect(self._on_page_render_process_terminated)
            page.loadStarted.disconnect(self._forgive)
            page.urlChanged.disconnect(self._forgive)

    @property
    def waiting(self) -> bool:
        """Whether a ping is unanswered right now."""
        return self._answered < self._asked

    def ping(self) -> None:
        """Ask the renderer for an answer (it comes back through the event loop)."""
        if self.page is None:
            return
        self._asked += 1
        number = self._asked
        world = QWebEngineScript.ScriptWorldId.ApplicationWorld
        self.page.runJavaScript("1", world, lambda _result: self._on_answer(number))

    def probe(self, answered: Callable[[], None]) -> None:
        """Call `answered` once the renderer has run a tiny script (never, if it hangs)."""
        if self.page is not None:
            world = QWebEngineScript.ScriptWorldId.ApplicationWorld
            self.page.runJavaScript("1", world, lambda _result: answered())

    def kill(self) -> bool:
        """End the renderer process at once (SIGKILL); False when there is none to end."""
        pid = self.page.renderProcessPid() if self.page is not None else 0
        if pid <= 0 or pid == os.getpid():
            return False
        try:
            os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
        except OSError:
            return False
        return True

    def _forgive(self) -> None:
        self._answered = self._asked
        self._silent_ms = 0

    def _on_answer(self, number: int) -> None:
        self._answered = max(self._answered, number)
        if not self.waiting:
            self._silent_ms = 0

    def _on_timer_timeout(self) -> None:
        if not self.waiting:
            self.ping()
            return
        self._silent_ms += PING_MS  # no more pings on top: a hung renderer would queue them
        if self._silent_ms >= HANG_MS:
            self.stop()
            self.hung.emit()

    def _on_page_render_process_terminated(
        self, status: QWebEnginePage.RenderProcessTerminationStatus, exit_code: int
    ) -> None:
        self._forgive()
        if status != QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            self.died.emit(f"{_STATUS.get(status, 'failed')} (exit {exit_code})")
