"""`kiosk report` without the PDF: build the single-point or fleet report, write JSON or CSV."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from kiosk.domain import STOCKHOLM
from kiosk.errors import KioskError
from kiosk.paths import DataDir
from kiosk.stats.fleet import FleetReport, build_fleet
from kiosk.stats.fleet_export import FLEET_HEADER, fleet_csv_rows, fleet_dict
from kiosk.stats.report import Report
from kiosk.stats.report_export import csv_rows, report_dict, to_csv, to_json
from kiosk.stats.report_source import single_report, write_bytes


def check_out(out: Path) -> None:
    """Fail before the work when the report cannot be written where asked."""
    folder = out.absolute().parent
    if not folder.is_dir():
        raise KioskError(f"{out}: the folder {folder} does not exist")
    if out.is_dir():
        raise KioskError(f"{out}: is a folder; give a file name")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise KioskError(f"{out}: cannot write here (permission denied)")


def make_report(
    data: DataDir,
    service_point: str,
    start: date,
    end: date,
    fleet: Path | None,
    version: str,
    now: datetime | None = None,
) -> Report | FleetReport:
    """The fleet report of the folder `fleet`, else this kiosk's own report."""
    now = now or datetime.now(STOCKHOLM)
    if fleet is not None:
        return build_fleet(fleet, start, end, now, version)
    return single_report(data, service_point, start, end, now, version)


def write_data(made: Report | FleetReport, fmt: str, out: Path, lang: str) -> None:
    """Write the report as `fmt` (json or csv) to `out`."""
    if isinstance(made, FleetReport):
        raw = (
            to_json(fleet_dict(made))
            if fmt == "json"
            else to_csv(fleet_csv_rows(made, lang), FLEET_HEADER)
        )
    else:
        raw = to_json(report_dict(made)) if fmt == "json" else to_csv(csv_rows(made, lang))
    write_bytes(out, raw)
