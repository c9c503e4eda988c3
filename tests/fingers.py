"""A finger on the kiosk's touch screen: taps as touch events, and the on-screen keyboard's keys."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.ui.window import KioskWindow

FORM = """<!doctype html><title>form</title><body style="margin:0">
<form action="/sok"><input name="q" onfocus="document.title='typing'"
 oninput="document.title='v:' + this.value" onblur="document.title='left'"
 style="position:absolute;left:20px;top:20px;width:600px;height:80px;font-size:32px"></form>"""
"""An e-service page with one field at its top left; its title tells what the field saw."""
FIELD = QPoint(300, 60)
"""Where FORM's field is, in the web view."""
BESIDE = QPoint(900, 60)
"""A spot on FORM's page outside the field, level with it: with the keyboard up only the top
of the page shows (160 px at 1280x800), and a spot lower down is under the keyboard."""


@functools.cache
def touch_screen() -> QPointingDevice:
    """A touch screen, as a kiosk without mouse or keys has."""
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def finger(window: KioskWindow, pos: QPoint) -> None:
    """One finger down and up at `pos` (window coordinates): a tap, as touch events."""
    handle = window.windowHandle()
    QTest.touchEvent(handle, touch_screen()).press(0, pos, handle)
    QTest.touchEvent(handle, touch_screen()).release(0, pos, handle)


def _items(item: QQuickItem) -> Iterator[QQuickItem]:
    for child in item.childItems():
        yield child
        yield from _items(child)


def key_centre(window: KioskWindow, key: str | Qt.Key) -> QPoint:
    """Where the on-screen key labelled `key` (or with that Qt key code) is, in window
    coordinates (from its QML item)."""
    panel = window.keyboard.panel
    view = window.keyboard.view
    assert panel is not None and view is not None
    name, wanted = ("text", key) if isinstance(key, str) else ("key", int(key.value))
    for item in _items(panel):
        if item.isVisible() and item.property("key") is not None and item.property(name) == wanted:
            centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
            return view.mapTo(window, QPoint(round(centre.x()), round(centre.y())))
    raise AssertionError(f"no key {key!r} on the keyboard")


def has_key(window: KioskWindow, key: str) -> bool:
    """True when the keyboard shows a key labelled `key`."""
    try:
        key_centre(window, key)
    except AssertionError:
        return False
    return True


def finger_keys(
    window: KioskWindow,
    text: str,
    seen: Callable[[str], object] | None = None,
) -> None:
    """Tap `text` on the on-screen keyboard with a finger; a capital letter goes by Shift
    (the keys keep their lower-case labels; Shift changes the letter they type). `seen(prefix)`
    waits until the field shows what was typed so far, so that no tap overtakes the last."""
    for count, char in enumerate(text, 1):
        if char.isupper():
            finger(window, key_centre(window, Qt.Key.Key_Shift))
        finger(window, key_centre(window, char.lower()))
        if seen is not None:
            seen(text[:count])
