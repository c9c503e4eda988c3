"""Turn verified, held objects into a new content database: events expanded, swap atomic."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.errors import ContentError, FeedError
from kiosk.feed.ics import STOCKHOLM, expand, parse_calendar
from kiosk.feed.models import SpecialHours
from kiosk.feed.validate import MANIFEST, CheckedFeed, ObjectsSource, check_feed
from kiosk.paths import DataDir
from kiosk.store.content import ContentBundle, ContentStore, write_content
from kiosk.store.files import write_atomic


@dataclass(frozen=True)
class LoadResult:
    """What a load produced: the database, the feed version and event problems skipped."""

    database: Path
    version: int
    events: int
    problems: tuple[str, ...]


def build_content(
    source: ObjectsSource,
    data: DataDir,
    now: datetime,
    window_days: int = 180,
    extra_calendars: Sequence[tuple[str, bytes]] = (),
) -> LoadResult:
    """Check the held objects of `source`, expand its events and swap in a new content database.

    Only the sync's apply path calls this, once it has verified and installed every object the
    manifest lists (kiosk.sync.engine): nothing reaches the screen that it did not accept.
    `extra_calendars` are (name, .ics bytes) pairs from the kiosk's own calendars (extra_ics_urls);
    their events are shown beside the feed's; a broken one is skipped and reported, never fatal.
    """
    checked = check_feed(source)
    if not checked.ok or checked.manifest is None:
        more = f" (and {len(checked.errors) - 1} more problems)" if len(checked.errors) > 1 else ""
        raise FeedError(f"{checked.errors[0]}{more}")
    result = _build(checked, data, now, window_days, source.describe(), extra_calendars)
    # Last: the held manifest says what the current content was built from.
    _write_atomic(data.root / "feed" / MANIFEST, checked.manifest_raw)
    return result


def reload_from_objects(
    data: DataDir,
    now: datetime,
    window_days: int = 180,
    extra_calendars: Sequence[tuple[str, bytes]] = (),
    fallback_origin: str = "",
    service_point: str = "",
) -> LoadResult:
    """Rebuild the content database from the objects already held (e.g. to move the event window).

    The content keeps the origin it had, so that the rollback check still knows its feed;
    `fallback_origin` stands in when the content showing cannot say (it was damaged). The
    objects of `service_point`'s kiosk lack the assets that only other service points show.
    """
    manifest = data.root / "feed" / MANIFEST
    try:
        raw = manifest.read_bytes()
    except OSError:
        raise FeedError("no feed has been loaded yet") from None
    source = ObjectsSource(data.objects_dir, raw, _origin(data) or fallback_origin, service_point)
    return build_content(source, data, now, window_days, extra_calendars)


def _origin(data: DataDir) -> str:
    try:
        store = ContentStore(data.content_dir, data.objects_dir)
    except ContentError:
        return ""
    try:
        return str(store.meta.get("origin", ""))
    except (KeyError, ValueError, TypeError):
        return ""
    finally:
        store.close()


def _write_atomic(target: Path, raw: bytes) -> None:
    try:
        write_atomic(target, raw)
    except OSError as error:
        raise FeedError(f"cannot store {target.name}: {error.strerror}") from None


def _with_objects(item: dict[str, Any], objects: dict[str, str]) -> dict[str, Any]:
    """Asset names replaced by the content-addressed object each stands for."""
    for key in ("image", "file", "cover"):
        if item.get(key):
            item[key] = objects[item[key]]
    return item


def _build(
    checked: CheckedFeed,
    data: DataDir,
    now: datetime,
    window_days: int,
    origin: str,
    extra_calendars: Sequence[tuple[str, bytes]] = (),
) -> LoadResult:
    manifest = checked.manifest
    assert manifest is not None  # checked.ok
    objects = {
        entry.name: entry.path for entry in manifest.files if entry.kind == "assets" and entry.name
    }
    items: dict[str, list[dict[str, Any]]] = {}
    for doc in checked.documents.values():
        items[doc.kind] = [
            _with_objects(item.model_dump(mode="json", exclude_none=True), objects)
            for item in doc.items
        ]
    periods = checked.periods.periods if checked.periods else {}
    for kind, by_id in periods.items():
        for item in items.get(kind, []):
            if item["id"] in by_id:
                item.update(by_id[item["id"]].model_dump(mode="json", exclude_none=True))
    special = checked.special_hours.specialOpeningHours if checked.special_hours else {}
    for point in items.get("service_points", []):
        # The days that differ, one per date, as the kiosk's opening-hours logic reads them.
        listed = [*point.pop("specialOpeningHours", ()), *special.get(point["id"], ())]
        point["opening_exceptions"] = [
            day for hours in listed for day in SpecialHours.model_validate(hours).days()
        ]
    start = (now.astimezone(STOCKHOLM) - timedelta(days=1)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    end = start + timedelta(days=window_days + 1)
    expanded = expand(checked.calendars, start, end, source="events")
    for name, raw in extra_calendars:
        try:
            extra = expand({"sv": parse_calendar(raw, name)}, start, end, source=name)
        except FeedError as error:
            expanded.problems.append(str(error))
            continue
        # Namespaced so that a local calendar can never replace an event of the feed.
        expanded.events.extend(e._replace(uid=f"{name}#{e.uid}", image="") for e in extra.events)
        expanded.problems.extend(extra.problems)
    expanded.events.sort(key=lambda event: (event.start, event.uid))
    events = [e._replace(image=objects.get(e.image, "")) if e.image else e for e in expanded.events]
    meta = {
        "version": manifest.version,
        "publisher": manifest.publisher,
        "generated": manifest.generated.isoformat(),
        "expires": manifest.expires.isoformat() if manifest.expires else None,
        "loaded": now.isoformat(),
        "window_start": start.isoformat(),
        "window_end": end.isoformat(),
        "origin": origin,
        "problems": expanded.problems,
        "manifest_sha256": hashlib.sha256(checked.manifest_raw).hexdigest(),
    }
    bundle = ContentBundle(
        meta=meta,
        service_points=items.get("service_points", []),
        places=items.get("places", []),
        links=items.get("links", []),
        notices=items.get("notices", []),
        brochures=items.get("brochures", []),
        events=events,
    )
    database = write_content(data.content_dir, bundle)
    return LoadResult(database, manifest.version, len(events), tuple(expanded.problems))
