"""Pydantic models of feed format v1 (manifest and content documents), field names from schema.org."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    ValidationInfo,
    field_validator,
    model_validator,
)

from kiosk.domain import LINK_CATEGORIES, PLACE_CATEGORIES

SHA256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", description="Lower-case hex SHA-256")]
ItemId = Annotated[
    str,
    Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$", description="Lower-case a-z, 0-9 and '-'"),
]
AssetRef = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9_][A-Za-z0-9._/-]{0,200}\.[a-z0-9]{1,5}$",
        description="Name of an asset of the same feed, as its manifest entry's `name` gives it",
    ),
]
PERIOD_REVERSED = "validThrough is before validFrom"
HOURS_HALF = "opens and closes go together (neither: closed)"
HOURS_REVERSED = "closes is not after opens"
SPECIAL_TOO_LONG = "a period of special hours is longer than 366 days"
Url = Annotated[str, Field(pattern=r"^https?://[^\s]+$", description="An http(s) address")]


def _check_languages(values: dict[str, str]) -> dict[str, str]:
    for lang in values:
        if not re.fullmatch(r"[a-z]{2}", lang):
            raise ValueError(f"'{lang}' is not a two-letter language code")
    if not values.get("sv", "").strip():
        raise ValueError("a Swedish text ('sv') is required")
    return values


class LangText(RootModel[dict[str, str]]):
    """Text per language: {"sv": "...", "en": "..."}; Swedish is required."""

    root: Annotated[dict[str, str], AfterValidator(_check_languages)]


class OptionalLangText(RootModel[dict[str, str]]):
    """Text per language that may be left out entirely; if given, Swedish is required."""

    root: Annotated[dict[str, str], AfterValidator(_check_languages)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Dated(_Strict):
    """Every item may be limited to a period (schema.org validFrom/validThrough, whole days,
    both included); kiosks hide it outside, even offline. Added to format v1 in 2026-12:
    kiosks from before then know these fields on notices only."""

    validFrom: date | None = None
    validThrough: date | None = None

    @field_validator("validThrough")
    @classmethod
    def _period_in_order(cls, value: date | None, info: ValidationInfo) -> date | None:
        first = info.data.get("validFrom")
        if value is not None and first is not None and value < first:
            raise ValueError(PERIOD_REVERSED)
        return value


class GeoCoordinates(_Strict):
    """schema.org GeoCoordinates."""

    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)


class PostalAddress(_Strict):
    """schema.org PostalAddress."""

    streetAddress: str = ""
    postalCode: str = ""
    addressLocality: str = ""


OpeningHours = Annotated[
    str,
    Field(
        pattern=r"^(Mo|Tu|We|Th|Fr|Sa|Su)(-(Mo|Tu|We|Th|Fr|Sa|Su))?(,(Mo|Tu|We|Th|Fr|Sa|Su)(-(Mo|Tu|We|Th|Fr|Sa|Su))?)* "
        r"([01]\d|2[0-4]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$",
        description="schema.org openingHours, e.g. 'Mo-Fr 09:00-18:00'",
    ),
]


class Criteria(_Strict):
    """Which of the five service-point criteria the shop offers."""

    computer: bool = False
    cafe: bool = False
    tourist_info: bool = False
    activities: bool = False
    home_delivery: bool = False


Clock = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="HH:MM")]
ClosingClock = Annotated[
    str, Field(pattern=r"^(([01]\d|2[0-3]):[0-5]\d|24:00)$", description="HH:MM or 24:00")
]


class SpecialHours(_Strict):
    """Days whose hours differ from the week's, e.g. "stängt juldagen", "10-14 julafton"
    (schema.org specialOpeningHoursSpecification): from validFrom through validThrough (the
    same day when left out), closed when neither opens nor closes is given, else open
    opens-closes. They win over the weekly hours and the public holidays."""

    validFrom: date
    validThrough: date | None = None
    opens: Clock | None = None
    closes: ClosingClock | None = None
    description: str = Field("", max_length=80)
    """What the day is, shown beside it ("Julafton")."""

    @model_validator(mode="after")
    def _consistent(self) -> SpecialHours:
        last = self.validThrough or self.validFrom
        if last < self.validFrom:
            raise ValueError(PERIOD_REVERSED)
        if (last - self.validFrom).days > 365:
            raise ValueError(SPECIAL_TOO_LONG)
        if (self.opens is None) != (self.closes is None):
            raise ValueError(HOURS_HALF)
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValueError(HOURS_REVERSED)
        return self

    def days(self) -> list[tuple[str, str, str]]:
        """One (YYYY-MM-DD, 'HH:MM-HH:MM' or '' for closed, description) per day."""
        hours = f"{self.opens}-{self.closes}" if self.opens and self.closes else ""
        count = ((self.validThrough or self.validFrom) - self.validFrom).days + 1
        return [
            ((self.validFrom + timedelta(days=n)).isoformat(), hours, self.description)
            for n in range(count)
        ]


SPECIAL_HOURS_ASSET = "kiosk-special-hours.json"
"""The asset that carries the service points' special opening hours (see SpecialHoursDoc)."""
MAX_SPECIAL_HOURS = 60
"""Periods of special hours per service point (a year of holidays fits many times over)."""


