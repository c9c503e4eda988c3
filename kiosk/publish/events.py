"""The municipality's events in a source folder's events/*.ics, read and written with icalendar.

An event item is a plain dict:

    {"id": "stickcafe@ornskoldsvik.se",          # the UID
     "title": {"sv": "Stickcafé", "en": "Knitting café"},   # SUMMARY per language
     "description": {...}, "location": {...}, "price": {...},   # DESCRIPTION, LOCATION, X-KIOSK-PRICE
     "start": datetime(2026, 12, 13, 19, 0),      # naive = Stockholm time; a date = all day
     "end": datetime(2026, 12, 13, 21, 0),        # or None; for all day the last day + 1
     "rrule": "FREQ=WEEKLY;BYDAY=TU",             # "" when it does not repeat
     "categories": ["meeting"], "service_point": "bjorna", "url": "", "image": "",
     "status": "CONFIRMED"}                       # or "CANCELLED"

The Swedish file (`<name>.sv.ics` or `<name>.ics`) holds times, recurrence and status; the other
languages' files (`<name>.en.ics`, …) carry the same UID with their texts. Properties the
publisher does not edit (EXDATE, ORGANIZER, RECURRENCE-ID overrides, …) are kept as they were.
A date the file gives in a form iCalendar does not allow is returned as its text (a str), so
the publisher can show it and `problems()` can name it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import icalendar

from kiosk.domain import STOCKHOLM
from kiosk.errors import FeedError

TEXTS = {  # item field -> iCalendar property, per language
    "title": "SUMMARY",
    "description": "DESCRIPTION",
    "location": "LOCATION",
    "price": "X-KIOSK-PRICE",
}
SINGLE = {  # item field -> iCalendar property, in the Swedish file only
    "url": "URL",
    "service_point": "X-KIOSK-SERVICE-POINT",
    "image": "X-KIOSK-IMAGE",
    "status": "STATUS",
}
DEFAULT_GROUP = "events"


def file_language(path: Path) -> tuple[str, str]:
    """(group, language) of an events file: events.en.ics -> ('events', 'en'); x.ics -> ('x', 'sv')."""
    stem = path.name.removesuffix(".ics")
    group, _, lang = stem.rpartition(".")
    return (group, lang) if group and len(lang) == 2 else (stem, "sv")


def _masters(calendar: icalendar.Calendar) -> Iterator[icalendar.Event]:
    """The series' own VEVENTs (not RECURRENCE-ID overrides of one occurrence)."""
    for component in calendar.walk("VEVENT"):
        if isinstance(component, icalendar.Event) and "RECURRENCE-ID" not in component:
            yield component


def when(component: icalendar.Event, prop: str) -> date | datetime | str | None:
    """DTSTART/DTEND as a date, a datetime, or the file's text when iCalendar cannot read it."""
    value: Any = component.get(prop)
    if value is None:
        return None
    try:
        moment = value.dt
    except (AttributeError, ValueError, TypeError):
        raw = value.to_ical() if hasattr(value, "to_ical") else value
        return raw.decode() if isinstance(raw, bytes) else str(raw)
    return moment if isinstance(moment, date) else str(moment)


