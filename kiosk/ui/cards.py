"""Scrollable grids of touchable cards (image, kicker, title, text), painted by a Qt model/view."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QScroller,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kiosk.ui.imageloader import ImageLoader
from kiosk.ui.theme import Theme

SPACING = 22
"""Between cards, and below each row of cards."""
RIGHT_GAP = 12
"""Between the last column and the scroll bar."""
RADIUS = 18
PAD = 22
"""Text inset from the card's sides."""
TITLE_LINES, TEXT_LINES = 3, 4
"""Longer titles and texts are elided: the detail page has them in full."""
COMPACT_BELOW = 640
"""Logical px at A: a grid lower than this shows compact cards (1366x768, 1280x720, large
text): the picture as a thumbnail beside the text, two lines of text, smaller gaps, so that a
visitor sees several rows of cards rather than one (issue 23)."""
THUMB = 120
"""Width of a compact card's picture (logical px at A)."""
COMPACT_SPACING = 14
COMPACT_TEXT_LINES = 2
BLOCKS_KEPT = 8192
"""Cards' wrapped texts a grid keeps (every place of a large feed at two widths)."""

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CardSpec:
    """What a card shows and what a touch on it does."""

    title: str
    text: str = ""
    kicker: str = ""
    image: str = ""
    icon: QPixmap | None = None
    on_click: Callable[[], None] | None = None
    kicker_strong: bool = False
    """The kicker is the key fact (an event's time): bold in the accent colour, not small grey."""
    muted: bool = False
    """The title struck through (a cancelled event)."""
    dimmed: bool = False
    """Shown greyed out (e.g. an e-service while offline); still opens."""


@dataclass(frozen=True)
class _Row:
    """One line of the grid: a section heading, or up to `columns` cards."""

    heading: str = ""
    cards: tuple[CardSpec, ...] = ()


@dataclass(frozen=True)
class _Block:
    """Wrapped lines of one text of a card, in its font and colour role."""

    lines: tuple[str, ...]
    font: QFont
    muted: bool
    line_height: int
    strong: bool = False


@dataclass(frozen=True)
class _Faces:
    """The fonts of a theme by text role, with what wrapping needs of each, made once."""

    fonts: dict[str, QFont]
    names: dict[str, str]
    """QFont.toString, the key of wrapped texts."""
    line_heights: dict[str, int]


class CardModel(QAbstractListModel):
    """Rows of the grid; each row's display and accessible text names what it holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []

    def set_rows(self, rows: list[_Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows, not cards."""
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Titles for display and screen readers; kickers and texts as the description."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.heading or "; ".join(card.title for card in row.cards)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return "; ".join(
                ", ".join(t for t in (card.kicker, card.title, card.text) if t)
                for card in row.cards
            )
        return None


@functools.lru_cache(maxsize=64)
def _font(description: str) -> QFont:
    font = QFont()
    font.fromString(description)
    return font


@functools.lru_cache(maxsize=8192)
def _wrapped(text: str, font_name: str, width: int, max_lines: int) -> tuple[str, ...]:
    """`text` word-wrapped to `width` px in at most `max_lines` lines, the last one elided.

    The font comes by its description (QFont.toString), made once per role and theme: a list of
    1,000 places opened again (or re-measured for its row heights) wraps each text once, and the
    first open does not describe and parse a font for each of its 3,000 texts (a third of it).
    """
    font = _font(font_name)
    text = " ".join(text.split())
    if not text or width <= 0:
        return ()
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    rest = ""
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1 and start + length < len(text):
            rest = text[start:]
            break
        lines.append(text[start : start + length].rstrip())
    layout.endLayout()
    if rest:
        lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return tuple(lines)


