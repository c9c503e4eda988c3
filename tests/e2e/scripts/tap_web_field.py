"""Taps into an e-service page's field on X11: the kiosk survives, the keyboard types into it.

Run by tests/e2e/test_tap_web_field.py under Xvfb. The keyboard once listened to Qt's
focusObjectChanged, which hands Python QtWebEngine's half-native focus items: the first tap into
a web page's field then killed the kiosk (SIGSEGV); a real X click checks that. Then a finger
(touch events, as a touch-only kiosk sends) taps into the field, types Skuleskogen on the
on-screen keyboard and taps beside the field. Prints one line per step; exits 0 when all went
well, 1 naming the step that failed, 139 on a crash.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtTest import QTest
from steps import Steps

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for the finger
from fingers import BESIDE, FIELD, finger, finger_keys

from kiosk.app import after_first_paint, build_kiosk
from kiosk.config import load_config
from kiosk.domain import Link, Text
from kiosk.paths import DataDir
from kiosk.ui.window import KioskWindow


def tap_page(window: KioskWindow, run: Steps, spot: QPoint, until: Callable[[], bool]) -> bool:
    """Tap the page at `spot` (web view coordinates) until `until()`: Chromium drops touches
    that arrive before its first frame is on screen."""
    view = window.page["browser"].browser.view
    assert view is not None
    for _ in range(20):
        finger(window, view.focusProxy().mapTo(window, spot))
        if run.wait(until, 1):
            return True
    return False


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
    check, wait, xdotool = run.check, run.wait, run.xdotool

    def scenario() -> None:
        window.activateWindow()  # no window manager under Xvfb gives the window the focus
        check(wait(window.isActiveWindow, 5), "the kiosk's window has the focus")
        link = Link("test", "health", Text({"sv": "Testtjänsten"}), Text({}), page_url)
        window.open_page("browser", link)
        browser = window.page["browser"].browser
        check(
            wait(lambda: browser.view is not None and browser.view.title() == "form"),
            "the e-service page loads",
        )
        assert browser.view is not None
        view = browser.view
        spot = view.mapToGlobal(FIELD)
        xdotool("mousemove", str(spot.x()), str(spot.y()), "click", "1")
        QTest.qWait(1000)
        check(window.current == "browser", "the kiosk is still there after the tap")
        check(browser.view is view and view.title() in {"form", "typing"}, "so is the page")
        view.page().runJavaScript("document.activeElement.blur()")  # as if the click missed
        wait(lambda: view.title() != "typing", 5)
        check(
            tap_page(window, run, FIELD, lambda: view.title() == "typing"),
            "a finger taps the field",
        )
        check(wait(window.keyboard.isVisible, 5), "the on-screen keyboard comes up")
        finger_keys(
            window, "Skuleskogen", lambda typed: wait(lambda: view.title() == f"v:{typed}", 5)
        )
        check(wait(lambda: view.title() == "v:Skuleskogen", 5), "the page gets Skuleskogen")
        check(tap_page(window, run, BESIDE, lambda: view.title() == "left"), "a tap beside it")
        check(wait(lambda: not window.keyboard.isVisible(), 5), "puts the keyboard away")
        kiosk.idle.end_visit()
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
