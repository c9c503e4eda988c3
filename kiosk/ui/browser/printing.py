"""Printing a page straight to the system's default printer, when the kiosk's policy allows it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWebEngineWidgets import QWebEngineView


class PagePrinter(QObject):
    """Prints one page at a time without a dialog (a print dialog is a way out of the kiosk)."""

    finished = Signal(bool)
    """The last print job ended (True when it was handed to the printer)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printer: QPrinter | None = None
        self.output_file = ""
        """A PDF file to print into instead of a printer (tests, and a kiosk without a printer)."""

    def print_view(self, view: QWebEngineView) -> bool:
        """Start printing `view`; False when there is no printer to print to."""
        if self.printer is not None:
            return False  # one job at a time
        if self.output_file:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.output_file)
        elif QPrinterInfo.defaultPrinter().isNull():
            return False
        else:
            printer = QPrinter(QPrinterInfo.defaultPrinter())
        self.printer = printer
        view.printFinished.connect(self._on_view_print_finished, Qt.ConnectionType.UniqueConnection)
        view.print(printer)
        return True

    def _on_view_print_finished(self, ok: bool) -> None:
        self.printer = None
        self.finished.emit(ok)
