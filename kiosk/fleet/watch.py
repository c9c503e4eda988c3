"""`kiosk fleet watch`: alert mails that respect opening hours, once per start and once per end.

Run by a timer every 15 minutes. The board decides what is a problem (silence counts only while
the shop is open, kiosk/fleet/hours.py); this module compares it with what was mailed before
(kiosk/store/fleetwatch.py) and mails only the changes: one mail per service point when a
problem starts, one when it is over, nothing while nothing changes, nothing while muted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage

import sqlite_utils

from kiosk.fleet.board import ALERTS, Board, PointState, build_board
from kiosk.fleet.links import LinkCache
from kiosk.fleet.mail import MailError, MailSettings, message
from kiosk.fleet.source import FleetSource
from kiosk.store import fleetwatch

Send = Callable[[MailSettings, EmailMessage], None]

ADVICE = {
    "no_contact": "Ring butiken och be dem se efter att kioskdatorn är på och har internet.",
    "content_expired": "Publicera innehållet på nytt, så visar kiosken aktuella uppgifter igen.",
    "days_missing": "Be kommunens IT se efter att kiosken kommer åt uppladdningsadressen.",
    "days_changed": (
        "En redan levererad dagsfil har ändrats. Be kommunens IT se efter vem som har ändrat "
        "i uppladdningsmappen; kvartalsrapporten visar ändringen."
    ),
}
"""What the officer can do about each kind of problem, in one sentence."""

SIGNATURE = (
    "\nDet här brevet skickas en gång när ett problem börjar och en gång när det är över.\n"
    "Läget för alla servicepunkter: kiosk fleet status (se docs/fleet.md).\n"
)


@dataclass
class WatchOutcome:
    """What one run did, as lines for the log and the terminal."""

    lines: list[str] = field(default_factory=list)
    failed: bool = False


def mute_day(text: str) -> date | None:
    """alert_mute_until as a day; None when empty. ValueError when it is not YYYY-MM-DD."""
    return date.fromisoformat(text.strip()) if text.strip() else None


def watch_alerts(
    source: FleetSource,
    db: sqlite_utils.Database,
    settings: MailSettings,
    now: datetime,
    after_hours: int,
    muted_until: date | None,
    send: Send,
) -> tuple[Board, WatchOutcome]:
    """Build the board and mail what started or ended since the last run."""
    cache = LinkCache(db)
    board = build_board(source, now, timedelta(hours=after_hours), fleetwatch.names(db), cache)
    fleetwatch.remember_names(db, {p.service_point: (p.name, p.village) for p in board.points})
    outcome = WatchOutcome()
    if muted_until is not None and now.date() <= muted_until:
        outcome.lines.append(f"alerts muted until {muted_until.isoformat()}: no alert mail sent")
        return board, outcome
    mailed = fleetwatch.open_problems(db)
    for point in board.points:
        current = _alerts(point)
        before = {k: t for (p, k), t in mailed.items() if p == point.service_point}
        started = {k: t for k, t in current.items() if k not in before}
        ended = {k: t for k, t in before.items() if k not in current}
        if not started and not ended:
            continue
        if not settings.alert_to:
            outcome.lines.append(f"{point.label}: nobody to mail (alert_to is empty)")
            outcome.failed = True
            continue
        mail = message(settings, settings.alert_to, *_alert_text(point, started, ended))
        try:
            send(settings, mail)
        except MailError as error:
            outcome.lines.append(f"{point.label}: alert not sent ({error}); next run tries again")
            outcome.failed = True
            continue
        sp = point.service_point
        fleetwatch.record_mail(
            db, {(sp, k): t for k, t in started.items()}, [(sp, k) for k in ended], now
        )
        outcome.lines.append(f"{point.label}: mailed {mail['Subject']}")
    return board, outcome


def _alerts(point: PointState) -> dict[str, str]:
    """Kind -> line of the problems that are mailed (the first line of each kind)."""
    found: dict[str, str] = {}
    for problem in point.problems:
        if problem.kind in ALERTS:
            found.setdefault(problem.kind, problem.text)
    return found


def _alert_text(
    point: PointState, started: dict[str, str], ended: dict[str, str]
) -> tuple[str, str]:
    """Subject and body of one service point's mail, in plain Swedish."""
    where = f"{point.name} i {point.village}" if point.name and point.village else point.label
    parts = []
    if started:
        subject = f"{point.label}: {next(iter(started.values()))}"
        lines = "".join(f"• {t}\n" for t in started.values())
        advice = "".join(f"\n{ADVICE[k]}\n" for k in started)
        parts.append(f"{where} behöver tillsyn:\n{lines}{advice}")
    if ended:
        if not started:
            tail = "i ordning igen" if point.ok else "ett problem är över"
            subject = f"{point.label}: {tail}"
        parts.append(
            f"Det här är över för {where}:\n" + "".join(f"• {t}\n" for t in ended.values())
        )
    still = [p.text for p in point.problems if p.kind in ALERTS and p.kind not in started]
    if ended and still:
        parts.append("Kvar att åtgärda:\n" + "".join(f"• {t}\n" for t in still))
    return subject, "Hej!\n\n" + "\n".join(parts) + SIGNATURE
