"""Benchmark rows: peak memory of `kiosk sync` and of the kiosk's screens under hostile input.

The feed is signed, but what the municipality writes into it and every `extra_ics_urls`
calendar is vetted by nobody (docs/recovery.md, "Hostile input"). One feed carries each kind
of hostile input at once:

- an 8000x8000 JPEG as a place's and the attract screen's picture (1.3 GB decoded whole);
- a Markdown image naming /dev/zero in a notice's text;
- an extra calendar, served on loopback, with a rule of every second of every day, a daily
  rule from year 1, an INTERVAL=0 rule and 60 endless daily series.

Each row is the peak RSS of one child alone (a wrapper reads getrusage(RUSAGE_CHILDREN)):
`kiosk sync` against the budget of a sync (100 MB, as for a feed with a 200 MB PDF), and
`kiosk screenshot` of the pages that show the hostile parts against the home screen's
150 MB (the design brief's memory budget for a kiosk at rest).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bigfeed_bench import peak
from feedmaker import write_source
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from sync_bench import serve

from kiosk.feed.build import build_feed

Row = tuple[str, str, str, str]
SYNC_BUDGET_MB = 100
SCREEN_BUDGET_MB = 150
PAGES = ("home", "attract", "places", "detail-place", "events", "notices")


EVERY = ",".join(str(n) for n in range(60))
HOSTILE_RULES = (
    f"RRULE:FREQ=DAILY;BYHOUR={','.join(str(h) for h in range(24))};BYMINUTE={EVERY};BYSECOND={EVERY}",
    "RRULE:FREQ=DAILY",  # from year 1, below
    "RRULE:FREQ=DAILY;INTERVAL=0",
)


def huge_jpeg(path: Path, side: int = 8000) -> None:
    """A real 8000x8000 JPEG (a gradient, so it compresses to a few hundred KB)."""
    image = QImage(side, side, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, side, side)
    gradient.setColorAt(0, QColor("#2b6cb0"))
    gradient.setColorAt(1, QColor("#f6e05e"))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    if not image.save(str(path), "JPEG", 80):
        raise RuntimeError(f"could not write {path}")


def hostile_calendar() -> bytes:
    events = [
        f"UID:every-second\r\nDTSTART:20000101T000000Z\r\nSUMMARY:x\r\n{HOSTILE_RULES[0]}",
        f"UID:year-one\r\nDTSTART:00010101T100000Z\r\nSUMMARY:y\r\n{HOSTILE_RULES[1]}",
        f"UID:interval-zero\r\nDTSTART:20261201T100000Z\r\nSUMMARY:z\r\n{HOSTILE_RULES[2]}",
    ]
    events += [
        f"UID:long-{n}\r\nDTSTART:20261201T{n % 24:02d}0000Z\r\nSUMMARY:lång {n}\r\nRRULE:FREQ=DAILY"
        for n in range(60)
    ]
    body = "".join(f"BEGIN:VEVENT\r\n{e}\r\nEND:VEVENT\r\n" for e in events)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


def hostile_feed(root: Path) -> Path:
    """The feed of the module docstring, built as the municipality's publisher builds it."""
    src = write_source(root / "src", places=3, weekly_series=2)
    huge_jpeg(src / "images" / "place.png")  # the name is the source's; the bytes are JPEG
    notices = (src / "notices.toml").read_text(encoding="utf-8")
    notices = notices.replace('text.sv = "Text"', 'text.sv = "Se ![bild](/dev/zero) här"', 1)
    (src / "notices.toml").write_text(notices, encoding="utf-8")
    out = root / "feed"
    build_feed(src, out, now=datetime(2026, 11, 1, tzinfo=UTC))
    return out


def hostile_rows() -> list[Row]:
    rows: list[Row] = []
    kiosk = [sys.executable, "-m", "kiosk"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        feed = hostile_feed(root)
        data = root / "data"
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env.update(QT_QPA_PLATFORM="offscreen", KIOSK_FEED_URL=str(feed))
        site = root / "calendar-site"
        site.mkdir()
        (site / "kalender.ics").write_bytes(hostile_calendar())
        with serve(site) as manifest_url:  # a shop's or association's calendar address
            env["KIOSK_EXTRA_ICS_URLS"] = manifest_url.replace("manifest.json", "kalender.ics")
            mb, code = peak([*kiosk, "sync", "--data-dir", str(data)], env)
        # exit 1 is a sync that reports skipped series: the content is still applied
        rows.append(_row("kiosk sync", mb, code in (0, 1), SYNC_BUDGET_MB))
        for page in PAGES:
            out = root / f"{page}.png"
            command = [*kiosk, "screenshot", "--no-demo", "--data-dir", str(data)]
            mb, code = peak(
                [*command, "--page", page, "--size", "1366x768", "--out", str(out)], env
            )
            rows.append(_row(f"screen {page}", mb, code == 0, SCREEN_BUDGET_MB))
    return rows


def _row(what: str, mb: float, ran: bool, budget: int) -> Row:
    verdict = "OK" if mb < budget else "OVER BUDGET"
    if not ran:
        verdict = "FAILED"
    return (f"peak RSS, hostile input: {what}", f"{mb:.0f} MB", "", f"< {budget} MB: {verdict}")


if __name__ == "__main__":
    for row in hostile_rows():
        print("  ".join(row))
