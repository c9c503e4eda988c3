"""The municipality's fleet report as a PDF: a table of every service point by criterion, the
broken chains and unreadable files, then a short summary per service point."""

from __future__ import annotations

from pathlib import Path

from kiosk.stats.fleet import FleetReport, PointReport
from kiosk.stats.fleet_export import key_figure, problem_text
from kiosk.stats.period import period_title
from kiosk.stats.report import ORDER
from kiosk.stats.report_export import value_text
from kiosk.stats.report_text import long_date, text
from kiosk.ui.report import markup as h
from kiosk.ui.report.document import PAGE_BREAK, ensure_application, write_pdf
from kiosk.ui.report.single import activity_lists, point_name, summary


def _head(lang: str, fleet: FleetReport) -> str:
    pairs = [
        (text(lang, "period"), period_title(lang, fleet.start, fleet.end)),
        (text(lang, "points"), str(len(fleet.points))),
        (text(lang, "generated"), long_date(lang, fleet.generated.date())),
        (text(lang, "version"), fleet.kiosk_version),
    ]
    rows = "".join(
        f'<tr><td class="muted">{h.esc(a)}</td><td><b>{h.esc(b)}</b></td></tr>' for a, b in pairs
    )
    return f"<h1>{h.esc(text(lang, 'fleet_title'))}</h1><table cellspacing=0 cellpadding=2 border=0>{rows}</table>"


def _cell(lang: str, point: PointReport, key: str) -> str:
    c = point.report.criterion(key)
    _key, value, unit = key_figure(c)
    mark = f'<span class="{"yes" if c.met else "no"}">{h.TICK if c.met else h.CROSS}</span>'
    if c.basis == "statement":
        return f"{mark}*"  # the line under the table says: according to the shop
    return f"{mark}\u00a0{h.esc(value_text(lang, value, unit))}"


def _name_cell(point: PointReport) -> str:
    village = point.village
    shown = f"<b>{h.esc(point.report.name)}</b>"
    if village and village.casefold() not in point.report.name.casefold():
        shown += f'<br><span class="muted">{h.esc(village)}</span>'
    return shown


def _table(lang: str, fleet: FleetReport) -> str:
    """One row per service point, one column per criterion (tick or cross and key figure),
    its bottom line, days with data and whether the figures are unchanged."""
    header = [
        text(lang, "short:" + k)
        for k in ("service_point", *ORDER, "bottom_line", "days_with_data", "chain")
    ]
    rows = []
    for p in fleet.points:
        chain = text(lang, "chain_ok" if p.chain_ok else "chain_broken")
        css = "yes" if p.chain_ok else "no"
        line = p.report.bottom_line
        thin = " !" if p.report.thin else ""
        rows.append(
            [
                _name_cell(p),
                *(_cell(lang, p, k) for k in ORDER),
                f'<span class="{"yes" if line.fulfilled else "no"}">{line.met}/{line.total}</span>',
                f'<span class="{"no" if thin else ""}">{p.report.days_with_data}/{p.report.days}{thin}</span>',
                f'<span class="{css}">{h.esc(chain)}</span>',
            ]
        )
    figures = ", ".join(f"{text(lang, k)}: {text(lang, KEY_WORD.get(k, k)).lower()}" for k in ORDER)
    said = f"* {text(lang, 'statement')}"
    # Eleven columns on A4 portrait: a smaller type keeps whole words in every cell.
    tight = [[f'<span class="tight">{cell}</span>' for cell in row] for row in rows]
    heads = [f'<span class="tight">{h.esc(cell)}</span>' for cell in header]
    return h.table(heads, tight, {6, 7}) + f'<p class="small">{h.esc(figures)}. {h.esc(said)}.</p>'


KEY_WORD = {
    "tourist_info": "place_views",
    "computer": "visits",
    "activities": "events_held",
    "cafe": "offered_days",
    "home_delivery": "offered_days",
}
"""What the fleet table's cell of each criterion shows, for the line under the table."""


def _problems(lang: str, point: PointReport) -> str:
    items = [
        text(lang, "broken_at", day=long_date(lang, b.day), prev=long_date(lang, b.previous))
        for b in point.breaks
    ]
    items += [problem_text(lang, u) for u in point.unreadable]
    if not items:
        return f"<p>{h.esc(text(lang, 'no_problems'))}</p>"
    intact = [] if point.breaks else [text(lang, "chain_intact")]
    return (
        "".join(f"<p>{h.esc(i)}</p>" for i in intact)
        + "<ul>"
        + "".join(f'<li class="no">{h.esc(i)}</li>' for i in items)
        + "</ul>"
    )


def fleet_blocks(lang: str, fleet: FleetReport) -> list[str]:
    """The fleet report as blocks: the table first, then one page per service point."""
    blocks = [
        _head(lang, fleet),
        f"<h2>{h.esc(text(lang, 'fleet_table'))}</h2>" + _table(lang, fleet),
    ]
    blocks.append(f"<h2>{h.esc(text(lang, 'about_data'))}</h2>" + h.footnotes(lang))
    for p in fleet.points:
        title = point_name(p.report, p.village)
        blocks += [
            PAGE_BREAK,
            f"<h2>{h.esc(title)}</h2>" + summary(lang, p.report),
            *activity_lists(lang, p.report),
            f"<h3>{h.esc(text(lang, 'chain'))}</h3>" + _problems(lang, p),
            *h.coverage(lang, p.report, f"<h3>{h.esc(text(lang, 'coverage'))}</h3>"),
        ]
    return blocks


def write_fleet_pdf(fleet: FleetReport, out: Path, lang: str = "sv") -> int:
    """Write the fleet report as an A4 PDF; returns the number of pages."""
    ensure_application()
    left = f"{text(lang, 'fleet_title')} · {fleet.start.isoformat()} – {fleet.end.isoformat()}"
    left += f" · {text(lang, 'generated').lower()} {fleet.generated.date().isoformat()} · kiosk {fleet.kiosk_version}"
    return write_pdf(
        out,
        text(lang, "fleet_title"),
        fleet_blocks(lang, fleet),
        {},
        lambda page, pages: (left, text(lang, "page", n=page, total=pages)),
    )
