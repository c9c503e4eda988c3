"""The agreement and fleet reports as A4 PDFs drawn with Qt (QTextDocument and QPainter)."""

from __future__ import annotations

from pathlib import Path

from kiosk.stats.fleet import FleetReport
from kiosk.stats.report import Report
from kiosk.stats.report_run import check_pdf, write_whole


def write_pdf_report(made: Report | FleetReport, out: Path, lang: str) -> int:
    """Write the single-point or fleet report as a PDF; returns the number of pages.
    The PDF is made beside `out` and renamed only when it is whole and has every page, so a
    failure (KioskError) leaves no file."""
    from kiosk.ui.report.fleet import write_fleet_pdf
    from kiosk.ui.report.single import write_report_pdf

    pages = 0

    def write(path: Path) -> None:
        nonlocal pages
        if isinstance(made, FleetReport):
            pages = write_fleet_pdf(made, path, lang)
        else:
            pages = write_report_pdf(made, path, lang)

    write_whole(out, write, lambda path: check_pdf(path, pages))
    return pages
