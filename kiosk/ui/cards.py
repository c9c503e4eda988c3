"""Scrollable grids of touchable cards with an image, a title and a line of text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QGridLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets import Card, clear_layout, label


@dataclass(frozen=True)
class CardSpec:
    """What a card shows and what a touch on it does."""

    title: str
    text: str = ""
    kicker: str = ""
    image: str = ""
    icon: QPixmap | None = None
    on_click: Callable[[], None] | None = None
    muted: bool = False
    """The title struck through (a cancelled event)."""
    dimmed: bool = False
    """Shown greyed out (e.g. an e-service while offline); still opens."""


class CoverImage(QWidget):
    """An image that fills its width and height (cropped, never stretched), top corners rounded."""

    def __init__(self, path: str, radius: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = QPixmap(path)
        self._radius = radius
        self._scaled = QPixmap()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Scale once per size, crop to the centre, clip the top corners."""
        if self._source.isNull():
            return
        ratio = self.devicePixelRatioF()
        target = self.size() * ratio
        if self._scaled.size() != target:
            scaled = self._source.scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = (scaled.width() - target.width()) // 2
            y = (scaled.height() - target.height()) // 2
            self._scaled = scaled.copy(x, y, target.width(), target.height())
            self._scaled.setDevicePixelRatio(ratio)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        r = float(self._radius)
        w, h = float(self.width()), float(self.height())
        path.moveTo(0, h)
        path.lineTo(0, r)
        path.quadTo(0, 0, r, 0)
        path.lineTo(w - r, 0)
        path.quadTo(w, 0, w, r)
        path.lineTo(w, h)
        path.closeSubpath()
        painter.setClipPath(path)
        painter.drawPixmap(0, 0, self._scaled)
        painter.end()


class ClickableCard(Card):
    """A card that opens something when touched."""

    def __init__(self, spec: CardSpec, image_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_click = spec.on_click
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(spec.title)
        self.setAccessibleDescription(", ".join(t for t in (spec.kicker, spec.text) if t))
        if spec.dimmed:
            effect = QGraphicsOpacityEffect(self)
            effect.setOpacity(0.55)
            self.setGraphicsEffect(effect)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 18)
        layout.setSpacing(6)
        if spec.image:
            picture = CoverImage(spec.image, radius=17)
            picture.setFixedHeight(image_height)
            layout.addWidget(picture)
        text_box = QVBoxLayout()
        text_box.setContentsMargins(22, 14 if not spec.image else 4, 22, 0)
        text_box.setSpacing(4)
        if spec.icon is not None:
            icon = QLabel()
            icon.setPixmap(spec.icon)
            text_box.addWidget(icon)
        if spec.kicker:
            text_box.addWidget(label(spec.kicker, role="small"))
        title = label(spec.title, role="h3")
        if spec.muted:
            title.setStyleSheet("text-decoration: line-through;")
        text_box.addWidget(title)
        if spec.text:
            text_box.addWidget(label(spec.text, role="muted"))
        text_box.addStretch(1)
        layout.addLayout(text_box, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Touch opens."""
        if self._on_click and self.rect().contains(event.position().toPoint()):
            self._on_click()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
        """Enter or Space opens."""
        if self._on_click and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self._on_click()
            return
        super().keyPressEvent(event)


class CardGrid(QScrollArea):
    """Cards in `columns` columns with optional section headings; drag to scroll (kinetic)."""

    def __init__(
        self, columns: int = 3, image_height: int = 200, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.image_height = image_height
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setSpacing(22)
        self._grid.setContentsMargins(0, 0, 12, 12)
        self.setWidget(self._inner)

    def set_sections(self, sections: list[tuple[str, list[CardSpec]]]) -> None:
        """Replace all cards; a section with an empty heading has none shown."""
        clear_layout(self._grid)
        row = 0
        for heading, specs in sections:
            if heading:
                self._grid.addWidget(label(heading, role="h2"), row, 0, 1, self.columns)
                row += 1
            for index, spec in enumerate(specs):
                self._grid.addWidget(
                    ClickableCard(spec, self.image_height),
                    row + index // self.columns,
                    index % self.columns,
                )
            row += (len(specs) + self.columns - 1) // self.columns
        for column in range(self.columns):
            self._grid.setColumnStretch(column, 1)
        self._grid.setRowStretch(row, 1)
        self.verticalScrollBar().setValue(0)
