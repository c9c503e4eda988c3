"""Benchmark rows for the feed and sync: bytes of an unchanged sync, one changed image, ICS ingest, GUI stalls."""

from __future__ import annotations

import http.server
import os
import shutil
import socketserver
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from feedmaker import make_feed

from kiosk.domain import STOCKHOLM
from kiosk.feed.build import build_feed
from kiosk.feed.ics import expand, parse_calendar
from kiosk.paths import DataDir
from kiosk.sync.engine import sync_once

Row = tuple[str, str, str, str]
REPO = Path(__file__).resolve().parents[2]


class _CountingHandler(http.server.SimpleHTTPRequestHandler):
    """A plain static web server (Last-Modified / If-Modified-Since) that counts what it sends."""

    sent = 0

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def setup(self) -> None:
        """Wrap the socket writer to count bytes, headers included."""
        super().setup()
        raw = self.wfile

        class Counter:
            def write(self, data: bytes) -> int:
                _CountingHandler.sent += len(data)
                return raw.write(data)

            def flush(self) -> None:
                raw.flush()

            def __getattr__(self, name: str) -> object:
                return getattr(raw, name)

        self.wfile = Counter()  # type: ignore[assignment]


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on loopback; yields the manifest URL."""
    handler = lambda *a, **k: _CountingHandler(*a, directory=str(folder), **k)  # noqa: E731
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/manifest.json"
    finally:
        server.shutdown()
        server.server_close()


def published_ago(web: Path, seconds: float) -> None:
    """Date the manifest `seconds` back, as a feed published earlier would be."""
    when = time.time() - seconds
    os.utime(web / "manifest.json", (when, when))


def sync_rows() -> list[Row]:
    """Unchanged sync bytes (budget < 2 KB) and what one changed image costs."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        src = root / "src"
        shutil.copytree(REPO / "assets" / "demo-source", src)
        web = root / "web"
        build_feed(src, web)
        # Published a while before the kiosk looks (a manifest changed in the very second it
        # is fetched gets no validators kept: see kiosk/sync/http.py).
        published_ago(web, 120)
        data = DataDir(root / "data")
        with serve(web) as url:
            now = datetime.now(STOCKHOLM)
            first = sync_once(url, data, (), (), now)
            _CountingHandler.sent = 0
            unchanged = sync_once(url, data, (), (), now)
            unchanged_bytes = _CountingHandler.sent
            image = next((src / "images").glob("skuleskogen.jpg"))
            image.write_bytes(image.read_bytes() + b"\0")
            build_feed(src, web)
            published_ago(web, 60)  # a newer Last-Modified than the first publication
            _CountingHandler.sent = 0
            changed = sync_once(url, data, (), (), now)
            changed_bytes = _CountingHandler.sent
    verdict = "OK" if unchanged_bytes < 2048 and unchanged.outcome == "unchanged" else "OVER BUDGET"
    return [
        (
            "first sync of the demo feed",
            f"{first.new_bytes / 1e6:.1f} MB",
            f"{first.new_objects} objects",
            "",
        ),
        (
            "unchanged sync (sent by server, headers too)",
            f"{unchanged_bytes} B",
            f"{unchanged.requests} request(s)",
            f"< 2 KB: {verdict}",
        ),
        (
            "sync after one image changed",
            f"{changed_bytes / 1024:.0f} KiB",
            f"{changed.new_objects} new object(s)",
            "only that object: " + ("OK" if changed.new_objects == 1 else "NO"),
        ),
    ]


def ics_ingest_rows(events: int = 10_000) -> list[Row]:
    """Parsing and expanding an ICS file of 10,000 single events."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//SV"]
    for n in range(events):
        day = 1 + n % 28
        month = 1 + (n // 28) % 6
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{n}@x",
            f"DTSTART;TZID=Europe/Stockholm:2027{month:02d}{day:02d}T{8 + n % 12:02d}0000",
            f"SUMMARY:Evenemang {n}",
            "LOCATION:Byhuset",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    raw = ("\r\n".join(lines) + "\r\n").encode()
    start = time.perf_counter()
    calendar = parse_calendar(raw, "bench.ics")
    parsed = time.perf_counter()
    result = expand(
        {"sv": calendar},
        datetime(2026, 12, 1, tzinfo=STOCKHOLM),
        datetime(2027, 7, 1, tzinfo=STOCKHOLM),
    )
    done = time.perf_counter()
    return [
        (
            f"ICS ingest, {events:,} events ({len(raw) / 1e6:.1f} MB)",
            f"{(done - start) * 1000:.0f} ms",
            f"parse {(parsed - start) * 1000:.0f} + expand {(done - parsed) * 1000:.0f} ms",
            f"{len(result.events):,} occurrences",
        ),
    ]


def gui_stall_rows() -> list[Row]:
    """The longest gap between GUI-thread ticks while a full sync runs with the kiosk window open."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.app import build_kiosk
    from kiosk.config import Config, load_config
    from kiosk.services.sync import SyncService
    from kiosk.services.syncprocess import ProcessRunner

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        small, _ = make_feed(root / "small", places=5, weekly_series=2, version=1)
        big, _ = make_feed(root / "big", places=1000, weekly_series=56, version=2)
        values = dict(load_config(None, environ={}).values)
        values.update(feed_url=str(small))
        kiosk = build_kiosk(Config(values), DataDir(root / "data"), demo=False, sound=False)
        kiosk.window.resize(1280, 800)
        kiosk.window.show()
        app = QApplication.instance()
        assert app is not None

        served = serve(big)
        url = served.__enter__()
        config = Config({**values, "feed_url": url})
        run = ProcessRunner(config, DataDir(root / "data"))

        service = SyncService(run, lambda _s, _f: 3600, lambda: datetime.now(STOCKHOLM))
        service.content_updated.connect(kiosk.content.content_replaced)
        clock = QElapsedTimer()
        longest = 0
        last = 0

        def tick() -> None:
            nonlocal last, longest
            now = clock.elapsed()
            longest = max(longest, now - last)
            last = now

        ticker = QTimer(interval=5)
        ticker.timeout.connect(tick)
        clock.start()
        ticker.start()
        service.sync_now()
        while service.running or kiosk.content.info() is None or kiosk.content.info().version != 2:  # type: ignore[union-attr]
            app.processEvents()
            if clock.elapsed() > 120_000:
                break
        ticker.stop()
        kiosk.close()
        served.__exit__(None, None, None)
    verdict = "OK" if longest < 50 else "OVER BUDGET"
    return [
        (
            "longest GUI stall during a full sync (1k places, 10k events; sync in a child)",
            f"{longest} ms",
            "",
            f"< 50 ms: {verdict}",
        )
    ]
