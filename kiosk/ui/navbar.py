"""The bottom bar: Home and Back away from home, languages, text size and contrast everywhere."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk.domain import LANGUAGES
from kiosk.ui.i18n import NATIVE_NAMES
from kiosk.ui.state import ViewState
from kiosk.ui.theme import TEXT_SCALES
from kiosk.ui.widgets import button

SIZE_LABELS = ("A", "A+", "A++")


class NavBar(QWidget):
    """Touch targets of at least 56 px; every control has an accessible name."""

    home_clicked = Signal()
    back_clicked = Signal()

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._state = state
        self.home = button(role="primary")
        self.back = button()
        self.home.clicked.connect(self.home_clicked)
        self.back.clicked.connect(self.back_clicked)
        self.languages: dict[str, QPushButton] = {}
        lang_group = QButtonGroup(self)
        for lang in LANGUAGES:
            btn = button(NATIVE_NAMES[lang], role="lang", checkable=True)
            btn.setAccessibleName(NATIVE_NAMES[lang])
            btn.clicked.connect(lambda _=False, code=lang: state.set_language(code))
            lang_group.addButton(btn)
            self.languages[lang] = btn
        self.sizes: list[QPushButton] = []
        size_group = QButtonGroup(self)
        for step, text in enumerate(SIZE_LABELS[: len(TEXT_SCALES)]):
            btn = button(text, role="size", checkable=True)
            btn.clicked.connect(
                lambda _=False, s=step: state.set_theme(state.theme.with_text_step(s))
            )
            size_group.addButton(btn)
            self.sizes.append(btn)
        self.contrast = button(role="contrast", checkable=True)
        self.contrast.clicked.connect(self._on_contrast_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.home)
        layout.addWidget(self.back)
        layout.addStretch(1)
        for btn in self.languages.values():
            layout.addWidget(btn)
        layout.addSpacing(18)
        for btn in self.sizes:
            layout.addWidget(btn)
        layout.addWidget(self.contrast)
        state.language_changed.connect(self._sync_checks)
        state.language_changed.connect(self.retranslate)
        state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed()
        self.retranslate()

    def set_at_home(self, at_home: bool) -> None:
        """Home and Back only away from the home screen."""
        self.home.setVisible(not at_home)
        self.back.setVisible(not at_home)

    def set_browsing(self, browsing: bool) -> None:
        """On the browser page its own frame navigates and languages cannot translate the web
        page: only text size and contrast stay here."""
        if browsing:
            self.home.hide()
            self.back.hide()
        for btn in self.languages.values():
            btn.setVisible(not browsing)

    def _on_contrast_clicked(self) -> None:
        theme = self._state.theme
        self._state.set_theme(
            type(theme)(high_contrast=not theme.high_contrast, text_step=theme.text_step)
        )

    def _on_state_theme_changed(self) -> None:
        theme = self._state.theme
        p = theme.palette
        self.home.setIcon(theme.icon("house-bold", p.accent_text))
        self.back.setIcon(theme.icon("arrow-left-bold", p.text))
        self.contrast.setIcon(
            theme.icon("circle-half-fill", p.accent_text if theme.high_contrast else p.text)
        )
        for btn in (self.home, self.back, self.contrast):
            btn.setIconSize(QSize(28, 28))
        self._sync_checks()

    def _sync_checks(self) -> None:
        for lang, btn in self.languages.items():
            btn.setChecked(lang == self._state.lang)
        for step, btn in enumerate(self.sizes):
            btn.setChecked(step == self._state.theme.text_step)
        self.contrast.setChecked(self._state.theme.high_contrast)

    def retranslate(self) -> None:
        """Texts and accessible names in the current language."""
        self.home.setText(self.tr("Home"))
        self.back.setText(self.tr("Back"))
        self.contrast.setText(self.tr("Contrast"))
        self.home.setAccessibleName(self.tr("Home"))
        self.back.setAccessibleName(self.tr("Back"))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        names = (self.tr("Normal text size"), self.tr("Larger text"), self.tr("Largest text"))
        for btn, name in zip(self.sizes, names, strict=False):
            btn.setAccessibleName(name)
