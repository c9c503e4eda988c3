"""Printing a page straight to the system's default printer, when the kiosk's policy allows it.

Only on the visitor's tap, a few pages per visit, one job at a time. The page is first made
into a PDF by Chromium (limited to the pages the visit has left), so the kiosk knows how many
pages a job has before any reaches the printer; then the pages are drawn onto the printer by the
kiosk. A visit that ends before its PDF is ready prints nothing, and never leaves the printer
"busy" for the next visitor.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QMarginsF, QObject, Signal
from PySide6.QtGui import QPageLayout, QPageRanges, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QWidget

GESTURE_S = 5.0
"""A print counts as the visitor's own for this long after they touched the page (as Chromium's
'transient user activation')."""
_MARGINS = QMarginsF(10, 10, 10, 10)
"""Page margins in millimetres."""
_GESTURES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress})


class GestureWatch(QObject):
    """When the visitor last pressed, touched or typed on the page: an event filter for the web
    view's own input widget (`watch` it whenever the view may have made a new one)."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last: float | None = None

    def watch(self, widget: QWidget | None) -> None:
        """Watch `widget` and every widget inside it, now and later: the web view makes its
        input widget when it likes (and a new one with a new renderer), so its children are
        followed as they come (installing twice moves a filter, it does not double it)."""
        if widget is not None:
            widget.installEventFilter(self)
            for child in widget.findChildren(QWidget):
                child.installEventFilter(self)

    def reset(self) -> None:
        """A new visit: no touch yet."""
        self._last = None

    def recent(self) -> bool:
        """Whether the visitor touched the page within GESTURE_S."""
        return self._last is not None and self._clock() - self._last <= GESTURE_S

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notes presses, touches and keys; lets every event through."""
        if event.type() in _GESTURES:
            self._last = self._clock()
        elif event.type() == QEvent.Type.ChildAdded:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):
                self.watch(child)
        return False


class PagePrinter(QObject):
    """Prints one job at a time without a dialog (a print dialog is a way out of the kiosk)."""

    finished = Signal(bool)
    """The last print job ended (True when its pages went to the printer)."""

    def __init__(self, pages_per_visit: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pages_per_visit = pages_per_visit
        self.pages_left = pages_per_visit
        self.busy = False
        self._job = 0  # the number of the job under way; a visit's end moves it on
        self.output_file = ""
        """A PDF file to print into instead of a printer (tests, and a kiosk without a printer)."""

    def has_printer(self) -> bool:
        """Whether there is somewhere to print to."""
        return bool(self.output_file) or not QPrinterInfo.defaultPrinter().isNull()

    def new_visit(self) -> None:
        """The visit ended: its job (if any) is cancelled, the printer free, the pages counted anew."""
        self._job += 1
        self.busy = False
        self.pages_left = self.pages_per_visit

    def print_page(self, page: QWebEnginePage) -> None:
        """Start a job of `page`, at most the pages this visit has left (check `busy` first)."""
        self.busy = True
        self._job += 1
        job = self._job
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, _MARGINS
        )
        ranges = QPageRanges()
        ranges.addRange(1, max(1, self.pages_left))
        page.printToPdf(lambda data: self._on_pdf(job, data), layout, ranges)

    def _on_pdf(self, job: int, data: QByteArray) -> None:
        if job != self._job:  # the visit ended meanwhile: nothing goes to the printer
            return
        document = QPdfDocument(self)
        buffer = QBuffer(document)
        buffer.setData(data)
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        document.load(buffer)
        pages = min(document.pageCount(), self.pages_left)
        ok = pages > 0 and self._print(document, pages)
        document.deleteLater()
        if job == self._job:
            self.busy = False
            self.finished.emit(ok)

    def _print(self, document: QPdfDocument, pages: int) -> bool:
        printer = self._printer()
        if printer is None:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            return False
        self.pages_left -= pages
        for index in range(pages):
            if index:
                printer.newPage()
            target = painter.viewport()
            image = document.render(index, target.size())
            painter.drawImage(target, image)
        return painter.end()

    def _printer(self) -> QPrinter | None:
        if self.output_file:
            printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.output_file)
            return printer
        info = QPrinterInfo.defaultPrinter()
        return None if info.isNull() else QPrinter(info, QPrinter.PrinterMode.ScreenResolution)
