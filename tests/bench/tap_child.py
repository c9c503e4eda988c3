"""The tap benchmark's kiosk (run by tap_bench.py under Xvfb): a real window, real clicks.

    python tests/bench/tap_child.py CONFIG DATA_DIR

Builds the kiosk as `kiosk run` does (the first frame, then kiosk.afterpaint), then clicks
tiles, cards, Home and search keys with QTest and prints one JSON line per tap: what was tapped,
whether it was the first open of that page kind since the start, and the milliseconds from the
click to the next frame painted in the window.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kiosk.afterpaint import WARM_PAGES
from kiosk.app import after_first_paint, build_kiosk, make_application
from kiosk.config import load_config
from kiosk.paths import DataDir

ROUNDS = 8
FLOOR_TAPS = 40
FLOOR_WORK = 200_000
"""A fixed piece of Python work: its time grows with the load of the machine, and doubles on the
slow setting; compare two runs by it."""
KEYS = "ornskoldsvik"


class PaintWatch(QObject):
    """When each widget of the window was first painted after `arm()`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.painted: dict[QWidget, float] = {}

    def arm(self) -> None:
        self.painted = {}

    def first_within(self, target: QWidget) -> float | None:
        """The first paint of `target` or a widget inside it since `arm()`."""
        times = [
            at
            for widget, at in self.painted.items()
            if widget is target or target.isAncestorOf(widget)
        ]
        return min(times, default=None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched not in self.painted
            and watched.window() is self.window
        ):
            self.painted[watched] = time.perf_counter()
        return False


def settle(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def floor_taps(app: QApplication) -> None:
    """The same tap on a bare Qt window, a button switching between two labels in a stack: what a
    tap costs on this machine at this moment whatever the kiosk does (the floor)."""
    window = QWidget()
    stack = QStackedWidget()
    for text in ("A", "B"):
        stack.addWidget(QLabel(text))
    button = QPushButton("Tap")
    button.clicked.connect(lambda: stack.setCurrentIndex(1 - stack.currentIndex()))
    layout = QVBoxLayout(window)
    layout.addWidget(stack)
    layout.addWidget(button)
    window.resize(1280, 1024)
    window.show()
    watch = PaintWatch(window)
    app.installEventFilter(watch)
    settle(app, 1.0)
    for _ in range(FLOOR_TAPS):
        settle(app, 0.05)
        watch.arm()
        start = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        while watch.first_within(stack.currentWidget()) is None and time.perf_counter() - start < 3:
            app.processEvents()
        painted = watch.first_within(stack.currentWidget())
        if painted is not None:
            ms = (painted - start) * 1000
            print(json.dumps({"tap": "floor", "kind": "floor", "first": False, "ms": ms}))
    app.removeEventFilter(watch)
    window.close()
    for _ in range(FLOOR_TAPS // 4):  # the share of the CPU the child gets now
        start = time.perf_counter()
        sum(i * i for i in range(FLOOR_WORK))
        ms = (time.perf_counter() - start) * 1000
        print(json.dumps({"tap": "work", "kind": "floor work", "first": False, "ms": ms}))


def main() -> None:
    config = load_config(Path(sys.argv[1]))
    data = DataDir(Path(sys.argv[2]))
    app = make_application()
    kiosk = build_kiosk(config, data, demo=False, defer_input=True, stats=False)
    window = kiosk.window
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))
    window.first_painted.connect(lambda: after_first_paint(kiosk, False, datetime.now(UTC)))
    window.resize(1280, 1024)  # every home tile in view, none under the navigation bar
    window.show()
    while not painted:
        app.processEvents()
    # The warm-up after the first frame (kiosk.afterpaint.warm_up): the pages, the places and the
    # keyboard, one piece per turn of the event loop. A tap meanwhile waits for the piece being
    # built (the keyboard is the largest, about 0.25 s of CPU): its length is reported, and the
    # first taps come after it, as a visitor's come after a kiosk PC's start.
    painted_at = time.perf_counter()
    while not (all(n in window.page for n in WARM_PAGES) and window.keyboard.view is not None):
        app.processEvents()
        if time.perf_counter() - painted_at > 30:
            break
    warm_ms = (time.perf_counter() - painted_at) * 1000
    print(json.dumps({"tap": "warm-up", "kind": "floor warm-up", "first": False, "ms": warm_ms}))
    watch = PaintWatch(window)
    app.installEventFilter(watch)
    settle(app, 1.0)  # the input side's own start (sync, alerts) is over, the window is quiet
    seen: set[str] = set()

    def tap(label: str, kind: str, action, target=None) -> None:  # type: ignore[no-untyped-def]
        """`action`, then the time until the page it shows (or `target`) paints."""
        settle(app, 0.05)
        watch.arm()
        start = time.perf_counter()
        action()
        shown = target or window.pages.currentWidget()
        while watch.first_within(shown) is None and time.perf_counter() - start < 3:
            app.processEvents()
        painted = watch.first_within(shown)
        if painted is None:  # nothing to repaint (the same results): not a frame to time
            return
        ms = (painted - start) * 1000
        first = kind not in seen
        seen.add(kind)
        print(json.dumps({"tap": label, "kind": kind, "first": first, "ms": ms}), flush=True)

    home = window.page["home"]
    nav_home = window.navbar.home

    def click(widget: QWidget):  # type: ignore[no-untyped-def]
        return lambda: QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    for _ in range(ROUNDS):
        for name, tile in home.tiles.items():
            tap(name, name, click(tile))
            if name in ("places", "events"):
                grid = window.page[name].grid
                tap(f"{name} card", "detail", lambda grid=grid: grid.click(0))
            tap("home", "home", click(nav_home))
        tap("emergency", "emergency", click(home.emergency))
        tap("home", "home", click(nav_home))
        for code in ("en", "sv"):  # a language tap re-renders the page on show
            tap(f"language {code}", "language", click(window.navbar.languages[code]))
        tap("search", "search", click(home.search))
        search = window.page["search"]
        for key in KEYS:  # from the keystroke to its results painted
            tap(f"key {key}", "search key", partial(QTest.keyClick, search.field, key), search.grid)
        tap("home", "home", click(nav_home))
    kiosk.close()
    floor_taps(app)  # after the kiosk: its first taps find Qt as cold as a kiosk PC does


if __name__ == "__main__":
    main()
