"""The content database: built whole from a feed, swapped in atomically, read by the kiosk."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypedDict

from kiosk.domain import (
    STOCKHOLM,
    Address,
    Brochure,
    ContentInfo,
    Event,
    Geo,
    Link,
    Notice,
    Place,
    ServicePoint,
    Text,
    in_period,
)
from kiosk.errors import ContentError, DamagedContentError
from kiosk.textfold import fold

CURRENT = "CURRENT"
SCHEMA_VERSION = 2
"""Bumped whenever the tables change; a database of another schema is rebuilt from held objects."""

_SEARCH_TABLES = ("places", "events", "links", "brochures")
_MAX_QUERY_WORDS = 8


@dataclass
class ContentBundle:
    """Everything one content database holds, as plain JSON-able items from the feed."""

    meta: Mapping[str, Any]
    service_points: Sequence[Mapping[str, Any]] = ()
    places: Sequence[Mapping[str, Any]] = ()
    links: Sequence[Mapping[str, Any]] = ()
    notices: Sequence[Mapping[str, Any]] = ()
    brochures: Sequence[Mapping[str, Any]] = ()
    events: Iterable[Event] = field(default_factory=list)


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _targets(item: Mapping[str, Any]) -> str:
    """',a,b,' for items aimed at some service points, '' for all."""
    ids = item.get("service_points") or []
    return f",{','.join(ids)}," if ids else ""


def _event_row(event: Event) -> dict[str, Any]:
    return {
        "uid": event.uid,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "all_day": int(event.all_day),
        "cancelled": int(event.cancelled),
        "category": event.categories[0] if event.categories else "",
        "service_point": event.service_point,
        "data": json.dumps(
            {
                "title": dict(event.title.values),
                "description": dict(event.description.values),
                "location": dict(event.location.values),
                "price": dict(event.price.values),
                "categories": list(event.categories),
                "url": event.url,
                "organizer": dict(event.organizer.values),
                "image": event.image,
            },
            ensure_ascii=False,
        ),
    }


def write_content(content_dir: Path, bundle: ContentBundle) -> Path:
    """Build a new content database beside the current one and make it current in one atomic step.

    A crash or power cut at any moment leaves the previous database current and intact.
    """
    content_dir.mkdir(parents=True, exist_ok=True)
    building = content_dir / f".building-{os.getpid()}-{os.urandom(4).hex()}.db"
    try:
        _fill(building, bundle)
        final = content_dir / f"content-{bundle.meta['version']}-{os.urandom(4).hex()}.db"
        with building.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(building, final)
        pointer_tmp = content_dir / f".{CURRENT}.{os.urandom(4).hex()}"
        with pointer_tmp.open("w", encoding="utf-8") as handle:
            handle.write(final.name)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(pointer_tmp, content_dir / CURRENT)
        _fsync_dir(content_dir)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            building.unlink()
        raise ContentError(f"cannot write the content database in {content_dir}: {error}") from None
    remove_stale(content_dir)
    return final


def remove_stale(content_dir: Path) -> None:
    """Delete databases that are not current and half-built files of dead loaders."""
    current = current_path(content_dir)
    for path in content_dir.glob("*.db"):
        if path != current:
            with contextlib.suppress(OSError):  # still open elsewhere (Windows): next time
                path.unlink()
    for path in content_dir.glob(".building-*.db*"):
        pid = path.name.split("-")[1]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                path.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _fill(path: Path, bundle: ContentBundle) -> None:
    import sqlite_utils  # only writers need it; the kiosk starts from a built database

    conn = sqlite3.connect(path)
    try:
        db = sqlite_utils.Database(conn)
        with conn:
            meta = {**bundle.meta, "schema": SCHEMA_VERSION}
            db.table("meta").insert_all(
                ({"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in meta.items()),
                pk="key",
            )
            for table, items in (
                ("service_points", bundle.service_points),
                ("places", bundle.places),
                ("links", bundle.links),
                ("notices", bundle.notices),
                ("brochures", bundle.brochures),
            ):
                db.table(table).create(
                    {"id": str, "position": int, "category": str, "targets": str, "data": str},
                    pk="id",
                )
                db.table(table).insert_all(
                    (
                        {
                            "id": item["id"],
                            "position": index,
                            "category": item.get("category") or item.get("level") or "",
                            "targets": _targets(item),
                            "data": json.dumps(item, ensure_ascii=False),
                        }
                        for index, item in enumerate(items)
                    ),
                    batch_size=500,
                )
            db.table("events").create(
                {
                    "uid": str,
                    "start": str,
                    "end": str,
                    "all_day": int,
                    "cancelled": int,
                    "category": str,
                    "service_point": str,
                    "data": str,
                },
                pk=("uid", "start"),
            )
            db.table("events").insert_all(
                (_event_row(e) for e in bundle.events), batch_size=1000, replace=True
            )
            db.table("events").create_index(["end"])
            db.table("events").create_index(["start"])
            _fill_search(conn, bundle)
    finally:
        conn.close()


def _texts(*values: Any) -> list[str]:
    """Every language's text of the given feed Text fields ({"sv": .., "en": ..} or plain)."""
    out: list[str] = []
    for value in values:
        if isinstance(value, Mapping):
            out.extend(str(v) for v in value.values() if v)
        elif value:
            out.append(str(value))
    return out