class SpecialHoursDoc(_Strict):
    """The service points' special opening hours, as the asset named SPECIAL_HOURS_ASSET:
    {"format": 1, "specialOpeningHours": {"bjorna": [{"validFrom": "2026-12-24", ...}]}}.
    Kiosks from before them take it for an asset and ignore it (they show the weekly hours),
    while the service points' document stays as they know it."""

    format: Literal[1] = 1
    specialOpeningHours: dict[
        ItemId, Annotated[list[SpecialHours], Field(max_length=MAX_SPECIAL_HOURS)]
    ]


class ServicePointItem(_Dated):
    """A shop or petrol station that is a servicepunkt."""

    id: ItemId
    name: str = Field(min_length=1)
    village: str = Field(min_length=1)
    example: bool = False
    description: OptionalLangText | None = None
    image: AssetRef | None = None
    telephone: str = ""
    email: str = ""
    url: Url | None = None
    address: PostalAddress = PostalAddress()
    geo: GeoCoordinates | None = None
    openingHours: list[OpeningHours] = []
    criteria: Criteria = Criteria()
    cafe: OptionalLangText | None = None
    home_delivery: OptionalLangText | None = None
    home_delivery_telephone: str = ""
    area_code: Annotated[str, Field(pattern=r"^(\d{2}|\d{4})?$")] = ""
    """Municipality (4 digits, e.g. 2284) or county (2 digits) code for public warnings (VMA)."""
    radio: str = Field("", max_length=100)
    """The local Sveriges Radio P4 channel and frequency, e.g. 'P4 Västernorrland 100,2 MHz'."""
    specialOpeningHours: Annotated[list[SpecialHours], Field(max_length=MAX_SPECIAL_HOURS)] = []
    """Holidays and other days that differ; the build moves them to SPECIAL_HOURS_ASSET."""


class PlaceItem(_Dated):
    """Tourist information item."""

    id: ItemId
    category: Literal[PLACE_CATEGORIES]  # type: ignore[valid-type]
    name: LangText
    summary: OptionalLangText | None = None
    description: OptionalLangText | None = None
    image: AssetRef | None = None
    geo: GeoCoordinates | None = None
    address: PostalAddress = PostalAddress()
    openingHours: list[OpeningHours] = []
    telephone: str = ""
    url: Url | None = None
    service_points: list[ItemId] = []
    defibrillator: bool = False
    """A heart defibrillator (AED) is here: the emergency card shows the nearest one."""


class LinkItem(_Dated):
    """A municipal or national e-service."""

    id: ItemId
    category: Literal[LINK_CATEGORIES]  # type: ignore[valid-type]
    name: LangText
    description: LangText
    url: Url
    allow: list[Annotated[str, Field(pattern=r"^(\*\.)?[a-z0-9.-]+\.[a-z]{2,}$")]] = []
    service_points: list[ItemId] = []


class NoticeItem(_Dated):
    """A notice for visitors."""

    id: ItemId
    level: Literal["info", "important", "crisis"] = "info"
    title: LangText
    text: OptionalLangText | None = None
    expires: AwareDatetime | None = None
    """When a `crisis` notice stops taking over the screen (it does until validThrough otherwise)."""
    service_points: list[ItemId] = []


class BrochureItem(_Dated):
    """A PDF brochure."""

    id: ItemId
    name: LangText
    description: OptionalLangText | None = None
    file: Annotated[AssetRef, Field(pattern=r"\.pdf$")]
    cover: AssetRef | None = None
    languages: list[Annotated[str, Field(pattern=r"^[a-z]{2}$")]] = []
    service_points: list[ItemId] = []


