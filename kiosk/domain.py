"""Plain data the layers hand each other: content items, events and languages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from types import MappingProxyType
from typing import NamedTuple
from zoneinfo import ZoneInfo

LANGUAGES: tuple[str, ...] = ("sv", "en", "de", "fi")
"""The kiosk's languages; Swedish first and the default of every visit."""

DEFAULT_LANGUAGE = "sv"

STOCKHOLM = ZoneInfo("Europe/Stockholm")
"""The kiosk's time zone: event times, opening hours and the clock."""

PLACE_CATEGORIES: tuple[str, ...] = (
    "nature",
    "culture",
    "food",
    "stay",
    "activities",
    "practical",
    "safety",  # trygghetspunkter: where to go when power or telecoms fail (emergency card)
)
LINK_CATEGORIES: tuple[str, ...] = (
    "municipality",
    "health",
    "tax",
    "work",
    "social",
    "transport",
    "safety",
)
EVENT_CATEGORIES: tuple[str, ...] = (
    "music",
    "market",
    "sports",
    "culture",
    "family",
    "nature",
    "meeting",
    "food",
    "course",
)
CRITERIA: tuple[str, ...] = ("computer", "cafe", "tourist_info", "activities", "home_delivery")

MAX_QUIT_AFTER = 2_000_000
"""Seconds `--quit-after` may ask for: within a Qt timer's 32-bit milliseconds (about 24 days)."""
EXIT_RESTART = 3
"""A kiosk that exits with this code asks to be started again (the owner's 'Starta om kiosken')."""
SUPERVISED_ENV = "KIOSK_SUPERVISED"
"""Set by `kiosk supervise` for its child: restarts are the supervisor's job, not the kiosk's."""
EXIT_FRESH = 4
"""`kiosk run` leaves its event loop with this code to start again in place, in a fresh process,
after a visit that used the e-service browser (see kiosk.app.fresh_after_browser)."""
FRESH_START_ENV = "KIOSK_FRESH_START"
"""Set for such a fresh start: it is no start of the kiosk to count or report, and it opens on
the attract screen the visit ended on."""


FALLBACK: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "sv": ("sv", "en"),
        "en": ("en", "sv"),
        "de": ("de", "en", "sv"),
        "fi": ("fi", "sv", "en"),
    }
)
"""The order in which a visitor's language reads the feed's texts (docs/languages.md says why).

Finnish falls back to Swedish: Sweden's Finnish speakers (Tornedalen, Norrland, Sweden Finns)
read Swedish every day, and Finns learn it at school; English would put a third language on a
Finnish screen. German falls back to English: a German tourist reads English far better than
Swedish. Swedish, required in every valid feed, ends every order.
"""


class Text(NamedTuple):
    """A text in several languages, read in the visitor's order of `FALLBACK`."""

    values: Mapping[str, str] = MappingProxyType({})

    def get(self, lang: str) -> str:
        """The text in `lang`, else in the next language of its fallback order, else any."""
        for key in FALLBACK.get(lang, (lang, "en", "sv")):
            value = self.values.get(key)
            if value:
                return value
        return next(iter(self.values.values()), "")

    def __bool__(self) -> bool:
        return any(self.values.values())

    @classmethod
    def of(cls, raw: Mapping[str, str] | str | None) -> Text:
        """From the feed's {"sv": .., "en": ..} mapping or a plain (Swedish) string."""
        if raw is None:
            return cls()
        if isinstance(raw, str):
            return cls(MappingProxyType({"sv": raw}))
        return cls(MappingProxyType(dict(raw)))


_NO_TEXT = Text()


class Geo(NamedTuple):
    """A WGS84 position."""

    latitude: float
    longitude: float


class Address(NamedTuple):
    """A postal address in schema.org's terms."""

    street: str = ""
    postal_code: str = ""
    locality: str = ""

    def one_line(self) -> str:
        """'Byvägen 12, 890 37 Björna'."""
        tail = " ".join(p for p in (self.postal_code, self.locality) if p)
        return ", ".join(p for p in (self.street, tail) if p)


_NO_ADDRESS = Address()


