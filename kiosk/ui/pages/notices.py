"""All notices valid today, important ones first, in full."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from kiosk.services.content import ContentService
from kiosk.ui.pages.base import Page, empty_note
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import NoticeBanner, clear_layout


class NoticesPage(Page):
    """The municipality's messages; the home screen shows the first two as banners."""

    name = "notices"
    scrolls = True

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)

    def showEvent(self, event: QShowEvent) -> None:
        """Counted as notices shown (the count only)."""
        super().showEvent(event)
        if self.content.notices():
            self.used.emit("notice", "", "")

    def refresh(self) -> None:
        """One banner per notice in the current language."""
        self.heading.setText(self.tr("Notices"))
        self.subheading.setText(self.tr("Messages from the municipality and the service point"))
        clear_layout(self.body)
        notices = self.content.notices()
        for notice in notices:
            banner = NoticeBanner()
            banner.show_notice(notice, self.lang, self.state.theme)
            self.body.addWidget(banner)
        if not notices:
            self.body.addWidget(empty_note(self.tr("There are no notices right now.")))
        self.body.addStretch(1)
