"""Check a feed folder against format v1 and say, in plain words, what is wrong and where."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import icalendar
from pydantic import BaseModel, ValidationError

from kiosk.errors import FeedError
from kiosk.feed import strictjson
from kiosk.feed.audience import audience_entry, elsewhere
from kiosk.feed.folder import MAX_MANIFEST_BYTES
from kiosk.feed.ics import parse_calendar
from kiosk.feed.models import (
    AUDIENCE_ASSET,
    PERIODS_ASSET,
    SPECIAL_HOURS_ASSET,
    AudienceDoc,
    ContentFile,
    FileEntry,
    Manifest,
    PeriodsDoc,
    SpecialHoursDoc,
    signature_name,
)
from kiosk.feed.sign import SIGNATURE_FILE, SignatureError, verify
from kiosk.feed.sources import (
    MANIFEST,
    FeedSource,
    FolderSource,
    ObjectsSource,
    WebSource,
    read_all,
)
from kiosk.feed.words import plain_words
from kiosk.units import human_size

__all__ = [
    "MANIFEST",
    "MAX_DOCUMENT_BYTES",
    "CheckedFeed",
    "FeedSource",
    "FolderSource",
    "ObjectsSource",
    "WebSource",
    "check_feed",
]

MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
"""A content document or events file is parsed in memory, so it is read up to this size only;
assets (images, PDFs) are only streamed through a hash and may be as large as the format allows."""

MAX_SIGNATURE_BYTES = 64 * 1024


@dataclass
class CheckedFeed:
    """A feed that passed (or failed) validation, with what was read along the way."""

    errors: list[str] = field(default_factory=list)
    manifest: Manifest | None = None
    documents: dict[str, Any] = field(default_factory=dict)
    calendars: dict[str, icalendar.Calendar] = field(default_factory=dict)
    manifest_raw: bytes = b""
    trusted_comment: str | None = None  # set when the manifest's signature was verified
    periods: PeriodsDoc | None = None
    """The from/to dates of items other than notices, when the feed has any."""
    audience: AudienceDoc | None = None
    """Which service points the assets shown at some only are for, when the feed has any."""
    special_hours: SpecialHoursDoc | None = None
    """The service points' special opening hours, when the feed has any."""

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.errors


