"""What is wrong with a source folder's items, per file, item and field, in Swedish and English."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import icalendar
from pydantic import BaseModel, ValidationError

from kiosk.domain import STOCKHOLM
from kiosk.feed.ics import expand
from kiosk.feed.models import BrochureItem, LinkItem, NoticeItem, PlaceItem, ServicePointItem
from kiosk.feed.words import Words, plain_words

if TYPE_CHECKING:
    from kiosk.publish.source import SourceFolder

MODELS: dict[str, type[BaseModel]] = {
    "service_points": ServicePointItem,
    "places": PlaceItem,
    "links": LinkItem,
    "notices": NoticeItem,
    "brochures": BrochureItem,
}
ASSET_FIELDS = ("image", "file", "cover")
SKIP_WINDOW = timedelta(days=180)
"""Events are checked over the window a kiosk expands them over."""


@dataclass(frozen=True)
class Problem:
    """One thing to fix (or, with `skipped`, an item kiosks will leave out while the rest shows)."""

    file: str
    kind: str
    item_id: str
    field: str
    message_sv: str
    message_en: str
    skipped: bool = False

    def line(self, lang: str = "en") -> str:
        """'notices.toml: notice 'stangt': validThrough: …' in English, or in Swedish with 'sv'."""
        message = self.message_sv if lang == "sv" else self.message_en
        where = [self.file]
        if self.item_id:
            where.append(f"'{self.item_id}'")
        if self.field:
            where.append(self.field)
        return ": ".join([*where, message])


def _field(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif part != "root" and not str(part).startswith("function-"):
            parts.append(("." if parts else "") + str(part))
    return "".join(parts)


def _placeholders(item: Mapping[str, Any]) -> dict[str, Any]:
    """The item as the build will see it: `x_file.sv = "…"` stands for a text in `x.sv`."""
    data = {key: value for key, value in item.items() if not key.endswith("_file")}
    for key, value in item.items():
        if key.endswith("_file") and isinstance(value, Mapping):
            texts = dict(data.get(key.removesuffix("_file")) or {})
            texts.update({lang: "(file)" for lang in value})
            data[key.removesuffix("_file")] = texts
    return data


def check_item(
    folder: SourceFolder, kind: str, item: Mapping[str, Any], known: set[str] | None = None
) -> list[Problem]:
    """What is wrong with one item, field by field (empty when nothing is).

    `known` is the service points' ids, when the caller has them already."""
    item_id = str(item.get("id", ""))
    file = folder.events.file_of(item_id) if kind == "events" else folder.file_of(kind)

    def problem(field: str, words: Words, skipped: bool = False) -> Problem:
        return Problem(file, kind, item_id, field, words.sv, words.en, skipped)

    if kind == "events":
        # A date iCalendar cannot read does not stop the build: kiosks skip that event.
        return [
            problem(field, words, field in {"start", "end"} and isinstance(item.get(field), str))
            for field, words in _event_problems(item)
        ]
    found: list[Problem] = []
    try:
        MODELS[kind].model_validate(_placeholders(item))
    except ValidationError as error:
        for entry in error.errors():
            found.append(problem(_field(tuple(entry["loc"])), plain_words(entry)))
    for name in ASSET_FIELDS:
        ref = item.get(name)
        if isinstance(ref, str) and ref and not _inside(folder.root, ref):
            found.append(
                problem(
                    name,
                    Words(
                        f"there is no file '{ref}' in the source folder",
                        f"filen '{ref}' finns inte i källmappen",
                    ),
                )
            )
    if known is None:
        known = {str(point.get("id")) for point in folder.items("service_points")}
    for target in item.get("service_points") or []:
        if kind != "service_points" and target not in known:
            found.append(
                problem(
                    "service_points",
                    Words(
                        f"there is no service point '{target}'",
                        f"det finns ingen servicepunkt '{target}'",
                    ),
                )
            )
    return found


def _inside(root: Path, ref: str) -> bool:
    path = (root / ref).resolve()
    return root.resolve() in path.parents and path.is_file()


