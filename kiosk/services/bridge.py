"""The message bridge: the one app-wide object, carrying events between services and the UI."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class MessageBridge(QObject):
    """Signals any part may emit or listen to; nothing else is shared app-wide."""

    content_changed = Signal()
    """A new content database is current (after a load or a sync)."""

    visit_started = Signal()
    """The first real input after idle: a visitor is here."""

    visit_ended = Signal(float)
    """The visit is over; the argument is its length in seconds up to the last input."""

    language_changed = Signal(str)
    """The visitor chose another language (code from domain.LANGUAGES)."""

    navigated = Signal(str)
    """A page was opened (page name); the statistics issue counts these."""
