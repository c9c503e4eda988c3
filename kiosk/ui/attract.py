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

from kiosk.domain import DEFAULT_LANGUAGE, ServicePoint, parse_opening_hours
from kiosk.opening import day_spans, state_at
from kiosk.services.content import ContentService
from kiosk.ui import i18n
from kiosk.ui.imageloader import MAX_DECODE, read_bounded
from kiosk.ui.openstate import open_state_text
from kiosk.ui.widgets import label

TOUCH_TO_START = (
    "Tryck för att börja  ·  Touch to start  ·  Berühren zum Starten  ·  Kosketa aloittaaksesi"
)
PROMPT = "Tryck för att börja"
PROMPT_MORE = "Touch to start  ·  Berühren zum Starten  ·  Kosketa aloittaaksesi"
PURPOSE = "Gratis dator för alla: e-tjänster, turistinformation och vad som händer"
PURPOSE_MORE = (
    "Free public computer  ·  Kostenloser öffentlicher Computer  ·  Ilmainen yleinen tietokone"
)
"""What a passer-by must learn from across the shop (issue 23): what this is, and to touch it."""
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
        self._low = False
        self.kicker = label(role="h3")
        self.title = label()
        self.detail = label()
        self.shop = label()
        self.hours = label()
        self.purpose = label(PURPOSE)
        self.purpose_more = label(PURPOSE_MORE)
        self.prompt = label(PROMPT)
        self.prompt_more = label(PROMPT_MORE)
        for widget, size, weight in (
            (self.kicker, 26, 600),
            (self.title, 64, 800),
            (self.detail, 28, 400),
            (self.shop, 34, 800),
            (self.hours, 24, 600),
            (self.purpose, 30, 700),
            (self.purpose_more, 20, 400),
            (self.prompt, 48, 800),
            (self.prompt_more, 22, 600),
        ):
            widget.setStyleSheet(f"color: #FFFFFF; font-size: {size}px; font-weight: {weight};")
            # On a picture: the gradient and the bands behind the text make it readable.
            widget.setProperty("picture-text", True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt_more.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.top_box = QWidget()
        top = QVBoxLayout(self.top_box)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        for widget in (self.shop, self.hours):
            top.addWidget(widget)
        top.addSpacing(18)
        for widget in (self.purpose, self.purpose_more):
            top.addWidget(widget)
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
        layout.setContentsMargins(96, 56, 96, 56)
        layout.addWidget(self.top_box)
        layout.addStretch(1)
        layout.addWidget(self.text_box)
        layout.addSpacing(32)
        layout.addWidget(self.prompt)
        layout.addWidget(self.prompt_more)
        self._timer = QTimer(self, interval=slide_seconds * 1000)
        self._timer.timeout.connect(self._on_timer_timeout)

    def reload(self) -> None:
        """Collect slides from the next events and the highlighted places (Swedish texts)."""
        lang = DEFAULT_LANGUAGE
        point = self._content.service_point()
        self._show_shop(point, lang)
        places = [p for p in self._content.places() if p.image][:SLIDES_EACH]
        # An event without a picture of its own borrows the shop's or a place's, in turn:
        # every event slide had the same default picture (issue 23).
        borrowed = [point.image] if point is not None and point.image else []
        borrowed += [p.image for p in places]
        slides = [
            Slide(
                ("Inställt · " if e.cancelled else "Vad händer · ")
                + (i18n.day(e.start.date(), lang) if e.all_day else i18n.day_time(e.start, lang)),
                e.title.get(lang),
                e.location.get(lang),
                e.image or (borrowed[index % len(borrowed)] if borrowed else ""),
            )
            for index, e in enumerate(self._content.upcoming(limit=SLIDES_EACH))
        ]
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

    def _show_shop(self, point: ServicePoint | None, lang: str) -> None:
        """The shop's name and whether it is open today."""
        self.shop.setText(point.name if point is not None else "")
        self.shop.setVisible(point is not None)
        if point is None or not point.opening_hours:
            self.hours.hide()
            return
        spans = parse_opening_hours(point.opening_hours)
        state = state_at(spans, self._content.clock(), lang, point.opening_exceptions)
        today = day_spans(spans, self._content.clock().date(), point.opening_exceptions)
        text = open_state_text(state, lang)
        if today:
            hours = ", ".join(i18n.hours(span.opens, span.closes, lang) for span in today)
            text = f"Öppet i dag {hours}  ·  {text}"
        self.hours.setText(text)
        self.hours.show()

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
            margins = (56, 96, 56, 96) if portrait else (96, 56, 96, 56)
            layout.setContentsMargins(*margins)
        self.prompt_more.setText(PROMPT_MORE.replace("  ·  ", "\n") if portrait else PROMPT_MORE)
        self.purpose_more.setText(PURPOSE_MORE.replace("  ·  ", "\n") if portrait else PURPOSE_MORE)
        # A low screen (1366x768) holds the shop, the purpose, the slide and the prompt only
        # with a smaller slide title and no place line.
        low = not portrait and self.height() < 900
        self.title.setStyleSheet(
            f"color: #FFFFFF; font-size: {72 if portrait else 48 if low else 64}px;"
            " font-weight: 800;"
        )
        self._low = low
        self.detail.setVisible(bool(self.detail.text()) and not low)

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
        self.detail.setVisible(bool(slide.detail) and not self._low)
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
        top = QLinearGradient(0, 0, 0, self.top_box.geometry().bottom() + 40)
        top.setColorAt(0.0, QColor(8, 24, 32, 200))
        top.setColorAt(0.7, QColor(8, 24, 32, 150))
        top.setColorAt(1.0, QColor(8, 24, 32, 0))
        painter.fillRect(QRectF(0, 0, self.width(), self.top_box.geometry().bottom() + 40), top)
        pill = QPainterPath()
        # Hug the text (four lines in portrait), not the whole width.
        metrics = self.prompt_more.fontMetrics()
        text_width = max(
            [metrics.horizontalAdvance(line) for line in self.prompt_more.text().split("\n")]
            + [self.prompt.fontMetrics().horizontalAdvance(self.prompt.text())]
        )
        box = QRectF(self.prompt.geometry()).united(QRectF(self.prompt_more.geometry()))
        inset = max(0.0, (box.width() - text_width) / 2 - 28)
        prompt = box.adjusted(inset - 8, -14, 8 - inset, 14)
        radius = min(prompt.height() / 2, 36)
        pill.addRoundedRect(prompt, radius, radius)
        painter.fillPath(pill, QColor(8, 24, 32, 200))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch starts a visit."""
        self.touched.emit()
        event.accept()