class EventFiles:
    """Every events/*.ics of a source folder, grouped by name and language."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.calendars: dict[tuple[str, str], icalendar.Calendar] = {}
        self.paths: dict[tuple[str, str], Path] = {}
        self.broken: dict[Path, str] = {}
        self._dirty: set[tuple[str, str]] = set()

    def load(self) -> None:
        """Read every events/*.ics; a file iCalendar cannot read is kept aside in `broken`."""
        for path in sorted(self.folder.glob("*.ics")):
            key = file_language(path)
            try:
                calendar = icalendar.Calendar.from_ical(path.read_bytes())
            except (OSError, ValueError, IndexError, KeyError) as error:
                self.broken[path] = str(error)
                continue
            self.calendars[key] = calendar
            self.paths[key] = path

    def groups(self) -> list[str]:
        """The names of the calendars (events.sv.ics and events.en.ics are one group 'events')."""
        return sorted({group for group, _ in self.calendars})

    def items(self) -> list[dict[str, Any]]:
        """Every event series of every group, Swedish file first, with all languages' texts."""
        found: list[dict[str, Any]] = []
        for group in self.groups():
            master = self.calendars.get((group, "sv"))
            if master is None:
                continue
            for component in _masters(master):
                found.append(self._item(group, component))
        return found

    def _item(self, group: str, component: icalendar.Event) -> dict[str, Any]:
        uid = str(component.get("UID", ""))
        item: dict[str, Any] = {"id": uid, "start": when(component, "DTSTART")}
        item["end"] = when(component, "DTEND")
        rule = component.get("RRULE")
        item["rrule"] = rule.to_ical().decode() if rule is not None else ""
        categories: Any = component.get("CATEGORIES")
        item["categories"] = [
            str(cat) for entry in _as_list(categories) for cat in getattr(entry, "cats", [])
        ]
        for key, prop in SINGLE.items():
            item[key] = str(component.get(prop, "") or "")
        for key, prop in TEXTS.items():
            item[key] = {
                lang: str(found[prop])
                for lang, found in self._translations(group, uid)
                if found.get(prop)
            }
        return item

    def _translations(self, group: str, uid: str) -> Iterator[tuple[str, icalendar.Event]]:
        for (name, lang), calendar in sorted(self.calendars.items()):
            if name != group:
                continue
            for component in _masters(calendar):
                if str(component.get("UID", "")) == uid:
                    yield lang, component

    def group_of(self, uid: str) -> str | None:
        """The group whose Swedish file holds this UID."""
        for (group, lang), calendar in self.calendars.items():
            if lang == "sv" and any(str(c.get("UID", "")) == uid for c in _masters(calendar)):
                return group
        return None

    def file_of(self, uid: str) -> str:
        """The Swedish file that holds (or will hold) this event, relative to the source folder."""
        group = self.group_of(uid) or DEFAULT_GROUP
        path = self.paths.get((group, "sv"), self.folder / f"{group}.sv.ics")
        return f"{self.folder.name}/{path.name}"

    def put(self, item: dict[str, Any]) -> None:
        """Add or change one event series in the Swedish file and its translations."""
        uid = str(item["id"])
        group = self.group_of(uid) or DEFAULT_GROUP
        languages = {lang for texts in _texts(item).values() for lang in texts} | {"sv"}
        known = {lang for name, lang in self.calendars if name == group}
        for lang in sorted(languages | known):
            component = self._component(group, lang, uid, create=lang in languages)
            if component is None:
                continue
            if lang != "sv" and not item.get("title", {}).get(lang):
                self._remove(group, lang, uid)
                continue
            _set_times(component, item)
            if lang == "sv":
                _set_master(component, item)
            for key, prop in TEXTS.items():
                text = str(item.get(key, {}).get(lang, "") or "").strip()
                component.pop(prop, None)
                if text:
                    component.add(prop, text)
            self._dirty.add((group, lang))

    def delete(self, uid: str) -> bool:
        """Remove the series (and its overrides and translations); False when it is not there."""
        group = self.group_of(uid)
        if group is None:
            return False
        for name, lang in list(self.calendars):
            if name == group:
                self._remove(group, lang, uid)
        return True

    def save(self) -> None:
        """Write the changed files (each calendar gets the VTIMEZONEs its times need)."""
        for key in sorted(self._dirty):
            calendar = self.calendars[key]
            calendar.add_missing_timezones()
            path = self.paths.setdefault(key, self.folder / f"{key[0]}.{key[1]}.ics")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                temporary = path.with_name(f".{path.name}.tmp")
                temporary.write_bytes(calendar.to_ical())
                temporary.replace(path)
            except OSError as error:
                raise FeedError(f"{path}: cannot be written ({error.strerror})") from None
        self._dirty.clear()

    def _component(self, group: str, lang: str, uid: str, create: bool) -> icalendar.Event | None:
        calendar = self.calendars.get((group, lang))
        if calendar is None:
            if not create:
                return None
            calendar = icalendar.Calendar()
            calendar.add("VERSION", "2.0")
            calendar.add("PRODID", "-//Servicepunkt Kiosk//publisher//SV")
            self.calendars[(group, lang)] = calendar
        for component in _masters(calendar):
            if str(component.get("UID", "")) == uid:
                return component
        if not create:
            return None
        component = icalendar.Event()
        component.add("UID", uid)
        component.add("DTSTAMP", datetime.now(UTC).replace(microsecond=0))
        calendar.add_component(component)
        return component

    def _remove(self, group: str, lang: str, uid: str) -> None:
        calendar = self.calendars.get((group, lang))
        if calendar is None:
            return
        kept = [
            c for c in calendar.subcomponents if str(c.get("UID", "")) != uid or c.name != "VEVENT"
        ]
        if len(kept) != len(calendar.subcomponents):
            calendar.subcomponents[:] = kept
            self._dirty.add((group, lang))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _texts(item: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {key: dict(item.get(key) or {}) for key in TEXTS if item.get(key)}


def _local(moment: Any) -> Any:
    """A naive datetime from a form is Stockholm time; dates stay dates."""
    if isinstance(moment, datetime) and moment.tzinfo is None:
        return moment.replace(tzinfo=STOCKHOLM)
    return moment


def _set_times(component: icalendar.Event, item: dict[str, Any]) -> None:
    for key, prop in (("start", "DTSTART"), ("end", "DTEND")):
        moment = item.get(key)
        if isinstance(moment, str):
            continue  # a date iCalendar could not read stays as the file had it, to be fixed
        component.pop(prop, None)
        if isinstance(moment, date):
            component.add(prop, _local(moment))


def _set_master(component: icalendar.Event, item: dict[str, Any]) -> None:
    component.pop("RRULE", None)
    if item.get("rrule"):
        component.add("RRULE", icalendar.vRecur.from_ical(str(item["rrule"])))
    component.pop("CATEGORIES", None)
    if item.get("categories"):
        component.add("CATEGORIES", list(item["categories"]))
    for key, prop in SINGLE.items():
        component.pop(prop, None)
        if item.get(key):
            component.add(prop, str(item[key]))
