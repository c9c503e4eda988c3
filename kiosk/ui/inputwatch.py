"""Watching all input through each top-level window instead of the whole application.

An application-wide Python event filter crashes the process (SIGSEGV under xcb) when a
QtWebEngine view is first shown: adding the view makes Qt re-create the top-level native window
for GPU drawing, and the Python filter is handed objects that are half built or half destroyed.
Filters on the windows themselves see every touch, click and key before any widget does, and are
moved to the new window whenever Qt re-creates it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QWindow


class WindowInputWatch(QObject):
    """Keeps `filters` installed on every top-level window that gets focus or is re-created."""

    def __init__(
        self, app: QGuiApplication, filters: Sequence[QObject], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)  # lives as long as what it watches for, not as the application
        self._app = app
        self._filters = tuple(filters)
        app.focusWindowChanged.connect(self.install)
        for window in app.topLevelWindows():
            self.install(window)

    def stop(self) -> None:
        """Take the filters off every window and stop following new ones (the kiosk is closing)."""
        self._app.focusWindowChanged.disconnect(self.install)
        for window in self._app.topLevelWindows():
            for event_filter in self._filters:
                window.removeEventFilter(event_filter)

    def install(self, window: QWindow | None) -> None:
        """Put the filters on `window` (installing twice moves a filter, it does not double it)."""
        if window is None:
            return
        for event_filter in self._filters:
            window.installEventFilter(event_filter)
