"""Writes feed source folders for tests and benchmarks: small and exact, or large and generated."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.feed.build import build_feed
from kiosk.feed.models import Manifest

if TYPE_CHECKING:
    from kiosk.paths import DataDir
    from kiosk.sync.engine import SyncResult

# A 1x1 PNG: real image bytes without needing an image library.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def write_source(src: Path, places: int = 3, weekly_series: int = 2, version: int = 1) -> Path:
    """A source folder with two service points, `places` places, links, a notice and events."""
    (src / "images").mkdir(parents=True, exist_ok=True)
    (src / "events").mkdir(exist_ok=True)
    (src / "brochures").mkdir(exist_ok=True)
    (src / "images" / "place.png").write_bytes(PIXEL)
    (src / "brochures" / "guide.pdf").write_bytes(PDF)
    (src / "feed.toml").write_text(
        f'[feed]\npublisher = "Testkommun"\ngenerated = 2026-11-01T08:00:00Z\nversion = {version}\n'
        "expires = 2036-01-01T00:00:00Z\n",
        encoding="utf-8",
    )
    (src / "service_points.toml").write_text(
        """
[[service_point]]
id = "bjorna"
name = "Björna Lanthandel"
village = "Björna"
example = true
openingHours = ["Mo-Fr 09:00-19:00", "Sa 10:00-16:00"]
criteria = { computer = true, cafe = true, tourist_info = true }

[[service_point]]
id = "ulvon"
name = "Ulvö Handel"
village = "Ulvöhamn"
""",
        encoding="utf-8",
    )
    lines = []
    categories = ("nature", "culture", "food", "stay", "activities", "practical")
    for n in range(places):
        lines.append(
            f'[[place]]\nid = "place-{n}"\ncategory = "{categories[n % 6]}"\n'
            f'name.sv = "Plats {n} Örnsköldsvik"\nname.en = "Place {n}"\n'
            f'summary.sv = "Sammanfattning {n}"\nimage = "images/place.png"\n'
            f"geo = {{ latitude = 63.{n % 10}, longitude = 18.{n % 10} }}\n"
        )
    lines.append(
        '[[place]]\nid = "only-ulvon"\ncategory = "nature"\nname.sv = "Bara Ulvön"\nservice_points = ["ulvon"]\n'
    )
    (src / "places.toml").write_text("\n".join(lines), encoding="utf-8")
    (src / "links.toml").write_text(
        '[[link]]\nid = "1177"\ncategory = "health"\nname.sv = "1177"\n'
        'description.sv = "Boka tid och förnya recept."\nurl = "https://www.1177.se/"\nallow = ["*.1177.se"]\n',
        encoding="utf-8",
    )
    (src / "notices.toml").write_text(
        '[[notice]]\nid = "hej"\nlevel = "important"\ntitle.sv = "Viktigt"\ntext.sv = "Text"\n'
        '\n[[notice]]\nid = "gammal"\ntitle.sv = "Gammal"\nvalidThrough = 2020-01-01\n',
        encoding="utf-8",
    )
    (src / "brochures.toml").write_text(
        '[[brochure]]\nid = "guide"\nname.sv = "Guide"\nfile = "brochures/guide.pdf"\ncover = "images/place.png"\n',
        encoding="utf-8",
    )
    events = ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"]
    for n in range(weekly_series):
        events.append(
            f"BEGIN:VEVENT\r\nUID:series-{n}@test\r\nDTSTART;TZID=Europe/Stockholm:20250106T{10 + n % 10:02d}0000\r\n"
            f"DURATION:PT2H\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Evenemang {n}\r\nLOCATION:Byhuset\r\n"
            "X-KIOSK-SERVICE-POINT:bjorna\r\nEND:VEVENT\r\n"
        )
    events.append("END:VCALENDAR\r\n")
    (src / "events" / "events.sv.ics").write_text("".join(events), encoding="utf-8")
    return src


def make_feed(root: Path, **kwargs: int) -> tuple[Path, Manifest]:
    """Write a source folder under `root` and build it; returns the feed folder and manifest."""
    src = write_source(root / "src", **kwargs)
    out = root / "feed"
    return out, build_feed(src, out, now=datetime(2026, 11, 1, tzinfo=UTC))


def apply_folder(
    feed: Path,
    data: DataDir,
    now: datetime,
    window_days: int = 180,
    keys: tuple[str, ...] = (),
) -> SyncResult:
    """Put a feed folder on show through the kiosk's one apply path (as `kiosk sync` would).

    Raises FeedError with the one-line reason when the feed is refused.
    """
    from kiosk.errors import FeedError
    from kiosk.sync.engine import sync_once

    result = sync_once(str(feed), data, keys, (), now, window_days)
    if not result.ok:
        raise FeedError(result.reason)
    return result
