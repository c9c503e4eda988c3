"""Visits and idleness: first input starts a visit, silence starts a countdown, the countdown ends it."""

from __future__ import annotations

import enum
import functools
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


@functools.cache
def input_events() -> frozenset[QEvent.Type]:
    """Event types that are a visitor's input (built on first use: QEvent.Type is a large enum)."""
    return frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.KeyPress,
            QEvent.Type.Wheel,
        }
    )


class State(enum.Enum):
    """Where the kiosk is in the visit cycle."""

    IDLE = "idle"
    ACTIVE = "active"
    COUNTDOWN = "countdown"


class IdleMonitor(QObject):
    """Watches all input of the application (as an event filter) and drives the visit cycle."""

    visit_started = Signal()
    countdown_started = Signal(int)
    countdown_tick = Signal(int)
    countdown_cancelled = Signal()
    visit_ended = Signal(float)

    def __init__(
        self,
        idle_timeout_s: float,
        countdown_s: int,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._countdown_s = countdown_s
        self._remaining = 0
        self._idle_ms = int(idle_timeout_s * 1000)
        self.state = State.IDLE
        self._visit_start = 0.0
        self._last_input = 0.0
        self._idle_timer = QTimer(self, singleShot=True, interval=int(idle_timeout_s * 1000))
        self._idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self._tick_timer = QTimer(self, interval=1000)
        self._tick_timer.timeout.connect(self._on_tick_timer_timeout)

    @property
    def remaining(self) -> int:
        """Seconds left in the countdown (0 when none runs)."""
        return self._remaining if self.state is State.COUNTDOWN else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note every real input; never swallows it."""
        if event.type() in input_events():
            self.register_input()
        return False

    def register_input(self) -> None:
        """A touch, click, key or wheel turn from the visitor."""
        self._last_input = self._clock()
        if self.state is State.IDLE:
            self._visit_start = self._last_input
            self.state = State.ACTIVE
            self.visit_started.emit()
        elif self.state is State.COUNTDOWN:
            self._tick_timer.stop()
            self.state = State.ACTIVE
            self.countdown_cancelled.emit()
        self._idle_timer.start()

    def set_timeout_factor(self, factor: float) -> None:
        """Stretch the idle timeout (speech mode: a visitor listening needs more time)."""
        self._idle_timer.setInterval(int(self._idle_ms * factor))
        if self._idle_timer.isActive():
            self._idle_timer.start()

    def end_visit(self) -> None:
        """End the visit now (the countdown ran out, or the visitor pressed 'Avsluta')."""
        if self.state is State.IDLE:
            return
        self._idle_timer.stop()
        self._tick_timer.stop()
        self.state = State.IDLE
        self.visit_ended.emit(max(0.0, self._last_input - self._visit_start))

    def stop(self) -> None:
        """Stop all timers (the kiosk is shutting down)."""
        self._idle_timer.stop()
        self._tick_timer.stop()

    def _on_idle_timer_timeout(self) -> None:
        self.state = State.COUNTDOWN
        self._remaining = self._countdown_s
        self.countdown_started.emit(self._remaining)
        self._tick_timer.start()

    def _on_tick_timer_timeout(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self.end_visit()
        else:
            self.countdown_tick.emit(self._remaining)