def _event_problems(item: Mapping[str, Any]) -> list[tuple[str, Words]]:
    found: list[tuple[str, Words]] = []
    if not str(item.get("id", "")).strip():
        found.append(("id", Words("an event needs a UID", "ett evenemang behöver ett UID")))
    if not str((item.get("title") or {}).get("sv", "")).strip():
        found.append(("title.sv", Words("a Swedish title is required", "en svensk titel krävs")))
    start, end = item.get("start"), item.get("end")
    if start is None:
        found.append(("start", Words("the start is missing", "starttiden saknas")))
    for key in ("start", "end"):
        if isinstance(item.get(key), str):
            found.append(
                (
                    key,
                    Words(
                        f"'{item[key]}' is not a date or time iCalendar can read "
                        "(write it like 20261213T190000)",
                        f"'{item[key]}' är inte ett datum eller en tid som iCalendar kan läsa "
                        "(skriv som 20261213T190000)",
                    ),
                )
            )
    if isinstance(start, date) and isinstance(end, date) and _key(end) < _key(start):
        found.append(("end", Words("ends before it starts", "slutar innan det börjar")))
    if item.get("rrule"):
        try:
            icalendar.vRecur.from_ical(str(item["rrule"]))
        except ValueError:
            found.append(
                (
                    "rrule",
                    Words("the repetition cannot be read", "upprepningen går inte att läsa"),
                )
            )
    return found


def _key(moment: date) -> datetime:
    if isinstance(moment, datetime):
        return moment if moment.tzinfo else moment.replace(tzinfo=STOCKHOLM)
    return datetime(moment.year, moment.month, moment.day, tzinfo=STOCKHOLM)


def check_folder(folder: SourceFolder, now: datetime | None = None) -> list[Problem]:
    """Everything the build refuses, then every event a kiosk would skip (`skipped=True`)."""
    found: list[Problem] = []
    if not str(folder.settings().get("publisher", "")).strip():
        found.append(
            Problem(
                "feed.toml", "", "", "publisher",
                "utgivaren (publisher) saknas, t.ex. \"Örnsköldsviks kommun\"",
                'the publisher is missing, e.g. publisher = "Örnsköldsviks kommun"',
            )
        )  # fmt: skip
    if not folder.has_file("service_points"):
        found.append(
            Problem(
                "service_points.toml", "service_points", "", "",
                "filen saknas: ett flöde måste ha minst en servicepunkt",
                "the file is missing: a feed needs its service points",
            )
        )  # fmt: skip
    for path, reason in folder.events.broken.items():
        found.append(
            Problem(
                f"events/{path.name}", "events", "", "",
                f"är ingen iCalendar-fil som går att läsa ({reason})",
                f"not a valid iCalendar file ({reason})",
            )
        )  # fmt: skip
    known = {str(point.get("id")) for point in folder.items("service_points")}
    for kind in [*MODELS, "events"]:
        seen: set[str] = set()
        for item in folder.items(kind):
            found.extend(check_item(folder, kind, item, known))
            item_id = str(item.get("id", ""))
            if item_id in seen:
                found.append(
                    Problem(
                        folder.file_of(kind), kind, item_id, "id",
                        "samma id används två gånger; varje objekt behöver ett eget",
                        "the same id is used twice; every item needs its own",
                    )
                )  # fmt: skip
            seen.add(item_id)
    named = {problem.item_id for problem in found if problem.skipped}
    skipped = skipped_events(folder, now or datetime.now(UTC))
    return found + [problem for problem in skipped if problem.item_id not in named]


def skipped_events(folder: SourceFolder, now: datetime) -> list[Problem]:
    """The event series a kiosk would leave out, each with the kiosk's own reason."""
    found = []
    for group in folder.events.groups():
        calendars = {
            lang: calendar
            for (name, lang), calendar in folder.events.calendars.items()
            if name == group
        }
        file = folder.events.paths.get((group, "sv"))
        label = f"events/{file.name}" if file else f"events/{group}.sv.ics"
        result = expand(calendars, now - timedelta(days=1), now + SKIP_WINDOW, source=label)
        for reason in result.problems:
            uid = reason.split("'")[1] if reason.count("'") >= 2 else ""
            text = reason.removeprefix(f"{label}: ").removeprefix(f"event '{uid}' skipped: ")
            found.append(
                Problem(
                    label, "events", uid, "",
                    f"hoppas över på kioskerna: {text}",
                    f"skipped by kiosks: {text}",
                    skipped=True,
                )
            )  # fmt: skip
    return found
