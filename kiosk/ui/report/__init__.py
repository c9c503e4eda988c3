"""The agreement and fleet reports as A4 PDFs drawn with Qt (QTextDocument and QPainter)."""

from __future__ import annotations

from pathlib import Path

from kiosk.stats.fleet import FleetReport
from kiosk.stats.report import Report


def write_pdf_report(made: Report | FleetReport, out: Path, lang: str) -> int:
    """Write the single-point or fleet report as a PDF; returns the number of pages."""
    if isinstance(made, FleetReport):
        from kiosk.ui.report.fleet import write_fleet_pdf

        return write_fleet_pdf(made, out, lang)
    from kiosk.ui.report.single import write_report_pdf

    return write_report_pdf(made, out, lang)
