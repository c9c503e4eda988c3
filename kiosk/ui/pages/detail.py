"""One item in full: image, facts, description and a QR code to take it along."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.content import ContentService
from kiosk.ui.imageloader import read_bounded
from kiosk.ui.pages.base import Page
from kiosk.ui.qr import qr_pixmap
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import Card, FeedText, clear_layout, label, scroll_area


@dataclass(frozen=True)
class Detail:
    """What a detail page shows; built by the list pages in the current language."""

    kicker: str
    title: str
    markdown: str
    image: str = ""
    facts: tuple[tuple[str, str], ...] = ()
    qr_url: str = ""
    qr_caption: str = ""
    qr2_url: str = ""
    qr2_caption: str = ""
    viewed: tuple[str, str, str] | None = None
    """For the usage counters: (kind, catalogue id, category) of the item shown."""


MAX_PICTURE = 900
"""The widest a picture is drawn (wider screens leave room beside it)."""


class Picture(QWidget):
    """An image at the width of its column (at most MAX_PICTURE), as high as its aspect needs."""

    def __init__(self) -> None:
        super().__init__()
        self._pixmap = QPixmap()
        self._scaled = QPixmap()
        self._tallest = 1 << 24
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_pixmap(self, pixmap: QPixmap) -> None:
        """Show `pixmap` (scaled when painted)."""
        self._pixmap = pixmap
        self._scaled = QPixmap()
        self.updateGeometry()
        self.update()

    def set_tallest(self, height: int) -> None:
        """At most `height` px high: on a low screen the text below stays in sight."""
        if height != self._tallest:
            self._tallest = height
            self._scaled = QPixmap()
            self.updateGeometry()

    def _shown_width(self, width: int) -> int:
        """The width drawn: the column's, at most MAX_PICTURE, less where it would be too tall."""
        shown = min(width, MAX_PICTURE)
        if self._pixmap.isNull():
            return shown
        aspect = self._pixmap.height() / max(1, self._pixmap.width())
        return max(1, min(shown, int(self._tallest / max(aspect, 1e-6))))

    def hasHeightForWidth(self) -> bool:
        """The height follows the width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The image's aspect at the width it is drawn."""
        if self._pixmap.isNull():
            return 0
        shown = self._shown_width(width)
        return round(shown * self._pixmap.height() / max(1, self._pixmap.width()))

    def sizeHint(self) -> QSize:
        """As wide as it may be drawn."""
        return QSize(MAX_PICTURE, self.heightForWidth(MAX_PICTURE))

    def minimumSizeHint(self) -> QSize:
        """Any width: it scales."""
        return QSize(0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The image centred, scaled once per width."""
        if self._pixmap.isNull():
            return
        width = self._shown_width(self.width())
        ratio = self.devicePixelRatioF()
        if self._scaled.isNull() or self._scaled.width() != round(width * ratio):
            self._scaled = self._pixmap.scaledToWidth(
                round(width * ratio), Qt.TransformationMode.SmoothTransformation
            )
            self._scaled.setDevicePixelRatio(ratio)
        painter = QPainter(self)
        painter.drawPixmap((self.width() - width) // 2, 0, self._scaled)


class DetailPage(Page):
    """Left: image and description. Right: facts and up to two QR codes."""

    name = "detail"

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self._detail: Detail | None = None
        self._builder: object = None
        self.picture = Picture()
        self.text = FeedText()
        left_inner = QWidget()
        left = self._left = QVBoxLayout(left_inner)
        left.setContentsMargins(0, 0, 16, 0)
        left.setSpacing(20)
        left.addWidget(self.picture)
        left.addWidget(self.text)
        left.addStretch(1)
        scroll = self._scroll_main = scroll_area(left_inner)
        self.facts_card = Card()
        self.facts = QVBoxLayout(self.facts_card)
        self.facts.setContentsMargins(28, 24, 28, 24)
        self.facts.setSpacing(14)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = label(role="muted")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr2 = QLabel()
        self.qr2.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr2_caption = label(role="muted")
        self.qr2_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Two codes sit side by side: stacked, they would squeeze the facts off the screen.
        self.codes_box = QWidget()
        self.codes_box.setProperty("page", True)
        codes = QHBoxLayout(self.codes_box)
        codes.setContentsMargins(0, 0, 0, 0)
        codes.setSpacing(18)
        for code, caption in ((self.qr, self.qr_caption), (self.qr2, self.qr2_caption)):
            column = QVBoxLayout()
            column.setSpacing(12)
            column.addWidget(code)
            column.addWidget(caption)
            column.addStretch(1)
            codes.addLayout(column)
        side_inner = self._side = QWidget()
        side_inner.setProperty("page", True)
        side = QVBoxLayout(side_inner)
        side.setContentsMargins(0, 0, 8, 0)
        side.setSpacing(18)
        side.addWidget(self.facts_card)
        side.addWidget(self.codes_box)
        side.addStretch(1)
        self._codes_left = False
        # Facts and codes scroll on their own when large text makes them taller than the screen.
        side_scroll = self._side_scroll = scroll_area(side_inner)
        self.row = QHBoxLayout()
        self.row.setSpacing(36)
        self.row.addWidget(scroll, 3)
        self.row.addWidget(side_scroll, 2)
        self.body.addLayout(self.row, 1)
        self._narrow = False
        # The facts take their final font only once polished, after `refresh` measured them: a
        # long web address at A++ then overflowed a side column that had seemed wide enough.
        self._side.installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Portrait or a narrow window: one column that scrolls (facts and codes after the
        picture), since a side column there is narrower than the QR codes."""
        super().resizeEvent(event)
        # The picture takes at most 40 % of the page's height: at 1280x720 it filled the
        # column and the description began below the fold (issue 23).
        self.picture.set_tallest(max(160, self.height() * 2 // 5))
        self._reflow()
        self._place_codes()

    def _place_codes(self) -> None:
        """Two columns on a low page (1366x768, 1280x720): the codes go under the description
        when it is short, rather than below the facts and out of sight (issue 23)."""
        main, side = self.row.stretch(0), self.row.stretch(1)
        column = (self.width() - 2 * 48 - self.row.spacing()) * main // max(1, main + side)
        text = self.text.heightForWidth(max(100, column - 16))
        left = (
            not self._narrow
            and self.height() < self.state.theme.px(900)
            and not self.picture.isVisible()
            and text < self.height() // 3
        )
        if left == self._codes_left:
            return
        self._codes_left = left
        source, target = (
            (self._side.layout(), self._left) if left else (self._left, self._side.layout())
        )
        if source is not None:
            source.removeWidget(self.codes_box)
        if isinstance(target, QVBoxLayout):
            target.insertWidget(target.indexOf(self.text) + 1 if left else 1, self.codes_box)
        self.codes_box.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The side column's contents changed their size: one column or two again."""
        if watched is self._side and event.type() == QEvent.Type.LayoutRequest:
            self._reflow()
        return False

    def _reflow(self) -> None:
        main, side = self.row.stretch(0), self.row.stretch(1)
        share = (self.width() - 2 * 48 - self.row.spacing()) * side // max(1, main + side)
        # 24: the side's scroll bar and its right margin.
        narrow = share < self._side.minimumSizeHint().width() + 24
        if narrow == self._narrow:
            return
        self._narrow = narrow
        if narrow:
            self._side_scroll.takeWidget()
            self._left.insertWidget(1, self._side)
            self._side_scroll.hide()
        else:
            self._left.removeWidget(self._side)
            self._side_scroll.setWidget(self._side)
            self._side_scroll.show()
        self._side.show()

    def show_argument(self, argument: object) -> None:
        """`argument` is a callable returning a Detail in the current language."""
        self._builder = argument
        self.refresh()
        detail = self._detail
        if isinstance(detail, Detail):  # counted once per opening, not per language switch
            if detail.viewed:
                kind, ident, category = detail.viewed
                self.used.emit("item", f"{kind}/{ident}", category)
            for url in (detail.qr_url, detail.qr2_url):
                if url:
                    self.used.emit("qr", "", "")

    def refresh(self) -> None:
        """Rebuild from the builder (so a language switch re-renders the item)."""
        # Larger text needs a wider column for the facts (half and half instead of 3:2).
        self.row.setStretch(1, 2 if self.state.theme.text_step == 0 else 3)
        if not callable(self._builder):
            return
        detail = self._builder()
        if not isinstance(detail, Detail):
            return
        self._detail = detail
        self.heading.setText(detail.title)
        self.subheading.setText(detail.kicker)
        # At the screen's own density: sharp on a high-density screen, no more pixels elsewhere.
        bound = QSize(MAX_PICTURE, MAX_PICTURE) * self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(read_bounded(detail.image, bound)) if detail.image else QPixmap()
        self.picture.setVisible(not pixmap.isNull())
        self.picture.set_pixmap(pixmap)
        size = self.state.theme.px(22)
        self.text.setStyleSheet(f"QLabel {{ font-size: {size}px; }}")
        self.text.set_markdown(detail.markdown)
        clear_layout(self.facts)
        for name, value in detail.facts:
            self.facts.addWidget(label(name, role="small"))
            self.facts.addWidget(label(value, role="h3"))
        self.facts_card.setVisible(bool(detail.facts))
        # Side by side, both codes are squares of one size (qr_pixmap pads the quiet zone).
        two = bool(detail.qr_url and detail.qr2_url)
        size = 220 if two else 260
        self._show_qr(self.qr, self.qr_caption, detail.qr_url, detail.qr_caption, size)
        self._show_qr(self.qr2, self.qr2_caption, detail.qr2_url, detail.qr2_caption, size)
        self._reflow()
        self._place_codes()

    @staticmethod
    def _show_qr(code: QLabel, caption: QLabel, data: str, text: str, size: int) -> None:
        code.setVisible(bool(data))
        caption.setVisible(bool(data))
        if data:
            code.setPixmap(qr_pixmap(data, size))
            code.setAccessibleName(text)
            caption.setText(text)
