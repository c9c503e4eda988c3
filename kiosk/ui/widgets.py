"""Small building blocks shared by the pages: labels with roles, cards, tiles, notices."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import Notice
from kiosk.ui.flow import FlowLayout
from kiosk.ui.inert import inert_markdown
from kiosk.ui.theme import Theme


def label(text: str = "", role: str = "", wrap: bool = True, name: str = "") -> QLabel:
    """A QLabel styled by its role (h1, h2, h3, muted, small)."""
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def button(text: str = "", role: str = "", checkable: bool = False) -> QPushButton:
    """A touch-sized push button styled by its role (primary, chip)."""
    widget = QPushButton(text)
    if role:
        widget.setProperty("role", role)
    widget.setCheckable(checkable)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setMinimumSize(48, 48)
    return widget


def scroll_area(inner: QWidget | None = None) -> QScrollArea:
    """A vertical, finger-draggable scroll area that never scrolls sideways, around `inner`.

    Its viewport is made here rather than asked of Qt: the first QWidget that Qt itself created
    and hands to Python makes PySide set up every QWidget subclass it knows (about 80 enum
    types, 12 ms), which the home screen's scroll area once paid before its first frame.
    """
    area = QScrollArea()
    viewport = QWidget()
    area.setViewport(viewport)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if inner is not None:
        area.setWidget(inner)
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


def breakable(text: str) -> str:
    """A web address that may wrap after '/', '.' and '-' (zero-width spaces), for narrow columns."""
    for mark in ("/", ".", "-"):
        text = text.replace(mark, mark + "\u200b")
    return text


def clear_layout(layout: QLayout) -> None:
    """Remove and delete everything in `layout`."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
        elif item is not None:
            nested = item.layout()
            if nested is not None:
                clear_layout(nested)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class FeedText(QWidget):
    """A feed's Markdown, one label per paragraph with a gap between them: in one label Qt
    runs the paragraphs together with no more space than between two lines (issue 23)."""

    def __init__(self, gap: int = 14) -> None:
        super().__init__()
        self.paragraphs = QVBoxLayout(self)
        self.paragraphs.setContentsMargins(0, 0, 0, 0)
        self.paragraphs.setSpacing(gap)

    def set_markdown(self, text: str) -> None:
        """Show `text` (feed Markdown, made inert here)."""
        clear_layout(self.paragraphs)
        for paragraph in _PARAGRAPH_BREAK.split(text.strip()):
            if not paragraph.strip():
                continue
            shown = QLabel(inert_markdown(paragraph))
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.MarkdownText)
            shown.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.paragraphs.addWidget(shown)
            shown.show()  # now, not when the layout next runs: pages measure it at once


def chip_button() -> QPushButton:
    """A checkable filter chip that keeps the width of its text (a ChipBar wraps instead)."""
    widget = button(role="chip", checkable=True)
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return widget


