"""What the publisher reads from the kiosks' upload place: the fleet board, home screens, shop events.

Every call here does network or disk I/O and runs in a `Background` thread; the results are
plain data for the window.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError
from kiosk.fleet.board import Board, build_board
from kiosk.fleet.quarterly import copy_days, last_quarter
from kiosk.fleet.source import FleetSource, MissingFolderError, NoServicePointsError, open_source
from kiosk.net.http import Http
from kiosk.publish.events import EventFiles
from kiosk.services.syncprocess import kiosk_command
from kiosk.stats.upload import TIMEOUT, Target

REPORT_TIME_LIMIT = 10 * 60


@dataclass(frozen=True)
class Where:
    """The kiosks' upload folder or WebDAV address, and how to log in there."""

    address: str
    user: str = ""
    password: str = field(default="", repr=False)

    def source(self, http: Http) -> FleetSource:
        """The fleet package's reader for this place."""
        return open_source(self.address, Target(self.address, "", self.user, self.password), http)


@dataclass(frozen=True)
class FleetView:
    """The board and each service point's rendered home screen (PNG bytes, when delivered)."""

    board: Board
    home: dict[str, bytes]


@dataclass(frozen=True)
class ShopEvent:
    """One event a shop owner posted on a kiosk, offered to the municipality's calendar."""

    service_point: str
    item: dict[str, Any]
    """As kiosk.publish.events reads it: ready for SourceFolder.put("events", …)."""

    @property
    def title(self) -> str:
        """The Swedish title."""
        return str(self.item.get("title", {}).get("sv", ""))


def read_fleet(where: Where, now: datetime) -> FleetView:
    """The board as of `now` and every home.png there is."""
    with Http(timeout=TIMEOUT) as http, _in_swedish(where):
        source = where.source(http)
        board = build_board(source, now)
        home = {}
        for point in board.points:
            picture = source.read(point.service_point, "home.png")
            if picture:
                home[point.service_point] = picture
    return FleetView(board, home)


@contextmanager
def _in_swedish(where: Where) -> Iterator[None]:
    """The two mistakes an officer makes with the upload place, said in her words (the fleet
    package's own texts are the command line's, in English)."""
    try:
        yield
    except MissingFolderError:
        raise KioskError(
            f"Mappen {where.address} finns inte. Kontrollera att den är rätt skriven och att "
            "den delade disken är ansluten."
        ) from None
    except NoServicePointsError:
        raise KioskError(
            f"Inga servicepunkter har laddat upp något till {where.address} än. Kontrollera "
            "adressen: den ska vara samma som upload_url i kioskernas inställningar."
        ) from None


def read_shop_events(where: Where, today: date) -> list[ShopEvent]:
    """Each shop's events.ics read as event items; those that repeat or start from `today` on."""
    found: list[ShopEvent] = []
    with Http(timeout=TIMEOUT) as http, tempfile.TemporaryDirectory() as folder, _in_swedish(where):
        source = where.source(http)
        for point in source.points():
            raw = source.read(point, "events.ics")
            if not raw:
                continue
            calendar = Path(folder) / point
            calendar.mkdir()
            (calendar / "events.ics").write_bytes(raw)
            files = EventFiles(calendar)
            files.load()  # a shop's broken calendar is set aside: it hides its own events only
            for item in files.items():
                start = item.get("start")
                day = start.date() if isinstance(start, datetime) else start
                if item.get("rrule") or (isinstance(day, date) and day >= today):
                    found.append(ShopEvent(point, item))
    found.sort(key=lambda e: (str(e.item.get("start")), e.service_point))
    return found


def make_report(where: Where, quarter_of: date, out: Path) -> Path:
    """The fleet's agreement report (PDF) of the last quarter ended before `quarter_of`."""
    _name, first, last = last_quarter(quarter_of)
    with (
        tempfile.TemporaryDirectory(prefix="kiosk-report-") as folder,
        Http(timeout=TIMEOUT) as http,
    ):
        copy_days(where.source(http), Path(folder) / "days", first, last)
        done = subprocess.run(
            [
                *kiosk_command(),
                "report",
                f"--from={first.isoformat()}",
                f"--to={last.isoformat()}",
                f"--fleet={Path(folder) / 'days'}",
                f"--out={out}",
                "--data-dir",
                str(Path(folder) / "data"),
            ],
            capture_output=True,
            text=True,
            timeout=REPORT_TIME_LIMIT,
            check=False,
        )
    if done.returncode != 0:
        reason = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
        raise KioskError(f"Rapporten kunde inte göras: {reason.removeprefix('kiosk: ')}")
    return out
