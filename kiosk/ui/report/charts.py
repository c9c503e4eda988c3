"""Simple bar charts for the report, drawn with QPainter into images at print resolution."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from kiosk.ui.theme import FONT_FAMILY, NORMAL

SCALE = 3
"""Image pixels per layout unit (96 per inch): about 300 dpi on paper."""


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float | None],
    shown: Sequence[str],
    size: tuple[int, int],
    maximum: float | None = None,
    colour: str = NORMAL.accent,
) -> QImage:
    """Vertical bars with their value (`shown`) above and `labels` below; None draws no bar
    (a masked "<5" or a month without data) but still shows its text."""
    width, height = size
    image = QImage(width * SCALE, height * SCALE, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(SCALE, SCALE)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(9 if len(labels) <= 14 else 7)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    top, bottom = metrics.height() + 4, metrics.height() * _label_lines(labels) + 6
    plot = QRectF(2, top, width - 4, height - top - bottom)
    peak = maximum or max((v for v in values if v), default=1) or 1
    slot = plot.width() / max(1, len(values))
    painter.setPen(QPen(QColor(NORMAL.border), 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    for index, (label, value, value_text) in enumerate(zip(labels, values, shown, strict=True)):
        x = plot.left() + index * slot
        bar_height = plot.height() * (value or 0) / peak
        bar = QRectF(x + slot * 0.15, plot.bottom() - bar_height, slot * 0.7, bar_height)
        if value:
            painter.fillRect(bar, QColor(colour))
        painter.setPen(QColor(NORMAL.text))
        # Too narrow to print every value: the bars speak and the tables give the numbers.
        text = value_text if metrics.horizontalAdvance(value_text) <= slot + 2 else ""
        value_box = QRectF(x - 4, bar.top() - metrics.height() - 1, slot + 8, metrics.height())
        painter.drawText(value_box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setPen(QColor(NORMAL.muted))
        label_box = QRectF(x - 4, plot.bottom() + 3, slot + 8, bottom)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(label_box, int(flags), label.replace(" ", "\n"))
    painter.end()
    return image


def _label_lines(labels: Sequence[str]) -> int:
    return max((label.count(" ") + 1 for label in labels), default=1)
