"""The kiosk's own extra calendars (extra_ics_urls): fetched conditionally, last good copy kept."""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kiosk.errors import FeedError
from kiosk.feed.ics import parse_calendar
from kiosk.sync.http import MAX_SMALL_BYTES, Fetched, Http, SyncError, host_of
from kiosk.sync.remote import is_local
from kiosk.sync.state import CalendarState, write_atomic

FOLDER = "calendars"


@dataclass
class CalendarRefresh:
    """The calendars to show, their new states, and what went wrong (warnings, never failures)."""

    calendars: list[tuple[str, bytes]] = field(default_factory=list)
    states: dict[str, CalendarState] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    changed: bool = False
    """True when what `calendars` holds differs from what the content was last built with."""


def calendar_name(url: str) -> str:
    """A stable, file-safe name for one calendar: its host or file name plus a short hash."""
    label = host_of(url) if not is_local(url) else Path(unquote(urlsplit(url).path)).stem
    label = re.sub(r"[^A-Za-z0-9.-]+", "-", label).strip("-.")[:40] or "calendar"
    return f"{label}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:8]}"


def calendars_dir(root: Path) -> Path:
    """Where the last good copy of each extra calendar is kept."""
    return root / FOLDER


def refresh_calendars(
    urls: Sequence[str],
    root: Path,
    http: Http,
    previous: Mapping[str, CalendarState],
    now: datetime,
) -> CalendarRefresh:
    """Fetch each calendar conditionally; a failing one keeps its last copy and adds a warning."""
    refresh = CalendarRefresh()
    folder = calendars_dir(root)
    for url in dict.fromkeys(urls):
        name = calendar_name(url)
        path = folder / f"{name}.ics"
        state = previous.get(url, CalendarState(name))
        if not path.exists():
            state = CalendarState(name)
        try:
            fetched = _fetch(url, http, state)
            if fetched.modified:
                parse_calendar(fetched.body, name)
                if _read(path) != fetched.body:
                    write_atomic(path, fetched.body)
                    refresh.changed = True
                state = CalendarState(
                    name, fetched.etag, fetched.last_modified, now.isoformat(timespec="seconds")
                )
        except (SyncError, FeedError, OSError) as error:
            kept = f"showing the copy from {state.fetched[:10]}" if state.fetched else "no copy yet"
            reason = _shorten(_reason(error).removeprefix(f"{name}: "), url)
            refresh.warnings.append(f"calendar {_label(url)}: {reason}; {kept}")
        refresh.states[url] = state
        raw = _read(path)
        if raw is not None:
            refresh.calendars.append((name, raw))
    refresh.changed |= _remove_unlisted(folder, {s.name for s in refresh.states.values()})
    return refresh


def _fetch(url: str, http: Http, state: CalendarState) -> Fetched:
    if not is_local(url):
        return http.get(url, state.etag, state.last_modified, limit=MAX_SMALL_BYTES)
    path = Path(unquote(urlsplit(url).path) if url.startswith("file://") else url)
    try:
        if path.stat().st_size > MAX_SMALL_BYTES:
            raise SyncError("the file is over the limit")
        return Fetched(200, path.read_bytes())
    except OSError as error:
        raise SyncError(f"cannot be read ({error.strerror})") from None


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _remove_unlisted(folder: Path, names: set[str]) -> bool:
    """Drop copies of calendars no longer configured; True if any went."""
    removed = False
    with contextlib.suppress(FileNotFoundError):
        for path in folder.glob("*.ics"):
            if path.stem not in names:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed = True
    return removed


def _label(url: str) -> str:
    if is_local(url):
        return url
    # Host and file name only: calendar addresses often carry a private token.
    file = urlsplit(url).path.rsplit("/", 1)[-1]
    return f"{host_of(url)}/{file}" if file else host_of(url)


def _shorten(reason: str, url: str) -> str:
    """The reason without what the label already says (host and file name)."""
    if is_local(url):
        return reason
    host, file = host_of(url), urlsplit(url).path.rsplit("/", 1)[-1]
    reason = reason.removeprefix(f"{host}: ").replace(f"{host} answered", "server answered")
    return reason.replace(f" for {file}", "") if file else reason


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return f"cannot be stored ({error.strerror})"
    return str(error)
