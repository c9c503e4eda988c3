"""`kiosk feed build`: a source folder of TOML, Markdown, images, PDFs and .ics files to a static feed."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.errors import FeedError
from kiosk.feed.audience import ASSET_FIELDS, audience_of
from kiosk.feed.ics import parse_calendar, skipped_events
from kiosk.feed.models import (
    AUDIENCE_ASSET,
    PERIODS_ASSET,
    SPECIAL_HOURS_ASSET,
    FileEntry,
    Manifest,
    Period,
    SpecialHoursDoc,
)
from kiosk.feed.sources import MemorySource
from kiosk.feed.validate import MANIFEST, _explain, check_feed
from kiosk.feed.words import field_name, plain_words

KINDS = {  # source file -> (table name in it, content kind)
    "service_points.toml": ("service_point", "service_points"),
    "places.toml": ("place", "places"),
    "links.toml": ("link", "links"),
    "notices.toml": ("notice", "notices"),
    "brochures.toml": ("brochure", "brochures"),
}
KINDS_FILES = {kind: filename for filename, (_, kind) in KINDS.items()}

_ICS_IMAGE = re.compile(rb"^X-KIOSK-IMAGE[^:\r\n]*:([^\r\n]+)", re.MULTILINE)


@dataclass
class _Output:
    files: dict[str, bytes] = field(default_factory=dict)
    entries: list[FileEntry] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    """Object path -> the source file it was built from, to say problems in the source's terms."""

    def source_words(self, line: str) -> str:
        """'content/3f2a….json: places item 2 …' -> 'places.toml: places item 2 …'."""
        for path, label in self.labels.items():
            if line.startswith(path):
                return label + line[len(path) :]
        return line

    def add(
        self, folder: str, ext: str, raw: bytes, lang: str | None = None, name: str | None = None
    ) -> str:
        digest = hashlib.sha256(raw).hexdigest()
        path = f"{folder}/{digest}.{ext}"
        known = {(entry.path, entry.name) for entry in self.entries}
        if (path, name) not in known:
            self.files[path] = raw
            self.entries.append(
                FileEntry(path=path, sha256=digest, size=len(raw), lang=lang, name=name)
            )
        return path


class FeedProblemsError(FeedError):
    """The source folder would make a feed that kiosks refuse: every problem, one line each."""

    def __init__(self, lines: list[str]) -> None:
        more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
        super().__init__(lines[0] + more)
        self.lines = lines


@dataclass
class BuiltFeed:
    """A feed built in memory and checked as a kiosk checks it; not yet written anywhere."""

    manifest: Manifest
    manifest_raw: bytes
    files: dict[str, bytes]
    """Every object by its path in the feed (content/…, events/…, assets/…)."""
    skipped: list[str]
    """Events kiosks will leave out, each with why (the rest of the feed shows)."""


def prepare_feed(
    src: Path, now: datetime | None = None, version_above: int | None = None
) -> BuiltFeed:
    """Build the feed of `src` in memory and check it with the kiosk's own checks.

    Raises FeedProblemsError naming the source file, item and field of everything `kiosk feed
    validate` or a kiosk would refuse, so a feed that kiosks reject is never written or signed.
    The version is the time's (YYYYMMDDHHMM) unless feed.toml fixes one. Publishing passes
    `version_above`, the version kiosks have now: then `now` is the generated time and the
    version is the time's or one above that one, whatever feed.toml fixes for builds by hand.
    """
    now = now or datetime.now(UTC)
    settings = _read_toml(src / "feed.toml").get("feed", {})
    if version_above is not None:
        settings = {k: v for k, v in settings.items() if k not in {"generated", "version"}}
    if not (src / "service_points.toml").is_file():
        raise FeedProblemsError(
            [
                "service_points.toml: file is missing; every feed needs its service points "
                "(see docs/feed.md)"
            ]
        )
    output = _Output()
    periods: dict[str, dict[str, dict[str, Any]]] = {}
    by_kind: dict[str, list[dict[str, Any]]] = {}
    special: dict[str, list[Any]] = {}
    for filename, (table, kind) in KINDS.items():
        path = src / filename
        if not path.exists():
            continue
        items = [
            _with_assets(src, filename, item, output) for item in _read_toml(path).get(table, [])
        ]
        if kind != "notices":  # notices have had dates since format v1 began
            _take_periods(kind, items, periods)
        by_kind[kind] = items
        if kind == "service_points":
            special = _take_special_hours(items)
        document = {"format": 1, "kind": kind, "items": items}
        raw = json.dumps(
            document, ensure_ascii=False, sort_keys=True, indent=1, default=str
        ).encode()
        output.labels[output.add("content", "json", raw)] = filename
    if special:
        raw = json.dumps(
            {"format": 1, "specialOpeningHours": special}, sort_keys=True, default=str
        ).encode()
        output.labels[output.add("assets", "json", raw, name=SPECIAL_HOURS_ASSET)] = (
            "specialOpeningHours"
        )
    if periods:
        raw = json.dumps({"format": 1, "periods": periods}, sort_keys=True, default=str).encode()
        output.labels[output.add("assets", "json", raw, name=PERIODS_ASSET)] = (
            "validFrom/validThrough"
        )
    for ics in sorted((src / "events").glob("*.ics")):
        lang = ics.stem.rsplit(".", 1)[-1] if "." in ics.stem else "sv"
        raw, images = _ics_with_images(src, ics, output)
        added = output.add("events", "ics", raw, lang=lang)
        output.labels[added] = f"events/{ics.name}"
        by_kind.setdefault("events", []).extend({"image": name} for name in images)
    if audience := audience_of(by_kind):  # see AudienceDoc: kiosks fetch only their own assets
        raw = json.dumps({"format": 1, "assets": audience}, sort_keys=True).encode()
        output.labels[output.add("assets", "json", raw, name=AUDIENCE_ASSET)] = "service_points"
    for entry in settings.get("ics_urls", []):
        url, lang = (
            (entry, "sv")
            if isinstance(entry, str)
            else (entry.get("url", ""), entry.get("lang", "sv"))
        )
        output.labels[output.add("events", "ics", _fetch_ics(url), lang=lang)] = url
    manifest = _manifest(settings, output, now, version_above or 0)
    manifest_raw = (
        json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"
    ).encode()
    return BuiltFeed(manifest, manifest_raw, output.files, _checked(output, manifest_raw, now))


