"""The agreement report of one service point: its day files summed per criterion, with coverage.

Small counts (1–4) are replaced by None ("<5") here, in every breakdown row, so no renderer can
leak them; totals of whole categories stay exact.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from kiosk.stats.activities import Activity, activities_of, confirmations_of, required_activities
from kiosk.stats.dayfile import Confirmation, DayFile

ORDER = ("tourist_info", "computer", "activities", "cafe", "home_delivery")
"""The criteria in the order the report presents them (the agreement's CRITERIA, reordered
as the municipality reads them: information first)."""

SMALL = 5
"""Counts from 1 to SMALL-1 are shown as "<5" in breakdowns."""

CRITERIA_REQUIRED = 3
"""The agreement: a service point meets at least three of the five criteria."""

COVERAGE_WARNING = 0.9
"""Below this share of the period's days with data the summary warns that the figures are thin."""

BEFORE_INSTALL = "before-install"
"""The reason for the days before a service point's first day file: no kiosk was there yet."""

STATEMENT = ("cafe", "home_delivery")
"""Criteria the kiosk cannot observe: the report gives the shop's own statement for them."""


@dataclass(frozen=True)
class Row:
    """One line of a breakdown; `count` is None for 1–4 (shown "<5")."""

    label: str
    count: int | None

    @property
    def shown(self) -> str:
        return "<5" if self.count is None else str(self.count)


@dataclass(frozen=True)
class Breakdown:
    key: str
    """The counter family (place_category, eservice_open, ...)."""
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Measure:
    key: str
    value: float | None
    unit: str
    """count, hours, share (0..1) or days."""


@dataclass(frozen=True)
class Criterion:
    key: str
    offered_days: int
    met: bool
    measures: tuple[Measure, ...]
    breakdowns: tuple[Breakdown, ...] = ()
    basis: str = "measured"
    """``measured`` by the kiosk, ``statement`` (the shop's own word: café, home delivery) or
    ``held`` (activities, confirmed by the shop)."""


@dataclass(frozen=True)
class BottomLine:
    """How many criteria are met against the agreement's three."""

    met: int
    statements: int
    """Of `met`, those met on the shop's own statement."""
    total: int = len(ORDER)
    required: int = CRITERIA_REQUIRED

    @property
    def fulfilled(self) -> bool:
        return self.met >= self.required


@dataclass(frozen=True)
class Month:
    month: str
    """YYYY-MM"""
    visits: int | None
    """None for 1–4 visits in the month."""
    availability: float | None
    days: int = 0
    """Days with data in the month: a month without any shows no figure, not 0."""


@dataclass(frozen=True)
class Report:
    """Everything a renderer needs; built by `build_report`."""

    service_point: str
    name: str
    feed_name: str
    start: date
    end: date
    generated: datetime
    kiosk_version: str
    days_with_data: int
    missing: Mapping[date, str]
    restarts: int
    criteria: tuple[Criterion, ...]
    activities: tuple[Activity, ...]
    activities_required: int
    months: tuple[Month, ...]
    sections: Breakdown
    extra: Mapping[str, str] = field(default_factory=dict)
    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Names for people of the feed's ids in breakdowns: "eservice_open:1177" -> {"sv": ...}."""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def criterion(self, key: str) -> Criterion:
        return next(c for c in self.criteria if c.key == key)

    @property
    def bottom_line(self) -> BottomLine:
        met = [c for c in self.criteria if c.met]
        return BottomLine(len(met), sum(c.basis == "statement" for c in met))

    @property
    def coverage(self) -> float:
        """Share of the period's days with data."""
        return self.days_with_data / self.days

    @property
    def installed(self) -> date | None:
        """The first day with data when the kiosk started within the period, else None."""
        before = [day for day, why in self.missing.items() if why == BEFORE_INSTALL]
        return max(before) + timedelta(days=1) if before else None

    @property
    def thin(self) -> bool:
        """Whether the summary must warn that the figures cover too little of the period."""
        return self.coverage < COVERAGE_WARNING or self.installed is not None

    @property
    def confirmed(self) -> tuple[Activity, ...]:
        return tuple(a for a in self.activities if a.outcome == "held")

    @property
    def unconfirmed(self) -> tuple[Activity, ...]:
        return tuple(a for a in self.activities if not a.outcome)

    @property
    def called_off(self) -> tuple[Activity, ...]:
        """Activities the shop confirmed as cancelled: listed, never counted."""
        return tuple(a for a in self.activities if a.outcome == "cancelled")


