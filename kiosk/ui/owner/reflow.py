"""Layout pieces for the owner's screens that fit any width: columns that reflow, pages that scroll."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from kiosk.ui.widgets import scroll_area


class ColumnsLayout(QLayout):
    """Its widgets side by side in equal columns while each gets `min_column` px, else stacked.

    The minimum width is that of one column, so a scroll area never has to scroll sideways;
    the height follows from the width (wrapped labels in each item get what they need).
    """

    def __init__(
        self, parent: QWidget | None = None, min_column: int = 480, spacing: int = 24
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.min_column = min_column
        self.counts: tuple[int, ...] = (2, 1)
        """The numbers of columns it may use, most first (4, 2, 1: never three and one)."""
        self.setContentsMargins(0, 0, 0, 0)

    def set_min_column(self, width: int) -> None:
        """The narrowest a column may be (grows with the text size)."""
        self.min_column = width
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        """Qt's hook for addWidget."""
        self._items.append(item)

    def count(self) -> int:
        """Items in the layout."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """Item `index`, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return item `index`."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def spacing(self) -> int:
        """Between columns and between rows."""
        return self._spacing

    def expandingDirections(self) -> Qt.Orientation:
        """Wide as it is given."""
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        """The height depends on whether the items stand side by side."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Height of the rows at `width`."""
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items in `rect`."""
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Side by side at their hinted widths."""
        shown = self._visible()
        columns = min(self.counts[0], max(1, len(shown)))
        widest = max((max(i.sizeHint().width(), self.min_column) for i in shown), default=0)
        width = widest * columns + self._spacing * (columns - 1)
        return QSize(width, self.heightForWidth(width)) + self._margins()

    def minimumSize(self) -> QSize:
        """One column: the widest item's minimum."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + self._margins()

    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def columns(self, width: int) -> int:
        """How many columns `width` allows."""
        fit = (width + self._spacing) // max(1, self.min_column + self._spacing)
        return next((count for count in self.counts if count <= fit), 1)

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        shown = self._visible()
        columns = self.columns(area.width())
        width = (area.width() - self._spacing * (columns - 1)) // columns
        y = area.y()
        for start in range(0, len(shown), columns):
            row = shown[start : start + columns]
            height = max(_height(item, width) for item in row)
            for index, item in enumerate(row):
                x = area.x() + index * (width + self._spacing)
                if move:
                    item.setGeometry(QRect(x, y, width, height))
            y += height + self._spacing
        return max(0, y - self._spacing - area.y()) + m.top() + m.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    hint = item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
    return max(hint, item.minimumSize().height())


def columns_holder(min_column: int, spacing: int = 24) -> tuple[QWidget, ColumnsLayout]:
    """A widget whose children stand in reflowing columns."""
    holder = QWidget()
    holder.setProperty("page", True)
    layout = ColumnsLayout(holder, min_column, spacing)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder, layout


def scroller(inner: QWidget) -> QScrollArea:
    """`inner` in a vertical, finger-draggable scroll area that never scrolls sideways."""
    area = scroll_area(inner)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
