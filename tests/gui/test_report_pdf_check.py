"""A report PDF is renamed into place only when it is whole and has the pages it says."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from usagesim import simulate_point

from kiosk.errors import KioskError
from kiosk.stats.report import build_report
from kiosk.stats.report_run import check_pdf
from kiosk.ui.report import write_pdf_report

Q3 = (date(2026, 7, 1), date(2026, 9, 30))


def test_the_pdf_check_counts_the_pages_and_wants_the_end_of_file(tmp_path: Path) -> None:
    files = simulate_point("bjorna", *Q3, seed=2)
    report = build_report(files, *Q3, {}, datetime(2026, 10, 2), "0.1.0", "bjorna")
    out = tmp_path / "q3.pdf"
    pages = write_pdf_report(report, out, "sv")
    check_pdf(out, pages)
    with pytest.raises(KioskError, match=f"has {pages} pages, not {pages + 1}"):
        check_pdf(out, pages + 1)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    with pytest.raises(KioskError, match="incomplete"):
        check_pdf(cut, pages)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