def masked(count: int) -> int | None:
    """`count`, or None when it is a small count that could single out a visitor."""
    return None if 0 < count < SMALL else count


def breakdown(key: str, counters: Mapping[str, int]) -> Breakdown:
    """The rows of counter family `key` (``key:arg``), largest first, small counts masked."""
    prefix = key + ":"
    found = [(k[len(prefix) :], v) for k, v in counters.items() if k.startswith(prefix) and v]
    found.sort(key=lambda pair: (-pair[1], pair[0]))
    return Breakdown(key, tuple(Row(label, masked(count)) for label, count in found))


def missing_days(
    start: date, end: date, present: Iterable[date], reasons: Mapping[date, str], today: date
) -> dict[date, str]:
    """Every day of the period without a day file, with its reason ("no-data" if unknown)."""
    have = set(present)
    missing = {}
    day = start
    while day <= end:
        if day not in have:
            missing[day] = "not-finished" if day >= today else reasons.get(day, "no-data")
        day += timedelta(days=1)
    return missing


def missing_ranges(missing: Mapping[date, str]) -> list[tuple[date, date, str]]:
    """Consecutive missing days with the same reason, as (first, last, reason)."""
    ranges: list[tuple[date, date, str]] = []
    for day in sorted(missing):
        reason = missing[day]
        if ranges and ranges[-1][2] == reason and ranges[-1][1] + timedelta(days=1) == day:
            ranges[-1] = (ranges[-1][0], day, reason)
        else:
            ranges.append((day, day, reason))
    return ranges


@dataclass
class _Sums:
    counters: Counter[str] = field(default_factory=Counter)
    open: int = 0
    running: int = 0
    online: int = 0
    fresh: int = 0
    offered: Counter[str] = field(default_factory=Counter)

    def add(self, day: DayFile) -> None:
        self.counters.update(day.counters)
        av = day.availability
        hours = (av.open_minutes, av.running_minutes, av.online_minutes, av.fresh_minutes)
        for opened, running, online, fresh in zip(*hours, strict=True):
            if opened:
                # Only minutes inside opening hours count: a kiosk up at night proves nothing.
                self.open += opened
                self.running += min(opened, running)
                self.online += min(opened, online)
                self.fresh += min(opened, fresh)
        self.offered.update(c for c, on in day.offers.items() if on)

    def merge(self, other: _Sums) -> None:
        self.counters.update(other.counters)
        self.open += other.open
        self.running += other.running
        self.online += other.online
        self.fresh += other.fresh
        self.offered.update(other.offered)

    def share(self, minutes: int) -> float | None:
        return minutes / self.open if self.open else None


def _criterion(
    key: str, sums: _Sums, days: int, held_ok: bool | None, measures: list[Measure], *bd: str
) -> Criterion:
    """Met when offered on at least half the days with data; for activities (`held_ok` not
    None) the activities the shop confirmed as held are the evidence, whatever the offer says."""
    offered = sums.offered[key]
    met = offered > 0 and offered * 2 >= days if held_ok is None else held_ok
    basis = "held" if held_ok is not None else "statement" if key in STATEMENT else "measured"
    if basis == "statement":
        # Page views of the About page say nothing about coffee or deliveries: the only
        # evidence is the shop's own statement, day by day.
        measures = [Measure("offered_days", offered, "days")]
    return Criterion(
        key, offered, met, tuple(measures), tuple(breakdown(b, sums.counters) for b in bd), basis
    )


