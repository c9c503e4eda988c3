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

    # Usage statistics (kiosk/services/stats.py counts these; see docs/privacy.md). The UI emits
    # them with catalogue ids from the feed only, never with anything a visitor typed.

    item_viewed = Signal(str, str, str)
    """A detail view opened: kind (place, event, link, brochure, notice), item id, and its
    category ('' when none); a place's category is counted per category too."""

    eservice_opened = Signal(str)
    """An e-service (link id from the feed) was opened in the locked-down browser."""

    brochure_opened = Signal(str)
    """A brochure (id from the feed) was opened in the reader."""

    qr_shown = Signal()
    """A QR code was shown for a visitor to take something along."""

    search_made = Signal()
    """A search was made (emit once per search, e.g. when results are shown; never the text)."""

    notice_shown = Signal()
    """A notice was shown on the home screen or opened on its page."""

    crisis_shown = Signal()
    """A public warning (VMA) or crisis notice took over the screen (counted visitor or not)."""

    def report_usage(self, what: str, item: str, category: str) -> None:
        """Emit the signal for a page's usage event (kiosk.ui.pages.base.Page.used)."""
        if what == "item":
            kind, _, ident = item.partition("/")  # "place/gideaberg"
            self.item_viewed.emit(kind, ident, category)
        elif what == "eservice":
            self.eservice_opened.emit(item)
        elif what == "brochure":
            self.brochure_opened.emit(item)
        elif what == "qr":
            self.qr_shown.emit()
        elif what == "search":
            self.search_made.emit()
        elif what == "notice":
            self.notice_shown.emit()

    owner_mode_changed = Signal(bool)
    """Shop-owner mode opened (True) or closed (False); nothing done in it is visitor usage."""
