"""The agreement report of one service point as a PDF a municipal officer files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from kiosk.stats.fleet_export import key_figure
from kiosk.stats.report import Month, Report
from kiosk.stats.report_export import value_text
from kiosk.stats.report_text import long_date, percent, short_month, text
from kiosk.ui.report import markup as h
from kiosk.ui.report.charts import bar_chart
from kiosk.ui.report.document import ensure_application, write_pdf

CHART = (640, 150)


def summary(lang: str, report: Report) -> str:
    """The coverage warning, the five criteria with offered, tick or cross and the key figure,
    and the bottom line against the agreement's three of five."""
    rows = []
    for c in report.criteria:
        key, value, unit = key_figure(c)
        figure = (
            "" if key == "offered_days" else f"{text(lang, key)}: {value_text(lang, value, unit)}"
        )
        rows.append(
            [
                f"<b>{h.esc(text(lang, c.key))}</b>",
                h.esc(h.offered(lang, c, report.days_with_data)),
                h.mark(lang, c.met, c.basis),
                h.esc(figure),
            ]
        )
    header = [text(lang, x) for x in ("criterion", "offered", "met", "key_figure")]
    return (
        h.coverage_warning(lang, report)
        + h.table(header, rows, set())
        + f'<p class="bottom">{h.bottom_line(lang, report)}</p>'
    )


def point_name(report: Report, village: str = "") -> str:
    """The service point as people know it: its name, and its village when known."""
    if village and village.casefold() not in report.name.casefold():
        return f"{report.name}, {village}"
    return report.name


def head(lang: str, report: Report, title_key: str = "title") -> str:
    pairs = [
        (text(lang, "service_point"), point_name(report)),
        *([(text(lang, "feed"), report.feed_name)] if report.feed_name else []),
        (text(lang, "period"), h.period(lang, report)),
        (text(lang, "generated"), long_date(lang, report.generated.date())),
        (text(lang, "version"), report.kiosk_version),
    ]
    rows = "".join(
        f'<tr><td class="muted">{h.esc(a)}</td><td><b>{h.esc(b)}</b></td></tr>' for a, b in pairs
    )
    return (
        f"<h1>{h.esc(text(lang, title_key))}</h1>"
        f"<table cellspacing=0 cellpadding=2 border=0>{rows}</table>"
    )


def charts(lang: str, report: Report) -> dict[str, QImage]:
    """Visits and availability per month, views per section."""
    months = [short_month(lang, m.month) for m in report.months]
    return {
        "visits": bar_chart(
            months,
            [m.visits for m in report.months],
            [_visits_shown(m) for m in report.months],
            CHART,
        ),
        "availability": bar_chart(
            months,
            [m.availability for m in report.months],
            [
                percent(lang, m.availability).replace("\u00a0%", "").replace("%", "")
                for m in report.months
            ],
            CHART,
            maximum=1.0,
            colour="#2C6B4F",
        ),
        "sections": bar_chart(
            [h.label(lang, "section", r.label) for r in report.sections.rows],
            [r.count for r in report.sections.rows],
            [r.shown for r in report.sections.rows],
            CHART,
            colour="#4A4E69",
        ),
    }


def _visits_shown(month: Month) -> str:
    """A month's visits above its bar: '–' for a month without data (never a measured 0)."""
    if not month.days:
        return "–"
    return "<5" if month.visits is None else str(month.visits)


def _chart(lang: str, key: str, name: str) -> str:
    width, height = CHART
    return f'<h3>{h.esc(text(lang, key))}</h3><p><img src="chart:{name}" width={width} height={height}></p>'


def _activities(lang: str, report: Report) -> list[str]:
    """The rule, then the activities the shop confirmed as held, those it has not confirmed,
    and those it called off, each in its own list."""
    rule = text(lang, "rule_year", days=report.days, required=report.activities_required)
    if not report.activities:
        return [f"<p>{h.esc(rule)}</p><p><i>{h.esc(text(lang, 'no_events'))}</i></p>"]
    return [f"<p>{h.esc(rule)}</p>", *activity_lists(lang, report)]


def activity_lists(lang: str, report: Report) -> list[str]:
    """Held (as the shop confirmed), not confirmed, and called off: one block each."""
    header = [text(lang, "date"), text(lang, "activity"), text(lang, "source")]
    blocks = []
    for key, items in (
        ("confirmed_list", report.confirmed),
        ("unconfirmed_list", report.unconfirmed),
        ("cancelled_list", report.called_off),
    ):
        if not items:
            continue
        rows = [
            [
                h.esc(a.start.replace("T", " ")),
                h.esc(a.title),
                h.esc(text(lang, "local" if a.source == "local" else "feed_source")),
            ]
            for a in items
        ]
        blocks.append(f"<h3>{h.esc(text(lang, key))}</h3>" + h.table(header, rows, set()))
    return blocks


def sections(lang: str, report: Report) -> list[str]:
    """One section per criterion, in the report's order, numbered; a list of blocks."""
    parts = []
    for number, c in enumerate(report.criteria, start=1):
        offered = f"<p>{h.esc(text(lang, 'offered'))}: {h.esc(h.offered(lang, c, report.days_with_data))}</p>"
        if c.basis == "statement":
            body = offered + f'<p class="muted">{h.esc(text(lang, "statement_note"))}</p>'
        else:
            body = offered + h.measures(lang, c.measures)
        parts.append(
            f"<h2>{number}. {h.esc(text(lang, c.key))} – {h.mark(lang, c.met, c.basis)}</h2>" + body
        )
        if c.key == "tourist_info":
            parts.append(_chart(lang, "section", "sections"))
        if c.key == "computer":
            parts.append(_chart(lang, "visits_per_month", "visits"))
            parts.append(_chart(lang, "availability_per_month", "availability"))
        if c.key == "activities":
            parts += _activities(lang, report)
        parts += h.breakdowns(lang, c.breakdowns, report.names)
    return parts


def report_blocks(lang: str, report: Report) -> list[str]:
    """The whole report as blocks that the PDF keeps whole on a page."""
    return [
        head(lang, report),
        f"<h2>{h.esc(text(lang, 'summary'))}</h2>" + summary(lang, report),
        *sections(lang, report),
        *h.coverage(lang, report, f"<h2>{h.esc(text(lang, 'coverage'))}</h2>"),
        f"<h2>{h.esc(text(lang, 'about_data'))}</h2>" + h.footnotes(lang),
    ]


def footer_texts(lang: str, name: str, report: Report) -> tuple[str, str]:
    left = f"{name} · {report.start.isoformat()} – {report.end.isoformat()} · "
    left += f"{text(lang, 'generated').lower()} {report.generated.date().isoformat()} · kiosk {report.kiosk_version}"
    return left, ""


def write_report_pdf(report: Report, out: Path, lang: str = "sv") -> int:
    """Write the report of one service point as an A4 PDF; returns the number of pages."""
    ensure_application()
    left, _ = footer_texts(lang, report.name, report)
    return write_pdf(
        out,
        f"{text(lang, 'title')}: {report.name}",
        report_blocks(lang, report),
        charts(lang, report),
        lambda page, pages: (left, text(lang, "page", n=page, total=pages)),
    )
