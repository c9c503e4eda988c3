"""The home screen's parts: large tiles, the next events on a tile, the search invitation."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets import label

BADGE = 76
"""The icon badge above the title (logical px at A)."""
QWIDGETSIZE_MAX = 16777215
SMALL_BADGE = 56
"""The badge beside the title on a tile too low for it above (1280x1024 with two notices), or
above a title too long to have it beside ('Turistinformation' in a third of 1280x720)."""


class Tile(QFrame):
    """A large home-screen tile: coloured icon badge, title, subtitle, optional extra widget.

    Where the tile is too low for the badge above the title, the badge moves beside the title
    (smaller) instead of disappearing: at 1280x1024 four of five tiles had lost their icons.
    """

    clicked = Signal()
    cramped = Signal()
    """Too low for its texts even without the badge: the page should scroll."""

    def __init__(self, icon_name: str, accent_index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._icon_name = icon_name
        self._theme = Theme()
        self.badge = QLabel()
        self.badge.setObjectName("Badge")
        # Colours come from the application style sheet (one sheet, no per-widget parsing).
        self.badge.setProperty("accent", accent_index % 5)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = label(role="h2")
        self.subtitle = label(role="muted")
        self.extra: QWidget | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(30, 24, 30, 24)
        self._grid.setHorizontalSpacing(20)
        self._grid.setVerticalSpacing(8)
        self._fitting = False
        self._mode = ""
        """'above': the badge above the title; 'beside' it; 'above-small': a smaller badge above;
        'none': no room for a badge; 'title': the title alone."""
        self._badge_look: tuple[int, str] | None = None
        self._floor = 0
        self._grow = False
        self._snug = False
        """Rows that scroll: no higher than the title needs, so that more rows show."""
        self._alone = False
        """Alone in its row (the portrait column): its width is the page's, not its own."""
        self._place("above")

    def set_extra(self, widget: QWidget) -> None:
        """A widget below the subtitle that takes the rest of the tile (the next events)."""
        self.extra = widget
        self._mode = ""
        self._place("above")

    def _place(self, mode: str) -> None:
        if mode == self._mode:
            return
        self._mode = mode
        beside = mode == "beside"
        grid = self._grid
        for widget in (self.badge, self.title, self.subtitle, self.extra):
            if widget is not None:
                grid.removeWidget(widget)
        self.badge.setVisible(mode not in ("none", "title"))
        # On a low screen (1280x720 at A+) the tile keeps its title on screen with less padding
        # and, lowest of all, without its subtitle (still its accessible description).
        grid.setContentsMargins(*self._margins(mode))
        self.subtitle.setVisible(mode != "title")
        if mode in ("none", "title"):  # the title gets the whole width rather than be cut
            grid.addWidget(self.title, 0, 0, 1, 2)
        elif beside:  # the subtitle below both, at the tile's full width
            grid.addWidget(self.badge, 0, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.title, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        else:
            grid.addWidget(self.badge, 0, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.title, 1, 0, 1, 2)
        first = 2 if mode in ("above", "above-small") else 1
        grid.addWidget(self.subtitle, first, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        if self.extra is not None:
            grid.addWidget(self.extra, first + 1, 0, 1, 2)
        for row in range(4):
            grid.setRowStretch(row, 1 if row == first + 1 else 0)
        grid.setColumnStretch(0, 0)
        grid.setColumnStretch(1, 1)
        self._size_badge()
        # The children move now: waiting for the next layout pass left the title under the
        # badge when that pass never came (the tile's own size did not change).
        grid.activate()

    def _size_badge(self) -> None:
        size = self._theme.px(BADGE if self._mode == "above" else SMALL_BADGE)
        fg = self._theme.palette.accent if self._theme.high_contrast else "#FFFFFF"
        if (size, fg) == self._badge_look:  # a tile changes its mode often while laid out
            return
        self._badge_look = (size, fg)
        self.badge.setFixedSize(size, size)
        icon = round(size * 44 / BADGE)
        self.badge.setPixmap(self._theme.pixmap(f"{self._icon_name}-bold", fg, size=icon))

    def set_texts(self, title: str, subtitle: str) -> None:
        """Title and subtitle; also the accessible name and description."""
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
        self._fit()

    def apply_theme(self, theme: Theme) -> None:
        """Badge colours, icon and size for `theme`."""
        self._theme = theme
        self._size_badge()
        self._fit()

    @staticmethod
    def _margins(mode: str) -> tuple[int, int, int, int]:
        return (24, 12, 24, 12) if mode in ("none", "title") else (30, 24, 30, 24)

    def needed(self, mode: str) -> int:
        """Height the tile needs at its width with the badge above, beside or without it, or
        ('title') with its title alone."""
        left, top, right, bottom = self._margins(mode)
        border = 3 if self._theme.high_contrast else 1  # the card's (theme.stylesheet)
        top += border
        bottom += border
        width = self.width() - left - right - 2 * border
        spacing = self._grid.verticalSpacing()
        subtitle = self.subtitle.heightForWidth(width) if mode != "title" else 0
        extra = self.extra.minimumSizeHint().height() + spacing if self.extra is not None else 0
        if mode in ("none", "title"):
            head = self.title.heightForWidth(width) + spacing
        elif mode == "beside":
            badge = self._theme.px(SMALL_BADGE)
            room = width - badge - self._grid.horizontalSpacing()
            metrics = self.title.fontMetrics()
            longest = max(
                (metrics.horizontalAdvance(word) for word in self.title.text().split()), default=0
            )
            if max(longest, self.title.minimumSizeHint().width()) > room:
                # A long word would push the page wider than the screen (alone in its row),
                # or under the badge ('Om servicepunkten' in a third of 1280 px).
                return 1 << 30
            title = self.title.heightForWidth(room)
            head = max(badge, title) + spacing
        else:
            badge = self._theme.px(BADGE if mode == "above" else SMALL_BADGE)
            head = badge + self.title.heightForWidth(width) + 2 * spacing
        return top + bottom + head + subtitle + extra

    def set_floor(self, height: int, grow: bool, alone: bool, snug: bool = False) -> None:
        """At least `height` px high; with `grow` (the page scrolls) as high as the badge above
        the title needs at the tile's width; `alone` in its row (the portrait column); `snug`
        no higher than that floor (rows of tiles that scroll on a low screen)."""
        if alone != self._alone:
            self._alone = alone
            self.updateGeometry()
        self._floor, self._grow, self._snug = height, grow, snug
        self._apply_floor()
        self._fit()

    def _apply_floor(self) -> None:
        wanted = self._floor
        if self._grow and self.width() > 0:  # no need to give up the badge: take its height
            wanted = max(wanted, self.needed("above"))
        elif self.width() > 0:  # never lower than its title: rows share by need, not evenly
            wanted = max(wanted, self.needed("title"))
        if self.minimumHeight() != wanted:
            self.setMinimumHeight(wanted)
        ceiling = wanted if self._snug and self.width() > 0 else QWIDGETSIZE_MAX
        if self.maximumHeight() != ceiling:
            self.setMaximumHeight(ceiling)

    def minimumSizeHint(self) -> QSize:
        """Alone in its row, no wider than the title needs with the whole width: the badge
        beside a long title ('Touristeninformation' at A++ on a 720 px portrait screen) held
        the page 22 px wider than the screen; the tile gives up 'beside' instead. In a row of
        tiles the others make room."""
        hint = super().minimumSizeHint()
        if not self._alone:
            return hint
        margins = self._grid.contentsMargins()
        parts = [self.title, self.subtitle, *([self.extra] if self.extra is not None else [])]
        widest = max(part.minimumSizeHint().width() for part in parts)
        return QSize(min(hint.width(), widest + margins.left() + margins.right()), hint.height())

    def _fit(self) -> None:
        if self.width() <= 0 or self.height() <= 0 or self._fitting:
            return
        # Placing the parts can resize the tile and ask again from inside this call: the inner
        # placement was then overwritten half-way (the title under the badge).
        self._fitting = True
        try:
            for _ in range(3):  # again while placing changed the tile's own size
                size = self.size()
                self._fit_now()
                if self.size() == size:
                    break
        finally:
            self._fitting = False

    def _fit_now(self) -> None:
        self._apply_floor()
        for mode in ("above", "beside", "above-small", "none", "title"):
            if self.height() >= self.needed(mode):
                self._place(mode)
                # Qt reckons a wrapped label at its narrowest: where that makes the placed
                # parts higher than the tile, it squeezed the badge's row and drew the title
                # over the badge (1366x768 in high contrast, after a snug size).
                if self.height() >= self._grid.totalMinimumSize().height() or mode == "title":
                    return
        self._place("title")
        self.cramped.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Badge above the title, or beside it when the tile is low."""
        super().resizeEvent(event)
        self._fit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Touch or click anywhere on the tile opens it."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
        """Enter or Space opens the tile from the keyboard."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class EventList(QWidget):
    """The next events (time above title) and a last line, as many events as fit the room.

    It places its labels itself: showing or hiding a row never changes the tile's minimum
    height, so the tile cannot grow and shrink in turn (rows were drawn over each other).
    """

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("page", True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for _ in range(rows):
            when = label(role="when")
            what = label(role="h3")
            for widget in (when, what):
                widget.setParent(self)
            self.rows.append((when, what))
        self.more = label(role="muted")
        self.more.setParent(self)
        self._count = 0

    def set_count(self, count: int) -> None:
        """How many of the rows hold an event."""
        self._count = count
        self._place()

    def _pair_height(self, index: int, width: int) -> int:
        when, what = self.rows[index]
        return 8 + when.heightForWidth(width) + 2 + what.heightForWidth(width) + 4

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        """Room for the last line only: the events come when there is room."""
        hint = super().minimumSizeHint()
        hint.setHeight(8 + self.more.heightForWidth(max(1, self.width())))
        hint.setWidth(0)
        return hint

    def sizeHint(self):  # type: ignore[no-untyped-def]
        """Every event and the last line."""
        hint = super().sizeHint()
        width = max(1, self.width())
        rows = sum(self._pair_height(i, width) for i in range(self._count))
        hint.setHeight(rows + 8 + self.more.heightForWidth(width))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Place as many events as fit."""
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width = self.width()
        more = self.more.heightForWidth(width)
        room = self.height() - more - 8
        y = 0
        for index, (when, what) in enumerate(self.rows):
            fits = index < self._count and y + self._pair_height(index, width) <= room
            when.setVisible(fits)
            what.setVisible(fits)
            if fits:
                top = y + 8
                when.setGeometry(QRect(0, top, width, when.heightForWidth(width)))
                top += when.height() + 2
                what.setGeometry(QRect(0, top, width, what.heightForWidth(width)))
                y += self._pair_height(index, width)
            else:
                room = -1  # the next events stay hidden too: no gaps in the list
        self.more.setGeometry(QRect(0, y + 8, width, more))


class SearchButton(QPushButton):
    """The search invitation: the long text where it fits this width, else just 'Search'."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("SearchButton")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._long = self._short = ""

    def set_texts(self, long: str, short: str) -> None:
        """Both invitations; the one shown follows the width."""
        self._long, self._short = "  " + long, "  " + short
        self._choose()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Choose the text for the new width."""
        super().resizeEvent(event)
        self._choose()

    def _choose(self) -> None:
        metrics = self.fontMetrics()
        frame = self.sizeHint().width() - metrics.horizontalAdvance(self.text())
        fits = frame + metrics.horizontalAdvance(self._long) <= self.width()
        text = self._long if fits else self._short
        if text != self.text():
            self.setText(text)
