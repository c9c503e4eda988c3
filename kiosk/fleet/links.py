"""Day files already read, by their stamp: the board reads only what is new or changed.

Over WebDAV each day file is one GET; a fleet of 100 kiosks has about 10,000 in the board's
window. A file's stamp (its size and modification time, from the listing or the file system)
changes when the file is written, so a file changed after delivery is read again and the change
shows, while an unchanged one costs nothing. Kept in the watch state file when there is one.

The board assesses several service points at once (kiosk/fleet/board.py): the state file is
read before (`load`) and written after (`save`), on the thread that opened it, while the
threads in between only look up and add in memory.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import sqlite_utils

from kiosk.fleet.chain import Link
from kiosk.store import fleetwatch


class LinkCache:
    """The links of day files per service point; in memory, or in the watch state file."""

    def __init__(self, db: sqlite_utils.Database | None = None) -> None:
        self.db = db
        self._memory: dict[str, dict[str, fleetwatch.Link]] = {}
        self._fresh: dict[str, dict[str, fleetwatch.Link]] = {}
        self._lock = threading.Lock()

    def load(self, points: Iterable[str]) -> None:
        """Read what the state file knows of `points` (on the thread that opened it)."""
        for point in points:
            if point not in self._memory:
                self._memory[point] = fleetwatch.links(self.db, point) if self.db else {}

    def known(self, point: str, name: str, stamp: str) -> Link | None:
        """The link of `name` when it was read with this very stamp."""
        with self._lock:
            held = self._memory.get(point, {}).get(name)
        if held is None or held[0] != stamp or not stamp:
            return None
        return held[1], held[2]

    def remember(self, point: str, fresh: dict[str, tuple[str, Link]]) -> None:
        """Keep the links of files just read (name -> (stamp, link)) until `save`."""
        rows = {name: (stamp, own, named) for name, (stamp, (own, named)) in fresh.items()}
        with self._lock:
            self._memory.setdefault(point, {}).update(rows)
            self._fresh.setdefault(point, {}).update(rows)

    def save(self) -> None:
        """Write the links read since the last save to the state file (on its thread)."""
        with self._lock:
            fresh, self._fresh = self._fresh, {}
        if self.db is not None:
            for point, rows in fresh.items():
                if rows:
                    fleetwatch.save_links(self.db, point, rows)
