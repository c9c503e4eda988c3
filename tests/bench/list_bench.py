"""Benchmark rows for the long lists: opening What's on and Tourist information, and scrolling 1k places."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from feedmaker import apply_folder, make_feed

from kiosk.domain import STOCKHOLM
from kiosk.paths import DataDir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.cards import CardGrid

Row = tuple[str, str, str, str]
REPO = Path(__file__).resolve().parents[2]
SCROLL_STEP = 240
"""Pixels per frame: a brisk flick through the whole list."""


def list_rows(runs: int = 5) -> list[Row]:
    """Open What's on and Tourist information (refresh + first paint) and scroll all 1,000 places."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.app import build_kiosk
    from kiosk.config import Config, load_config
    from kiosk.ui.cards import CardGrid

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        feed, _ = make_feed(root, places=1000, weekly_series=56)
        data = DataDir(root / "data")
        apply_folder(feed, data, datetime.now(STOCKHOLM), window_days=180)
        from kiosk.store.content import ContentStore

        store = ContentStore(data.content_dir, data.objects_dir)
        stored_events = store.counts().get("events", 0)
        store.close()
        values = dict(load_config(None, environ={}).values)
        values.update(feed_url=str(feed))
        kiosk = build_kiosk(Config(values), data, demo=False, sound=False)
        window = kiosk.window
        window.resize(1920, 1080)
        window.show()
        app = QApplication.instance()
        assert app is not None
        app.processEvents()
        if os.environ.get("LIST_BENCH_PROFILE"):
            import cProfile

            cProfile.runctx(
                "window.open_page('places'); window.repaint()",
                globals(),
                {"window": window},
                sort="cumtime",
            )

        def open_ms(name: str) -> float:
            window.open_page("home")
            app.processEvents()
            start = time.perf_counter()
            window.open_page(name)
            window.repaint()
            return (time.perf_counter() - start) * 1000

        opening = {name: [open_ms(name) for _ in range(runs)] for name in ("events", "places")}
        events_page, places_page = window.page["events"], window.page["places"]
        events_shown = len(events_page.findChild(CardGrid).cards())

        grid = places_page.findChild(CardGrid)
        assert grid is not None
        places_shown = len(grid.cards())
        generated = scroll(app, grid)
        # The generated feed has one 1x1 cover for all places: scroll again with 1,000 real JPEGs.
        covers = sorted((REPO / "assets" / "demo-feed" / "assets").glob("*.jpg"))
        specs = []
        for n, card in enumerate(grid.cards()):
            copy = root / f"cover-{n}.jpg"
            os.link(covers[n % len(covers)], copy)
            specs.append(replace(card, image=str(copy)))
        grid.set_sections([("", specs)])
        app.processEvents()
        jpegs = scroll(app, grid)
        kiosk.close()
    verdict = "OK" if max(generated[0], jpegs[0]) < 50 else "OVER BUDGET"
    return [
        (
            f"open What's on ({stored_events:,} events in store, {events_shown} shown; refresh + paint)",
            f"{statistics.median(opening['events']):.0f} ms",
            f"max {max(opening['events']):.0f} ms",
            "",
        ),
        (
            f"open Tourist information ({places_shown:,} places; refresh + paint)",
            f"{statistics.median(opening['places']):.0f} ms",
            f"max {max(opening['places']):.0f} ms",
            "",
        ),
        (
            f"longest GUI stall scrolling all {places_shown:,} places ({SCROLL_STEP} px/frame)",
            f"{generated[0]:.0f} ms",
            f"frame p95 {generated[1]:.1f} ms",
            f"< 50 ms: {verdict}",
        ),
        (
            f"  the same with 1,000 distinct JPEG covers ({jpegs[2]} decoded)",
            f"{jpegs[0]:.0f} ms",
            f"frame p95 {jpegs[1]:.1f} ms",
            f"< 50 ms: {verdict}",
        ),
    ]


def scroll(app: QApplication, grid: CardGrid) -> tuple[int, float, int]:
    """Flick through the whole grid a frame at a time: longest GUI gap, frame p95, covers decoded."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    bar = grid.verticalScrollBar()
    bar.setValue(0)
    decoded_before = grid.images.loaded_count
    clock = QElapsedTimer()
    longest = 0
    last = 0
    frames: list[float] = []

    def tick() -> None:
        nonlocal last, longest
        now = clock.elapsed()
        longest = max(longest, now - last)
        last = now

    def step() -> None:
        start = time.perf_counter()
        bar.setValue(bar.value() + SCROLL_STEP)
        grid.viewport().repaint()
        frames.append((time.perf_counter() - start) * 1000)

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)
    scroller = QTimer(interval=16)
    scroller.timeout.connect(step)
    clock.start()
    ticker.start()
    scroller.start()
    while bar.value() < bar.maximum() and clock.elapsed() < 120_000:
        app.processEvents()
    scroller.stop()
    ticker.stop()
    grid.images.wait_for_done()
    app.processEvents()
    p95 = statistics.quantiles(frames, n=20)[-1]
    return longest, p95, grid.images.loaded_count - decoded_before


if __name__ == "__main__":  # PYTHONPATH=tests:tests/bench python tests/bench/list_bench.py
    for row in list_rows():
        print("  ".join(row))
