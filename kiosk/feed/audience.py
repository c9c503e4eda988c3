"""Which service points an asset is for: made by the builder, read by a kiosk to fetch only its own."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from kiosk.errors import FeedError
from kiosk.feed import strictjson
from kiosk.feed.models import AUDIENCE_ASSET, AudienceDoc, FileEntry

ASSET_FIELDS = ("image", "file", "cover")
"""The fields of an item that name an asset."""


def audience_of(items: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, list[str]]:
    """Asset name -> the service points that show it, for assets not shown everywhere.

    `items` are the content documents' items by kind, with asset names in ASSET_FIELDS. A
    service point's own photo is shown at that service point; an item limited with
    `service_points` is shown at those. An asset that any unlimited item uses is for all.
    """
    limited: dict[str, set[str]] = {}
    everywhere: set[str] = set()
    for kind, kind_items in items.items():
        for item in kind_items:
            points = [item["id"]] if kind == "service_points" else item.get("service_points")
            for name in (item.get(key) for key in ASSET_FIELDS):
                if not isinstance(name, str) or not name:
                    continue
                if points:
                    limited.setdefault(name, set()).update(points)
                else:
                    everywhere.add(name)
    return {name: sorted(points) for name, points in limited.items() if name not in everywhere}


def audience_entry(files: Iterable[FileEntry]) -> FileEntry | None:
    """The manifest's entry of the audience asset, if the feed has one."""
    return next((e for e in files if e.kind == "assets" and e.name == AUDIENCE_ASSET), None)


def parse_audience(raw: bytes, path: str) -> AudienceDoc:
    """The audience asset's bytes as a document; FeedError naming the file when it is not one."""
    try:
        return AudienceDoc.model_validate(strictjson.loads(raw))
    except strictjson.JsonError as error:
        raise FeedError(f"{path}: not valid JSON ({error})") from None
    except ValidationError as error:
        raise FeedError(f"{path}: not an audience document ({error.errors()[0]['msg']})") from None


def elsewhere(files: Iterable[FileEntry], audience: AudienceDoc, service_point: str) -> set[str]:
    """Paths of the assets that only other service points than `service_point` show.

    A kiosk that does not know its service point ('') shows, and so needs, everything.
    """
    if not service_point:
        return set()
    return {
        entry.path
        for entry in files
        if entry.kind == "assets"
        and entry.name in audience.assets
        and service_point not in audience.assets[entry.name]
    }
