"""Input as a screen delivers it: through the top-level window, where the kiosk watches input."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def touch(widget: QWidget, pos: QPoint | None = None) -> None:
    """A click as the screen delivers it: through the top-level window, where the kiosk watches
    input (qtbot.mouseClick on a widget skips the window and so the idle watch)."""
    window = widget.window().windowHandle()
    assert window is not None, "the widget's window is not shown"
    local = pos if pos is not None else widget.rect().center()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=widget.mapTo(widget.window(), local))


def type_key(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press as the keyboard delivers it, through the top-level window."""
    window = widget.window().windowHandle()
    assert window is not None, "the widget's window is not shown"
    QTest.keyClick(window, key, modifiers)
