"""Plausible day files for N service points over a period: for report tests and benchmarks.

Seeded, so a test can rely on the same numbers every run. Weekdays are busier than weekends,
summer busier than winter; shops are closed on Sundays (some open a few hours); a few days
have no file at all (the kiosk was off); every point holds a handful of activities a year.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from kiosk.stats.dayfile import (
    CONFIRM_WINDOW,
    CRITERIA,
    HOURS,
    Availability,
    Confirmation,
    DayFile,
    HeldEvent,
    sha256,
)
from kiosk.stats.vocabulary import visit_bucket

CATEGORIES = ("see", "do", "eat", "stay", "practical")
ESERVICES = ("bibliotek", "bygglov", "skolskjuts", "felanmalan", "forsakringskassan")
BROCHURES = ("vandringsleder", "hoga-kusten", "fiske")
TITLES = ("Loppis", "Kaffekväll", "Bygdemöte", "Midsommarfirande", "Boksläpp", "Julmarknad")


def _hours(day: date, sunday_open: bool) -> range:
    if day.weekday() < 5:
        return range(9, 18)
    if day.weekday() == 5:
        return range(10, 14)
    return range(11, 15) if sunday_open else range(0)


def _availability(rng: random.Random, hours: range) -> Availability:
    opened = [60 if h in hours else 0 for h in range(HOURS)]
    up = [m if rng.random() > 0.02 else rng.randint(0, 59) for m in opened]
    online = [m if rng.random() > 0.05 else rng.randint(0, m) for m in up]
    fresh = [m if rng.random() > 0.03 else 0 for m in online]
    # The kiosk runs around the clock; only the opening hours count in the report.
    running = [60 if h not in hours else up[h] for h in range(HOURS)]
    return Availability(opened, running, online, fresh)


def _counters(rng: random.Random, day: date, busy: float, open_hours: int) -> dict[str, int]:
    season = 1.6 if day.month in (6, 7, 8) else 0.8 if day.month in (12, 1, 2) else 1.0
    visits = round(rng.gammavariate(2, busy * season * open_hours / 9 / 2)) if open_hours else 0
    c: dict[str, int] = {"visits": visits} if visits else {}
    for _ in range(visits):
        seconds = int(rng.expovariate(1 / 360)) + 20
        c["visit_seconds"] = c.get("visit_seconds", 0) + seconds
        _inc(c, f"visit_length:{visit_bucket(seconds)}")
        _inc(c, f"language:{rng.choices(('sv', 'en', 'de', 'fi'), (85, 10, 3, 2))[0]}")
        for section, share in (
            ("places", 0.5),
            ("events", 0.4),
            ("services", 0.35),
            ("about", 0.2),
            ("brochures", 0.15),
        ):
            if rng.random() < share:
                _inc(c, f"section:{section}")
        if rng.random() < 0.5:
            _inc(c, f"place_category:{rng.choice(CATEGORIES)}")
        if rng.random() < 0.3:
            _inc(c, f"eservice_open:{rng.choice(ESERVICES)}")
        if rng.random() < 0.1:
            _inc(c, f"brochure_open:{rng.choice(BROCHURES)}")
        for name, share in (("qr_shown", 0.15), ("search", 0.2), ("notice_shown", 0.3)):
            if rng.random() < share:
                _inc(c, name)
    return c


def _inc(counters: dict[str, int], key: str) -> None:
    counters[key] = counters.get(key, 0) + 1


def simulate_point(
    point: str, start: date, end: date, seed: int, missing_share: float = 0.02
) -> list[DayFile]:
    """Chained day files of one service point; about `missing_share` of days have none."""
    rng = random.Random(f"{seed}:{point}")
    offers = {c: rng.random() < 0.75 for c in CRITERIA}
    offers["computer"] = offers["tourist_info"] = True
    busy = rng.uniform(3, 12)
    sunday_open = rng.random() < 0.4
    event_days = {
        start + timedelta(days=rng.randrange((end - start).days + 1))
        for _ in range(max(1, (end - start).days * 5 // 365))
    }
    files: list[DayFile] = []
    previous: str | None = None
    said: dict[date, Confirmation] = {}
    day = start
    while day <= end:
        if day - timedelta(days=3) in event_days and rng.random() < 0.9:
            # The shop confirms most activities a few days later, nearly all as held.
            held = day - timedelta(days=3)
            outcome = "held" if rng.random() < 0.95 else "cancelled"
            title = f"{TITLES[held.toordinal() % len(TITLES)]} i {point.title()}"
            said[held] = Confirmation(f"{held.isoformat()}T18:00", title, outcome)
        if rng.random() >= missing_share:
            hours = _hours(day, sunday_open)
            events = (
                [
                    HeldEvent(
                        f"{day.isoformat()}T18:00",
                        f"{TITLES[day.toordinal() % len(TITLES)]} i {point.title()}",
                        "local",
                    )
                ]
                if day in event_days
                else []
            )
            dayfile = DayFile(
                point,
                day,
                _counters(rng, day, busy, len(hours)),
                _availability(rng, hours),
                dict(offers),
                events,
                restarts=int(rng.random() < 0.01),
                kiosk_version="0.1.0",
                previous_sha256=previous,
                confirmations=[
                    c for d, c in sorted(said.items()) if (day - d).days <= CONFIRM_WINDOW
                ],
            )
            previous = sha256(dayfile.to_bytes())
            files.append(dayfile)
        day += timedelta(days=1)
    return files


def write_fleet(root: Path, files_by_point: dict[str, list[DayFile]]) -> Path:
    """Write the day files in the upload layout: root/<service_point>/<YYYY-MM-DD>.json."""
    for point, files in files_by_point.items():
        folder = root / point
        folder.mkdir(parents=True, exist_ok=True)
        for f in files:
            (folder / f"{f.day.isoformat()}.json").write_bytes(f.to_bytes())
    return root


def write_status(root: Path, point: str, name: str, village: str) -> None:
    """The kiosk's status.json as the fleet folder holds it (only what the report reads)."""
    status = {"format": 1, "service_point": point, "written": "", "name": name, "village": village}
    (root / point / "status.json").write_text(json.dumps(status, ensure_ascii=False))


def simulate_fleet(
    root: Path, points: int, start: date, end: date, seed: int = 7
) -> dict[str, list[DayFile]]:
    """`points` service points (punkt01, punkt02, ...) written under root; returns their files."""
    fleet = {
        f"punkt{i:02d}": simulate_point(f"punkt{i:02d}", start, end, seed)
        for i in range(1, points + 1)
    }
    write_fleet(root, fleet)
    return fleet


def edited(dayfile: DayFile, **changes: object) -> DayFile:
    """The same day with some fields changed (as someone editing an uploaded file would)."""
    return replace(dayfile, **changes)  # type: ignore[arg-type]