def _criteria(
    sums: _Sums, days: int, activities: tuple[Activity, ...], required: int
) -> tuple[Criterion, ...]:
    c = sums.counters

    def total(prefix: str) -> int:
        return sum(v for k, v in c.items() if k.startswith(prefix))

    held = sum(a.outcome == "held" for a in activities)
    unconfirmed = sum(not a.outcome for a in activities)
    by_key = {
        "tourist_info": _criterion(
            "tourist_info",
            sums,
            days,
            None,
            [
                Measure("place_views", total("place_category:"), "count"),
                Measure("brochure_opens", total("brochure_open:"), "count"),
                Measure("notices_shown", c["notice_shown"], "count"),
                Measure("qr_shown", c["qr_shown"], "count"),
            ],
            "place_category",
            "brochure_open",
        ),
        "computer": _criterion(
            "computer",
            sums,
            days,
            None,
            [
                Measure("visits", c["visits"], "count"),
                Measure("hours_in_use", round(c["visit_seconds"] / 3600, 1), "hours"),
                Measure("eservice_opens", total("eservice_open:"), "count"),
                Measure("searches", c["search"], "count"),
                Measure("availability", sums.share(sums.running), "share"),
                Measure("online", sums.share(sums.online), "share"),
                Measure("hours_online", round(sums.online / 60, 1), "hours"),
                Measure("fresh", sums.share(sums.fresh), "share"),
            ],
            "eservice_open",
            "visit_length",
            "language",
        ),
        "activities": _criterion(
            "activities",
            sums,
            days,
            held >= required,
            [
                Measure("events_held", held, "count"),
                Measure("events_required", required, "count"),
                Measure("events_unconfirmed", unconfirmed, "count"),
                Measure("events_views", c["section:events"], "count"),
            ],
        ),
        "cafe": _criterion("cafe", sums, days, None, []),
        "home_delivery": _criterion("home_delivery", sums, days, None, []),
    }
    return tuple(by_key[key] for key in ORDER)


def _per_month(files: list[DayFile], start: date, end: date) -> tuple[_Sums, tuple[Month, ...]]:
    """The period's sums and every month of it, also those without data (a gap should show in
    the chart); each day is added once, to its month, and the months make the whole."""
    per: dict[str, _Sums] = defaultdict(_Sums)
    month = start.replace(day=1)
    while month <= end:
        per[month.strftime("%Y-%m")] = _Sums()
        month = (month + timedelta(days=32)).replace(day=1)
    counted: Counter[str] = Counter()
    for day in files:
        key = day.day.strftime("%Y-%m")
        per[key].add(day)
        counted[key] += 1
    whole = _Sums()
    for part in per.values():
        whole.merge(part)
    months = tuple(
        Month(m, masked(s.counters["visits"]), s.share(s.running), counted[m])
        for m, s in sorted(per.items())
    )
    return whole, months


def build_report(
    files: Iterable[DayFile],
    start: date,
    end: date,
    reasons: Mapping[date, str],
    generated: datetime,
    kiosk_version: str,
    service_point: str = "",
    name: str = "",
    feed_name: str = "",
    names: Mapping[str, Mapping[str, str]] | None = None,
    confirmations: Iterable[Confirmation] = (),
) -> Report:
    """The report of one service point over start..end (inclusive) from its day files;
    `reasons` says why days are missing (days without a file and reason: "no-data").
    Day files after `end` in `files` only add the shop's later confirmations of activities;
    `confirmations` (the shop's newest word, e.g. from its own database) win over both."""
    ordered = sorted(files, key=lambda f: f.day)
    chosen = [f for f in ordered if start <= f.day <= end]
    confirmed = confirmations_of(f for f in ordered if start <= f.day)
    confirmed.update({(c.start, c.title): c.outcome for c in confirmations})
    sums, months = _per_month(chosen, start, end)
    days = (end - start).days + 1
    activities = activities_of(chosen, confirmed)
    required = required_activities(days)
    point = service_point or (chosen[0].service_point if chosen else "")
    return Report(
        service_point=point,
        name=name or point,
        feed_name=feed_name,
        start=start,
        end=end,
        generated=generated,
        kiosk_version=kiosk_version,
        days_with_data=len(chosen),
        missing=missing_days(start, end, (f.day for f in chosen), reasons, generated.date()),
        restarts=sum(f.restarts for f in chosen),
        criteria=_criteria(sums, len(chosen), activities, required),
        activities=activities,
        activities_required=required,
        months=months,
        sections=breakdown("section", sums.counters),
        names=dict(names or {}),
    )
