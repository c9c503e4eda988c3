"""A real click into an e-service page's field while the on-screen keyboard is on, on X11.

Run by tests/e2e/test_tap_web_field.py under Xvfb. The keyboard once listened to Qt's
focusObjectChanged, which hands Python QtWebEngine's half-native focus items: the first tap into
a web page's field then killed the kiosk (SIGSEGV). Prints one line per step; exits 0 when the
kiosk and its page are still there after the tap, 1 naming the step that failed, 139 on a crash.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtTest import QTest
from steps import Steps

from kiosk.app import build_kiosk
from kiosk.config import load_config
from kiosk.domain import Link, Text
from kiosk.paths import DataDir


def main() -> int:
    page_url, data_dir = sys.argv[1], Path(sys.argv[2])
    kiosk = build_kiosk(
        load_config(None, environ={}), DataDir(data_dir), demo=True, sound=False, defer_input=True
    )
    window, app = kiosk.window, kiosk.app
    window.resize(1280, 1024)
    window.show()
    run = Steps()
    check, wait, xdotool = run.check, run.wait, run.xdotool

    def scenario() -> None:
        window.activateWindow()  # no window manager under Xvfb gives the window the focus
        check(wait(window.isActiveWindow, 5), "the kiosk's window has the focus")
        window.keyboard.ensure_built()
        link = Link("test", "health", Text({"sv": "Testtjänsten"}), Text({}), page_url)
        window.open_page("browser", link)
        browser = window.page["browser"].browser
        check(
            wait(lambda: browser.view is not None and browser.view.title() == "field"),
            "the e-service page loads",
        )
        assert browser.view is not None
        spot = browser.view.mapToGlobal(QPoint(300, 60))  # the page's field, at the top left
        xdotool("mousemove", str(spot.x()), str(spot.y()), "click", "1")
        QTest.qWait(1000)
        check(window.current == "browser", "the kiosk is still there after the tap")
        check(browser.view is not None and browser.view.title() == "field", "so is the page")
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