def _field_path(loc: Sequence[Any]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif part not in {"root"} and not str(part).startswith("function-"):
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or "(whole file)"


def _explain(file: str, error: ValidationError, data: Any) -> list[str]:
    """One line per problem: file, item (kind, number and id), field, what is wrong."""
    lines = []
    for problem in error.errors():
        loc = list(problem["loc"])
        where = file
        if len(loc) >= 3 and loc[1] == "items" and isinstance(loc[2], int):
            kind, index = loc[0], loc[2]
            item_id = _item_id(data, index)
            where += f": {kind} item {index + 1}" + (f" ('{item_id}')" if item_id else "")
            loc = loc[3:]
        lines.append(f"{where}: {_field_path(loc)}: {plain_words(problem).en}")
    return lines


def _item_id(data: Any, index: int) -> str:
    try:
        return str(data["items"][index].get("id", ""))
    except (KeyError, IndexError, TypeError, AttributeError):
        return ""


def _load_model(model: type[BaseModel], file: str, raw: bytes, errors: list[str]) -> Any:
    try:
        data = strictjson.loads(raw)
    except strictjson.JsonError as error:
        errors.append(f"{file}: not valid JSON ({error})")
        return None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        errors.extend(_explain(file, error, data))
        return None


def check_feed(source: FeedSource, public_keys: Sequence[str] = ()) -> CheckedFeed:
    """Validate manifest, every listed file (size, hash, format) and cross-references.

    With `public_keys` (minisign), manifest.json.minisig must exist and verify. Files are read
    as streams: an asset passes through the hash and is dropped, so memory stays bounded
    whatever the feed's size; only content documents and events files are held, to be parsed.
    Objects of a held source were verified when installed and are not hashed again.
    """
    checked = CheckedFeed()
    try:
        manifest_raw = read_all(source, MANIFEST, MAX_MANIFEST_BYTES)
    except FeedError as error:
        checked.errors.append(str(error))
        return checked
    if public_keys:
        _check_signature(source, manifest_raw, public_keys, checked)
    manifest = _load_model(Manifest, MANIFEST, manifest_raw, checked.errors)
    if manifest is None:
        return checked
    checked.manifest = manifest
    checked.manifest_raw = manifest_raw
    away = _elsewhere(source, manifest, checked)
    for entry in manifest.files:
        if entry.name == AUDIENCE_ASSET:
            continue  # read first, by _elsewhere
        if entry.path in away:
            continue  # another service point's asset, deliberately not fetched
        if entry.kind == "assets" and entry.name == PERIODS_ASSET:
            raw = _read_document(source, entry, checked.errors)
            if raw is not None:
                checked.periods = _load_model(PeriodsDoc, entry.path, raw, checked.errors)
            continue
        if entry.kind == "assets" and entry.name == SPECIAL_HOURS_ASSET:
            raw = _read_document(source, entry, checked.errors)
            if raw is not None:
                checked.special_hours = _load_model(
                    SpecialHoursDoc, entry.path, raw, checked.errors
                )
            continue
        if entry.kind == "assets":
            _check_asset(source, entry, checked.errors)
            continue
        raw = _read_document(source, entry, checked.errors)
        if raw is None:
            continue
        if entry.kind == "content":
            doc = _load_model(ContentFile, entry.path, raw, checked.errors)
            if doc is not None:
                checked.documents[entry.path] = doc.root
        elif entry.kind == "events":
            _check_events(entry, raw, checked)
    _cross_check(manifest, checked)
    return checked


def _elsewhere(source: FeedSource, manifest: Manifest, checked: CheckedFeed) -> set[str]:
    """Reads the audience asset into `checked`; the assets a kiosk does not hold because only
    other service points show them (none for any other source: a feed must be whole)."""
    entry = audience_entry(manifest.files)
    if entry is None:
        return set()
    raw = _read_document(source, entry, checked.errors)
    if raw is not None:
        checked.audience = _load_model(AudienceDoc, entry.path, raw, checked.errors)
    if checked.audience is None or not isinstance(source, ObjectsSource):
        return set()
    away = elsewhere(manifest.files, checked.audience, source.service_point)
    return {path for path in away if source.size(path) is None}


def _check_signature(
    source: FeedSource, manifest_raw: bytes, public_keys: Sequence[str], checked: CheckedFeed
) -> None:
    try:
        try:  # the manifest's own signature, else the one feeds signed by hand have
            raw = read_all(source, signature_name(manifest_raw), MAX_SIGNATURE_BYTES)
        except FeedError:
            raw = read_all(source, SIGNATURE_FILE, MAX_SIGNATURE_BYTES)
        signature = raw.decode("utf-8")
        checked.trusted_comment = verify(manifest_raw, signature, public_keys)
    except UnicodeDecodeError:
        checked.errors.append(f"{SIGNATURE_FILE}: not a minisign signature file (not UTF-8 text)")
    except SignatureError as error:
        checked.errors.append(str(error))
    except FeedError as error:
        # Public keys are configured, so a kiosk would refuse an unsigned feed.
        checked.errors.append(f"{error}; the manifest must be signed when feed_public_keys is set")


def _check_asset(source: FeedSource, entry: FileEntry, errors: list[str]) -> None:
    """Size and sha256 of an asset, streamed; a held object only needs to be there whole."""
    if source.held and isinstance(source, ObjectsSource):
        size = source.size(entry.path)
        if size is None:
            errors.append(f"{entry.path}: file is missing")
        elif size != entry.size:
            errors.append(f"{entry.path}: size is {size} bytes, the manifest says {entry.size}")
        return
    _verified(source, entry, errors, keep=False)


def _read_document(source: FeedSource, entry: FileEntry, errors: list[str]) -> bytes | None:
    if entry.size > MAX_DOCUMENT_BYTES:
        errors.append(
            f"{entry.path}: {human_size(entry.size)} is over the "
            f"{human_size(MAX_DOCUMENT_BYTES)} limit for a {entry.kind} file"
        )
        return None
    return _verified(source, entry, errors, keep=True)


def _verified(source: FeedSource, entry: FileEntry, errors: list[str], keep: bool) -> bytes | None:
    """Stream one file through its hash; its bytes when `keep` and it matches its entry."""
    if entry.sha256 not in entry.path:
        errors.append(f"{entry.path}: the file name does not match its sha256")
        return None
    digest = hashlib.sha256()
    kept = bytearray()
    size = 0
    try:
        # One byte past the entry's size is asked for, so that a larger file is told apart.
        for chunk in source.stream(entry.path, entry.size + 1):
            size += len(chunk)
            digest.update(chunk)
            if keep:
                kept += chunk
    except FeedError as error:
        text = str(error)
        if "over the" in text or "past the" in text:
            text = f"{entry.path}: larger than the {entry.size} bytes the manifest says"
        errors.append(text)
        return None
    if size != entry.size:
        errors.append(f"{entry.path}: size is {size} bytes, the manifest says {entry.size}")
        return None
    if not source.held and digest.hexdigest() != entry.sha256:
        errors.append(
            f"{entry.path}: sha256 is {digest.hexdigest()[:12]}…, the manifest says {entry.sha256[:12]}…"
        )
        return None
    return bytes(kept) if keep else b""


def _check_events(entry: FileEntry, raw: bytes, checked: CheckedFeed) -> None:
    lang = entry.lang or "sv"
    try:
        calendar = parse_calendar(raw, entry.path)
    except FeedError as error:
        checked.errors.append(str(error))
        return
    for number, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = str(event.get("UID", ""))
        label = f"{entry.path}: event {number}" + (f" ('{uid}')" if uid else "")
        for prop in ("UID", "DTSTART", "SUMMARY"):
            if prop not in event:
                checked.errors.append(f"{label}: {prop}: is missing")
    held = checked.calendars.get(lang)
    if held is None:
        checked.calendars[lang] = calendar
    else:  # several calendars in one language (e.g. the feed's own and a fetched ICS URL)
        for component in calendar.subcomponents:
            held.add_component(component)


def _cross_check(manifest: Manifest, checked: CheckedFeed) -> None:
    listed: set[str] = set()
    for entry in manifest.files:
        if entry.kind != "assets":
            continue
        if not entry.name:
            checked.errors.append(f"{MANIFEST}: {entry.path}: name: an asset needs a name")
        elif entry.name in listed:
            checked.errors.append(f"{MANIFEST}: {entry.path}: name: '{entry.name}' is used twice")
        listed.add(entry.name or "")
    for lang, calendar in checked.calendars.items():
        for event in calendar.walk("VEVENT"):
            image = str(event.get("X-KIOSK-IMAGE", "") or "")
            if image and image not in listed:
                uid = event.get("UID", "")
                checked.errors.append(
                    f"events ({lang}): event '{uid}': X-KIOSK-IMAGE: no asset named '{image}' in the manifest"
                )
    seen_kinds: dict[str, str] = {}
    service_point_ids: set[str] = set()
    for path, doc in checked.documents.items():
        if doc.kind in seen_kinds:
            checked.errors.append(
                f"{path}: a second '{doc.kind}' document (first: {seen_kinds[doc.kind]})"
            )
        seen_kinds[doc.kind] = path
        if doc.kind == "service_points":
            service_point_ids = {item.id for item in doc.items}
    for path, doc in checked.documents.items():
        ids: set[str] = set()
        for number, item in enumerate(doc.items, start=1):
            label = f"{path}: {doc.kind} item {number} ('{item.id}')"
            if item.id in ids:
                checked.errors.append(f"{label}: id: is used twice")
            ids.add(item.id)
            for name, ref in _asset_refs(item.model_dump()):
                if ref not in listed:
                    checked.errors.append(
                        f"{label}: {name}: no asset named '{ref}' in the manifest"
                    )
            for target in getattr(item, "service_points", []):
                if service_point_ids and target not in service_point_ids:
                    checked.errors.append(
                        f"{label}: service_points: unknown service point '{target}'"
                    )
    if "service_points" not in seen_kinds and not checked.errors:
        checked.errors.append(f"{MANIFEST}: files: no service_points document")


def _asset_refs(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [
        (key, value)
        for key, value in data.items()
        if key in {"image", "file", "cover"} and isinstance(value, str) and value
    ]
