"""The keyboard-focus ring only for a visitor who uses keys (what CSS calls :focus-visible).

On a touch screen Qt still moves the focus: to the first button when the window opens, to a
tapped button, and on to the next one when the focused button is hidden (Hem and Tillbaka at
home). Drawn every time, the thick ring sat on a 'Svenska' nobody had touched next to the
selected 'English', two highlighted languages at once. So the ring follows the last kind of
input: a key press (a physical keyboard, the speech keypad) shows it on the focused control, a
touch or click hides it. Text fields keep their focus border always: it says where typing goes.
A control that gets the ring is scrolled into sight.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

PROPERTY = "focusring"
"""The dynamic property the style sheet draws the ring for (QPushButton[focusring="true"])."""

_TOUCH = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
)


class FocusRing(QObject):
    """A window input filter (kiosk/ui/inputwatch.py) that marks the focused control while keys
    are in use."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = False
        self._marked: QWidget | None = None
        app.focusChanged.connect(self._on_app_focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys show the ring, a touch or click hides it; the event goes on unchanged."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self.set_keys(True)
        elif kind in _TOUCH:
            self.set_keys(False)
        return False

    def set_keys(self, keys: bool) -> None:
        """As after a key press (True) or a touch (False): screenshots of keyboard use."""
        if keys != self._keys:
            self._keys = keys
            self._mark(QApplication.focusWidget())

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._mark(new)

    def _mark(self, focus: QWidget | None) -> None:
        wanted = focus if self._keys else None
        if wanted is self._marked:
            return
        for widget, on in ((self._marked, False), (wanted, True)):
            if widget is not None and shiboken6.isValid(widget):
                widget.setProperty(PROPERTY, on)
                style = widget.style()
                style.unpolish(widget)
                style.polish(widget)
                widget.update()
        self._marked = wanted
        if wanted is not None:
            _scroll_into_view(wanted)


def _scroll_into_view(widget: QWidget) -> None:
    """Scroll every area around `widget` so that it is in sight: a visitor moving with keys
    must see where the focus went (setFocus from code does not scroll, Tab only sometimes)."""
    area = widget.parentWidget()
    while area is not None:
        content = area.widget() if isinstance(area, QScrollArea) else None
        if isinstance(area, QScrollArea) and content is not None:
            if widget.height() + 48 <= area.viewport().height():
                area.ensureWidgetVisible(widget, 24, 24)
            else:  # taller than the area: its top (where its name is) at the top
                area.verticalScrollBar().setValue(widget.mapTo(content, QPoint(0, 0)).y() - 24)
        area = area.parentWidget()