def _checked(output: _Output, manifest_raw: bytes, now: datetime) -> list[str]:
    """The kiosk's checks on the built feed; the events they would skip."""
    checked = check_feed(MemorySource({**output.files, MANIFEST: manifest_raw}))
    if not checked.ok:
        raise FeedProblemsError([output.source_words(line) for line in checked.errors])
    skipped = []
    for entry in output.entries:  # per file, so that each skipped event names its file
        if entry.kind == "events" and (entry.lang or "sv") == "sv":
            calendar = parse_calendar(output.files[entry.path], entry.path)
            label = output.labels.get(entry.path, entry.path)
            skipped += skipped_events({"sv": calendar}, now, source=label)
    return skipped


def write_feed(built: BuiltFeed, out: Path) -> None:
    """Write the objects, then the manifest (atomically), then remove objects no longer listed."""
    try:
        for path, raw in built.files.items():
            target = out / path
            if not target.exists() or target.stat().st_size != len(raw):
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(raw)
        temporary = out / f".{MANIFEST}.tmp"
        temporary.write_bytes(built.manifest_raw)
        temporary.replace(out / MANIFEST)
        for folder in ("content", "events", "assets"):
            for stale in (out / folder).glob("*"):
                if f"{folder}/{stale.name}" not in built.files:
                    stale.unlink()
    except OSError as error:
        raise FeedError(f"{out}: cannot write the feed ({error.strerror or error})") from None


def build_feed(src: Path, out: Path, now: datetime | None = None) -> Manifest:
    """Build the feed of `src` into `out`; only changed objects and the manifest are rewritten."""
    built = prepare_feed(src, now)
    write_feed(built, out)
    return built.manifest


def _take_periods(
    kind: str, items: list[dict[str, Any]], periods: dict[str, dict[str, dict[str, Any]]]
) -> None:
    """Move validFrom/validThrough out of the items into the periods asset (see PeriodsDoc):
    kiosks that know only notices' dates ignore an asset, where they refuse an unknown field."""
    problems = []
    for number, item in enumerate(items, start=1):
        period: dict[str, Any] = {
            key: item.pop(key) for key in ("validFrom", "validThrough") if key in item
        }
        if not period:
            continue
        periods.setdefault(kind, {})[str(item.get("id", ""))] = period
        try:
            Period.model_validate(period)
        except ValidationError as error:  # said here, by the item's own file, item and field
            where = f"{KINDS_FILES[kind]}: {kind} item {number} ('{item.get('id', '')}')"
            problems += [
                f"{where}: {field_name(p['loc'])}: {plain_words(p).en}" for p in error.errors()
            ]
    if problems:
        raise FeedProblemsError(problems)


