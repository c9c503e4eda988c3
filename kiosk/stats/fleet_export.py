"""The fleet report as JSON and CSV: one row per service point and criterion, and the
broken chains, missing days and unreadable files of every service point."""

from __future__ import annotations

from typing import Any

from kiosk.stats.fleet import FleetReport, PointReport, Unreadable
from kiosk.stats.report import Criterion
from kiosk.stats.report_export import csv_value, period_dict, report_dict
from kiosk.stats.report_text import long_date, text

SCHEMA = "servicepunkt-fleet-report/1"

KEY_FIGURE = {
    "tourist_info": "place_views",
    "computer": "visits",
    "activities": "events_held",
    "cafe": "offered_days",
    "home_delivery": "offered_days",
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
        "period": period_dict(fleet.start, fleet.end),
        "generated": fleet.generated.isoformat(timespec="seconds"),
        "kiosk_version": fleet.kiosk_version,
        "rows": [_row(p, c) for p in fleet.points for c in p.report.criteria],
        "points": {p.report.service_point: _point(p) for p in fleet.points},
    }


def _row(point: PointReport, criterion: Criterion) -> dict[str, Any]:
    key, value, _unit = key_figure(criterion)
    return {
        "service_point": point.report.service_point,
        "name": point.report.name,
        "village": point.village,
        "criterion": criterion.key,
        "offered_days": criterion.offered_days,
        "met": criterion.met,
        "basis": criterion.basis,
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
    data["village"] = point.village
    data["unreadable"] = [
        {"file": u.name, "kind": u.kind, "day": u.day.isoformat() if u.day else None,
         "reason": u.reason}
        for u in point.unreadable
    ]  # fmt: skip
    return data


def problem_text(lang: str, problem: Unreadable) -> str:
    """A file not counted, in words for the officer (no paths, no checksums)."""
    day = long_date(lang, problem.day) if problem.day else ""
    if not problem.name:
        return text(lang, "folder_unreadable")
    return text(lang, f"problem:{problem.kind}", day=day, file=problem.name)


_HEADERS = {
    "sv": ("Servicepunkt", "By", "Kriterium (nyckel)", "Kriterium", "Grund", "Erbjudna dagar",
           "Uppfyllt", "Nyckeltal", "Värde", "Dagar med data", "Dagar utan data", "Uppgifterna"),
    "en": ("Service point", "Village", "Criterion key", "Criterion", "Basis", "Days offered",
           "Met", "Key figure", "Value", "Days with data", "Days without data", "Figures"),
}  # fmt: skip


def fleet_header(lang: str) -> tuple[str, ...]:
    """The fleet CSV's column heads in `lang`."""
    return _HEADERS["en" if lang == "en" else "sv"]


def fleet_csv_rows(fleet: FleetReport, lang: str) -> list[tuple[str, ...]]:
    """One row per service point and criterion, and its bottom line; then one row per problem
    (criterion key 'chain_break', 'missing' or 'not_counted')."""
    rows: list[tuple[str, ...]] = []
    for point in fleet.points:
        r, v = point.report, point.village
        chain = text(lang, "chain_ok" if point.chain_ok else "chain_broken")
        for c in r.criteria:
            key, value, unit = key_figure(c)
            rows.append((
                r.name, v, c.key, text(lang, c.key), text(lang, "basis:" + c.basis),
                str(c.offered_days), text(lang, "yes" if c.met else "no"), text(lang, key),
                csv_value(lang, value, unit), str(r.days_with_data), str(len(r.missing)), chain,
            ))  # fmt: skip
        bottom = r.bottom_line
        rows.append((
            r.name, v, "all", text(lang, "short:bottom_line"), "", "",
            text(lang, "yes" if bottom.fulfilled else "no"), text(lang, "criteria_met"),
            str(bottom.met),
            str(r.days_with_data), str(len(r.missing)), chain,
        ))  # fmt: skip
    for point in fleet.points:
        name, v = point.report.name, point.village
        for b in point.breaks:
            line = text(
                lang, "broken_at", day=long_date(lang, b.day), prev=long_date(lang, b.previous)
            )
            rows.append((name, v, "chain_break", text(lang, "broken_chains"), *[""] * 7, line))
        for u in point.unreadable:
            rows.append(
                (name, v, "not_counted", text(lang, "unreadable_files"), *[""] * 7,
                 problem_text(lang, u))
            )  # fmt: skip
        for day, reason in sorted(point.report.missing.items()):
            rows.append(
                (name, v, "missing", text(lang, "days_missing"), *[""] * 7,
                 f"{day.isoformat()}: {text(lang, reason)}")
            )  # fmt: skip
    return rows