class Period(_Dated):
    """The days an item shows on (validFrom through validThrough)."""


SIGNATURES_FOLDER = "signatures"


def signature_name(manifest_raw: bytes) -> str:
    """The path of the signature of exactly these manifest bytes: 'signatures/<sha256>.minisig'.

    Published before its manifest and never replaced, so a kiosk that reads any manifest finds
    the signature that belongs to it; manifest.json.minisig, which kiosks from before December
    2026 read, is written after the manifest (see docs/feed.md, "Signing")."""
    return f"{SIGNATURES_FOLDER}/{hashlib.sha256(manifest_raw).hexdigest()}.minisig"


PERIODS_ASSET = "kiosk-periods.json"
"""The asset that carries the dates of items other than notices (see PeriodsDoc)."""


class PeriodsDoc(_Strict):
    """The from/to dates of service points, places, links and brochures, as the asset named
    PERIODS_ASSET: kiosks from before dates on every kind take it for an asset and ignore it
    (they show the items regardless), while the items' documents stay as they knew them."""

    format: Literal[1] = 1
    periods: dict[Literal["service_points", "places", "links", "brochures"], dict[ItemId, Period]]


AUDIENCE_ASSET = "kiosk-audience.json"
"""The asset that says which service points an asset is for (see AudienceDoc)."""


class AudienceDoc(_Strict):
    """The service points each asset is shown at, as the asset named AUDIENCE_ASSET.

    Only assets shown at some service points are listed (a shop's own photo, a place or
    brochure limited with `service_points`); every other asset is for all. A kiosk leaves out
    the assets of other service points. It travels as an asset, not as a manifest field: every
    kiosk released so far refuses an unknown field in the manifest, and ignores an asset.
    """

    format: Literal[1] = 1
    assets: dict[AssetRef, Annotated[list[ItemId], Field(min_length=1)]]


class ServicePointsDoc(_Strict):
    """content/<sha256>.json holding the service points."""

    format: Literal[1] = 1
    kind: Literal["service_points"]
    items: list[ServicePointItem]


class PlacesDoc(_Strict):
    """content/<sha256>.json holding tourist information."""

    format: Literal[1] = 1
    kind: Literal["places"]
    items: list[PlaceItem]


class LinksDoc(_Strict):
    """content/<sha256>.json holding e-service links."""

    format: Literal[1] = 1
    kind: Literal["links"]
    items: list[LinkItem]


class NoticesDoc(_Strict):
    """content/<sha256>.json holding notices."""

    format: Literal[1] = 1
    kind: Literal["notices"]
    items: list[NoticeItem]


class BrochuresDoc(_Strict):
    """content/<sha256>.json holding brochures."""

    format: Literal[1] = 1
    kind: Literal["brochures"]
    items: list[BrochureItem]


ContentDoc = Annotated[
    ServicePointsDoc | PlacesDoc | LinksDoc | NoticesDoc | BrochuresDoc,
    Field(discriminator="kind"),
]


class ContentFile(RootModel[ContentDoc]):
    """Any content document, told apart by its `kind`."""

    root: ContentDoc


class FileEntry(_Strict):
    """One file of the feed, content-addressed."""

    path: Annotated[
        str,
        Field(
            pattern=r"^(content/[0-9a-f]{64}\.json|events/[0-9a-f]{64}\.ics|assets/[0-9a-f]{64}\.[a-z0-9]{1,5})$"
        ),
    ]
    sha256: SHA256
    size: int = Field(ge=0, le=200 * 1024 * 1024)
    lang: Annotated[str, Field(pattern=r"^[a-z]{2}$")] | None = Field(
        default=None, description="Language of an events file"
    )
    name: AssetRef | None = Field(
        default=None,
        description="An asset's stable name, used by content and events to refer to it; "
        "a changed image keeps its name, so only the asset and the manifest change",
    )

    @property
    def kind(self) -> str:
        """'content', 'events' or 'assets'."""
        return self.path.split("/", 1)[0]


class Manifest(_Strict):
    """manifest.json: every file of the feed with its hash and size."""

    format: Literal[1] = 1
    version: int = Field(ge=1, description="Monotonic: a kiosk refuses a lower version")
    generated: AwareDatetime
    expires: AwareDatetime | None = None
    publisher: str = Field(min_length=1)
    files: list[FileEntry]
