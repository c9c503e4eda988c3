"""The visitor's view state: language and look. Reset to the defaults when a visit ends."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.domain import DEFAULT_LANGUAGE
from kiosk.ui.i18n import Translations
from kiosk.ui.theme import Theme


class ViewState(QObject):
    """Language and theme of the current visit; pages listen to `language_changed` and `theme_changed`."""

    language_changed = Signal(str)
    theme_changed = Signal()
    online_changed = Signal(bool)

    def __init__(self, translations: Translations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.translations = translations
        self.theme = Theme()
        self.online = True
        """Whether the internet is reachable (from the last sync): e-services need it."""

    @property
    def lang(self) -> str:
        """The visitor's language code."""
        return self.translations.language

    def set_language(self, lang: str) -> None:
        """Switch language (UI strings, content texts and date formats)."""
        if lang == self.lang:
            return
        self.translations.switch(lang)
        self.language_changed.emit(lang)

    def set_theme(self, theme: Theme) -> None:
        """Switch text size or contrast."""
        if theme == self.theme:
            return
        self.theme = theme
        self.theme_changed.emit()

    def set_online(self, online: bool) -> None:
        """The sync found the network (un)reachable."""
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def reset(self) -> None:
        """Back to Swedish, normal text size and normal contrast for the next visitor."""
        self.set_language(DEFAULT_LANGUAGE)
        self.set_theme(Theme())
