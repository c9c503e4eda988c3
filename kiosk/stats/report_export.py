"""The agreement report as JSON (stable keys, for machines) and CSV (for Excel).

CSV choice: UTF-8 with a byte-order mark and `;` between fields, which is what Excel set to
Swedish opens directly with å, ä and ö intact (a comma is the Swedish decimal separator, so
Swedish Excel expects `;`). Numbers use a decimal comma in Swedish and a point in English.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from kiosk.stats.report import Breakdown, Report, missing_ranges
from kiosk.stats.report_text import number, text

SCHEMA = "servicepunkt-report/1"


def _rows(bd: Breakdown) -> list[dict[str, Any]]:
    return [{"item": r.label, "count": r.count, "shown": r.shown} for r in bd.rows]


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data; keys are stable and language-free."""
    return {
        "schema": SCHEMA,
        "service_point": report.service_point,
        "name": report.name,
        "feed": report.feed_name,
        "from": report.start.isoformat(),
        "to": report.end.isoformat(),
        "generated": report.generated.isoformat(timespec="seconds"),
        "kiosk_version": report.kiosk_version,
        "coverage": {
            "days": report.days,
            "days_with_data": report.days_with_data,
            "days_missing": len(report.missing),
            "missing": [
                {"from": a.isoformat(), "to": b.isoformat(), "reason": reason}
                for a, b, reason in missing_ranges(report.missing)
            ],
        },
        "restarts": report.restarts,
        "criteria": {
            c.key: {
                "offered_days": c.offered_days,
                "met": c.met,
                "measures": {m.key: m.value for m in c.measures},
                "breakdowns": {b.key: _rows(b) for b in c.breakdowns},
            }
            for c in report.criteria
        },
        "activities": {
            "required": report.activities_required,
            "held": [
                {"date": a.day.isoformat(), "start": a.start, "title": a.title, "source": a.source}
                for a in report.activities
            ],
        },
        "months": [
            {"month": m.month, "visits": m.visits, "availability": m.availability}
            for m in report.months
        ],
        "sections": _rows(report.sections),
    }


def to_json(data: dict[str, Any]) -> bytes:
    """Indented UTF-8 JSON with sorted keys, so two runs over the same files compare equal."""
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


HEADER = ("criterion", "criterion_name", "measure", "measure_name", "item", "value")


def value_text(lang: str, value: float | None, unit: str) -> str:
    """A measure's value as a person reads it in `lang`."""
    if value is None:
        return ""
    if unit == "share":
        return number(lang, value * 100, 1)
    return number(lang, value, 1 if unit == "hours" else 0).replace("\u202f", "")


def csv_rows(report: Report, lang: str) -> list[tuple[str, ...]]:
    """One row per criterion and measure, then breakdown rows; coverage rows at the end."""
    rows: list[tuple[str, ...]] = []
    for c in report.criteria:
        name = text(lang, c.key)
        rows.append(
            (c.key, name, "offered_days", text(lang, "offered_days"), "", str(c.offered_days))
        )
        rows.append(
            (c.key, name, "met", text(lang, "met"), "", text(lang, "yes" if c.met else "no"))
        )
        for m in c.measures:
            unit = " (%)" if m.unit == "share" else ""
            rows.append(
                (
                    c.key,
                    name,
                    m.key,
                    text(lang, m.key) + unit,
                    "",
                    value_text(lang, m.value, m.unit),
                )
            )
        for b in c.breakdowns:
            rows += [(c.key, name, b.key, text(lang, b.key), r.label, r.shown) for r in b.rows]
    for a in report.activities:
        rows.append(
            (
                "activities",
                text(lang, "activities"),
                "event",
                text(lang, "activity"),
                a.start,
                a.title,
            )
        )
    cov = text(lang, "coverage")
    rows.append(("coverage", cov, "days", text(lang, "days_in_period"), "", str(report.days)))
    rows.append(
        (
            "coverage",
            cov,
            "days_with_data",
            text(lang, "days_with_data"),
            "",
            str(report.days_with_data),
        )
    )
    rows.append(
        ("coverage", cov, "days_missing", text(lang, "days_missing"), "", str(len(report.missing)))
    )
    for first, last, reason in missing_ranges(report.missing):
        span = first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"
        rows.append(("coverage", cov, "missing", text(lang, "reason"), span, text(lang, reason)))
    rows.append(("coverage", cov, "restarts", text(lang, "restarts"), "", str(report.restarts)))
    return rows


def to_csv(rows: list[tuple[str, ...]], header: tuple[str, ...] = HEADER) -> bytes:
    """UTF-8 with BOM, `;`-separated, CRLF line ends (as Excel writes them)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")
