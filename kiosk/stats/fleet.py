"""The municipality's fleet report: every service point's uploaded day files in a folder,
their agreement reports, broken hash chains and missing days.

A folder holds ``DIR/<service_point>/<YYYY-MM-DD>.json`` beside the kiosk's ``status.json``
(its name and village) and the shop's ``events.ics``. A file that cannot be counted (unreadable,
a second copy of a day, dated in the future, misnamed) is listed with its reason and skipped:
one bad file never stops the report of the other days or the other service points.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.stats.dayfile import CONFIRM_WINDOW, DayFile, sha256
from kiosk.stats.report import BEFORE_INSTALL, Report, build_report

DAY_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\.json$")
"""The only name a day file is counted under (date.fromisoformat alone also takes 20250304)."""

NOT_DAYS = {"status.json"}
"""JSON files in a point's folder that are not day files (the kiosk's status contract)."""


@dataclass(frozen=True)
class ChainBreak:
    """The file of `day` does not name the hash of the file before it (of `previous`)."""

    day: date
    previous: date


@dataclass(frozen=True)
class Unreadable:
    """A file in a service point's folder that was not counted, and why."""

    name: str
    """The file's name in the service point's folder."""
    reason: str
    """A short technical reason (for the log and the JSON; the PDF words it by `kind`)."""
    kind: str = "unreadable"
    """``unreadable``, ``duplicate`` (a second file of a day), ``future`` (dated today or later),
    ``misnamed`` (a JSON file whose name is no date) or ``other-day`` (holds another day)."""
    day: date | None = None


@dataclass(frozen=True)
class PointReport:
    report: Report
    breaks: tuple[ChainBreak, ...]
    unreadable: tuple[Unreadable, ...]
    village: str = ""

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


@dataclass
class _Read:
    files: list[DayFile]
    later: list[DayFile]
    reasons: dict[date, str]
    breaks: list[ChainBreak]
    problems: list[Unreadable]


def _named_day(name: str) -> date | None:
    found = DAY_NAME.match(name)
    if not found:
        return None
    try:
        return date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def _parse(path: Path) -> tuple[bytes, DayFile | None, str]:
    """The raw bytes, the parsed file (None when unusable) and why it is unusable."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return b"", None, f"cannot be read ({error.strerror})"
    try:
        return raw, DayFile.from_bytes(raw), ""
    except ValueError as error:
        return raw, None, str(error)


def _listing(folder: Path, today: date, problems: list[Unreadable]) -> list[tuple[date, str]]:
    """The folder's day files by name; misnamed and future-dated files go to `problems`."""
    try:
        # Names, not Paths: sorting and making a thousand Paths per shop cost more than
        # reading the third of them a year's report needs.
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError as error:
        problems.append(Unreadable("", f"folder cannot be read ({error.strerror})"))
        return []
    dated, misnamed = [], []
    for name in names:
        if not name.endswith(".json") or name in NOT_DAYS or name.startswith("."):
            continue
        day = _named_day(name)
        if day is None:
            misnamed.append(folder / name)
        elif day >= today:
            problems.append(Unreadable(name, "dated today or later", "future", day))
        else:
            dated.append((day, name))
    named = {day for day, _ in dated}
    problems += [_misnamed(path, named) for path in misnamed]
    dated.sort()
    return dated


def _misnamed(path: Path, named: set[date]) -> Unreadable:
    """A .json file not named YYYY-MM-DD.json: a second copy of a day (say "2025-03-04 (1).json"
    beside "2025-03-04.json"), or something else. Never counted: the day's own file is."""
    _raw, parsed, _why = _parse(path)
    if parsed is None:
        return Unreadable(path.name, "name is not YYYY-MM-DD.json", "misnamed")
    if parsed.day in named:
        return Unreadable(path.name, f"a second file of {parsed.day}", "duplicate", parsed.day)
    return Unreadable(path.name, f"holds {parsed.day} under another name", "misnamed", parsed.day)


def read_point(folder: Path, start: date, end: date, today: date | None = None) -> _Read:
    """One service point's day files in the period (and those up to CONFIRM_WINDOW days after
    it, for the shop's later confirmations), the reasons for missing days, the chain breaks and
    the files not counted. The last file before `start` is read too, so that a break on the
    first day of the period shows."""
    today = today or date.max
    result = _Read([], [], {}, [], [])
    dated = _listing(folder, today, result.problems)
    first = next((i for i, (day, _) in enumerate(dated) if day >= start), len(dated))
    previous: tuple[date, str] | None = None
    horizon = end + timedelta(days=CONFIRM_WINDOW)
    for day, name in dated[max(0, first - 1) :]:
        if day > horizon:
            break
        raw, parsed, why = _parse(folder / name)
        if parsed is not None and (parsed.service_point != folder.name or parsed.day != day):
            why = f"holds {parsed.service_point} {parsed.day}, not {folder.name} {day}"
            parsed, kind = None, "other-day"
        else:
            kind = "unreadable"
        if day > end:
            if parsed is not None:
                result.later.append(parsed)
            continue
        if parsed is None:
            if day >= start:
                result.problems.append(Unreadable(name, why, kind, day))
                result.reasons[day] = "unreadable"
        elif day >= start:
            result.files.append(parsed)
            if previous is not None and parsed.previous_sha256 != previous[1]:
                result.breaks.append(ChainBreak(day, previous[0]))
        previous = (day, sha256(raw)) if raw else None
    installed = dated[0][0] if dated else None
    for day in _days(start, end):
        if installed is not None and day < installed:
            result.reasons.setdefault(day, BEFORE_INSTALL)
        result.reasons.setdefault(day, "no-file")
    # A misnamed or second file of a day outside the period is that period's business; a file
    # dated in the future is everyone's (the kiosk's clock is wrong).
    result.problems = sorted(
        (
            p
            for p in result.problems
            if p.day is None or p.kind == "future" or start <= p.day <= end
        ),
        key=lambda p: (p.day or date.min, p.name),
    )
    return result


def point_names(folder: Path) -> tuple[str, str]:
    """The service point's name and village from the kiosk's status.json (the status contract
    in kiosk/fleet/status.py, read here for two fields only: stats sits below fleet); ('', '')
    when there is none or it cannot be read."""
    try:
        data = json.loads((folder / "status.json").read_bytes()[:65536].decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    name, village = data.get("name"), data.get("village")
    return (
        name.strip() if isinstance(name, str) else "",
        village.strip() if isinstance(village, str) else "",
    )


def _days(start: date, end: date) -> Iterable[date]:
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)


def build_fleet(
    folder: Path, start: date, end: date, generated: datetime, kiosk_version: str
) -> FleetReport:
    """The fleet report over start..end; KioskError when the folder has no service points."""
    if not folder.is_dir():
        raise KioskError(f"{folder}: no such folder")
    try:
        points = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError as error:
        raise KioskError(f"{folder}: cannot be read ({error.strerror})") from None
    if not points:
        raise KioskError(f"{folder}: no service point folders (expected DIR/<id>/<date>.json)")
    results = []
    for point in points:
        read = read_point(point, start, end, generated.date())
        name, village = point_names(point)
        report = build_report(
            [*read.files, *read.later],
            start,
            end,
            read.reasons,
            generated,
            kiosk_version,
            service_point=point.name,
            name=name,
        )
        results.append(PointReport(report, tuple(read.breaks), tuple(read.problems), village))
    points_sorted = sorted(results, key=lambda p: (p.report.name.casefold(), p.village))
    return FleetReport(str(folder), start, end, generated, kiosk_version, tuple(points_sorted))