class CardDelegate(QStyledItemDelegate):
    """Paints a row: a heading, or cards side by side with a cover image filling their top."""

    def __init__(self, grid: CardGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self._blocks: dict[tuple[object, ...], list[_Block]] = {}
        self._faces: dict[tuple[Theme, str], _Faces] = {}

    def clear(self) -> None:
        """Forget wrapped texts (a new theme)."""
        self._blocks.clear()

    def fonts(self, theme: Theme) -> dict[str, QFont]:
        """The view's font family at the theme's sizes for each text role (made once per theme)."""
        return self._faces_of(theme).fonts

    def _faces_of(self, theme: Theme) -> _Faces:
        base = self.grid.font()
        key = (theme, base.key())
        faces = self._faces.get(key)
        if faces is None:
            fonts = {}
            for role, size, weight, strike in (
                ("small", 18, QFont.Weight.Normal, False),
                ("when", 21, QFont.Weight.Bold, False),
                ("title", 25, QFont.Weight.DemiBold, False),
                ("struck", 25, QFont.Weight.DemiBold, True),
                ("text", 20, QFont.Weight.Normal, False),
                ("heading", 30, QFont.Weight.Bold, False),
                ("brief heading", 25, QFont.Weight.Bold, False),
            ):
                font = QFont(base)
                font.setPixelSize(theme.px(size))
                font.setWeight(weight)
                font.setStrikeOut(strike)
                fonts[role] = font
            faces = self._faces[key] = _Faces(
                fonts,
                {role: font.toString() for role, font in fonts.items()},
                {role: QFontMetrics(font).height() for role, font in fonts.items()},
            )
        return faces

    def card_width(self) -> int:
        """Width of one card at the viewport's current width."""
        columns = self.grid.columns
        usable = self.grid.usable_width() - self.grid.card_spacing * (columns - 1)
        return max(40, usable // columns)

    def beside(self, card: CardSpec, theme: Theme) -> int:
        """Width a compact card gives its picture or icon at its left (0: above, or none)."""
        if not self.grid.compact:
            return 0
        if card.image and self.grid.image_height > 0:
            return theme.px(THUMB)
        if card.icon is not None:
            return round(card.icon.deviceIndependentSize().width()) + 14
        return 0

    def blocks(self, card: CardSpec, width: int, theme: Theme) -> list[_Block]:
        """The card's kicker, title and text wrapped to its width.

        Kept by what the card says, not by the card: a list opened again makes new cards with
        the same texts, and finds them wrapped (1,000 places: 40-70 ms of each open of Places on
        the slow setting).
        """
        compact = self.grid.compact
        beside = self.beside(card, theme)
        key = (
            card.kicker, card.kicker_strong, card.title, card.muted, card.text,
            width, theme, compact, beside,
        )  # fmt: skip
        cached = self._blocks.get(key)
        if cached is not None:
            return cached
        if len(self._blocks) >= BLOCKS_KEPT:
            self._blocks.clear()
        inner = width - 2 * PAD - beside
        text_lines = COMPACT_TEXT_LINES if compact else TEXT_LINES
        faces = self._faces_of(theme)
        blocks = []
        for text, role, max_lines, muted in (
            (card.kicker, "when" if card.kicker_strong else "small", 2, not card.kicker_strong),
            (card.title, "struck" if card.muted else "title", TITLE_LINES, False),
            (card.text, "text", text_lines, True),
        ):
            lines = _wrapped(text, faces.names[role], inner, max_lines)
            if lines:
                strong = text is card.kicker and card.kicker_strong
                blocks.append(
                    _Block(lines, faces.fonts[role], muted, faces.line_heights[role], strong)
                )
        self._blocks[key] = blocks
        return blocks

    def image_height(self, card: CardSpec) -> int:
        """Height of the card's cover (none without an image, or beside the text when compact)."""
        shown = card.image and self.grid.image_height > 0 and not self.grid.compact
        return self.grid.image_height if shown else 0

    def card_height(self, card: CardSpec, width: int, theme: Theme) -> int:
        """Border, cover, icon and text lines, like the old widget layout."""
        image = self.image_height(card)
        top, bottom = (10, 12) if self.grid.compact else (14, 18)
        height = 1 + (image + 6 + 4 if image else top)
        parts = [block.line_height * len(block.lines) for block in self.blocks(card, width, theme)]
        if card.icon is not None and not self.beside(card, theme):
            parts.insert(0, round(card.icon.deviceIndependentSize().height()))
        return height + sum(parts) + 4 * max(0, len(parts) - 1) + bottom + 1

    def line_ends(self, card: CardSpec, width: int, theme: Theme) -> list[int]:
        """Where each line of the card's text ends, from its top (as `paint_card` draws them):
        a fold there cuts no letters."""
        image = self.image_height(card)
        y = 1 + (image + 6 + 4 if image else 10 if self.grid.compact else 14)
        if card.icon is not None and not self.beside(card, theme):
            y += round(card.icon.deviceIndependentSize().height()) + 4
        ends = []
        for block in self.blocks(card, width, theme):
            for _line in block.lines:
                y += block.line_height
                ends.append(y)
            y += 4
        return ends

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """The full viewport width; the tallest card of the row plus the gap below it."""
        width = self.grid.viewport().width() - 1
        row = self.grid.model_.rows[index.row()]
        theme = self.grid.theme
        if not row.cards:
            top = self.heading_gap() if index.row() > 0 else 0
            below = 2 if self.grid.compact else 16  # compact: close to its cards, and room
            return QSize(width, top + QFontMetrics(self.heading_font(theme)).height() + below)
        card_width = self.card_width()
        heights = (self.card_height(card, card_width, theme) for card in row.cards)
        return QSize(width, max(heights) + self.grid.card_spacing)

    def heading_font(self, theme: Theme) -> QFont:
        """A section heading's font: smaller among compact cards, so that What's on shows three
        rows of them under its day headings at 1280x720 (issue 23)."""
        return self.fonts(theme)["brief heading" if self.grid.compact else "heading"]

    def heading_gap(self) -> int:
        """Above a section heading that follows cards."""
        return 2 if self.grid.compact else 10

    def card_rects(self, row_rect: QRect, count: int) -> list[QRect]:
        """Where the cards of a row sit, in viewport coordinates."""
        width = self.card_width()
        spacing = self.grid.card_spacing
        height = row_rect.height() - spacing
        return [
            QRect(row_rect.x() + column * (width + spacing), row_rect.y(), width, height)
            for column in range(count)
        ]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """A heading or a row of cards; the current card gets a focus ring when the view has focus."""
        row = self.grid.model_.rows[index.row()]
        theme = self.grid.theme
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not row.cards:
            painter.setFont(self.heading_font(theme))
            painter.setPen(QColor(theme.palette.text))
            text_rect = rect.adjusted(0, self.heading_gap() if index.row() > 0 else 0, 0, 0)
            fm = painter.fontMetrics()
            heading = fm.elidedText(row.heading, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(text_rect.x(), text_rect.y() + fm.ascent(), heading)
        else:
            focused = bool(option.state & QStyle.StateFlag.State_HasFocus) and self.grid.hasFocus()
            for column, (card, card_rect) in enumerate(
                zip(row.cards, self.card_rects(rect, len(row.cards)), strict=True)
            ):
                self.paint_card(painter, card, card_rect, theme)
                if focused and column == self.grid.focus_column:
                    pen = QPen(QColor(theme.palette.focus), 4)
                    painter.setPen(pen)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(
                        QRectF(card_rect).adjusted(2, 2, -2, -2), RADIUS, RADIUS
                    )
        painter.restore()

    def paint_card(self, painter: QPainter, card: CardSpec, rect: QRect, theme: Theme) -> None:
        """Background and border, cover (placeholder while it loads), icon and texts."""
        palette = theme.palette
        border = 3 if theme.high_contrast else 1
        painter.save()
        if card.dimmed:
            painter.setOpacity(0.55)
        frame = QRectF(rect).adjusted(border / 2, border / 2, -border / 2, -border / 2)
        painter.setPen(QPen(QColor(palette.border), border))
        painter.setBrush(QColor(palette.surface))
        painter.drawRoundedRect(frame, RADIUS, RADIUS)
        y = rect.y() + 1
        image_height = self.image_height(card)
        beside = self.beside(card, theme)
        inner = frame.adjusted(border / 2, border / 2, -border / 2, -border / 2)
        if image_height:
            cover = QRect(
                rect.x() + border, rect.y() + border, rect.width() - 2 * border, image_height
            )
            self.paint_cover(painter, card.image, cover, inner, palette.border)
            y = cover.bottom() + 1 + 6 + 4
        else:
            y += 10 if self.grid.compact else 14
        x = rect.x() + PAD
        if beside and card.image:  # compact: a thumbnail filling the card's left end
            thumb = QRect(rect.x() + border, rect.y() + border, beside, rect.height() - 2 * border)
            self.paint_cover(painter, card.image, thumb, inner, palette.border)
            x += beside
        elif beside and card.icon is not None:  # compact: the icon beside the title
            painter.drawPixmap(x, y + 4, card.icon)
            x += beside
        elif card.icon is not None:
            painter.drawPixmap(x, y, card.icon)
            y += round(card.icon.deviceIndependentSize().height()) + 4
        for block in self.blocks(card, rect.width(), theme):
            painter.setFont(block.font)
            strong = palette.text if theme.high_contrast else palette.accent
            colour = strong if block.strong else palette.muted if block.muted else palette.text
            painter.setPen(QColor(colour))
            ascent = painter.fontMetrics().ascent()
            for line in block.lines:
                painter.drawText(x, y + ascent, line)
                y += block.line_height
            y += 4
        painter.restore()

    def paint_cover(
        self, painter: QPainter, path: str, rect: QRect, card: QRectF, placeholder: str
    ) -> None:
        """The image cropped to fill `rect`, its corners rounded where they are the card's
        (`card`: inside its border); a flat colour until it loads."""
        clip = QPainterPath()
        clip.addRoundedRect(card, RADIUS - 1, RADIUS - 1)
        painter.save()
        painter.setClipPath(clip)
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        ratio = self.grid.devicePixelRatioF()
        pixmap = self.grid.images.pixmap(path, rect.size() * ratio)
        if pixmap is None or pixmap.isNull():
            painter.fillRect(rect, QColor(placeholder))
        else:
            pixmap.setDevicePixelRatio(ratio)
            painter.drawPixmap(rect.topLeft(), pixmap)
        painter.restore()


class CardGrid(QListView):
    """Cards in `columns` columns with optional section headings; drag to scroll (kinetic).

    One list row holds a heading or a row of cards, so 10,000 cards make no widgets at all; covers
    are decoded on worker threads at the size shown.
    """

    def __init__(
        self,
        columns: int = 3,
        image_height: int = 200,
        parent: QWidget | None = None,
        theme: Theme | None = None,
        card_width: int = 340,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.max_columns = columns
        """At most this many on a wide screen; fewer where cards would be under `card_width`."""
        self.min_card_width = card_width
        """Narrowest card at text size A, in logical pixels (scaled with the text)."""
        self._sections: list[tuple[str, list[CardSpec]]] = []
        self.image_height = image_height
        self.compact = False
        """Compact cards on a low grid (COMPACT_BELOW)."""
        self._theme = theme
        self.focus_column = 0
        self._press: QPoint | None = None
        self.images = ImageLoader(parent=self)
        self.images.loaded.connect(self._on_images_loaded)
        self.model_ = CardModel(self)
        self.setModel(self.model_)
        self.delegate = CardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Keys reach the cards (Tab, arrows); a tap does not take the focus, so the on-screen
        # keyboard does not fold away under the finger (moving the card) while a visitor taps a
        # result or a suggestion below the search field.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.verticalScrollBar().setSingleStep(40)
        self.setMinimumHeight(100)  # wrapped filter chips above may take the rest of a low screen
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

    @property
    def theme(self) -> Theme:
        """The theme given, else the one of the page this grid is on (pages have `state.theme`)."""
        if self._theme is not None:
            return self._theme
        widget = self.parentWidget()
        while widget is not None:
            theme = getattr(getattr(widget, "state", None), "theme", None)
            if isinstance(theme, Theme):
                return theme
            widget = widget.parentWidget()
        return Theme()

    @theme.setter
    def theme(self, theme: Theme | None) -> None:
        self._theme = theme
        self.delegate.clear()
        self.scheduleDelayedItemsLayout()
        self._fit_compact()

    def set_sections(self, sections: list[tuple[str, list[CardSpec]]]) -> None:
        """Replace all cards; a section with an empty heading has none shown."""
        self._sections = sections
        self._fit_compact()  # the text size may have changed since the last resize
        self.columns = self._fitting_columns()
        rows: list[_Row] = []
        for heading, specs in sections:
            if heading:
                rows.append(_Row(heading=heading))
            rows += [
                _Row(cards=tuple(specs[start : start + self.columns]))
                for start in range(0, len(specs), self.columns)
            ]
        self.focus_column = 0
        self.model_.set_rows(rows)
        self.verticalScrollBar().setValue(0)

    def _fitting_columns(self) -> int:
        """Columns by available width: as many as fit at the card's minimum width, text scaled."""
        width = self.usable_width()
        card = self.theme.px(self.min_card_width)
        return max(
            1, min(self.max_columns, (width + self.card_spacing) // (card + self.card_spacing))
        )

    @property
    def card_spacing(self) -> int:
        """Between cards, and below each row of cards."""
        return COMPACT_SPACING if self.compact else SPACING

    def _fit_compact(self) -> None:
        compact = self.height() < self.theme.px(COMPACT_BELOW)
        if compact != self.compact:
            self.compact = compact
            self.delegate.clear()
            self.scheduleDelayedItemsLayout()

    def usable_width(self) -> int:
        """The width the cards share: the viewport's beside a shown scroll bar, shown or not.

        A long list learns that it scrolls only from laying out every row: were the cards as wide
        as the viewport without the bar, the first open of 1,000 places wrapped every text twice,
        once at each width (about 100 ms more of the first tap on a kiosk PC).
        """
        bar = self.verticalScrollBar()
        beside = 0 if bar.isVisibleTo(self) else bar.sizeHint().width()
        return self.viewport().width() - beside - RIGHT_GAP

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Reflow the cards into the columns the new width allows; compact on a low grid."""
        super().resizeEvent(event)
        self._fit_compact()
        if self._fitting_columns() != self.columns:
            scroll = self.verticalScrollBar().value()
            self.set_sections(self._sections)
            self.verticalScrollBar().setValue(scroll)

    def updateGeometries(self) -> None:
        """Scroll range and the like after a layout; then the fold (`fold_at`)."""
        super().updateGeometries()
        height = self.viewport().height() + self.viewportMargins().bottom()
        band = height - self.fold_at(height)
        if band != self.viewportMargins().bottom():
            self.setViewportMargins(0, 0, 0, band)

    def fold_at(self, height: int) -> int:
        """Where a viewport `height` px high ends, so that the list's first view cuts no line
        of text and ends in no sliver of a card.

        A row of cards that the fold would cut shows down to the last line of text that all
        its cards have whole: its time and title tell a visitor that the list goes on (an
        empty band as high as the row made the list look over, at 1280x800). With no whole line
        in sight, and less than half of it (a sliver that looked broken: the top of a fourth
        row of What's on at 1280x720), it goes, with a heading just above it. A picture may be
        cut; the few pixels below the fold stay empty.
        """
        top = 0  # of the row looked at, or of the heading just above it
        under_heading = False
        for number, row in enumerate(self.model_.rows):
            rect = self.rectForIndex(self.model_.index(number))
            if rect.top() >= height:
                break
            if not under_heading:
                top = rect.top()
            under_heading = bool(row.heading)
            card_height = rect.height() - (0 if row.heading else self.card_spacing)
            room = height - rect.top()
            if room < card_height:
                lines = 0 if row.heading else self._whole_lines(row, room)
                if lines:
                    return rect.top() + lines
                if not row.heading and room >= card_height / 2:
                    return height
                return top or height
        return height

    def _whole_lines(self, row: _Row, room: int) -> int:
        """The lowest end of a line of text, within `room`, that cuts no line of any card of
        `row` (0: none)."""
        width, theme = self.delegate.card_width(), self.theme
        cards = [self.delegate.line_ends(card, width, theme) for card in row.cards]
        for end in sorted({end for ends in cards for end in ends if end <= room}, reverse=True):
            if all(end in ends or end >= ends[-1] for ends in cards if ends):
                return end
        return 0

    def layout_problems(self) -> list[tuple[str, str]]:
        """For the layout check: cards squeezed narrower than their text needs."""
        width = self.delegate.card_width()
        wanted = min(self.theme.px(self.min_card_width), self.usable_width())
        if self.cards() and width + 1 < wanted:
            return [("narrow-card", f"{width} px wide cards, need {wanted}")]
        return []

    def cards(self) -> list[CardSpec]:
        """Every card, in reading order."""
        return [card for row in self.model_.rows for card in row.cards]

    def headings(self) -> list[str]:
        """The section headings shown."""
        return [row.heading for row in self.model_.rows if row.heading]

    def card_rect(self, number: int) -> QRect:
        """Where card `number` (in reading order) is, in viewport coordinates (scrolled into view)."""
        for row_number, row in enumerate(self.model_.rows):
            if number < len(row.cards):
                index = self.model_.index(row_number)
                self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
                return self.delegate.card_rects(self.visualRect(index), len(row.cards))[number]
            number -= len(row.cards)
        raise IndexError("no such card")

    def click(self, number: int) -> None:
        """Touch card `number` (in reading order) the way a visitor does: a click on the viewport."""
        center = self.card_rect(number).center()
        QTest.mouseClick(self.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), center)

    def card_at(self, position: QPoint) -> CardSpec | None:
        """The card under a viewport position, if any."""
        index = self.indexAt(position)
        if not index.isValid():
            return None
        row = self.model_.rows[index.row()]
        for card, rect in zip(
            row.cards, self.delegate.card_rects(self.visualRect(index), len(row.cards)), strict=True
        ):
            if rect.contains(position):
                return card
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember where a touch began: a drag scrolls, only a tap opens."""
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A tap on a card opens it."""
        super().mouseReleaseEvent(event)
        position = event.position().toPoint()
        press, self._press = self._press, None
        if press is None or (position - press).manhattanLength() > 16:
            return
        card = self.card_at(position)
        if card is not None and card.on_click is not None:
            card.on_click()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up/Down move by rows, Left/Right between cards, Enter or Space opens."""
        key = event.key()
        index = self.currentIndex()
        row = self.model_.rows[index.row()] if index.isValid() else None
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and row and row.cards:
            card = row.cards[min(self.focus_column, len(row.cards) - 1)]
            if card.on_click is not None:
                card.on_click()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and row and row.cards:
            step = -1 if key == Qt.Key.Key_Left else 1
            self.focus_column = max(0, min(len(row.cards) - 1, self.focus_column + step))
            self.viewport().update()
            return
        super().keyPressEvent(event)

    def _on_images_loaded(self, _path: str) -> None:
        self.viewport().update()
