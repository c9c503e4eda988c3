"""An A4 PDF from HTML with QTextDocument and QPdfWriter: page numbers and a footer on every page.

The document is laid out at 96 units per inch (CSS pixels) and the painter scales it to the
writer's resolution, so text stays vector and charts (images) keep their full resolution.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from kiosk.errors import KioskError
from kiosk.paths import assets_dir
from kiosk.ui.theme import FONT_FAMILY, NORMAL

UNITS_PER_INCH = 96
RESOLUTION = 300
MARGINS_MM = QMarginsF(20, 18, 20, 14)
FOOTER = 34.0
"""Height of the footer band in layout units, inside the bottom margin of the text."""

STYLE = f"""
body {{ font-family: '{FONT_FAMILY}'; font-size: 9.5pt; color: {NORMAL.text}; }}
h1 {{ font-size: 19pt; font-weight: 700; color: {NORMAL.header}; margin: 0 0 4px 0; }}
h2 {{ font-size: 13.5pt; font-weight: 700; color: {NORMAL.header}; margin: 18px 0 6px 0; }}
h3 {{ font-size: 10.5pt; font-weight: 600; color: {NORMAL.header}; margin: 10px 0 4px 0; }}
p {{ margin: 3px 0; }}
table {{ border-collapse: collapse; }}
td, th {{ padding: 3px 8px; vertical-align: top; }}
th {{ text-align: left; font-weight: 600; background: {NORMAL.info}; color: {NORMAL.info_text}; }}
.num {{ text-align: right; }}
.muted {{ color: {NORMAL.muted}; }}
.small {{ font-size: 8pt; color: {NORMAL.muted}; }}
.yes {{ color: #1E6B3A; font-weight: 700; }}
.no {{ color: {NORMAL.important}; font-weight: 700; }}
.tight {{ font-size: 8pt; }}
.warn {{ color: {NORMAL.important}; font-weight: 600; }}
.bottom {{ font-size: 12pt; font-weight: 700; margin: 8px 0; }}
"""


def ensure_application() -> QGuiApplication:
    """A QGuiApplication (offscreen when there is no display) with the kiosk's Inter font."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0]])
    if not QFontDatabase.hasFamily(FONT_FAMILY):
        for font in sorted((assets_dir() / "fonts").glob("*.otf")):
            QFontDatabase.addApplicationFont(str(font))
    assert isinstance(app, QGuiApplication)
    return app


PAGE_BREAK = "<!--page-->"
"""A block that is only this starts a new page."""
GAP = 8.0
"""Space between blocks, in layout units."""


@dataclass(frozen=True)
class _Placed:
    page: int
    y: float
    doc: QTextDocument
    top: float
    """Where on the block this page's part starts (0 unless the block is taller than a page)."""
    height: float


def write_pdf(
    out: Path,
    title: str,
    blocks: Sequence[str],
    images: Mapping[str, QImage],
    footer: Callable[[int, int], tuple[str, str]],
) -> int:
    """Write the HTML `blocks` (with `images` as ``chart:NAME`` resources) as an A4 PDF at
    `out`; `footer(page, pages)` gives the footer's left and right texts. A block is never split
    across pages unless it is taller than a page. Returns the page count."""
    ensure_application()
    writer = QPdfWriter(str(out))
    writer.setTitle(title)
    writer.setCreator("Servicepunkt Kiosk")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    width, height = area.width() * UNITS_PER_INCH, area.height() * UNITS_PER_INCH
    placed = _flow(blocks, images, width, height - FOOTER)
    pages = placed[-1].page + 1 if placed else 1
    painter = QPainter()
    if not painter.begin(writer):
        raise KioskError(f"{out}: cannot write the PDF")
    try:
        painter.scale(RESOLUTION / UNITS_PER_INCH, RESOLUTION / UNITS_PER_INCH)
        for page in range(pages):
            if page:
                writer.newPage()
            for item in (p for p in placed if p.page == page):
                _paint_block(painter, item, width)
            _paint_footer(painter, footer(page + 1, pages), width, height)
    finally:
        painter.end()
    return pages


def _flow(
    blocks: Sequence[str], images: Mapping[str, QImage], width: float, body: float
) -> list[_Placed]:
    """Place each block below the previous one, on a new page when it does not fit."""
    placed: list[_Placed] = []
    page, y = 0, 0.0
    for html in blocks:
        if html == PAGE_BREAK:
            page, y = (page + 1, 0.0) if y > 0 else (page, y)
            continue
        doc = _document(html, images, width)
        tall = doc.size().height()
        if y > 0 and y + tall > body:
            page, y = page + 1, 0.0
        if tall <= body:
            placed.append(_Placed(page, y, doc, 0.0, tall))
            y += tall + GAP
            continue
        # Taller than a page: Qt paginates it (never through a line of text); what follows
        # starts on a fresh page.
        doc.setPageSize(QSizeF(width, body))
        for part in range(doc.pageCount()):
            placed.append(_Placed(page, 0.0, doc, part * body, body))
            page += 1
        y = 0.0
    return placed


def report_font() -> QFont:
    """Inter without contextual alternates: its raised dashes and brackets next to digits have
    no Unicode mapping in Qt's PDF, so they would vanish from copied or searched text."""
    font = QFont(FONT_FAMILY, 9)
    font.setFeature(QFont.Tag("calt"), 0)
    return font


def _document(html: str, images: Mapping[str, QImage], width: float) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(report_font())
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    # Break lines between words only: Qt's default also breaks inside a word that does not
    # fit, which cut "Köpmanholmen" in a narrow column.
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    doc.setHtml(f"<html><body>{html}</body></html>")
    doc.setTextWidth(width)
    return doc


def _paint_block(painter: QPainter, item: _Placed, width: float) -> None:
    painter.save()
    painter.translate(0, item.y - item.top)
    item.doc.drawContents(painter, QRectF(0, item.top, width, item.height))
    painter.restore()


def _paint_footer(painter: QPainter, texts: tuple[str, str], width: float, height: float) -> None:
    painter.save()
    painter.setPen(QColor(NORMAL.border))
    line_y = height - FOOTER + 12
    painter.drawLine(0, int(line_y), int(width), int(line_y))
    font = report_font()
    font.setPixelSize(10)  # layout units (1/96 inch), scaled like the page
    painter.setFont(font)
    painter.setPen(QColor(NORMAL.muted))
    band = QRectF(0, line_y + 4, width, FOOTER - 16)
    painter.drawText(
        band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), texts[0]
    )
    painter.drawText(
        band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), texts[1]
    )
    painter.restore()