def _take_special_hours(items: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Move specialOpeningHours out of the service points into their asset (SpecialHoursDoc),
    for the reason _take_periods gives; refuse what a kiosk would refuse."""
    special = {
        str(item.get("id", "")): hours
        for item in items
        if (hours := item.pop("specialOpeningHours", None))
    }
    try:
        SpecialHoursDoc.model_validate({"specialOpeningHours": special})
    except ValidationError as error:
        problems = []
        for problem in error.errors():
            _, point, *rest = problem["loc"]
            where = f"{KINDS_FILES['service_points']}: service point '{point}'"
            field = "specialOpeningHours" + "".join(
                f"[{part + 1}]" if isinstance(part, int) else f".{part}" for part in rest
            )
            problems.append(f"{where}: {field}: {plain_words(problem).en}")
        raise FeedProblemsError(problems) from None
    return special


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise FeedError(f"{path}: file is missing") from None
    except tomllib.TOMLDecodeError as error:
        raise FeedError(f"{path}: not valid TOML ({error})") from None


def _with_assets(src: Path, filename: str, item: dict[str, Any], output: _Output) -> dict[str, Any]:
    result = _with_markdown_files(src, filename, item)
    for name in ASSET_FIELDS:
        ref = item.get(name)
        if isinstance(ref, str) and ref:
            result[name] = _asset(
                src, ref, f"{filename}: item '{item.get('id', '?')}': {name}", output
            )
    return result


def _with_markdown_files(src: Path, filename: str, item: dict[str, Any]) -> dict[str, Any]:
    """`description_file.sv = "texts/x.sv.md"` becomes `description.sv` = the file's Markdown."""
    result = {k: v for k, v in item.items() if not k.endswith("_file")}
    for key, paths in item.items():
        if not key.endswith("_file"):
            continue
        label = f"{filename}: item '{item.get('id', '?')}': {key}"
        if not isinstance(paths, dict):
            raise FeedError(
                f'{label}: must name one file per language, e.g. {key}.sv = "texts/a.sv.md"'
            )
        texts = dict(result.get(key.removesuffix("_file"), {}))
        for lang, ref in paths.items():
            path = (src / str(ref)).resolve()
            if src.resolve() not in path.parents:
                raise FeedError(f"{label}: '{ref}' is outside the source folder")
            try:
                texts[lang] = path.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError):
                raise FeedError(f"{label}: '{ref}' cannot be read as UTF-8 text") from None
        result[key.removesuffix("_file")] = texts
    return result


def _asset(src: Path, ref: str, label: str, output: _Output) -> str:
    path = (src / ref).resolve()
    if src.resolve() not in path.parents:
        raise FeedError(f"{label}: '{ref}' is outside the source folder")
    try:
        raw = path.read_bytes()
    except OSError:
        raise FeedError(f"{label}: '{ref}' cannot be read") from None
    ext = path.suffix.lower().lstrip(".").replace("jpeg", "jpg") or "bin"
    name = path.relative_to(src.resolve()).as_posix()
    output.add("assets", ext, raw, name=name)
    return name


def _ics_with_images(src: Path, ics: Path, output: _Output) -> tuple[bytes, list[str]]:
    """The calendar as it is, after adding the images its X-KIOSK-IMAGE lines name (their
    asset names are returned beside it: events show at every service point)."""
    raw = ics.read_bytes()
    names = [
        _asset(src, match.group(1).decode().strip(), f"{ics.name}: X-KIOSK-IMAGE", output)
        for match in _ICS_IMAGE.finditer(raw)
    ]
    return raw, names


def _fetch_ics(url: str) -> bytes:
    """A calendar published elsewhere (e.g. the tourist office's), fetched at build time."""
    import requests  # only a feed that names calendars elsewhere pays for it (50-100 ms)

    label = f"feed.toml: ics_urls: {url}"
    if not url.startswith(("http://", "https://")):
        raise FeedError(f"{label}: not an http(s) address")
    try:
        response = requests.get(
            url, timeout=(10, 60), headers={"User-Agent": "servicepunkt-kiosk feed build"}
        )
        response.raise_for_status()
    except requests.RequestException as error:
        raise FeedError(f"{label}: cannot fetch ({error.__class__.__name__}: {error})") from None
    parse_calendar(response.content, label)  # refuse to publish what is not iCalendar
    return response.content


def _manifest(
    settings: dict[str, Any], output: _Output, now: datetime, version_above: int
) -> Manifest:
    generated = settings.get("generated", now)
    if not isinstance(generated, datetime) or generated.tzinfo is None:
        raise FeedError(
            "feed.toml: generated: must be a date and time with zone, e.g. 2026-11-01T08:00:00Z"
        )
    version = settings.get("version") or max(
        int(generated.astimezone(UTC).strftime("%Y%m%d%H%M")), version_above + 1
    )
    try:
        return Manifest(
            version=version,
            generated=generated,
            expires=settings.get("expires", generated + timedelta(days=30)),
            publisher=settings.get("publisher", ""),
            files=sorted(output.entries, key=lambda entry: entry.path),
        )
    except ValidationError as error:
        raise FeedError(_explain("feed.toml", error, {})[0]) from None
