"""The municipality's source folder as items to list, read, add, change and delete.

This is the Qt-free model under the desktop publisher and `kiosk feed publish`. A source folder
is what docs/feed.md describes (feed.toml, service_points.toml, places.toml, links.toml,
notices.toml, brochures.toml, events/*.ics, images/, brochures/); the publisher edits it in
place and a person may keep editing it by hand or keep it in Git: TOML is read and written with
tomlkit, so comments, key order and layout of untouched items survive a round trip.

    folder = SourceFolder.open(path)            # or SourceFolder.create(path, publisher="…")
    folder.items("notices")                     # [{"id": "vintervaglag", "title": {"sv": …}, …}]
    folder.get("notices", "vintervaglag")       # one item as a plain dict, or None
    folder.put("notices", {"id": "stangt", "title": {"sv": "Stängt"}, "validFrom": date(…)})
    folder.delete("places", "old-place")
    folder.check("notices", item)               # [Problem] for one item as typed (a form)
    folder.problems()                           # [Problem] for the whole folder (= what build refuses)
    folder.save()                               # writes changed files atomically
    folder.import_file(Path("karta.pdf"), "brochures")   # copies a PDF/image in, returns "brochures/karta.pdf"
    missing_languages(item)                     # {"name": ["de", "fi"], …}
    status(item, today) / expires_soon(item, today)      # "active" | "upcoming" | "expired"

Publishing (kiosk.publish.publish, .target, .history) works on the saved folder:

    target = open_target("https://example.se/dav/kiosk/", user, password)   # or a folder / USB stick
    done = publish(folder.root, target, key, progress=lambda done, total, file: ...)
    undo(folder.root, target, key)              # the previous content again, as a new version
    history.entries(folder.root)                # [Entry(version, published, target, changes, …)]
    # every failure: PublishError with .sv (Swedish) and str() (English); SourceProblemsError
    # carries .problems; nothing a kiosk sees has changed when either is raised

Items are plain dicts with the feed's field names (schema.org: name, description, url,
openingHours, validFrom, validThrough, …); texts per language are {"sv": …, "en": …}; dates are
`datetime.date`. Events (kind "events") are dicts too, written as iCalendar (kiosk.publish.events
documents their fields). A Problem carries the file, kind, item id and field, and says what is
wrong in Swedish (`message_sv`, for the publisher) and English (`message_en`, for the command line).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Table

from kiosk.domain import LANGUAGES
from kiosk.errors import FeedError
from kiosk.publish import events as ics
from kiosk.publish.check import Problem, check_folder, check_item
from kiosk.publish.dates import expires_soon, status

__all__ = [
    "KINDS",
    "LANGUAGES",
    "TEXT_FIELDS",
    "Problem",
    "SourceFolder",
    "expires_soon",
    "missing_languages",
    "status",
]

TOML_KINDS: dict[str, tuple[str, str]] = {  # kind -> (file, table name)
    "service_points": ("service_points.toml", "service_point"),
    "places": ("places.toml", "place"),
    "links": ("links.toml", "link"),
    "notices": ("notices.toml", "notice"),
    "brochures": ("brochures.toml", "brochure"),
}
KINDS: tuple[str, ...] = (*TOML_KINDS, "events")
"""Every kind of item a source folder holds, in the order the publisher lists them."""

TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "service_points": ("description", "cafe", "home_delivery"),
    "places": ("name", "summary", "description"),
    "links": ("name", "description"),
    "notices": ("title", "text"),
    "brochures": ("name", "description"),
    "events": ("title", "description", "location", "price"),
}
"""The per-language text fields of each kind ({"sv": …, "en": …, "de": …, "fi": …})."""

IMPORT_FOLDERS = {"brochures": "brochures", "images": "images"}


def missing_languages(item: Mapping[str, Any], kind: str) -> dict[str, list[str]]:
    """For each text field the item has, the kiosk languages it lacks ({"name": ["de", "fi"]})."""
    missing: dict[str, list[str]] = {}
    for name in TEXT_FIELDS[kind]:
        texts = item.get(name)
        if isinstance(texts, Mapping) and any(str(v).strip() for v in texts.values()):
            absent = [lang for lang in LANGUAGES if not str(texts.get(lang, "")).strip()]
            if absent:
                missing[name] = absent
    return missing


class SourceFolder:
    """One source folder, read once and written back file by file on `save()`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._docs: dict[str, tomlkit.TOMLDocument] = {}
        self._dirty: set[str] = set()
        self.events = ics.EventFiles(root / "events")

    @classmethod
    def open(cls, path: Path) -> SourceFolder:
        """An existing source folder; FeedError when it is not a folder or a file is not TOML."""
        if not path.is_dir():
            raise FeedError(f"{path}: no such source folder")
        folder = cls(path)
        for kind in TOML_KINDS:
            folder._doc(kind)
        folder._feed_doc()
        folder.events.load()
        return folder

    @classmethod
    def create(cls, path: Path, publisher: str) -> SourceFolder:
        """A new source folder with feed.toml naming the publisher (the folder may exist, empty)."""
        if path.exists() and any(path.iterdir()):
            raise FeedError(f"{path}: the folder is not empty")
        path.mkdir(parents=True, exist_ok=True)
        folder = cls(path)
        folder.settings_update({"publisher": publisher})
        folder.save()
        return folder

    # feed.toml ------------------------------------------------------------------------------

    def _feed_doc(self) -> tomlkit.TOMLDocument:
        return self._load("feed.toml")

    def settings(self) -> dict[str, Any]:
        """The [feed] table of feed.toml (publisher, expires, ics_urls, …) as plain values."""
        table = self._feed_doc().get("feed")
        return dict(table.unwrap()) if isinstance(table, Table) else {}

    def settings_update(self, values: Mapping[str, Any]) -> None:
        """Set keys of feed.toml's [feed] table (None removes a key)."""
        doc = self._feed_doc()
        if "feed" not in doc:
            doc["feed"] = tomlkit.table()
        _merge(doc["feed"], values, drop_missing=False)
        self._dirty.add("feed.toml")

    # items ----------------------------------------------------------------------------------

    def items(self, kind: str) -> list[dict[str, Any]]:
        """Every item of `kind` in file order, as plain dicts."""
        if kind == "events":
            return self.events.items()
        return [dict(table.unwrap()) for table in self._tables(kind)]

    def get(self, kind: str, item_id: str) -> dict[str, Any] | None:
        """One item by id, or None."""
        return next((item for item in self.items(kind) if item.get("id") == item_id), None)

    def put(self, kind: str, item: Mapping[str, Any]) -> None:
        """Add the item, or change the one with its id in place (comments on it survive).

        Fields missing from `item` are removed from the stored one; a value of None too.
        """
        item_id = str(item.get("id", ""))
        if not item_id:
            raise FeedError(f"{kind}: an item needs an id")
        if kind == "events":
            self.events.put(dict(item))
            return
        file, _ = TOML_KINDS[kind]
        for table in self._tables(kind):
            if table.get("id") == item_id:
                _merge(table, item, drop_missing=True)
                break
        else:
            table = tomlkit.table()
            table.trivia.indent = "\n"  # a blank line between items, as people write them
            _merge(table, item, drop_missing=True)
            self._aot(kind).append(table)
        self._dirty.add(file)

    def delete(self, kind: str, item_id: str) -> bool:
        """Remove the item with this id; False when there is none."""
        if kind == "events":
            return self.events.delete(item_id)
        aot = self._aot(kind)
        for index, table in enumerate(aot):
            if table.get("id") == item_id:
                del aot[index]
                self._dirty.add(TOML_KINDS[kind][0])
                return True
        return False

    def import_file(self, path: Path, kind: str = "brochures") -> str:
        """Copy a PDF or image into the folder's brochures/ or images/; its name for an item field."""
        folder = IMPORT_FOLDERS["brochures" if path.suffix.lower() == ".pdf" else "images"]
        target = self.root / folder / path.name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if path.resolve() != target.resolve():
                shutil.copyfile(path, target)
        except OSError as error:
            raise FeedError(f"{path}: cannot be copied ({error.strerror})") from None
        return f"{folder}/{path.name}"

    # checks ---------------------------------------------------------------------------------

    def check(self, kind: str, item: Mapping[str, Any]) -> list[Problem]:
        """What is wrong with one item as typed (before `put`), field by field."""
        return check_item(self, kind, item)

    def problems(self) -> list[Problem]:
        """Everything `kiosk feed build` would refuse, and every event it would skip."""
        return check_folder(self)

    # files ----------------------------------------------------------------------------------

    def file_of(self, kind: str) -> str:
        """The file (relative to the folder) that holds items of `kind`."""
        return TOML_KINDS[kind][0] if kind in TOML_KINDS else "events/"

    def has_file(self, kind: str) -> bool:
        """Whether the kind's file exists on disk or is about to be written."""
        file = self.file_of(kind)
        return (self.root / file).exists() or file in self._dirty

    def save(self) -> None:
        """Write every changed file: each atomically (a crash leaves the old or the new file)."""
        for file in sorted(self._dirty):
            _write_atomic(self.root / file, tomlkit.dumps(self._docs[file]).encode("utf-8"))
        self._dirty.clear()
        self.events.save()

    def _load(self, file: str) -> tomlkit.TOMLDocument:
        if file not in self._docs:
            path = self.root / file
            try:
                text = path.read_text(encoding="utf-8") if path.exists() else ""
                self._docs[file] = tomlkit.parse(text)
            except (OSError, UnicodeDecodeError):
                raise FeedError(f"{file}: cannot be read as UTF-8 text") from None
            except tomlkit.exceptions.ParseError as error:
                raise FeedError(f"{file}: not valid TOML ({error})") from None
        return self._docs[file]

    def _doc(self, kind: str) -> tomlkit.TOMLDocument:
        return self._load(TOML_KINDS[kind][0])

    def _aot(self, kind: str) -> AoT:
        doc = self._doc(kind)
        name = TOML_KINDS[kind][1]
        if name not in doc:
            doc.append(name, tomlkit.aot())
        aot = doc[name]
        if not isinstance(aot, AoT):
            raise FeedError(f"{TOML_KINDS[kind][0]}: '{name}' must be written [[{name}]]")
        return aot

    def _tables(self, kind: str) -> list[Table]:
        doc = self._doc(kind)
        name = TOML_KINDS[kind][1]
        return list(self._aot(kind)) if name in doc else []


