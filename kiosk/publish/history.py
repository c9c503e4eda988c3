"""The history of published versions, kept in the source folder's .publish/history/.

Each publication leaves `.publish/history/<version>/` with the manifest it published, a
summary (when, where, what changed: items added, changed and removed per kind), a copy of
the source's text files (TOML, iCalendar, Markdown) and a list of its other files (pictures,
PDFs) by SHA-256, whose bytes are kept once each in `.publish/objects/`, so that "undo" can put
the previous content back, a replaced picture or brochure included, and publish it again. The
folder is plain files: it can be kept in Git too.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import icalendar

from kiosk.errors import FeedError
from kiosk.feed.build import BuiltFeed
from kiosk.feed.models import PERIODS_ASSET

HISTORY = Path(".publish") / "history"
UNDONE = Path(".publish") / "undone"
OBJECTS = Path(".publish") / "objects"
TEXT_SUFFIXES = {".toml", ".ics", ".md"}
BINARIES = "binaries.json"
"""In a snapshot folder: {relative path: sha256} of the source's other files."""


@dataclass(frozen=True)
class Entry:
    """One published version."""

    version: int
    published: str
    """When, ISO 8601 with zone."""
    target: str
    changes: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """kind -> {"added": [ids], "changed": [ids], "removed": [ids]}."""
    undo_of: int | None = None
    """The version this one put back, when it was an undo."""
    folder: Path = Path()

    def summary_sv(self) -> str:
        """'2 tillagda, 1 ändrad, 1 borttagen' over every kind, or 'inga ändringar'."""
        counts = {"added": 0, "changed": 0, "removed": 0}
        for lists in self.changes.values():
            for key in counts:
                counts[key] += len(lists.get(key, []))
        words = {"added": "tillagda", "changed": "ändrade", "removed": "borttagna"}
        said = [f"{n} {words[key]}" for key, n in counts.items() if n]
        return ", ".join(said) or "inga ändringar"


def item_prints(built: BuiltFeed) -> dict[str, dict[str, str]]:
    """kind -> item id -> a hash of the item as published (events by UID, Swedish file)."""
    prints: dict[str, dict[str, str]] = {}
    periods: dict[str, dict[str, Any]] = {}
    for entry in built.manifest.files:
        if entry.name == PERIODS_ASSET:  # an item's dates are part of the item
            periods = json.loads(built.files[entry.path])["periods"]
    for entry in built.manifest.files:
        raw = built.files[entry.path]
        if entry.kind == "content":
            document = json.loads(raw)
            for item in document["items"]:
                dated = {**item, **periods.get(document["kind"], {}).get(item["id"], {})}
                text = json.dumps(dated, sort_keys=True, ensure_ascii=False).encode()
                prints.setdefault(document["kind"], {})[item["id"]] = _hash(text)
        elif entry.kind == "events" and (entry.lang or "sv") == "sv":
            for event in icalendar.Calendar.from_ical(raw).walk("VEVENT"):
                uid = str(event.get("UID", ""))
                found = prints.setdefault("events", {})
                found[uid] = _hash(found.get(uid, "").encode() + event.to_ical())
    return prints


def _hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def changes(
    before: dict[str, dict[str, str]], after: dict[str, dict[str, str]]
) -> dict[str, dict[str, list[str]]]:
    """What was added, changed and removed per kind between two publications."""
    found: dict[str, dict[str, list[str]]] = {}
    for kind in sorted(before.keys() | after.keys()):
        old, new = before.get(kind, {}), after.get(kind, {})
        lists = {
            "added": sorted(new.keys() - old.keys()),
            "changed": sorted(i for i in new.keys() & old.keys() if new[i] != old[i]),
            "removed": sorted(old.keys() - new.keys()),
        }
        if any(lists.values()):
            found[kind] = lists
    return found


def entries(src: Path) -> list[Entry]:
    """Every published version, oldest first."""
    found = []
    for folder in (src / HISTORY).glob("*/summary.json"):
        data: dict[str, Any] = json.loads(folder.read_text(encoding="utf-8"))
        found.append(
            Entry(
                version=int(data["version"]),
                published=str(data["published"]),
                target=str(data["target"]),
                changes=data.get("changes", {}),
                undo_of=data.get("undo_of"),
                folder=folder.parent,
            )
        )
    return sorted(found, key=lambda entry: entry.version)


