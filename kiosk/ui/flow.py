"""A layout that places widgets left to right and wraps to a new row when the width runs out."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Chips and buttons at their natural width, in as many rows as the width needs.

    `addStretch` is accepted (and ignored) so that code written for a QHBoxLayout keeps working.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        """Qt's hook for addWidget."""
        self._items.append(item)

    def addStretch(self, _stretch: int = 0) -> None:
        """Nothing to stretch: rows end where their last widget ends."""

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
        """Between widgets and between rows."""
        return self._spacing

    def setSpacing(self, spacing: int) -> None:
        """Between widgets and between rows."""
        self._spacing = spacing
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        """It grows in neither direction by itself."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """The height depends on how many rows the width allows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Height of the rows at `width`."""
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the widgets in `rect`."""
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of everything."""
        margins = self.contentsMargins()
        shown = [item.sizeHint() for item in self._visible()]
        width = sum(hint.width() for hint in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((hint.height() for hint in shown), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest single widget."""
        margins = self.contentsMargins()
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, int, int]]] = [[]]  # (item, x, width) per row
        x = area.x()
        for item in self._visible():
            width = min(item.sizeHint().width(), area.width())
            if x > area.x() and x + width > area.x() + area.width():
                rows.append([])
                x = area.x()
            rows[-1].append((item, x, width))
            x += width + self._spacing
        y = area.y()
        for row in rows:
            height = max((item.sizeHint().height() for item, _, _ in row), default=0)
            if move:  # a shorter widget (the reader's page number) sits in the row's middle
                for item, left, width in row:
                    hint = item.sizeHint().height()
                    item.setGeometry(QRect(left, y + (height - hint) // 2, width, hint))
            y += height + self._spacing
        return max(area.y(), y - self._spacing) - rect.y() + margins.bottom()


def flow_holder(spacing: int = 12) -> tuple[QWidget, FlowLayout]:
    """A widget whose children flow in rows; it takes the height its rows need."""
    holder = QWidget()
    holder.setProperty("page", True)
    layout = FlowLayout(holder, spacing)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder, layout
