"""Getting the visitor out of a broken page: a dead or hung renderer, or Start on a frozen page.

`Recovery` watches the session's page (`RendererWatch`), shows the friendly panel when the
renderer dies or hangs, tries the e-service's start page again by itself, and makes Start work
on a page that does not answer: the renderer is replaced within START_MS.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from kiosk.ui.browser import notices
from kiosk.ui.browser.renderer import RendererWatch, count_failure
from kiosk.ui.browser.webpage import KioskWebPage

if TYPE_CHECKING:
    from kiosk.ui.browser.widget import BrowserWidget

START_MS = 1_000
"""Start waits this long for the page to answer before its renderer is replaced."""
RETRY_MS = (2_000, 5_000, 15_000, 30_000)
"""A dead page is tried again after these pauses (then every 30 s)."""
BROKEN = frozenset({"crashed", "hung"})
"""The panels this module shows."""


class Recovery(QObject):
    """Owned by the browser widget; `attach` for each session's page, `detach` before it goes."""

    def __init__(self, browser: BrowserWidget) -> None:
        super().__init__(browser)
        self.browser = browser
        self.watch: RendererWatch | None = None
        self.failures = 0
        """Failures in a row in this session (for the pause before the next try)."""
        self._probe = 0  # number of Start's last question to the renderer
        self._expected = ""  # the renderer is being killed on purpose: "replace" or "hung"
        self._retrying = False  # a broken panel's page is being loaded again
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(self.retry_now)
        self._start_check = QTimer(self)
        self._start_check.setSingleShot(True)
        self._start_check.setInterval(START_MS)
        self._start_check.timeout.connect(self._on_start_check_timeout)

    def attach(self, page: KioskWebPage) -> None:
        """Watch `page` from now on."""
        self.detach()
        self.failures = 0
        self.watch = RendererWatch(page, self)
        self.watch.died.connect(self._on_watch_died)
        self.watch.hung.connect(self._on_watch_hung)
        page.loadFinished.connect(self._on_page_load_finished)
        self.watch.start()

    def detach(self, kill: bool = False) -> None:
        """Stop watching; with `kill`, a renderer that does not answer is ended first."""
        self.retry.stop()
        self._start_check.stop()
        watch, self.watch = self.watch, None
        if watch is None:
            return
        if kill and watch.waiting:
            watch.kill()  # Avsluta on a frozen page: nothing of it may linger
        watch.detach()
        watch.deleteLater()

    def start_over(self) -> None:
        """Start: the e-service's first page, in a fresh renderer when this one does not answer."""
        watch = self.watch
        if watch is None:
            return
        if watch.waiting:  # known to be silent: do not wait any longer
            self._replace()
            return
        # Asked before the load, so that the answer comes from this very renderer: a page that
        # answers goes to its start page at once, one that does not is replaced after START_MS.
        self._probe += 1
        watch.probe(partial(self._on_start_answer, self._probe))
        self._start_check.start()

    def _on_start_answer(self, probe: int) -> None:
        if probe == self._probe and self._start_check.isActive():
            self._start_check.stop()
            self.browser.load_start()

    def guarded(self, action: str) -> None:
        """Back or Forward: done at once, but a page that does not answer is replaced (Start)."""
        view = self.browser.view
        if view is None:
            return
        if self.watch is not None and self.watch.waiting:
            self._replace()
        elif action == "back":
            view.back()
        else:
            view.forward()

    def retry_now(self) -> None:
        """Try the e-service's start page again (the panel's button, or the timer)."""
        self.retry.stop()
        self._retrying = True
        if self.watch is not None:
            self.watch.start()
        self.browser.load_start()

    def _on_start_check_timeout(self) -> None:
        self._replace()

    def _replace(self) -> None:
        watch = self.watch
        if watch is None:
            return
        self._start_check.stop()
        self._expected = "replace" if watch.kill() else ""
        if not self._expected:
            self.retry_now()

    def _on_watch_died(self, what: str) -> None:
        expected, self._expected = self._expected, ""
        if expected == "replace":  # killed on purpose (Start, Back): straight to the start page
            self.retry_now()
        elif expected != "hung":  # a hang is counted already; the retry timer takes it on
            self._broken(notices.page_stopped(), what)

    def _on_watch_hung(self) -> None:
        self._broken(notices.page_hung(), "stopped responding")
        if self.watch is not None and self.watch.kill():
            self._expected = "hung"

    def fail(self) -> None:
        """An error in the kiosk's own handling of the page: the page ends (its renderer with it),
        the visitor sees the `crashed` panel, and the start page is tried again by itself."""
        if self.watch is None:
            return
        self._broken(notices.page_stopped(), "met an error in the kiosk")
        if self.watch is not None and self.watch.kill():
            self._expected = "hung"  # its death is known: no second panel

    def _broken(self, notice: notices.Notice, what: str) -> None:
        browser = self.browser
        if self.watch is not None:
            self.watch.stop()
        self._retrying = False  # a load that finishes now is the dead page's, not a new one
        count_failure(browser.catalogue_id, what)
        url = browser.view.url().toString() if browser.view is not None else ""
        browser.decided.emit("renderer", url, False, what)
        browser.show_notice(notice, browser.start_url)
        self.retry.start(RETRY_MS[min(self.failures, len(RETRY_MS) - 1)])
        self.failures += 1

    def _on_page_load_finished(self, ok: bool) -> None:
        if ok and self._retrying and self.browser.panel.kind in BROKEN:
            self._retrying = False
            self.failures = 0
            self.browser.show_page()
