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
from kiosk.feed.ics import parse_calendar
from kiosk.feed.models import ContentFile, FileEntry, Manifest
from kiosk.feed.validate import MANIFEST, _explain

KINDS = {  # source file -> (table name in it, content kind)
    "service_points.toml": ("service_point", "service_points"),
    "places.toml": ("place", "places"),
    "links.toml": ("link", "links"),
    "notices.toml": ("notice", "notices"),
    "brochures.toml": ("brochure", "brochures"),
}
ASSET_FIELDS = ("image", "file", "cover")
_ICS_IMAGE = re.compile(rb"^X-KIOSK-IMAGE[^:\r\n]*:([^\r\n]+)", re.MULTILINE)


@dataclass
class _Output:
    files: dict[str, bytes] = field(default_factory=dict)
    entries: list[FileEntry] = field(default_factory=list)

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


def build_feed(src: Path, out: Path, now: datetime | None = None) -> Manifest:
    """Build the feed of `src` into `out`; only changed objects and the manifest are rewritten."""
    settings = _read_toml(src / "feed.toml").get("feed", {})
    output = _Output()
    for filename, (table, kind) in KINDS.items():
        path = src / filename
        if not path.exists():
            continue
        items = [
            _with_assets(src, filename, item, output) for item in _read_toml(path).get(table, [])
        ]
        document = {"format": 1, "kind": kind, "items": items}
        _check_document(filename, document)
        raw = json.dumps(
            document, ensure_ascii=False, sort_keys=True, indent=1, default=str
        ).encode()
        output.add("content", "json", raw)
    for ics in sorted((src / "events").glob("*.ics")):
        lang = ics.stem.rsplit(".", 1)[-1] if "." in ics.stem else "sv"
        output.add("events", "ics", _ics_with_images(src, ics, output), lang=lang)
    for entry in settings.get("ics_urls", []):
        url, lang = (
            (entry, "sv")
            if isinstance(entry, str)
            else (entry.get("url", ""), entry.get("lang", "sv"))
        )
        output.add("events", "ics", _fetch_ics(url), lang=lang)
    manifest = _manifest(settings, output, now or datetime.now(UTC))
    _write(out, output, manifest)
    return manifest


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


def _ics_with_images(src: Path, ics: Path, output: _Output) -> bytes:
    """The calendar as it is, after adding the images its X-KIOSK-IMAGE lines name."""
    raw = ics.read_bytes()
    for match in _ICS_IMAGE.finditer(raw):
        _asset(src, match.group(1).decode().strip(), f"{ics.name}: X-KIOSK-IMAGE", output)
    return raw


def _fetch_ics(url: str) -> bytes:
    """A calendar published elsewhere (e.g. the tourist office's), fetched at build time."""
    import requests

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


def _check_document(filename: str, document: dict[str, Any]) -> None:
    data = json.loads(json.dumps(document, default=str))
    try:
        ContentFile.model_validate(data)
    except ValidationError as error:
        lines = _explain(filename, error, data)
        raise FeedError(
            lines[0] + (f" (and {len(lines) - 1} more)" if len(lines) > 1 else "")
        ) from None


def _manifest(settings: dict[str, Any], output: _Output, now: datetime) -> Manifest:
    generated = settings.get("generated", now)
    if not isinstance(generated, datetime) or generated.tzinfo is None:
        raise FeedError(
            "feed.toml: generated: must be a date and time with zone, e.g. 2026-11-01T08:00:00Z"
        )
    version = settings.get("version") or int(generated.astimezone(UTC).strftime("%Y%m%d%H%M"))
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


def _write(out: Path, output: _Output, manifest: Manifest) -> None:
    try:
        for path, raw in output.files.items():
            target = out / path
            if not target.exists() or target.stat().st_size != len(raw):
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(raw)
        for folder in ("content", "events", "assets"):
            for stale in (out / folder).glob("*"):
                if f"{folder}/{stale.name}" not in output.files:
                    stale.unlink()
        text = json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"
        (out / MANIFEST).write_text(text, encoding="utf-8")
    except OSError as error:
        raise FeedError(f"{out}: cannot write the feed ({error.strerror or error})") from None
