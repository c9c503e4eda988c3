"""The attract screen between visits: a calm slideshow of upcoming events and highlights."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPropertyAnimation, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsOpacityEffect,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import DEFAULT_LANGUAGE
from kiosk.services.content import ContentService
from kiosk.ui import i18n
from kiosk.ui.imageloader import MAX_DECODE, read_bounded
from kiosk.ui.widgets import label

TOUCH_TO_START = (
    "Tryck för att börja  ·  Touch to start  ·  Berühren zum Starten  ·  Kosketa aloittaaksesi"
)
SLIDES_EACH = 5


@dataclass(frozen=True)
class Slide:
    """One slide: a kicker line, a title, a detail line and an image."""

    kicker: str
    title: str
    detail: str
    image: str


class AttractPage(QWidget):
    """Paints a full-bleed image with a gradient; texts fade between slides. Always in Swedish."""

    touched = Signal()

    def __init__(
        self, content: ContentService, hero: Path, slide_seconds: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(TOUCH_TO_START)
        self._content = content
        self._hero = hero
        self._slides: list[Slide] = []
        self._index = 0
        self._pixmaps: dict[str, QPixmap] = {}
        self.kicker = label(role="h3")
        self.title = label()
        self.detail = label()
        self.prompt = label(TOUCH_TO_START)
        for widget, size, weight in (
            (self.kicker, 26, 600),
            (self.title, 64, 800),
            (self.detail, 28, 400),
            (self.prompt, 26, 600),
        ):
            widget.setStyleSheet(f"color: #FFFFFF; font-size: {size}px; font-weight: {weight};")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_box = QWidget()
        box = QVBoxLayout(self.text_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addWidget(self.kicker)
        box.addWidget(self.title)
        box.addWidget(self.detail)
        self._fade = QGraphicsOpacityEffect(self.text_box)
        self.text_box.setGraphicsEffect(self._fade)
        self._animation = QPropertyAnimation(self._fade, b"opacity", self)
        self._animation.setDuration(900)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 80, 96, 64)
        layout.addStretch(1)
        layout.addWidget(self.text_box)
        layout.addSpacing(56)
        layout.addWidget(self.prompt)
        self._timer = QTimer(self, interval=slide_seconds * 1000)
        self._timer.timeout.connect(self._on_timer_timeout)

    def reload(self) -> None:
        """Collect slides from the next events and the highlighted places (Swedish texts)."""
        lang = DEFAULT_LANGUAGE
        slides = [
            Slide(
                ("Inställt · " if e.cancelled else "Vad händer · ")
                + (i18n.day(e.start.date(), lang) if e.all_day else i18n.day_time(e.start, lang)),
                e.title.get(lang),
                e.location.get(lang),
                e.image,
            )
            for e in self._content.upcoming(limit=SLIDES_EACH)
        ]
        places = [p for p in self._content.places() if p.image][:SLIDES_EACH]
        highlights = [
            Slide("Upptäck Höga kusten", p.name.get(lang), p.summary.get(lang), p.image)
            for p in places
        ]
        # Interleave events and highlights so the show never feels like a list.
        mixed: list[Slide] = []
        for pair in zip(slides, highlights, strict=False):
            mixed.extend(pair)
        mixed += slides[len(highlights) :] + highlights[len(slides) :]
        self._slides = mixed or [Slide("", "Välkommen!", "", "")]
        self._index = 0
        self._show_slide()

    def showEvent(self, event):  # type: ignore[no-untyped-def]
        """Start the slideshow when shown."""
        self.reload()
        self._timer.start()
        super().showEvent(event)
        # A button here (speech's 'Lyssna') may have measured itself in the style of the
        # previous visit (large text, high contrast) while hidden: measure it again.
        for widget in self.findChildren(QPushButton):
            QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
            widget.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Portrait: narrower margins, a larger title, one language of the prompt per line."""
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        layout = self.layout()
        if layout is not None:
            margins = (56, 120, 56, 96) if portrait else (96, 80, 96, 64)
            layout.setContentsMargins(*margins)
        self.prompt.setText(TOUCH_TO_START.replace("  ·  ", "\n") if portrait else TOUCH_TO_START)
        self.title.setStyleSheet(
            f"color: #FFFFFF; font-size: {72 if portrait else 64}px; font-weight: 800;"
        )

    def hideEvent(self, event):  # type: ignore[no-untyped-def]
        """No animation, no CPU while hidden."""
        self._timer.stop()
        super().hideEvent(event)

    def _on_timer_timeout(self) -> None:
        self._index = (self._index + 1) % len(self._slides)
        self._show_slide()

    def _show_slide(self) -> None:
        slide = self._slides[self._index]
        self.kicker.setText(slide.kicker)
        self.title.setText(slide.title)
        self.detail.setText(slide.detail)
        self.detail.setVisible(bool(slide.detail))
        self._animation.stop()
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.start()
        self.update()

    def finish_fade(self) -> None:
        """Jump to the end of the fade-in (for screenshots)."""
        self._animation.setCurrentTime(self._animation.duration())

    def _pixmap(self, path: str) -> QPixmap:
        if path not in self._pixmaps:  # decoded at screen size: a slide may be 8000x8000
            screen = self.screen()
            bound = screen.size() * screen.devicePixelRatio() if screen else MAX_DECODE
            self._pixmaps[path] = QPixmap.fromImage(read_bounded(path, bound))
        return self._pixmaps[path]

    def paintEvent(self, event: QPaintEvent) -> None:
        """Image scaled to cover, darkened towards the text for contrast."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        slide = self._slides[self._index] if self._slides else None
        pixmap = self._pixmap(slide.image) if slide and slide.image else QPixmap()
        if pixmap.isNull():
            pixmap = self._pixmap(str(self._hero))
        rect = QRectF(self.rect())
        if not pixmap.isNull():
            scaled = pixmap.size().scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding
            )
            x = (self.width() - scaled.width()) / 2
            y = (self.height() - scaled.height()) / 2
            painter.drawPixmap(
                QRectF(x, y, scaled.width(), scaled.height()), pixmap, QRectF(pixmap.rect())
            )
        else:
            painter.fillRect(rect, QColor("#123B4A"))
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, QColor(0, 0, 0, 40))
        gradient.setColorAt(0.45, QColor(0, 0, 0, 90))
        gradient.setColorAt(1.0, QColor(8, 24, 32, 225))
        painter.fillRect(rect, gradient)
        pill = QPainterPath()
        # Hug the text (four lines in portrait), not the whole width.
        metrics = self.prompt.fontMetrics()
        text_width = max(metrics.horizontalAdvance(line) for line in self.prompt.text().split("\n"))
        box = QRectF(self.prompt.geometry())
        inset = max(0.0, (box.width() - text_width) / 2 - 28)
        prompt = box.adjusted(inset - 8, -14, 8 - inset, 14)
        radius = min(prompt.height() / 2, 36)
        pill.addRoundedRect(prompt, radius, radius)
        painter.fillPath(pill, QColor(255, 255, 255, 38))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch starts a visit."""
        self.touched.emit()
        event.accept()
