"""The agreement report as JSON (stable keys, for machines) and CSV rows (for spreadsheets;
report_csv.py writes them in each language's convention)."""

from __future__ import annotations

import json
from typing import Any

from kiosk.stats.period import period_title, quarter_of
from kiosk.stats.report import Activity, Breakdown, Report, missing_ranges
from kiosk.stats.report_csv import csv_number
from kiosk.stats.report_text import number, percent, text

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
        "period": period_dict(report.start, report.end),
        "generated": report.generated.isoformat(timespec="seconds"),
        "kiosk_version": report.kiosk_version,
        "bottom_line": {
            "criteria_met": report.bottom_line.met,
            "of_which_statement": report.bottom_line.statements,
            "criteria": report.bottom_line.total,
            "required": report.bottom_line.required,
            "fulfilled": report.bottom_line.fulfilled,
        },
        "coverage": {
            "days": report.days,
            "days_with_data": report.days_with_data,
            "share": round(report.coverage, 4),
            "warning": report.thin,
            "installed": report.installed.isoformat() if report.installed else None,
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
                "basis": c.basis,
                "measures": {m.key: m.value for m in c.measures},
                "breakdowns": {b.key: _rows(b) for b in c.breakdowns},
            }
            for c in report.criteria
        },
        "activities": {
            "required": report.activities_required,
            "held": [_activity(a) for a in report.confirmed],
            "unconfirmed": [_activity(a) for a in report.unconfirmed],
            "cancelled": [_activity(a) for a in report.called_off],
        },
        "months": [
            {"month": m.month, "visits": m.visits, "availability": m.availability}
            for m in report.months
        ],
        "sections": _rows(report.sections),
    }


def _activity(a: Activity) -> dict[str, Any]:
    return {"date": a.day.isoformat(), "start": a.start, "title": a.title, "source": a.source}


def period_dict(start: Any, end: Any) -> dict[str, Any]:
    """The period's kind and its titles ("3:e kvartalet 2026 (1 juli – 30 sept.)")."""
    quarter = quarter_of(start, end)
    return {
        "kind": "quarter" if quarter else "days",
        "quarter": f"{start.year}Q{quarter}" if quarter else None,
        "title": {lang: period_title(lang, start, end) for lang in ("sv", "en")},
    }


def to_json(data: dict[str, Any]) -> bytes:
    """Indented UTF-8 JSON with sorted keys, so two runs over the same files compare equal."""
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


HEADER_KEYS = ("criterion", "criterion_name", "measure", "measure_name", "item", "value")
_HEADERS = {
    "sv": ("Kriterium (nyckel)", "Kriterium", "Mått (nyckel)", "Mått", "Post", "Värde"),
    "en": ("Criterion key", "Criterion", "Measure key", "Measure", "Item", "Value"),
}


def header(lang: str) -> tuple[str, ...]:
    """The single-point CSV's column heads in `lang`."""
    return _HEADERS["en" if lang == "en" else "sv"]


def value_text(lang: str, value: float | None, unit: str) -> str:
    """A measure's value as a person reads it in `lang` (thousands separated, for the PDF)."""
    if value is None:
        return ""
    if unit == "share":
        return percent(lang, value)
    return number(lang, value, 1 if unit == "hours" else 0).replace("\u202f", "\u00a0")


def csv_value(lang: str, value: float | None, unit: str) -> str:
    """A measure's value as a spreadsheet in `lang` reads a number (shares in percent)."""
    if value is None:
        return ""
    if unit == "share":
        return csv_number(lang, value * 100, 1)
    return csv_number(lang, value, 1 if unit == "hours" else 0)


def csv_rows(report: Report, lang: str) -> list[tuple[str, ...]]:
    """The bottom line, then one row per criterion and measure, breakdown rows, activities;
    coverage rows at the end."""
    bottom = report.bottom_line
    verdict = text(lang, "fulfilled" if bottom.fulfilled else "not_fulfilled")
    every = text(lang, "short:bottom_line")
    rows: list[tuple[str, ...]] = [
        ("all", every, "criteria_met", text(lang, "criteria_met"), "", str(bottom.met)),
        ("all", every, "criteria_required", text(lang, "criteria_required"), "",
         str(bottom.required)),
        ("all", every, "fulfilled", text(lang, "agreement_met"), "", verdict),
    ]  # fmt: skip
    for c in report.criteria:
        name = text(lang, c.key)
        rows.append((c.key, name, "basis", text(lang, "basis"), "", text(lang, "basis:" + c.basis)))
        rows.append(
            (c.key, name, "offered_days", text(lang, "offered_days"), "", str(c.offered_days))
        )
        rows.append(
            (c.key, name, "met", text(lang, "met"), "", text(lang, "yes" if c.met else "no"))
        )
        for m in c.measures:
            if m.key == "offered_days":
                continue  # one figure per measure: already the row above
            unit = " (%)" if m.unit == "share" else ""
            rows.append(
                (c.key, name, m.key, text(lang, m.key) + unit, "", csv_value(lang, m.value, m.unit))
            )
        for b in c.breakdowns:
            rows += [(c.key, name, b.key, text(lang, b.key), r.label, r.shown) for r in b.rows]
    for kind, items in (
        ("held", report.confirmed),
        ("unconfirmed", report.unconfirmed),
        ("cancelled", report.called_off),
    ):
        heading = text(lang, f"{'confirmed' if kind == 'held' else kind}_list")
        for a in items:
            rows.append(("activities", text(lang, "activities"), kind, heading, a.start, a.title))
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
