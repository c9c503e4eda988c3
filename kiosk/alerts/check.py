"""One check of every warning source, as the running kiosk and `kiosk alerts` make it, and the
snapshot of what visitors see now (recomputed from what is held, so expiry works offline)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

from kiosk.alerts import krisinformation, smhi, vma
from kiosk.alerts.areas import county_name
from kiosk.alerts.model import Alert, ParseError
from kiosk.alerts.state import SourceState, load_state, save_state
from kiosk.domain import Geo
from kiosk.net.failures import HttpError
from kiosk.net.http import Http

log = logging.getLogger(__name__)

FETCHED = ("vma", "smhi", "krisinformation")
LIMITS = {"vma": 1024 * 1024, "smhi": 8 * 1024 * 1024, "krisinformation": 2 * 1024 * 1024}
"""Bytes read of each source's answer: a few times the largest real answer, never unbounded."""
INTERVALS = {"vma": 60, "smhi": 600, "krisinformation": 600}
"""Seconds between checks that succeed: VMA every minute, the slower sources every ten."""
MAX_BACKOFF = 600
STALE_AFTER = timedelta(minutes=10)
"""Checks failing longer than this are said to visitors: never a false all-clear."""


@dataclass(frozen=True)
class Place:
    """Where the kiosk stands: its VMA area code and its position (for SMHI's areas)."""

    area: str
    position: Geo | None = None


@dataclass(frozen=True)
class SourceCheck:
    """One source's health for the owner, `kiosk alerts` and the stale line."""

    name: str
    ok_at: datetime | None
    failing_since: datetime | None
    error: str


@dataclass(frozen=True)
class Snapshot:
    """What visitors see now and what is held back, with each source's last check."""

    at: datetime
    shown: tuple[Alert, ...] = ()
    held: tuple[Alert, ...] = ()
    checks: tuple[SourceCheck, ...] = ()
    stale_since: datetime | None = None
    """Set when checks have failed for over STALE_AFTER: the last time all was confirmed."""

    @property
    def takeovers(self) -> tuple[Alert, ...]:
        """Shown items that take over the screen (VMA and crisis notices)."""
        return tuple(a for a in self.shown if a.takeover)


@dataclass
class Checker:
    """Fetches the configured sources through one `Http` and keeps their state in `state_file`."""

    http: Http
    urls: dict[str, str]
    """Source name -> address; an empty address turns that source off."""
    place: Place
    state_file: Path
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    extra: Callable[[datetime], list[Alert]] = field(default=lambda _now: [])
    """Items from elsewhere judged already (the feed's crisis notices)."""

    def __post_init__(self) -> None:
        self.states: dict[str, SourceState] = load_state(self.state_file)
        self._failures: dict[str, int] = {}

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources with an address."""
        return tuple(name for name in FETCHED if self.urls.get(name, "").strip())

    def check(self, names: tuple[str, ...] | None = None) -> Snapshot:
        """Fetch `names` (default: every source with an address) once; save; the snapshot."""
        for name in names if names is not None else self.sources:
            self._check_one(name, self.clock())
        save_state(self.state_file, self.states)
        return self.snapshot()

    def due(self, now: datetime) -> tuple[str, ...]:
        """Sources whose next check is due."""
        return tuple(name for name in self.sources if self.delay(name, now) <= 0)

    def delay(self, name: str, now: datetime) -> float:
        """Seconds until `name` is due: its interval after success, a doubling wait after failures."""
        state = self.states.get(name)
        if state is None or state.tried_at is None:
            return 0
        failures = self._failures.get(name, 0)
        wait = INTERVALS[name] if not failures else min(MAX_BACKOFF, 15 * 2 ** min(failures, 10))
        return wait - (now - state.tried_at).total_seconds()

    def _check_one(self, name: str, now: datetime) -> None:
        state = self.states.setdefault(name, SourceState())
        state.tried_at = now
        try:
            fetched = self.http.get(self._url(name), state.etag, state.last_modified, LIMITS[name])
            if fetched.modified:
                state.items = self._parse(name, fetched.body)
            state.etag, state.last_modified = fetched.etag, fetched.last_modified
        except (HttpError, ParseError) as error:
            self._failures[name] = self._failures.get(name, 0) + 1
            state.failing_since = state.failing_since or now
            state.error = str(error)
            state.confirmed = False
            log.info("warnings: %s failed: %s", name, error)
            return
        self._failures[name] = 0
        state.ok_at, state.failing_since, state.error, state.confirmed = now, None, "", True

    def _url(self, name: str) -> str:
        base = self.urls[name].strip()
        query: dict[str, str] = {}
        if name == "vma" and self.place.area:
            query = {"geocode": self.place.area}
        elif name == "krisinformation" and county_name(self.place.area):
            query = {"counties": county_name(self.place.area), "days": "7"}
        if not query:
            return base
        return f"{base}{'&' if '?' in base else '?'}{urlencode(query)}"

    def _parse(self, name: str, body: bytes) -> list[Alert]:
        if name == "vma":
            return vma.parse(body)
        if name == "smhi":
            return smhi.parse(body, self.place.position)
        return krisinformation.parse(body)

    def snapshot(self, now: datetime | None = None) -> Snapshot:
        """What visitors see at `now` (default: the clock) from what is held."""
        now = now or self.clock()
        judged: list[Alert] = []
        for name in self.sources:
            state = self.states.get(name, SourceState())
            judged += self._judge(name, state, now)
        judged += self.extra(now)
        shown = tuple(a for a in judged if not a.held)
        held = tuple(a for a in judged if a.held)
        checks = tuple(
            SourceCheck(name, s.ok_at, s.failing_since, s.error)
            for name in self.sources
            for s in [self.states.get(name, SourceState())]
        )
        return Snapshot(now, _ordered(shown), held, checks, _stale_since(checks, now))

    def _judge(self, name: str, state: SourceState, now: datetime) -> list[Alert]:
        if name == "vma":
            return vma.judge(state.items, self.place.area, now, state.confirmed)
        if name == "smhi":
            return smhi.judge(state.items, self.place.position, now)
        return krisinformation.judge(state.items, self.place.area, now)


def _ordered(shown: tuple[Alert, ...]) -> tuple[Alert, ...]:
    """Takeovers first, then SMHI by severity, then news; newest first within each."""
    rank = {"alert": 0, "red": 1, "orange": 2, "yellow": 3, "message": 4, "news": 5}
    newest = sorted(shown, key=lambda a: a.sent or datetime.min.replace(tzinfo=UTC), reverse=True)
    return tuple(sorted(newest, key=lambda a: rank.get(a.level, 9)))


def _stale_since(checks: tuple[SourceCheck, ...], now: datetime) -> datetime | None:
    """The earliest last good check among failing sources not confirmed for over STALE_AFTER."""
    since = [c.ok_at or c.failing_since for c in checks if c.failing_since is not None]
    stale = [s for s in since if s is not None and now - s > STALE_AFTER]
    return min(stale, default=None)
