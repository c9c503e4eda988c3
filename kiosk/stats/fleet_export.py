"""The fleet report as JSON and CSV: one row per service point and criterion, and the
broken chains, missing days and unreadable files of every service point."""

from __future__ import annotations

from typing import Any

from kiosk.stats.fleet import FleetReport, PointReport
from kiosk.stats.report import Criterion, Report
from kiosk.stats.report_export import report_dict, value_text
from kiosk.stats.report_text import text

SCHEMA = "servicepunkt-fleet-report/1"

KEY_FIGURE = {
    "tourist_info": "place_views",
    "computer": "visits",
    "activities": "events_held",
    "cafe": "about_views",
    "home_delivery": "about_views",
}
"""The one figure per criterion that the fleet table shows."""


def key_figure(criterion: Criterion) -> tuple[str, float | None, str]:
    """(measure key, value, unit) of the criterion's key figure."""
    wanted = KEY_FIGURE[criterion.key]
    measure = next(m for m in criterion.measures if m.key == wanted)
    return measure.key, measure.value, measure.unit


def fleet_dict(fleet: FleetReport) -> dict[str, Any]:
    """Plain JSON-ready data: the table rows, then each point's full report and problems."""
    return {
        "schema": SCHEMA,
        "folder": fleet.folder,
        "from": fleet.start.isoformat(),
        "to": fleet.end.isoformat(),
        "generated": fleet.generated.isoformat(timespec="seconds"),
        "kiosk_version": fleet.kiosk_version,
        "rows": [_row(p.report, c) for p in fleet.points for c in p.report.criteria],
        "points": {p.report.service_point: _point(p) for p in fleet.points},
    }


def _row(report: Report, criterion: Criterion) -> dict[str, Any]:
    key, value, _unit = key_figure(criterion)
    return {
        "service_point": report.service_point,
        "criterion": criterion.key,
        "offered_days": criterion.offered_days,
        "met": criterion.met,
        "key_figure": key,
        "value": value,
    }


def _point(point: PointReport) -> dict[str, Any]:
    data = report_dict(point.report)
    data["chain"] = {
        "intact": point.chain_ok,
        "breaks": [
            {"date": b.day.isoformat(), "previous": b.previous.isoformat()} for b in point.breaks
        ],
    }
    data["unreadable"] = [{"file": u.name, "reason": u.reason} for u in point.unreadable]
    return data


FLEET_HEADER = (
    "service_point",
    "criterion",
    "criterion_name",
    "offered_days",
    "met",
    "key_figure",
    "key_figure_name",
    "value",
    "days_with_data",
    "days_missing",
    "chain",
)


def fleet_csv_rows(fleet: FleetReport, lang: str) -> list[tuple[str, ...]]:
    """One row per service point and criterion; then one row per problem (criterion column
    'chain_break', 'missing' or 'unreadable')."""
    rows: list[tuple[str, ...]] = []
    for point in fleet.points:
        r = point.report
        chain = text(lang, "chain_ok" if point.chain_ok else "chain_broken")
        for c in r.criteria:
            key, value, unit = key_figure(c)
            rows.append((
                r.service_point, c.key, text(lang, c.key), str(c.offered_days),
                text(lang, "yes" if c.met else "no"), key, text(lang, key),
                value_text(lang, value, unit), str(r.days_with_data), str(len(r.missing)), chain,
            ))  # fmt: skip
    for point in fleet.points:
        sp = point.report.service_point
        for b in point.breaks:
            line = text(lang, "broken_at", day=b.day.isoformat(), prev=b.previous.isoformat())
            rows.append(
                (sp, "chain_break", text(lang, "broken_chains"), "", "", "", "", line, "", "", "")
            )
        for u in point.unreadable:
            rows.append(
                (
                    sp,
                    "unreadable",
                    text(lang, "unreadable_files"),
                    "",
                    "",
                    "",
                    "",
                    f"{u.name}: {u.reason}",
                    "",
                    "",
                    "",
                )
            )
        for day, reason in sorted(point.report.missing.items()):
            rows.append(
                (
                    sp,
                    "missing",
                    text(lang, "days_missing"),
                    "",
                    "",
                    "",
                    "",
                    f"{day.isoformat()}: {text(lang, reason)}",
                    "",
                    "",
                    "",
                )
            )
    return rows
