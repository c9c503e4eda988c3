"""The whole kiosk on a real display: tap E-services, tap a service, use the page, end the visit.

Run by tests/e2e/test_browser_in_kiosk.py under Xvfb. Prints one line per step; exits 0 when the
whole way worked, 1 naming the step that did not, and dies (SIGSEGV) if the browser crashes the
kiosk — which an application-wide Python event filter did under X11.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from steps import Steps

from kiosk.app import after_first_paint, build_kiosk
from kiosk.config import load_config
from kiosk.domain import Link, Text
from kiosk.paths import DataDir
from kiosk.qtplatform import has_gpu
from kiosk.services.idle import State


def tap(widget: QWidget, spot: QPoint | None = None) -> None:
    """A tap as the screen delivers it: through the top-level window."""
    window = widget.window().windowHandle()
    where = widget.mapTo(widget.window(), spot if spot is not None else widget.rect().center())
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=where)


PAGE_COLOUR = QColor("#0b5c7a")
"""The test page's background (test_browser_in_kiosk.py serves it)."""


def on_screen(widget: QWidget) -> QColor:
    """The colour the X server shows at the middle of `widget`: what a visitor sees."""
    screen = QGuiApplication.primaryScreen()
    middle = widget.mapToGlobal(widget.rect().center())
    return screen.grabWindow(0, middle.x(), middle.y(), 1, 1).toImage().pixelColor(0, 0)


def imitated_gpu_loaded() -> bool:
    """Whether Mesa's drivers (llvmpipe, a GPU imitated on the processor) are in this process."""
    maps = Path("/proc/self/maps").read_text(encoding="utf-8")
    return "_dri.so" in maps or "libLLVM" in maps


def main() -> int:
    page_url, data_dir = sys.argv[1], Path(sys.argv[2])
    kiosk = build_kiosk(
        load_config(None, environ={}), DataDir(data_dir), demo=True, sound=False, defer_input=True
    )
    window, app = kiosk.window, kiosk.app
    # As `kiosk run` does: the input side (idle, statistics, owner mode) once the frame is up.
    window.first_painted.connect(lambda: after_first_paint(kiosk, stats=True))
    window.resize(1280, 1024)
    window.show()
    run = Steps()
    check, wait = run.check, run.wait

    def scenario() -> None:
        check("PySide6.QtWebEngineCore" not in sys.modules, "QtWebEngine is not loaded at home")
        tap(window.page["home"].tiles["services"])
        check(wait(lambda: window.current == "services"), "a tap on E-services opens the list")
        check(kiosk.idle.state is State.ACTIVE, "the tap started a visit")
        grid = window.page["services"].grid
        tap(grid.viewport(), grid.card_rect(0).center())
        check(wait(lambda: window.current == "browser"), "a tap on a service opens the browser")
        check("PySide6.QtWebEngineCore" in sys.modules, "QtWebEngine is loaded now")
        local = Link("test", "health", Text({"sv": "Testtjänsten"}), Text({}), page_url)
        window.open_page("browser", local)
        browser = window.page["browser"].browser
        check(
            wait(lambda: browser.view is not None and browser.view.title() == "kiosk-test"),
            "the page loads",
        )
        check(
            wait(lambda: on_screen(browser.view) == PAGE_COLOUR, 10),
            "the page is drawn on the screen",
        )
        check(
            has_gpu() or not imitated_gpu_loaded(),
            "without a graphics device the page is drawn without an imitated one",
        )
        before = kiosk.idle._last_input
        QTest.qWait(100)
        tap(browser.view)
        check(
            wait(lambda: kiosk.idle._last_input > before, 5),
            "a tap on the web page counts as input",
        )
        directory = browser.session.directory
        kiosk.idle.end_visit()
        check(
            wait(lambda: browser.session is None and window.current == "attract"),
            "the visit end closes the session",
        )
        check(wait(lambda: not directory.exists(), 5), "the session's folder is gone")
        window.allow_close = True
        app.quit()

    def guarded() -> None:
        try:
            scenario()
        except Exception as error:  # a broken step must end the run, not hang it
            check(False, f"the scenario raised {error!r}")
            window.allow_close = True
            app.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(200, guarded))
    QTimer.singleShot(120_000, lambda: (check(False, "finished in time"), app.exit(1)))
    app.exec()
    kiosk.close()
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
