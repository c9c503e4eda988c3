"""Check a feed folder against format v1 and say, in plain words, what is wrong and where."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import icalendar
from pydantic import BaseModel, ValidationError

from kiosk.errors import FeedError
from kiosk.feed.ics import parse_calendar
from kiosk.feed.models import ContentFile, FileEntry, Manifest
from kiosk.feed.sign import SIGNATURE_FILE, SignatureError, verify

MANIFEST = "manifest.json"


class FeedSource(Protocol):
    """Where the bytes of a feed's files come from."""

    def describe(self) -> str:
        """Where this is, for messages."""

    def read(self, path: str) -> bytes:
        """The bytes of `path` as the manifest names it; raises FeedError if it is missing."""


@dataclass(frozen=True)
class FolderSource:
    """A feed laid out as a folder: a web server's document root, a USB stick, the demo feed."""

    folder: Path

    def describe(self) -> str:
        """The folder."""
        return str(self.folder)

    def read(self, path: str) -> bytes:
        """Read one file of the folder."""
        try:
            return (self.folder / path).read_bytes()
        except FileNotFoundError:
            raise FeedError(f"{path}: file is missing") from None
        except OSError as error:
            raise FeedError(f"{path}: cannot be read ({error.strerror})") from None


@dataclass(frozen=True)
class WebSource:
    """A feed on a web server, given by its manifest.json address or its folder's address."""

    url: str

    @property
    def base(self) -> str:
        """The folder address, ending in '/'."""
        url = self.url.split("?", 1)[0]
        return url.rsplit("/", 1)[0] + "/" if url.endswith(".json") else url.rstrip("/") + "/"

    def describe(self) -> str:
        """The address."""
        return self.url

    def read(self, path: str) -> bytes:
        """GET one file of the feed (timeouts on connect and read)."""
        import requests

        try:
            response = requests.get(
                self.base + path,
                timeout=(10, 60),
                headers={"User-Agent": "servicepunkt-kiosk feed validate"},
            )
        except requests.RequestException as error:
            raise FeedError(f"{path}: cannot fetch ({error.__class__.__name__})") from None
        if response.status_code == 404:
            raise FeedError(f"{path}: file is missing (404 from the server)")
        if response.status_code != 200:
            raise FeedError(f"{path}: the server answered {response.status_code}")
        return response.content


@dataclass(frozen=True)
class ObjectsSource:
    """Feed files held in the kiosk's flat content-addressed objects folder."""

    objects_dir: Path
    manifest_bytes: bytes

    def describe(self) -> str:
        """The objects folder."""
        return str(self.objects_dir)

    def read(self, path: str) -> bytes:
        """The manifest, or an object by its content-addressed name."""
        if path == MANIFEST:
            return self.manifest_bytes
        return FolderSource(self.objects_dir).read(path.rsplit("/", 1)[-1])


@dataclass
class CheckedFeed:
    """A feed that passed (or failed) validation, with what was read along the way."""

    errors: list[str] = field(default_factory=list)
    manifest: Manifest | None = None
    documents: dict[str, Any] = field(default_factory=dict)
    calendars: dict[str, icalendar.Calendar] = field(default_factory=dict)
    raw: dict[str, bytes] = field(default_factory=dict)
    trusted_comment: str | None = None  # set when the manifest's signature was verified

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
        message = str(problem["msg"]).removeprefix("Value error, ")
        lines.append(f"{where}: {_field_path(loc)}: {message}")
    return lines


def _item_id(data: Any, index: int) -> str:
    try:
        return str(data["items"][index].get("id", ""))
    except (KeyError, IndexError, TypeError, AttributeError):
        return ""


def _load_model(model: type[BaseModel], file: str, raw: bytes, errors: list[str]) -> Any:
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        errors.append(f"{file}: not valid JSON ({error})")
        return None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        errors.extend(_explain(file, error, data))
        return None


def check_feed(source: FeedSource, public_keys: Sequence[str] = ()) -> CheckedFeed:
    """Validate manifest, every listed file (size, hash, format) and cross-references.

    With `public_keys` (minisign), manifest.json.minisig must exist and verify.
    """
    checked = CheckedFeed()
    try:
        manifest_raw = source.read(MANIFEST)
    except FeedError as error:
        checked.errors.append(str(error))
        return checked
    if public_keys:
        _check_signature(source, manifest_raw, public_keys, checked)
    manifest = _load_model(Manifest, MANIFEST, manifest_raw, checked.errors)
    if manifest is None:
        return checked
    checked.manifest = manifest
    checked.raw[MANIFEST] = manifest_raw
    for entry in manifest.files:
        raw = _read_verified(source, entry, checked.errors)
        if raw is None:
            continue
        checked.raw[entry.path] = raw
        if entry.kind == "content":
            doc = _load_model(ContentFile, entry.path, raw, checked.errors)
            if doc is not None:
                checked.documents[entry.path] = doc.root
        elif entry.kind == "events":
            _check_events(entry, raw, checked)
    _cross_check(manifest, checked)
    return checked


def _check_signature(
    source: FeedSource, manifest_raw: bytes, public_keys: Sequence[str], checked: CheckedFeed
) -> None:
    try:
        signature = source.read(SIGNATURE_FILE).decode("utf-8")
        checked.trusted_comment = verify(manifest_raw, signature, public_keys)
    except UnicodeDecodeError:
        checked.errors.append(f"{SIGNATURE_FILE}: not a minisign signature file (not UTF-8 text)")
    except SignatureError as error:
        checked.errors.append(str(error))
    except FeedError as error:
        # Public keys are configured, so a kiosk would refuse an unsigned feed.
        checked.errors.append(f"{error}; the manifest must be signed when feed_public_keys is set")


def _read_verified(source: FeedSource, entry: FileEntry, errors: list[str]) -> bytes | None:
    try:
        raw = source.read(entry.path)
    except FeedError as error:
        errors.append(str(error))
        return None
    if len(raw) != entry.size:
        errors.append(f"{entry.path}: size is {len(raw)} bytes, the manifest says {entry.size}")
        return None
    digest = hashlib.sha256(raw).hexdigest()
    if digest != entry.sha256:
        errors.append(
            f"{entry.path}: sha256 is {digest[:12]}…, the manifest says {entry.sha256[:12]}…"
        )
        return None
    if entry.sha256 not in entry.path:
        errors.append(f"{entry.path}: the file name does not match its sha256")
        return None
    return raw


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