def record(
    src: Path, built: BuiltFeed, target: str, when: datetime, undo_of: int | None = None
) -> Entry:
    """Keep what was just published: manifest, summary of changes, the source's text files."""
    earlier = entries(src)
    after = item_prints(built)
    before = _prints(earlier[-1].folder) if earlier else {}
    folder = src / HISTORY / str(built.manifest.version)
    entry = Entry(
        version=built.manifest.version,
        published=when.isoformat(timespec="seconds"),
        target=target,
        changes=changes(before, after),
        undo_of=undo_of,
        folder=folder,
    )
    try:
        snapshot(src, folder)
        (folder / "manifest.json").write_bytes(built.manifest_raw)
        (folder / "items.json").write_text(json.dumps(after, indent=1), encoding="utf-8")
        summary = {
            "version": entry.version,
            "published": entry.published,
            "target": target,
            "changes": entry.changes,
            "undo_of": undo_of,
        }
        text = json.dumps(summary, indent=1, ensure_ascii=False)
        (folder / "summary.json").write_text(text, encoding="utf-8")
    except OSError as error:
        raise FeedError(f"{folder}: the history cannot be written ({error.strerror})") from None
    return entry


def _prints(folder: Path) -> dict[str, dict[str, str]]:
    try:
        loaded: dict[str, dict[str, str]] = json.loads(
            (folder / "items.json").read_text(encoding="utf-8")
        )
        return loaded
    except (OSError, ValueError):
        return {}


def _source_files(src: Path) -> list[Path]:
    """Every file of the source, relative, outside .publish/ and hidden folders such as .git/."""
    found = (path.relative_to(src) for path in src.rglob("*") if path.is_file())
    return sorted(path for path in found if not any(p.startswith(".") for p in path.parts))


def text_files(src: Path) -> list[Path]:
    """The source's text files (TOML, iCalendar, Markdown), relative."""
    return [path for path in _source_files(src) if path.suffix in TEXT_SUFFIXES]


def binary_files(src: Path) -> list[Path]:
    """The source's other files (pictures, PDFs), relative."""
    return [path for path in _source_files(src) if path.suffix not in TEXT_SUFFIXES]


def snapshot(src: Path, folder: Path) -> None:
    """Keep the source as it is now in `folder`: text files copied to `folder/source/`, other
    files listed in `folder/binaries.json` with their bytes in .publish/objects/ (once each)."""
    for relative in text_files(src):
        (folder / "source" / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / relative, folder / "source" / relative)
    listed = {}
    for relative in binary_files(src):
        raw = (src / relative).read_bytes()
        sha = hashlib.sha256(raw).hexdigest()
        kept = src / OBJECTS / sha
        if not kept.is_file():
            kept.parent.mkdir(parents=True, exist_ok=True)
            partial = kept.with_suffix(".partial")
            partial.write_bytes(raw)
            partial.replace(kept)
        listed[relative.as_posix()] = sha
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(listed, indent=1, ensure_ascii=False)
    (folder / BINARIES).write_text(text, encoding="utf-8")


def restore(src: Path, folder: Path) -> None:
    """Make the source what `snapshot` kept in `folder`: its text files, and its pictures and
    PDFs when the snapshot lists them (histories from before December 2026 hold texts only)."""
    texts = folder / "source"
    for relative in text_files(src):
        if not (texts / relative).is_file():
            (src / relative).unlink()
    for path in texts.rglob("*"):
        if path.is_file():
            (src / path.relative_to(texts)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, src / path.relative_to(texts))
    try:
        listed: dict[str, str] = json.loads((folder / BINARIES).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    for relative in binary_files(src):
        if relative.as_posix() not in listed:
            (src / relative).unlink()
    for name, sha in listed.items():
        target = src / name
        if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == sha:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / OBJECTS / sha, target)


def set_aside(src: Path, when: datetime) -> Path:
    """Keep the source in .publish/undone/<time>/ before an undo replaces it."""
    folder = src / UNDONE / when.strftime("%Y%m%dT%H%M%S")
    snapshot(src, folder)
    return folder
