"""The e-service browser as a kiosk page: opened with a catalogue link, ended with the visit."""

from __future__ import annotations

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from kiosk.domain import Link
from kiosk.services.content import ContentService
from kiosk.ui.browser.policy import BrowserPolicy
from kiosk.ui.browser.widget import BrowserWidget
from kiosk.ui.pages.base import Page
from kiosk.ui.state import ViewState


class BrowserPage(Page):
    """Shows `BrowserWidget` for one e-service; End session goes back to the e-services page."""

    name = "browser"

    def __init__(
        self,
        content: ContentService,
        state: ViewState,
        parent: QWidget | None = None,
        policy: BrowserPolicy | None = None,
    ) -> None:
        super().__init__(content, state, parent)
        self.heading.hide()
        self.subheading.hide()
        self._outer.setContentsMargins(0, 0, 0, 0)
        self.browser = BrowserWidget(state.theme, policy=policy)
        self.browser.session_ended.connect(self._on_browser_session_ended)
        self.browser.panel.qr_shown.connect(lambda: self.used.emit("qr", "", ""))
        state.language_changed.connect(self.browser.retranslate)
        state.theme_changed.connect(lambda: self.browser.set_theme(state.theme))
        self.body.addWidget(self.browser, 1)

    def show_argument(self, argument: object) -> None:
        """Open `argument` (a Link) in a fresh private session, or the offline panel."""
        if not isinstance(argument, Link):
            return
        name = argument.name.get(self.lang)
        if self.state.online:
            self.browser.open(argument.url, argument.allow, name, argument.id)
            self.used.emit("eservice", argument.id, argument.category)
        else:
            self.browser.show_offline(argument.url, name)

    def title(self) -> str:
        """The e-service's page title."""
        return self.browser.title.text()

    def reset(self) -> None:
        """The visit is over: destroy the session."""
        self.browser.end_session()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (Home, Back, the attract screen) ends the session: no login is left
        running behind the kiosk's other pages."""
        self.browser.end_session()
        super().hideEvent(event)

    def _on_browser_session_ended(self) -> None:
        self.browser.end_session()
        self.open_page.emit("services", None)
