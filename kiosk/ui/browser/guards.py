"""Defence in depth while the browser is shown: no foreign window, and no clipboard left behind.

Imports no QtWebEngine: app.py empties the clipboard at the end of every visit with it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget

log = logging.getLogger(__name__)

POLL_MS = 100
"""How often the top-level windows are looked at (a new window is also caught when it takes focus)."""
_DRAWN_BY_CHROMIUM = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
"""Window types QtWebEngine uses for what it draws itself: <select> lists, date pickers, tooltips."""


def clear_clipboard() -> None:
    """Empty the clipboard and the X11 selection: visitor 1's personnummer never reaches visitor 2."""
    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        modes.append(QClipboard.Mode.FindBuffer)
    for mode in modes:
        clipboard.clear(mode)


class WindowGuard(QObject):
    """While started, closes every visible top-level window that is not `own` window's.

    No application-wide event filter (that crashes QtWebEngine under X11, see inputwatch.py):
    windows are looked at when the focus moves and on a short timer.
    """

    closed = Signal(str)
    """A foreign window was closed (its class name, for the log)."""

    def __init__(self, own: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own = own
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.sweep)
        self._app = QGuiApplication.instance()

    @property
    def active(self) -> bool:
        """Whether the guard is watching."""
        return self._timer.isActive()

    def start(self) -> None:
        """Watch from now on (the browser is shown)."""
        if self.active:
            return
        self._timer.start()
        if isinstance(self._app, QGuiApplication):
            self._app.focusWindowChanged.connect(self._on_app_focus_window_changed)
        self.sweep()

    def stop(self) -> None:
        """Stop watching (the browser is hidden or its session ended)."""
        if not self.active:
            return
        self._timer.stop()
        if isinstance(self._app, QGuiApplication):
            self._app.focusWindowChanged.disconnect(self._on_app_focus_window_changed)

    def _on_app_focus_window_changed(self, window: QWindow | None) -> None:
        if window is not None:
            self.sweep()

    def sweep(self) -> None:
        """Close what does not belong (called by the timer; public for tests)."""
        own = self._own.window().windowHandle()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and self._foreign(widget, own):
                self._close(widget, type(widget).__name__)

    def _foreign(self, widget: QWidget, own: QWindow | None) -> bool:
        if widget is self._own.window() or widget.windowHandle() is own:
            return False
        if isinstance(widget, QDialog):
            return True  # QColorDialog, QFileDialog, QMessageBox ...: never from a web page
        # QtWebEngine's own popups (drawn by Chromium, inside the page's rules) may stay.
        return widget.windowType() not in _DRAWN_BY_CHROMIUM

    def _close(self, widget: QWidget, name: str) -> None:
        log.warning("closed a window that is not the kiosk's own: %s", name)
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()
        widget.hide()
        self.closed.emit(name)