def _merge(container: Any, values: Mapping[str, Any], drop_missing: bool) -> None:
    """Set `values` into a tomlkit table, touching only what changed (so its comments stay)."""
    for key, value in values.items():
        current = container.get(key)
        if value is None:
            if key in container:
                del container[key]
        elif isinstance(value, Mapping) and isinstance(current, Mapping):
            _merge(current, value, drop_missing=True)
        elif _plain(current) == value:
            continue
        elif current is None and isinstance(value, Mapping) and _is_texts(value):
            for lang, text in value.items():  # name.sv = "…", as docs/feed.md writes texts
                container.add(tomlkit.key([key, lang]), text)
        elif current is None and isinstance(value, Mapping):
            inline = tomlkit.inline_table()
            inline.update(value)
            container[key] = inline
        else:
            container[key] = value
    if drop_missing:
        for key in [key for key in container if key not in values]:
            del container[key]


def _is_texts(value: Mapping[str, Any]) -> bool:
    return all(len(key) == 2 and isinstance(text, str) for key, text in value.items())


def _plain(value: Any) -> Any:
    return value.unwrap() if hasattr(value, "unwrap") else value


def _write_atomic(path: Path, raw: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(handle, "wb") as file:
            file.write(raw)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise FeedError(f"{path}: cannot be written ({error.strerror})") from None
