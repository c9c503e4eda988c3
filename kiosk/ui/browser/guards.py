"""Defence in depth while the browser is shown: no foreign window, and no clipboard left behind.

Imports no QtWebEngine: app.py empties the clipboard at the end of every visit with it.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QWindow
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

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


def global_rect(widget: QWidget) -> QRect:
    """Where `widget` is on the screen."""
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


class PopupFence(QObject):
    """Keeps Chromium's popups (select lists, date pickers, tooltips) inside the page's area.

    Installed on each popup: one that moves or grows over the kiosk's own controls is moved back
    into the area (or closed when it does not fit), and a tap on the kiosk's controls while a
    popup is open reaches the control: otherwise Qt spends that tap on closing the popup, and a
    page that opens its popup again at once keeps the visitor from Start and Avsluta for ever.
    """

    def __init__(self, area: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._area = area

    def fence(self, popup: QWidget) -> None:
        """Move `popup` inside the page's area, or close it when it cannot fit."""
        area, where = global_rect(self._area), popup.geometry()
        if area.contains(where) or not self._area.isVisible():
            return
        if where.width() > area.width() or where.height() > area.height():
            popup.close()
            return
        x = min(max(where.x(), area.left()), area.right() + 1 - where.width())
        y = min(max(where.y(), area.top()), area.bottom() + 1 - where.height())
        popup.move(x, y)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fences the popup when it is shown, moved or resized; passes taps on to the kiosk."""
        if not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize):
            self.fence(watched)
        elif kind == QEvent.Type.MouseButtonPress:
            point = event.globalPosition().toPoint()  # type: ignore[attr-defined]
            control = None if watched.geometry().contains(point) else self._control_at(point)
            if control is not None:
                watched.close()
                QTimer.singleShot(0, control.click)
                return True
        return False

    def _control_at(self, point: QPoint) -> QAbstractButton | None:
        """The kiosk's own button under `point` (not the page's area), if any."""
        own = self._area.window()
        widget = own.childAt(own.mapFromGlobal(point))
        while widget is not None and widget.window() is own:
            if widget is self._area:
                return None
            if isinstance(widget, QAbstractButton):
                return widget if widget.isEnabled() else None
            widget = widget.parentWidget()
        return None


class WindowGuard(QObject):
    """While started, closes every visible top-level window that is not `own` window's.

    No application-wide event filter (that crashes QtWebEngine under X11, see inputwatch.py):
    windows are looked at when the focus moves and on a short timer.
    """

    closed = Signal(str)
    """A foreign window was closed (its class name, for the log)."""

    def __init__(self, own: QWidget, area: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own = own
        self.fence = PopupFence(area, self)
        """Keeps the popups Chromium draws inside `area` (the page's part of the frame)."""
        self._fenced: set[int] = set()
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
            if not widget.isVisible():
                continue
            if self._foreign(widget, own):
                self._close(widget, type(widget).__name__)
            elif widget.windowType() in _DRAWN_BY_CHROMIUM and widget is not self._own.window():
                self._watch_popup(widget)

    def _watch_popup(self, popup: QWidget) -> None:
        key = id(popup)
        if key not in self._fenced:  # installing twice would move the filter, not double it
            self._fenced.add(key)
            popup.destroyed.connect(partial(self._fenced.discard, key))
            popup.installEventFilter(self.fence)
        self.fence.fence(popup)

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
