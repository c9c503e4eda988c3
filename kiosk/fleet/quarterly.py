"""Evidence on schedule: after each quarter, every shop's report and the fleet report by mail.

The reports are the ones `kiosk report --fleet` makes (kiosk/stats/fleet.py), drawn as PDFs by
a render function the composition root passes in (Qt lives above this package). Each quarter is
mailed once: the watch state remembers it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlite_utils

from kiosk.errors import KioskError
from kiosk.fleet.chain import day_of
from kiosk.fleet.mail import MailError, MailSettings, message
from kiosk.fleet.source import FleetSource
from kiosk.fleet.watch import Send, WatchOutcome
from kiosk.stats.fleet import FleetReport, build_fleet
from kiosk.stats.report import Report
from kiosk.store import fleetwatch

Render = Callable[[Report | FleetReport, Path, str], int]
"""Draw a report as a PDF at the path in the language; returns its pages (kiosk.ui.report)."""

BODY = (
    "Hej!\n\nHär är redovisningen för {period}: {what}.\n"
    "Rapporterna är gjorda automatiskt av servicepunktskiosken och kan arkiveras som de är.\n"
)


def last_quarter(today: date) -> tuple[str, date, date]:
    """The most recent quarter that has ended: ('2026-Q3', first day, last day)."""
    index = (today.month - 1) // 3  # this quarter, 0-3
    year = today.year if index else today.year - 1
    quarter = index if index else 4
    first = date(year, 3 * quarter - 2, 1)
    following = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return f"{year}-Q{quarter}", first, following - timedelta(days=1)


def period_text(quarter: str) -> str:
    """'kvartal 3 2026'."""
    year, _, number = quarter.partition("-Q")
    return f"kvartal {number} {year}"


def copy_days(source: FleetSource, folder: Path, start: date, end: date) -> None:
    """Copy each service point's day files of start..end (and the one before, for the chain)."""
    for point in source.points():
        dated = sorted((d, n) for n in source.files(point) if (d := day_of(n)) and d <= end)
        first = next((i for i, (d, _) in enumerate(dated) if d >= start), len(dated))
        target = folder / point
        target.mkdir(parents=True)
        for _day, name in dated[max(0, first - 1) :]:
            raw = source.read(point, name)
            # An unreadable file is copied as empty, so the report lists it instead of
            # silently counting the day as one the kiosk did not run.
            (target / name).write_bytes(raw if raw is not None else b"")


def send_quarter(
    source: FleetSource,
    db: sqlite_utils.Database,
    settings: MailSettings,
    now: datetime,
    out_dir: Path,
    render: Render,
    send: Send,
    version: str,
    labels: Mapping[str, str] | None = None,
    shops: Callable[[], Mapping[str, str]] = dict,
) -> WatchOutcome:
    """Make and mail the last finished quarter's reports unless that was done already.

    `labels` maps a service point id to its name for people (from the board); `shops` gives
    each shop's own address (from the feed), asked only when a quarter is due."""
    outcome = WatchOutcome()
    quarter, start, end = last_quarter(now.date())
    if fleetwatch.quarter_sent(db, quarter):
        return outcome
    try:
        addresses = shops()
    except KioskError as error:
        outcome.lines.append(f"{quarter}: the shops' own addresses are not known ({error})")
        addresses = {}
    if not settings.report_to and not addresses:
        outcome.lines.append(f"{quarter}: nobody to send the reports to (report_to is empty)")
        return outcome
    target = out_dir / quarter
    fleet = _named(_build(source, start, end, now, version), labels or {})
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    overview = target / f"servicepunkter-{quarter}.pdf"
    render(fleet, overview, "sv")
    per_shop: dict[str, Path] = {}
    for point in fleet.points:
        sp = point.report.service_point
        per_shop[sp] = target / f"{sp}-{quarter}.pdf"
        render(point.report, per_shop[sp], "sv")
    period = period_text(quarter)
    mails = []
    if settings.report_to:
        what = f"alla {len(per_shop)} servicepunkter och en sammanställning"
        subject = f"Servicepunkternas redovisning för {period}"
        body = BODY.format(period=period, what=what)
        files = [overview, *per_shop.values()]
        mails.append(message(settings, settings.report_to, subject, body, files))
    for sp, address in sorted(addresses.items()):
        if sp in per_shop and address:
            label = (labels or {}).get(sp, sp)
            body = BODY.format(period=period, what=f"rapporten för {label}")
            subject = f"{label}: redovisning för {period}"
            mails.append(message(settings, [address], subject, body, [per_shop[sp]]))
    try:
        for mail in mails:
            send(settings, mail)
    except MailError as error:
        outcome.lines.append(f"{quarter}: reports not sent ({error}); next run tries again")
        outcome.failed = True
        return outcome
    fleetwatch.mark_quarter(db, quarter, now)
    outcome.lines.append(f"{quarter}: {len(mails)} report mail(s) sent; the PDFs are in {target}")
    return outcome


def _named(fleet: FleetReport, labels: Mapping[str, str]) -> FleetReport:
    """The reports with each shop's name from its kiosk's status: the day files carry ids only."""
    points = tuple(
        replace(p, report=replace(p.report, name=labels.get(p.report.service_point, p.report.name)))
        for p in fleet.points
    )
    return replace(fleet, points=points)


def _build(source: FleetSource, start: date, end: date, now: datetime, version: str) -> FleetReport:
    with tempfile.TemporaryDirectory(prefix="kiosk-quarter-") as tmp:
        copy_days(source, Path(tmp), start, end)
        try:
            return build_fleet(Path(tmp), start, end, now, version)
        except KioskError as error:
            raise KioskError(f"{source.where}: {error}") from None
