"""HTML pieces shared by the single and the fleet report (Qt's rich-text subset)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from kiosk.stats.period import period_title
from kiosk.stats.report import Breakdown, Criterion, Measure, Report, missing_ranges
from kiosk.stats.report_export import value_text
from kiosk.stats.report_text import long_date, number, percent, text

TICK = "✓"
CROSS = "✗"
MAX_MISSING_ROWS = 30
"""A year with a kiosk off for weeks can have many gaps; the rest is summed in one line."""


def esc(value: object) -> str:
    return escape(str(value))


def table(
    header: Sequence[str], rows: Sequence[Sequence[str]], numeric: set[int], width: str = "100%"
) -> str:
    """A ruled table; cells are HTML already; `numeric` columns are right-aligned."""
    head = "".join(
        f"<th{' class=num align=right' if i in numeric else ''}>{h}</th>"
        for i, h in enumerate(header)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{' class=num align=right' if i in numeric else ''}>{cell}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<table width="{width}" cellspacing=0 cellpadding=4 border=1 '
        f'style="border-color:#D9D3C7; border-style:solid">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def label(
    lang: str, family: str, raw: str, names: Mapping[str, Mapping[str, str]] | None = None
) -> str:
    """A breakdown row's label for people: section names, visit lengths, languages and place
    categories are translated; e-services and brochures take their names from the feed when
    the report has them (`names`), else show the feed's id."""
    key = f"{family}:{raw}"
    named = (names or {}).get(key, {})
    if named.get(lang) or named.get("sv"):
        return named.get(lang) or named["sv"]
    shown = text(lang, key)
    return raw if shown == key else shown


def offered(lang: str, criterion: Criterion, days_with_data: int) -> str:
    if criterion.offered_days == 0 or days_with_data == 0:
        return text(lang, "no")
    if criterion.offered_days >= days_with_data:
        return text(lang, "yes")
    return text(lang, "partly", n=criterion.offered_days, of=days_with_data)


def mark(lang: str, met: bool, basis: str = "measured") -> str:
    """A tick or cross; a criterion met on the shop's word says so beside the tick."""
    word = text(lang, "yes" if met else "no")
    css = "yes" if met else "no"
    said = f" <i>{esc(text(lang, 'statement'))}</i>" if basis == "statement" else ""
    return f'<span class="{css}">{TICK if met else CROSS} {word}</span>{said}'


def bottom_line(lang: str, report: Report) -> str:
    """'4 av 5 kriterier (varav 2 enligt butikens uppgift), minst 3 krävs: uppfyllt'."""
    line = report.bottom_line
    statements = text(lang, "of_which_statement", n=line.statements) if line.statements else ""
    verdict = text(lang, "fulfilled" if line.fulfilled else "not_fulfilled")
    sentence = text(
        lang,
        "bottom_line",
        met=line.met,
        total=line.total,
        required=line.required,
        statements=statements,
        verdict="",
    )
    css = "yes" if line.fulfilled else "no"
    return f'{esc(sentence)}<span class="{css}">{esc(verdict)}</span>'


def coverage_warning(lang: str, report: Report) -> str:
    """The warning that the figures cover too little of the period ('' when they do not)."""
    if not report.thin:
        return ""
    parts = [
        text(
            lang,
            "thin",
            n=number(lang, report.days_with_data),
            days=number(lang, report.days),
            share=percent(lang, report.coverage),
        )
    ]
    if report.installed is not None:
        parts.append(text(lang, "installed_on", day=long_date(lang, report.installed)))
    parts.append(text(lang, "thin_judged"))
    return f'<p class="warn">{esc(" ".join(parts))}</p>'


def measure_value(lang: str, measure: Measure) -> str:
    if measure.unit == "share":
        return percent(lang, measure.value)
    return esc(value_text(lang, measure.value, measure.unit).replace("\u202f", " "))


def measures(lang: str, items: Sequence[Measure]) -> str:
    rows = [[esc(text(lang, m.key)), measure_value(lang, m)] for m in items]
    return table([text(lang, "measure"), text(lang, "value")], rows, {1}, "75%")


def breakdowns(
    lang: str, items: Sequence[Breakdown], names: Mapping[str, Mapping[str, str]] | None = None
) -> list[str]:
    """Breakdown tables two by two, side by side, to keep the document short: one block each."""
    cells = [
        (
            f"<h3>{esc(text(lang, b.key))}</h3>"
            + table(
                [text(lang, "item"), text(lang, "count")],
                [[esc(label(lang, b.key, r.label, names)), esc(r.shown)] for r in b.rows]
                or [["–", "0"]],
                {1},
            )
        )
        for b in items
    ]
    return [
        '<table width="100%" cellspacing=0 cellpadding=0 border=0><tr>'
        + "".join(f'<td width="50%">{c}</td>' for c in cells[i : i + 2])
        + "</tr></table>"
        for i in range(0, len(cells), 2)
    ]


def period(lang: str, report: Report) -> str:
    return period_title(lang, report.start, report.end)


def coverage(lang: str, report: Report, heading: str) -> list[str]:
    """Days in the period, with and without data, and the missing days grouped by reason:
    the figures under `heading` in one block, the missing days in another."""
    html = heading + measures_table(
        lang,
        [
            (text(lang, "days_in_period"), number(lang, report.days)),
            (text(lang, "days_with_data"), number(lang, report.days_with_data)),
            (text(lang, "days_missing"), number(lang, len(report.missing))),
            (text(lang, "restarts"), number(lang, report.restarts)),
        ],
    )
    ranges = missing_ranges(report.missing)
    if not ranges:
        return [html]
    rows = [
        [
            esc(
                first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
            ),
            esc(number(lang, (last - first).days + 1)),
            esc(text(lang, reason)),
        ]
        for first, last, reason in ranges[:MAX_MISSING_ROWS]
    ]
    if len(ranges) > MAX_MISSING_ROWS:
        rest = sum((b - a).days + 1 for a, b, _ in ranges[MAX_MISSING_ROWS:])
        rows.append(["…", esc(number(lang, rest)), ""])
    header = [text(lang, "date"), text(lang, "days"), text(lang, "reason")]
    return [html, f"<h3>{esc(text(lang, 'missing_why'))}</h3>" + table(header, rows, {1})]


def measures_table(lang: str, pairs: Sequence[tuple[str, str]]) -> str:
    rows = [[esc(a), esc(b)] for a, b in pairs]
    return table([text(lang, "measure"), text(lang, "value")], rows, {1}, "75%")


def footnotes(lang: str) -> str:
    return "".join(
        f'<p class="small">{esc(text(lang, key))}</p>'
        for key in ("footnote_small", "footnote_met", "footnote_privacy")
    )
