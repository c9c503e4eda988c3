"""Keypad operation: the few keys a ticket-machine keypad or any keyboard sends, mapped to actions."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QScrollArea, QWidget

from kiosk.ui.cards import CardGrid


class Action(enum.Enum):
    """What a key asks for."""

    NEXT = "next"
    PREVIOUS = "previous"
    CHOOSE = "choose"
    BACK = "back"
    HOME = "home"
    HELP = "help"
    LOUDER = "louder"
    SOFTER = "softer"
    FASTER = "faster"
    SLOWER = "slower"
    REPEAT = "repeat"
    SILENCE = "silence"


def _keys() -> dict[Qt.Key, Action]:
    k = Qt.Key
    return {
        k.Key_Tab: Action.NEXT,
        k.Key_Backtab: Action.PREVIOUS,
        k.Key_Down: Action.NEXT,
        k.Key_Right: Action.NEXT,
        k.Key_Up: Action.PREVIOUS,
        k.Key_Left: Action.PREVIOUS,
        k.Key_Return: Action.CHOOSE,
        k.Key_Enter: Action.CHOOSE,
        k.Key_Space: Action.CHOOSE,
        k.Key_Backspace: Action.BACK,
        k.Key_Back: Action.BACK,
        k.Key_Home: Action.HOME,
        k.Key_HomePage: Action.HOME,
        k.Key_F1: Action.HELP,
        k.Key_Help: Action.HELP,
        k.Key_Slash: Action.HELP,
        k.Key_Plus: Action.LOUDER,
        k.Key_VolumeUp: Action.LOUDER,
        k.Key_Minus: Action.SOFTER,
        k.Key_VolumeDown: Action.SOFTER,
        k.Key_PageUp: Action.FASTER,
        k.Key_PageDown: Action.SLOWER,
        k.Key_Asterisk: Action.REPEAT,
        k.Key_Escape: Action.SILENCE,
    }


_TYPING_KEYS = frozenset({"next", "previous", "help", "silence"})
"""In a text field only these act; every other key types or edits."""


_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta, Qt.Key.Key_Super_L,
     Qt.Key.Key_Super_R, Qt.Key.Key_Shift}
)  # fmt: skip


def is_chord(event: QKeyEvent) -> bool:
    """True for a modifier key alone or a key held with Ctrl, Alt or Meta: a shortcut on its way
    (Ctrl+Alt+O for the shop owner), never a visitor asking for a voice."""
    held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    held |= Qt.KeyboardModifier.MetaModifier
    return Qt.Key(event.key()) in _MODIFIER_KEYS or bool(event.modifiers() & held)


def action_for(event: QKeyEvent, focus: QWidget | None) -> Action | None:
    """The action of a key press, given the widget with focus (None: the key is not ours)."""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None
    action = _keys().get(Qt.Key(event.key()))
    if action is None:
        return None
    if isinstance(focus, QLineEdit):
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Slash):
            return None
        return action if action.value in _TYPING_KEYS else None
    tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
    if (
        isinstance(focus, CardGrid)
        and not tab
        and action in (Action.NEXT, Action.PREVIOUS, Action.CHOOSE)
    ):
        return None  # the grid moves between its cards itself (and opens on Enter)
    return action


def focusable(widget: QWidget) -> bool:
    """A control a visitor can reach with Tab, on screen now (scroll areas only hold controls)."""
    if isinstance(widget, QScrollArea):
        return False
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not widget.isWindow()
    )


def _following(start: QWidget, forward: bool) -> Iterator[QWidget]:
    """The focus chain after `start`, once round (it is a ring)."""
    widget = start
    for _ in range(500):
        following = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if following is None or following is start:
            return
        widget = following
        yield widget


def focus_first(container: QWidget) -> QWidget | None:
    """Focus the first control inside `container` in reading order (None: it has none)."""
    for widget in _following(container, True):
        if focusable(widget) and container.isAncestorOf(widget):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
    return None


def step_focus(window: QWidget, forward: bool) -> QWidget | None:
    """Move focus to the next (or previous) control in reading order within `window`."""
    for widget in _following(QApplication.focusWidget() or window, forward):
        if focusable(widget) and window.isAncestorOf(widget):
            widget.setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return widget
    return None


def choose(widget: QWidget | None) -> bool:
    """Press the control with focus as a touch would; False when it is not pressable."""
    if isinstance(widget, QAbstractButton):
        widget.click()
        return True
    clicked = getattr(widget, "clicked", None)
    if clicked is not None and hasattr(clicked, "emit"):
        clicked.emit()  # the home screen's tiles and notice banners
        return True
    return False


class KeypadFilter(QObject):
    """On the kiosk's window: passes each key press to `on_key` (True: eaten), then `after_key`."""

    def __init__(
        self,
        on_key: Callable[[QKeyEvent], bool],
        on_touch: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_key = on_key
        self._on_touch = on_touch

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys to the handler; a touch only noted (it never starts speech by itself)."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(event)
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._on_touch()
        return False
