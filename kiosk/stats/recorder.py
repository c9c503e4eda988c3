"""Usage counters kept in memory on the GUI thread: the visit rule, length buckets, day attribution.

A visit begins with the first real input after idle, but only counts once the visitor navigates
somewhere beyond the home screen: a touch that wakes the attract screen and nothing more is no
visit. What happens before that first navigation (the home page, a notice on it) is held in the
visit's own buffer and counted when the visit is confirmed, or dropped with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from kiosk.domain import DEFAULT_LANGUAGE, LANGUAGES, STOCKHOLM
from kiosk.stats.vocabulary import SECTIONS, counter_key, visit_bucket

NOT_NAVIGATION = frozenset({"home", "attract", "out-of-order"})
"""Pages a touch alone reaches: opening them does not make a visit."""

_SECTIONS = frozenset(SECTIONS)


class Recorder:
    """Counts per local day. Not thread-safe: every call comes from the GUI thread."""

    def __init__(self, now: Callable[[], datetime]) -> None:
        self._now = now
        self._keys: dict[tuple[str, str | None], str] = {}
        self._deltas: dict[date, dict[str, int]] = {}
        self._visit: dict[str, int] | None = None
        """What the current visit counted so far; None between visits."""
        self._confirmed = False
        self._day = date.min
        self._language = DEFAULT_LANGUAGE
        self._languages: set[str] = set()
        self._owner = False

    # --- the visit cycle ---------------------------------------------------------------------

    def visit_started(self) -> None:
        """First real input after idle: a visit may be beginning."""
        if self._owner:
            return
        self._visit = {}
        self._confirmed = False
        # A visit spanning midnight belongs to the day it started on.
        self._day = self._now().astimezone(STOCKHOLM).date()
        self._languages = set()

    def navigated(self, page: str) -> None:
        """A page was opened; anything beyond the home screen makes the visit a visit."""
        if self._visit is None:
            return
        if page in _SECTIONS:
            self._add(self._key("section", page))
        if page in NOT_NAVIGATION:
            return
        if not self._confirmed:
            self._confirm()
        if self._language not in self._languages:
            self._languages.add(self._language)
            self._add(self._key("language", self._language))

    def language_changed(self, code: str) -> None:
        """The visitor chose a language; it counts once the visitor navigates in it."""
        if code in LANGUAGES:
            self._language = code

    def visit_ended(self, seconds: float) -> None:
        """The visit is over; `seconds` runs from the first to the last input (no trailing idle)."""
        if self._visit is not None and self._confirmed:
            seconds = max(0.0, seconds)
            self._add(self._key("visit_length", visit_bucket(seconds)))
            self._add(self._key("visit_seconds"), round(seconds))
        self._visit = None
        self._confirmed = False

    def record(self, name: str, arg: str | None = None) -> None:
        """Count one event of the vocabulary during a visit; ValueError for anything outside it.

        Outside a visit nothing is counted: no visitor caused it.
        """
        key = self._key(name, arg)
        if self._visit is not None:
            self._add(key)

    def record_shown(self, name: str) -> None:
        """Count something the kiosk showed by itself (a crisis takeover), visitor or not.

        It says nothing about a person: it is counted on the day it happened, like availability.
        """
        key = self._key(name)
        day = self._deltas.setdefault(self._now().astimezone(STOCKHOLM).date(), {})
        day[key] = day.get(key, 0) + 1

    def set_owner_mode(self, on: bool) -> None:
        """The shop owner is at the kiosk: their touches were no visit, and nothing counts."""
        if on and self._visit is not None and self._confirmed:
            day = self._deltas.setdefault(self._day, {})
            for key, n in self._visit.items():  # withdraw what this 'visit' already counted
                day[key] = day.get(key, 0) - n
        if on:
            self._visit = None
            self._confirmed = False
        self._owner = on

    # --- flushing ---------------------------------------------------------------------------

    def take(self) -> dict[date, dict[str, int]]:
        """The counts since the last take, per day (the caller adds them to the database)."""
        deltas, self._deltas = self._deltas, {}
        return {day: {k: n for k, n in counts.items() if n} for day, counts in deltas.items()}

    @property
    def in_visit(self) -> bool:
        """True while a confirmed visit is going on."""
        return self._visit is not None and self._confirmed

    # --- internals --------------------------------------------------------------------------

    def _key(self, name: str, arg: str | None = None) -> str:
        # Validating against the vocabulary costs a regex; each key is checked once.
        try:
            return self._keys[name, arg]
        except KeyError:
            key = self._keys[name, arg] = counter_key(name, arg)
            return key

    def _confirm(self) -> None:
        assert self._visit is not None
        self._confirmed = True
        held, self._visit = self._visit, {}
        self._add(self._key("visits"))
        for key, n in held.items():
            self._add(key, n)

    def _add(self, key: str, n: int = 1) -> None:
        assert self._visit is not None
        self._visit[key] = self._visit.get(key, 0) + n
        if self._confirmed:
            day = self._deltas.get(self._day)
            if day is None:
                day = self._deltas[self._day] = {}
            day[key] = day.get(key, 0) + n