def _indexed(texts: list[str]) -> str:
    """The texts and, where it differs, their folded copy (so 'ornskoldsvik' finds 'Örnsköldsvik')."""
    text = " ".join(texts)
    folded = fold(text)
    return text if folded == text.casefold() else f"{text} {folded}"


def _scope(item: Mapping[str, Any]) -> str:
    """Indexed scope tokens: 'all', or one token per service point the item is aimed at."""
    ids = item.get("service_points") or []
    return " ".join(_point_token(i) for i in ids) if ids else "all"


def _point_token(point: str) -> str:
    # Hex keeps any id (hyphens, capitals) one exact token that no typed word can equal.
    return "sp" + point.encode().hex()


def _fill_search(conn: sqlite3.Connection, bundle: ContentBundle) -> None:
    """Full-text indexes, one per kind: a row per place, link, brochure and event series.

    Targeting is an indexed `scope` column, so filtering it costs no row lookups; `until` is an
    event series' last end, so ended series drop out without visiting their occurrences.
    """
    rows: dict[str, list[tuple[str, str, str, str, str]]] = {t: [] for t in _SEARCH_TABLES}
    for d in bundle.places:
        address = d.get("address") or {}
        body = _texts(d.get("summary"), d.get("description"), address.get("addressLocality"))
        rows["places"].append(
            (d["id"], "", _indexed(_texts(d.get("name"))), _indexed(body), _scope(d))
        )
    for table, items in (("links", bundle.links), ("brochures", bundle.brochures)):
        for d in items:
            title, body = _texts(d.get("name")), _texts(d.get("description"))
            rows[table].append((d["id"], "", _indexed(title), _indexed(body), _scope(d)))
    for uid, until, data in conn.execute("select uid, max(end), data from events group by uid"):
        e = json.loads(data)
        body = _texts(e.get("description"), e.get("location"), e.get("organizer"))
        body += e.get("categories", [])
        rows["events"].append((uid, until, _indexed(_texts(e.get("title"))), _indexed(body), "all"))
    for table, table_rows in rows.items():
        conn.execute(
            f"create virtual table search_{table} using fts5(item_id unindexed, until unindexed,"
            " title, body, scope, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
        )
        conn.executemany(
            f"insert into search_{table} (item_id, until, title, body, scope)"
            " values (?, ?, ?, ?, ?)",
            table_rows,
        )


def match_expression(query: str) -> str:
    """An FTS5 query for what a visitor typed: every word a quoted prefix term, '' for none.

    Quoting makes FTS5 syntax (quotes, *, ^, :, parentheses, AND/OR/NOT, NEAR) plain words.
    """
    words = re.findall(r"\w+", fold(query))[:_MAX_QUERY_WORDS]
    return " ".join(f'"{word[:64]}"*' for word in words)


def _name_begins(item: Place | Event | Link | Brochure, word: str, lang: str) -> bool:
    """True when the item's name in `lang` (as the visitor reads it) begins with `word`."""
    name = item.title if isinstance(item, Event) else item.name
    return bool(word) and fold(name.get(lang)).startswith(word)


def _scoped(expression: str, service_point: str, columns: str = "{title body}") -> str:
    """Typed words in names and texts only (or in `columns`), of items for all or for this
    service point."""
    return f'{columns} : ({expression}) AND scope : (all OR "{_point_token(service_point)}")'


class SearchHits(TypedDict):
    """Search results per kind, best first."""

    places: list[Place]
    events: list[Event]
    links: list[Link]
    brochures: list[Brochure]


