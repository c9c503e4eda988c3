"""The ways into shop-owner mode: a long press on the service point's name or logo, and Ctrl+Alt+O."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QWidget

HOLD_MS = 5000
"""A visitor taps; only someone who knows keeps holding the name for five seconds."""
SHOW_AFTER_MS = 1200
"""The progress line appears only once a press is clearly longer than a tap."""
PROGRESS_HEIGHT = 6
"""Thick enough to be seen from a hand's length, thin enough not to look like a control."""
_PRESS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
_RELEASE = (
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
    QEvent.Type.Leave,
    QEvent.Type.Hide,
)


class LongPress(QObject):
    """Watches some header widgets; emits `held` after `hold_ms` of pressing one of them.

    A thin line under the header grows while the press lasts, so an owner knows to keep holding;
    it appears only after a second, where a visitor's tap has long ended.
    """

    held = Signal()

    def __init__(self, header: QWidget, targets: list[QWidget], hold_ms: int = HOLD_MS) -> None:
        super().__init__(header)
        self._header = header
        self._hold_ms = hold_ms
        self._elapsed = QElapsedTimer()
        self.progress = QFrame(header)
        self.progress.setObjectName("OwnerHoldProgress")
        self.progress.setFixedHeight(PROGRESS_HEIGHT)
        self.progress.hide()
        self._tick = QTimer(self, interval=50)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._done = QTimer(self, singleShot=True, interval=hold_ms)
        self._done.timeout.connect(self._on_done_timeout)
        for target in targets:
            target.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
            target.installEventFilter(self)

    def set_colour(self, colour: str) -> None:
        """The line's colour (it must stand out from the header: without one it was never seen)."""
        self.progress.setStyleSheet(f"QFrame#OwnerHoldProgress {{ background: {colour}; }}")

    def set_hold_ms(self, hold_ms: int) -> None:
        """How long a press must last (tests shorten it)."""
        self._hold_ms = hold_ms
        self._done.setInterval(hold_ms)

    @property
    def pressing(self) -> bool:
        """True while a press is being timed."""
        return self._done.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Start timing on press, forget on release; never swallows the event."""
        if event.type() in _PRESS:
            self._elapsed.start()
            self._done.start()
            self._tick.start()
        elif event.type() in _RELEASE and self.pressing:
            self.cancel()
        return False

    def cancel(self) -> None:
        """The finger left early."""
        self._done.stop()
        self._tick.stop()
        self.progress.hide()

    def _on_tick_timeout(self) -> None:
        spent = self._elapsed.elapsed()
        if spent < SHOW_AFTER_MS:
            return
        fraction = min(1.0, spent / self._hold_ms)
        self.progress.setGeometry(
            0,
            self._header.height() - PROGRESS_HEIGHT,
            int(self._header.width() * fraction),
            PROGRESS_HEIGHT,
        )
        self.progress.show()
        self.progress.raise_()

    def _on_done_timeout(self) -> None:
        self.cancel()
        self.held.emit()


class OwnerShortcut(QObject):
    """Ctrl+Alt+O anywhere in the application (an application event filter, so no page eats it)."""

    pressed = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """True (eaten) for Ctrl+Alt+O."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_O and mods == wanted:
                if not event.isAutoRepeat():
                    self.pressed.emit()
                return True
        return False