class ChipBar(QWidget):
    """Filter chips that wrap to a second row when large text or a narrow screen needs it.

    (A row that scrolled sideways hid chips with nothing to show that more were there.)

    With `one_row` (the visitor's filters above a list) the chips keep to one row: those that do
    not fit wait behind a 'More (3)' chip, which shows every row until a chip is chosen. On a
    1280x720 screen a second row of filters took the room of the third row of cards (issue 23).
    The chosen chip always stays in the row.
    """

    def __init__(self, parent: QWidget | None = None, one_row: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("page", True)
        self.row = FlowLayout(self, spacing=12)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.chips: list[QPushButton] = []
        self.brief = False
        """Lower chips (52 px at A, not 72), above a list on a low screen (Page.lists)."""
        self.opened = False
        """All rows shown (the visitor tapped More)."""
        self.more: QPushButton | None = None
        if one_row:
            self.more = button(role="chip")
            self.more.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.more.clicked.connect(self._on_more_clicked)
            self.row.addWidget(self.more)

    def set_chips(self, chips: Sequence[QPushButton]) -> None:
        """Show `chips` (in this order) instead of the ones before."""
        for chip in self.chips:
            self.row.removeWidget(chip)
            chip.deleteLater()
        if self.more is not None:
            self.row.removeWidget(self.more)
        self.chips = list(chips)
        for chip in self.chips:
            self.row.addWidget(chip)
            chip.clicked.connect(self.close_rows)
            _set_brief(chip, self.brief)
        if self.more is not None:
            self.row.addWidget(self.more)
        self.fit()

    def set_brief(self, brief: bool) -> None:
        """Lower chips, or full-size ones again: at 1280x720 the 20 px went to What's on, whose
        third row of cards was cut when a German title wrapped onto two lines."""
        if brief != self.brief:
            self.brief = brief
            for chip in [*self.chips, *([self.more] if self.more else [])]:
                _set_brief(chip, brief)
            self.fit()

    def close_rows(self) -> None:
        """Back to one row (a chip was chosen, or the visit ended)."""
        self.opened = False
        self.fit()

    def _on_more_clicked(self) -> None:
        self.opened = not self.opened
        self.fit()

    def fit(self) -> None:
        """Choose the chips that show in the one row (after a change of width, text or choice)."""
        more = self.more
        width = (
            self.width() - self.row.contentsMargins().left() - self.row.contentsMargins().right()
        )
        if more is None or not self.chips or width <= 0:
            return
        spacing = self.row.spacing()
        widths = [chip.sizeHint().width() for chip in self.chips]
        shown = set(range(len(self.chips)))
        if not self.opened and sum(widths) + spacing * (len(widths) - 1) > width:
            shown = self._first_row(widths, width, spacing)
        hidden = len(self.chips) - len(shown)
        text = self._more_text(hidden)
        if more.text() != text:  # a new text asks for a layout, and a layout for a fit
            more.setText(text)
        more.setVisible(self.opened or hidden > 0)
        for index, chip in enumerate(self.chips):
            chip.setVisible(index in shown)
        self._ask_height()

    def _first_row(self, widths: list[int], width: int, spacing: int) -> set[int]:
        """The chips that fit beside the More chip, the chosen one among them."""
        more = self.more
        assert more is not None
        metrics = more.fontMetrics()  # as wide as it may get, without asking for a layout
        widest = metrics.horizontalAdvance(self._more_text(len(self.chips)))
        room = width - (more.sizeHint().width() - metrics.horizontalAdvance(more.text()) + widest)
        chosen = next((i for i, chip in enumerate(self.chips) if chip.isChecked()), 0)
        shown: list[int] = []
        used = 0
        for index, chip_width in enumerate(widths):
            if used + chip_width + spacing > room:
                break
            shown.append(index)
            used += chip_width + spacing
        if chosen not in shown:  # make room at the end of the row for the chosen chip
            while shown and used + widths[chosen] + spacing > room:
                used -= widths[shown.pop()] + spacing
            shown.append(chosen)
        return set(shown)

    def _more_text(self, hidden: int) -> str:
        if self.opened:
            return QCoreApplication.translate("ChipBar", "Fewer")
        return QCoreApplication.translate("ChipBar", "More (%1)").replace("%1", str(hidden))

    def event(self, event: QEvent) -> bool:
        """A chip's text or size changed (language, text size): choose the row again."""
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Ask for the rows this width needs (a page that does not scroll would squeeze them)."""
        super().resizeEvent(event)
        self.fit()
        self._ask_height()

    def _ask_height(self) -> None:
        needed = self.row.heightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def _set_brief(chip: QPushButton, brief: bool) -> None:
    if chip.property("brief") != brief:
        chip.setProperty("brief", brief)
        chip.style().unpolish(chip)
        chip.style().polish(chip)


class Card(QFrame):
    """A white rounded panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")


class NoticeBanner(QFrame):
    """One notice: icon, title and text, coloured by its level. A touch opens all notices."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable from a keypad too
        self.icon = QLabel()
        self.icon.setFixedSize(40, 40)
        self.title = label(role="h3")
        self.text = label()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(22, 10, 22, 10)
        layout.setSpacing(16)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)
        self._brief = False

    def set_brief(self, brief: bool) -> None:
        """Only the title (a touch shows the notice in full): on a low screen the home tiles
        below keep their room (at 1366x768 two notices pushed every tile below the fold)."""
        self._brief = brief
        self.text.setVisible(not brief and bool(self.text.text()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Touch anywhere on the banner."""
        if self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def show_notice(self, notice: Notice, lang: str, theme: Theme) -> None:
        """Fill with `notice` in `lang`, coloured by its level."""
        important = notice.level == "important"
        p = theme.palette
        background, color = (p.warning, p.warning_text) if important else (p.info, p.info_text)
        border = p.border if theme.high_contrast or not important else p.warning
        # In high contrast a warning is a thick yellow frame on black, never a yellow button look.
        width = (6 if important else 3) if theme.high_contrast else 1
        self.setStyleSheet(
            f"NoticeBanner {{ background: {background}; border: {width}px solid {border};"
            f" border-radius: 16px; }} QLabel {{ color: {color}; }}"
            f" NoticeBanner[focusring='true'] {{ border: 5px solid {p.focus}; }}"
        )
        self.title.setText(notice.title.get(lang))
        self.text.setText(notice.text.get(lang))
        self.text.setVisible(not self._brief and bool(notice.text))
        name = "warning-circle-bold" if important else "info-bold"
        self.icon.setPixmap(theme.pixmap(name, color, size=36))
        self.setAccessibleName(notice.title.get(lang))