_DATABASE_NAME = re.compile(r"content-[0-9]+-[0-9a-f]+\.db")
_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CANTOPEN)


def current_path(content_dir: Path) -> Path | None:
    """The database the CURRENT pointer names, or None when there is none yet.

    DamagedContentError when the pointer holds anything but the name of a database beside it
    (a torn write, garbage after a power cut): the content is disposable and is rebuilt.
    """
    try:
        name = (content_dir / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise DamagedContentError(f"{content_dir / CURRENT} is damaged") from None
    except OSError as error:
        raise ContentError(f"cannot read {content_dir / CURRENT}: {error.strerror}") from None
    if not _DATABASE_NAME.fullmatch(name) or not (content_dir / name).is_file():
        raise DamagedContentError(f"{content_dir / CURRENT} is damaged")
    return content_dir / name


def _database_error(path: Path, error: sqlite3.Error) -> ContentError:
    """Our error for a failed read; corruption is DamagedContentError (set aside and rebuild)."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    kind = DamagedContentError if code in _DAMAGE_CODES else ContentError
    return kind(f"the content database {path.name} is damaged ({error})")


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _today() -> date:
    return datetime.now(STOCKHOLM).date()


def _showing(item: Mapping[str, Any], today: date) -> bool:
    """One rule for every kind: an item shows from its validFrom through its validThrough."""
    return in_period(_date(item.get("validFrom")), _date(item.get("validThrough")), today)


NOTICE_ORDER = {"crisis": 0, "important": 1}
"""Notices come in this order of level; every other level after them."""


def _datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _geo(raw: Mapping[str, Any] | None) -> Geo | None:
    return Geo(float(raw["latitude"]), float(raw["longitude"])) if raw else None


def _address(raw: Mapping[str, Any] | None) -> Address:
    raw = raw or {}
    return Address(
        raw.get("streetAddress", ""), raw.get("postalCode", ""), raw.get("addressLocality", "")
    )


class ContentStore:
    """Read access to the current content database (one connection, one thread)."""

    def __init__(self, content_dir: Path, objects_dir: Path) -> None:
        path = current_path(content_dir)
        if path is None:
            raise ContentError(f"no content yet in {content_dir}")
        self.path = path
        self._objects = objects_dir
        self._places: tuple[tuple[str, date], list[Place]] | None = None
        """The last day's places of a service point: the file never changes, and the place list,
        the emergency card and search each read all of them (1,000: 60-120 ms on a kiosk PC)."""
        try:
            self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.Error as error:
            raise _database_error(path, error) from None
        self._conn.row_factory = sqlite3.Row
        try:
            rows = self._conn.execute("select key, value from meta").fetchall()
        except sqlite3.Error as error:
            self._conn.close()
            raise _database_error(path, error) from None
        try:
            self._meta = {row["key"]: json.loads(row["value"]) for row in rows}
        except ValueError:
            self._conn.close()
            raise DamagedContentError(f"the content database {path.name} is damaged") from None

    def check(self) -> None:
        """Read every page (SQLite's quick_check); DamagedContentError when one is damaged.

        Run by `kiosk sync` and the kiosk's rebuild, never on the way to the first frame.
        """
        rows = self._query("pragma quick_check")
        if [tuple(row) for row in rows] != [("ok",)]:
            problem = str(rows[0][0]) if rows else "no answer"
            raise DamagedContentError(
                f"the content database {self.path.name} is damaged ({problem})"
            )

    def close(self) -> None:
        """Release the database file."""
        self._conn.close()

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise _database_error(self.path, error) from None

    def asset(self, ref: str | None) -> str:
        """Absolute path of a feed asset reference 'assets/<sha>.<ext>', '' for none."""
        if not ref:
            return ""
        return str(self._objects / ref.rsplit("/", 1)[-1])

    @property
    def meta(self) -> Mapping[str, Any]:
        """Feed version, dates, event window and the problems met while loading."""
        return self._meta

    def info(self) -> ContentInfo:
        """What is showing: version, publisher, generated, expires, loaded."""
        expires = self._meta.get("expires")
        return ContentInfo(
            version=int(self._meta["version"]),
            publisher=str(self._meta.get("publisher", "")),
            generated=datetime.fromisoformat(self._meta["generated"]),
            expires=datetime.fromisoformat(expires) if expires else None,
            loaded=datetime.fromisoformat(self._meta["loaded"]),
        )

    def _items(
        self,
        table: str,
        service_point: str,
        where: str = "",
        params: Sequence[Any] = (),
        today: date | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Items for this service point; with `today`, only those whose period includes it."""
        sql = f"select data from {table} where (targets = '' or targets like ?) {where} order by position"
        for row in self._query(sql, (f"%,{service_point},%", *params)):
            item = json.loads(row["data"])
            if today is None or _showing(item, today):
                yield item

    def service_points(self) -> list[ServicePoint]:
        """All service points in feed order."""
        return [self._service_point(d) for d in self._items("service_points", "")]

    def _service_point(self, d: Mapping[str, Any]) -> ServicePoint:
        return ServicePoint(
            id=d["id"],
            name=d["name"],
            village=d["village"],
            description=Text.of(d.get("description")),
            example=bool(d.get("example")),
            image=self.asset(d.get("image")),
            telephone=d.get("telephone", ""),
            email=d.get("email", ""),
            url=d.get("url") or "",
            address=_address(d.get("address")),
            geo=_geo(d.get("geo")),
            opening_hours=tuple(d.get("openingHours", ())),
            criteria=dict(d.get("criteria", {})),
            cafe=Text.of(d.get("cafe")),
            home_delivery=Text.of(d.get("home_delivery")),
            home_delivery_telephone=d.get("home_delivery_telephone", ""),
            area_code=d.get("area_code", ""),
            radio=d.get("radio", ""),
            opening_exceptions=tuple(
                (str(day), str(hours), str(note))
                for day, hours, note in d.get("opening_exceptions", ())
            ),
        )

    def places(
        self, service_point: str, category: str | None = None, today: date | None = None
    ) -> list[Place]:
        """Tourist information for this service point showing today, optionally of one category."""
        key = (service_point, today or _today())
        if self._places is None or self._places[0] != key:
            items = self._items("places", service_point, today=key[1])
            self._places = key, [self._place(d) for d in items]
        return [place for place in self._places[1] if not category or place.category == category]

    def _place(self, d: Mapping[str, Any]) -> Place:
        return Place(
            id=d["id"],
            category=d["category"],
            name=Text.of(d["name"]),
            summary=Text.of(d.get("summary")),
            description=Text.of(d.get("description")),
            image=self.asset(d.get("image")),
            geo=_geo(d.get("geo")),
            address=_address(d.get("address")),
            opening_hours=tuple(d.get("openingHours", ())),
            telephone=d.get("telephone", ""),
            url=d.get("url") or "",
            defibrillator=bool(d.get("defibrillator")),
        )

    def links(self, service_point: str, today: date | None = None) -> list[Link]:
        """E-services for this service point showing today."""
        items = self._items("links", service_point, today=today or _today())
        return [self._link(d) for d in items]

    @staticmethod
    def _link(d: Mapping[str, Any]) -> Link:
        return Link(
            id=d["id"],
            category=d["category"],
            name=Text.of(d["name"]),
            description=Text.of(d["description"]),
            url=d["url"],
            allow=tuple(d.get("allow", ())),
        )

    def notices(self, service_point: str, today: date) -> list[Notice]:
        """Notices valid today for this service point, crisis and important ones first."""
        result = [
            Notice(
                id=d["id"],
                level=d.get("level", "info"),
                title=Text.of(d["title"]),
                text=Text.of(d.get("text")),
                valid_from=_date(d.get("validFrom")),
                valid_through=_date(d.get("validThrough")),
                expires=_datetime(d.get("expires")),
            )
            for d in self._items("notices", service_point, today=today)
        ]
        return sorted(result, key=lambda n: NOTICE_ORDER.get(n.level, len(NOTICE_ORDER)))

    def brochures(self, service_point: str, today: date | None = None) -> list[Brochure]:
        """PDF brochures for this service point showing today."""
        items = self._items("brochures", service_point, today=today or _today())
        return [self._brochure(d) for d in items]

    def _brochure(self, d: Mapping[str, Any]) -> Brochure:
        return Brochure(
            id=d["id"],
            name=Text.of(d["name"]),
            description=Text.of(d.get("description")),
            file=self.asset(d["file"]),
            cover=self.asset(d.get("cover")),
            languages=tuple(d.get("languages", ())),
        )

    def events(
        self, after: datetime, before: datetime | None = None, limit: int = -1
    ) -> list[Event]:
        """Occurrences that have not ended at `after` (and start before `before`), by start time."""
        sql = "select * from events where end > ?"
        params: list[Any] = [after.isoformat()]
        if before is not None:
            sql += " and start < ?"
            params.append(before.isoformat())
        sql += " order by start, uid limit ?"
        params.append(limit)
        return [self._event(row) for row in self._query(sql, params)]

    def _event(self, row: sqlite3.Row) -> Event:
        d = json.loads(row["data"])
        return Event(
            uid=row["uid"],
            start=datetime.fromisoformat(row["start"]),
            end=datetime.fromisoformat(row["end"]),
            all_day=bool(row["all_day"]),
            title=Text.of(d["title"]),
            description=Text.of(d["description"]),
            location=Text.of(d["location"]),
            price=Text.of(d["price"]),
            categories=tuple(d["categories"]),
            cancelled=bool(row["cancelled"]),
            url=d["url"],
            organizer=Text.of(d["organizer"]),
            service_point=row["service_point"],
            image=self.asset(d["image"]),
        )

    def search(
        self,
        query: str,
        service_point: str,
        now: datetime,
        limit_per_kind: int = 12,
        lang: str = "sv",
    ) -> SearchHits:
        """Items matching what was typed, best first, per kind: names that begin with it, then
        names that hold it ('skule' lists Skuleskogens nationalpark before Utförsåkning på
        Skuleberget), then the rest; within each by bm25, names weighing most. The names are
        read in `lang`, the visitor's language.

        Every word is a prefix and Swedish letters fold ('ornsk' finds 'Örnsköldsvik'). Items
        aimed at other service points and events with no occurrence ending after `now` are left
        out; an event comes as its next occurrence. The query is never stored or logged.
        """
        hits = SearchHits(places=[], events=[], links=[], brochures=[])
        expression = match_expression(query)
        if not expression:
            return hits
        tiers = [_scoped(expression, service_point, "title"), _scoped(expression, service_point)]
        first = next(iter(re.findall(r"\w+", fold(query))), "")
        for table in _SEARCH_TABLES:
            ids: list[str] = []
            for tier in tiers:
                if len(ids) < limit_per_kind:
                    more = self._matching(table, tier, now, limit_per_kind)
                    ids += [i for i in more if i not in ids][: limit_per_kind - len(ids)]
            found = self._found(table, ids, now)
            # Stable: a name that begins with the first word, as the visitor reads it, goes first.
            found.sort(key=lambda item: not _name_begins(item, first, lang))
            hits[table] = found  # type: ignore[literal-required]
        return hits

    def _matching(self, table: str, expression: str, now: datetime, limit: int) -> list[str]:
        """Ids of `table`'s items matching the FTS5 `expression`, best first."""
        # bm25 weights: item_id, until, title, body, scope; names count ten times the text.
        sql = f"select item_id from search_{table} where search_{table} match ?"
        params: list[Any] = [expression]
        if table == "events":
            sql += " and until > ?"
            params.append(now.isoformat())
        sql += f" order by bm25(search_{table}, 0, 0, 10.0, 1.0, 0) limit ?"
        return [row[0] for row in self._query(sql, (*params, limit))]

    def _found(self, table: str, ids: list[str], now: datetime) -> list[Any]:
        """The items with these ids, in this order (events as their next occurrence)."""
        if table == "events":
            return [self._next_occurrence(uid, now) for uid in ids]
        marks = ",".join("?" * len(ids))
        rows = self._query(f"select id, data from {table} where id in ({marks})", ids)
        today = now.astimezone(STOCKHOLM).date()
        data = {row["id"]: json.loads(row["data"]) for row in rows}
        data = {key: item for key, item in data.items() if _showing(item, today)}
        make = {"places": self._place, "links": self._link, "brochures": self._brochure}[table]
        return [make(data[i]) for i in ids if i in data]

    def _next_occurrence(self, uid: str, now: datetime) -> Event:
        rows = self._query(
            "select * from events where uid = ? and end > ? order by start limit 1",
            (uid, now.isoformat()),
        )
        return self._event(rows[0])

    def counts(self) -> dict[str, int]:
        """How many items each table holds."""
        tables = ("service_points", "places", "links", "notices", "brochures", "events")
        return {t: int(self._query(f"select count(*) from {t}")[0][0]) for t in tables}