class ServicePoint(NamedTuple):
    """A shop or petrol station that is a servicepunkt."""

    id: str
    name: str
    village: str
    description: Text = _NO_TEXT
    example: bool = False
    image: str = ""
    telephone: str = ""
    email: str = ""
    url: str = ""
    address: Address = _NO_ADDRESS
    geo: Geo | None = None
    opening_hours: tuple[str, ...] = ()
    criteria: Mapping[str, bool] = MappingProxyType({})
    cafe: Text = _NO_TEXT
    home_delivery: Text = _NO_TEXT
    home_delivery_telephone: str = ""
    opening_exceptions: tuple[tuple[str, str, str], ...] = ()
    """Days that differ, from the feed's special opening hours and the shop owner's own (the
    owner's win on a day both name): (YYYY-MM-DD, 'HH:MM-HH:MM' or '' for closed, a note such
    as 'Julafton'), one per day."""
    area_code: str = ""
    """Municipality (4 digits) or county (2 digits) code, for public warnings (VMA)."""
    radio: str = ""
    """The local Sveriges Radio P4 channel and frequency, for the emergency card."""


def choose_point(points: Sequence[ServicePoint], wanted: str) -> ServicePoint | None:
    """The service point with id `wanted`, else the feed's first: a kiosk with a misspelt
    service_point still shows a shop (and says so to its owner and the municipality)."""
    return next((p for p in points if p.id == wanted), points[0] if points else None)


def point_known(points: Sequence[ServicePoint], wanted: str) -> bool:
    """False when a service_point is configured and the content has no service point by that id."""
    return not wanted or any(p.id == wanted for p in points)


class Place(NamedTuple):
    """Tourist information: something to see, do, eat, stay at, or a practical service."""

    id: str
    category: str
    name: Text
    summary: Text = _NO_TEXT
    description: Text = _NO_TEXT
    image: str = ""
    geo: Geo | None = None
    address: Address = _NO_ADDRESS
    opening_hours: tuple[str, ...] = ()
    telephone: str = ""
    url: str = ""
    defibrillator: bool = False
    """A heart defibrillator (AED) is here (the emergency card shows the nearest)."""


class Link(NamedTuple):
    """A municipal or national e-service the locked-down browser may open."""

    id: str
    category: str
    name: Text
    description: Text
    url: str
    allow: tuple[str, ...] = ()


class Notice(NamedTuple):
    """A message from the municipality shown as a banner and in a list."""

    id: str
    level: str
    title: Text
    text: Text = _NO_TEXT
    valid_from: date | None = None
    valid_through: date | None = None
    expires: datetime | None = None
    """A `crisis` notice's end time (it takes over the screen until then)."""


class Brochure(NamedTuple):
    """A PDF brochure with an optional cover image."""

    id: str
    name: Text
    description: Text
    file: str
    cover: str = ""
    languages: tuple[str, ...] = ()


class Event(NamedTuple):
    """One occurrence of an event, with times in Europe/Stockholm."""

    uid: str
    start: datetime
    end: datetime
    all_day: bool
    title: Text
    description: Text = _NO_TEXT
    location: Text = _NO_TEXT
    price: Text = _NO_TEXT
    categories: tuple[str, ...] = ()
    cancelled: bool = False
    url: str = ""
    organizer: Text = _NO_TEXT
    """Who arranges it, a name as it is written in each language (it may be marked 'example')."""
    service_point: str = ""
    image: str = ""


class ContentInfo(NamedTuple):
    """What content is showing: feed version, when it was published, loaded and when it expires."""

    version: int
    publisher: str
    generated: datetime
    expires: datetime | None
    loaded: datetime


DAY_CODES: tuple[str, ...] = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


class OpeningSpan(NamedTuple):
    """Open on these weekdays (0 = Monday) from `opens` to `closes` ('09:00', '24:00')."""

    days: tuple[int, ...]
    opens: str
    closes: str


def parse_opening_hours(specs: tuple[str, ...] | list[str]) -> list[OpeningSpan]:
    """schema.org openingHours strings ('Mo-Fr 09:00-18:00', 'Sa,Su 10:00-14:00') as spans."""
    spans = []
    for spec in specs:
        day_part, _, time_part = spec.partition(" ")
        opens, _, closes = time_part.partition("-")
        days: list[int] = []
        for chunk in day_part.split(","):
            first, _, last = chunk.partition("-")
            if first not in DAY_CODES or (last and last not in DAY_CODES):
                continue
            a, b = DAY_CODES.index(first), DAY_CODES.index(last or first)
            days.extend(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        if days and opens and closes:
            spans.append(OpeningSpan(tuple(days), opens, closes))
    return spans


def in_period(valid_from: date | None, valid_through: date | None, today: date) -> bool:
    """Whether an item limited to validFrom..validThrough (whole days, both included) shows today."""
    return (valid_from or today) <= today <= (valid_through or today)
