"""The municipality's fleet report: every service point's uploaded day files in a folder,
their agreement reports, broken hash chains and missing days.

A folder holds ``DIR/<service_point>/<YYYY-MM-DD>.json`` (and the shop's ``events.ics``, which
is not needed here). A file that cannot be read is named with its reason and skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.stats.dayfile import DayFile, sha256
from kiosk.stats.report import Report, build_report


@dataclass(frozen=True)
class ChainBreak:
    """The file of `day` does not name the hash of the file before it (of `previous`)."""

    day: date
    previous: date


@dataclass(frozen=True)
class Unreadable:
    name: str
    """The file's path relative to the fleet folder."""
    reason: str


@dataclass(frozen=True)
class PointReport:
    report: Report
    breaks: tuple[ChainBreak, ...]
    unreadable: tuple[Unreadable, ...]

    @property
    def chain_ok(self) -> bool:
        return not self.breaks


@dataclass(frozen=True)
class FleetReport:
    folder: str
    start: date
    end: date
    generated: datetime
    kiosk_version: str
    points: tuple[PointReport, ...]


NOT_DAY_FILES = frozenset({"status.json"})
"""JSON files a kiosk writes beside its day files that are no day file: its status report
(kiosk/fleet/status.py, a layer above this one)."""


def _day_of(path: Path) -> date | None:
    try:
        return date.fromisoformat(path.stem) if path.suffix == ".json" else None
    except ValueError:
        return None


def _read(path: Path, point: str, day: date) -> tuple[bytes, DayFile | None, str]:
    """The raw bytes, the parsed file (None when unusable) and why it is unusable."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return b"", None, f"cannot be read ({error.strerror})"
    try:
        parsed = DayFile.from_bytes(raw)
    except ValueError as error:
        return raw, None, str(error)
    if parsed.service_point != point or parsed.day != day:
        return raw, None, f"holds {parsed.service_point} {parsed.day}, not {point} {day}"
    return raw, parsed, ""


def read_point(
    folder: Path, start: date, end: date
) -> tuple[list[DayFile], dict[date, str], list[ChainBreak], list[Unreadable]]:
    """One service point's day files in the period, the reasons for missing days, the chain
    breaks and the unreadable files. The last file before `start` is read too, so that a
    break on the first day of the period shows."""
    dated: list[tuple[date, Path]] = []
    unreadable: list[Unreadable] = []
    for path in folder.iterdir():
        day = _day_of(path)
        if day is None:
            if path.suffix == ".json" and path.name not in NOT_DAY_FILES:
                unreadable.append(
                    Unreadable(f"{folder.name}/{path.name}", "name is not YYYY-MM-DD.json")
                )
        elif day <= end:
            dated.append((day, path))
    dated.sort()
    first = next((i for i, (day, _) in enumerate(dated) if day >= start), len(dated))
    files, reasons, breaks = [], {}, []
    previous: tuple[date, str] | None = None
    for day, path in dated[max(0, first - 1) :]:
        raw, parsed, why = _read(path, folder.name, day)
        if parsed is None:
            if day >= start:
                unreadable.append(Unreadable(f"{folder.name}/{path.name}", why))
                reasons[day] = "unreadable"
        elif day >= start:
            files.append(parsed)
            if previous is not None and parsed.previous_sha256 != previous[1]:
                breaks.append(ChainBreak(day, previous[0]))
        previous = (day, sha256(raw)) if raw else None
    for day in _days(start, end):
        reasons.setdefault(day, "no-file")
    return files, reasons, breaks, unreadable


def _days(start: date, end: date) -> Iterable[date]:
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)


def build_fleet(
    folder: Path, start: date, end: date, generated: datetime, kiosk_version: str
) -> FleetReport:
    """The fleet report over start..end; KioskError when the folder has no service points."""
    if not folder.is_dir():
        raise KioskError(f"{folder}: no such folder")
    points = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not points:
        raise KioskError(f"{folder}: no service point folders (expected DIR/<id>/<date>.json)")
    results = []
    for point in points:
        files, reasons, breaks, unreadable = read_point(point, start, end)
        report = build_report(
            files, start, end, reasons, generated, kiosk_version, service_point=point.name
        )
        results.append(PointReport(report, tuple(breaks), tuple(unreadable)))
    return FleetReport(str(folder), start, end, generated, kiosk_version, tuple(results))
