"""The bottom bar: Home and Back away from home, languages, text size and contrast everywhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

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
        # One row when it fits; on a narrow (portrait) screen the languages get a row of their own
        # instead of being clipped ("Englisł", "Deutsc").
        # Narrower still (720x1280 at A+), text size and contrast get a third row.
        self._top = QHBoxLayout()
        self._bottom = QHBoxLayout()
        self._third = QHBoxLayout()
        for row in (self._top, self._bottom, self._third):
            row.setSpacing(10)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        self._compact = False
        layout.addLayout(self._top)
        layout.addLayout(self._bottom)
        layout.addLayout(self._third)
        self._rows: int | None = None
        self._leading: list[QPushButton] = []
        self._put_away: list[QPushButton] = []
        """Other parts' controls hidden while the on-screen keyboard is up (see set_typing)."""
        self._at_home = False
        self._browsing = False
        self._typing = False
        self._arrange(1)
        state.language_changed.connect(self._sync_checks)
        state.language_changed.connect(self.retranslate)
        state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed()
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        """Less padding between the rows on a low window at large text (1280x720 at A++)."""
        if compact != self._compact:
            self._compact = compact
            margin = 5 if compact else 12
            self._layout.setContentsMargins(24, margin, 24, margin)
            self._layout.setSpacing(6 if compact else 10)

    def set_typing(self, typing: bool) -> None:
        """While the on-screen keyboard is up only Hem and Tillbaka stay (one row): the rest
        gives its room to the field and what is found, and comes back with the keyboard gone."""
        if typing == self._typing:
            return
        self._typing = typing
        if typing:  # another part's control keeps the visibility that part gave it
            self._put_away = [btn for btn in self._leading if not btn.isHidden()]
        for btn in self._put_away:
            btn.setVisible(not typing)
        self._apply()

    def _apply(self) -> None:
        self.home.setVisible(not self._at_home and not self._browsing)
        self.back.setVisible(not self._at_home and not self._browsing)
        for btn in self.languages.values():
            btn.setVisible(not self._browsing and not self._typing)
        for btn in (*self.sizes, self.contrast):
            btn.setVisible(not self._typing)
        self._rows = None
        self._fit()

    def set_at_home(self, at_home: bool) -> None:
        """Home and Back only away from the home screen."""
        self._at_home = at_home
        self._apply()

    def add_leading(self, widget: QPushButton) -> None:
        """A control of another part (speech's 'Lyssna') after Home and Back, in the same row."""
        self._leading.append(widget)
        self._rows = None
        self._fit() if self.width() > 0 else self._arrange(1)

    def _one_row_width(self) -> int:
        everything = (self.home, self.back, *self._leading, *self.languages.values())
        shown = [btn for btn in (*everything, *self.sizes, self.contrast) if not btn.isHidden()]
        # 10 px spacing and 2 px of slack per button: the keyboard-focus outline (issue 14)
        # takes its width from the padding (theme.stylesheet), so it needs no room of its own;
        # 8 px more per button put the bar on two rows at 1280x720 (issue 23).
        return sum(btn.sizeHint().width() for btn in shown) + 12 * len(shown) + 18 + 48 + 24

    @staticmethod
    def _row_width(buttons: list[QPushButton], equal: bool = False) -> int:
        widths = [btn.sizeHint().width() for btn in buttons if not btn.isHidden()]
        if equal:  # the languages' row gives every button the same width
            widths = [max(widths, default=0)] * len(widths)
        return sum(widths) + 18 * len(widths) + 18 + 48

    def _fit(self) -> None:
        if self.width() > 0:
            rows = 1 if self._one_row_width() <= self.width() else 2
            top = [self.home, self.back, *self.sizes, self.contrast]
            bottom = [*self._leading, *self.languages.values()]
            if (
                rows == 2
                and max(self._row_width(top), self._row_width(bottom, equal=True)) > self.width()
            ):
                rows = 3
            self._arrange(rows)

    def _arrange(self, rows: int) -> None:
        if rows == self._rows:
            return
        self._rows = rows
        two_rows = rows > 1
        for row in (self._top, self._bottom, self._third):
            while row.count():
                row.takeAt(0)
        languages = list(self.languages.values())
        settings = [*self.sizes, self.contrast]
        # On two rows the other parts' controls join the languages, so the top row stays short.
        leading_on_top = rows != 2  # on three rows the languages have a row to themselves
        for btn in (self.home, self.back, *(self._leading if leading_on_top else [])):
            self._top.addWidget(btn)
        self._top.addStretch(1)
        if two_rows:
            for btn in settings:
                (self._third if rows == 3 else self._top).addWidget(btn)
            for btn in (*([] if leading_on_top else self._leading), *languages):
                self._bottom.addWidget(btn, 1)
        else:
            for btn in languages:
                self._top.addWidget(btn)
            self._top.addSpacing(18)
            for btn in settings:
                self._top.addWidget(btn)

    def event(self, event: QEvent) -> bool:
        """A new style sheet or text changes the buttons' widths: fit again."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """One row or two for the new width."""
        super().resizeEvent(event)
        self._fit()

    def set_browsing(self, browsing: bool) -> None:
        """On the browser page its own frame navigates and languages cannot translate the web
        page: only text size and contrast stay here."""
        self._browsing = browsing
        self._apply()

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
            btn.setIconSize(QSize(theme.px(28), theme.px(28)))
        self._sync_checks()
        self._fit()

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
        self._fit()
