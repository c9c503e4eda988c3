"""The municipality's fleet report as a PDF: a table of every service point by criterion, the
broken chains and unreadable files, then a short summary per service point."""

from __future__ import annotations

from pathlib import Path

from kiosk.stats.fleet import FleetReport, PointReport
from kiosk.stats.fleet_export import key_figure
from kiosk.stats.report import ORDER
from kiosk.stats.report_export import value_text
from kiosk.stats.report_text import long_date, number, text
from kiosk.ui.report import markup as h
from kiosk.ui.report.document import PAGE_BREAK, ensure_application, write_pdf
from kiosk.ui.report.single import summary


def _head(lang: str, fleet: FleetReport) -> str:
    days = (fleet.end - fleet.start).days + 1
    unit = "dagar" if lang == "sv" else "days"
    pairs = [
        (
            text(lang, "period"),
            f"{long_date(lang, fleet.start)} – {long_date(lang, fleet.end)} ({number(lang, days)} {unit})",
        ),
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
    return f"{mark} {h.esc(value_text(lang, value, unit).replace(chr(0x202F), ' '))}"


def _table(lang: str, fleet: FleetReport) -> str:
    """One row per service point, one column per criterion (tick or cross and key figure)."""
    header = [
        text(lang, "short:" + k) for k in ("service_point", *ORDER, "days_with_data", "chain")
    ]
    rows = []
    for p in fleet.points:
        chain = text(lang, "chain_ok" if p.chain_ok else "chain_broken")
        css = "yes" if p.chain_ok else "no"
        rows.append(
            [
                f"<b>{h.esc(p.report.service_point)}</b>",
                *(_cell(lang, p, k) for k in ORDER),
                f"{p.report.days_with_data} / {p.report.days}",
                f'<span class="{css}">{h.esc(chain)}</span>',
            ]
        )
    figures = ", ".join(
        f"{text(lang, k)}: {text(lang, key_figure(fleet.points[0].report.criterion(k))[0]).lower()}"
        for k in ORDER
    )
    return h.table(header, rows, {6}) + f'<p class="small">{h.esc(figures)}.</p>'


def _problems(lang: str, point: PointReport) -> str:
    items = [
        text(lang, "broken_at", day=b.day.isoformat(), prev=b.previous.isoformat())
        for b in point.breaks
    ]
    items += [f"{text(lang, 'unreadable')}: {u.name} ({u.reason})" for u in point.unreadable]
    if not items:
        return f"<p>{h.esc(text(lang, 'no_problems'))}</p>"
    return "<ul>" + "".join(f'<li class="no">{h.esc(i)}</li>' for i in items) + "</ul>"


def fleet_blocks(lang: str, fleet: FleetReport) -> list[str]:
    """The fleet report as blocks: the table first, then one page per service point."""
    blocks = [
        _head(lang, fleet),
        f"<h2>{h.esc(text(lang, 'fleet_table'))}</h2>" + _table(lang, fleet),
    ]
    blocks.append(f"<h2>{h.esc(text(lang, 'about_data'))}</h2>" + h.footnotes(lang))
    for p in fleet.points:
        title = text(lang, "point_summary", name=p.report.service_point)
        blocks += [
            PAGE_BREAK,
            f"<h2>{h.esc(title)}</h2>" + summary(lang, p.report),
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
