"""Two visits in a row in the whole kiosk on a real X display, typed with xdotool.

Visit 1 selects a personnummer and copies it (Ctrl+A, Ctrl+C) and pastes it once in the same
page (it really was copied); the visit ends; visit 2 pastes (Ctrl+V and a middle click) into a
field and must get nothing. Prints one line per step; exits 1 naming a step that failed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from steps import Steps

from kiosk.app import build_kiosk
from kiosk.config import load_config
from kiosk.domain import Link, Text
from kiosk.paths import DataDir

NUMBER = "19121212-1212"


def main() -> int:
    base, data = sys.argv[1], DataDir(Path(sys.argv[2]))
    kiosk = build_kiosk(load_config(None, environ={}), data, demo=True, sound=False)
    window, app = kiosk.window, kiosk.app
    window.setGeometry(0, 0, 1280, 1024)
    window.show()
    run = Steps()
    check, wait, xdotool = run.check, run.wait, run.xdotool

    def field(browser) -> str:  # type: ignore[no-untyped-def]
        got: list[str] = []
        browser.view.page().runJavaScript("document.getElementById('i').value", 0, got.append)
        wait(lambda: bool(got), 5)
        return str(got[0]) if got else "?"

    def visit(path: str, title: str):  # type: ignore[no-untyped-def]
        link = Link("test", "health", Text({"sv": "Testtjänsten"}), Text({}), base + path)
        window.open_page("browser", link)
        browser = window.page["browser"].browser  # type: ignore[attr-defined]
        check(wait(lambda: browser.view is not None and browser.view.title() == title), title)
        xdotool("windowactivate", "--sync", str(int(window.winId())))
        center = browser.view.mapToGlobal(browser.view.rect().center())
        xdotool("mousemove", str(center.x()), str(center.y()), "click", "1")
        return browser

    browser = visit("/one", "one")
    xdotool("key", "--clearmodifiers", "ctrl+a", "ctrl+c")
    browser.view.page().runJavaScript("document.getElementById('i').focus()")
    xdotool("key", "--clearmodifiers", "ctrl+v")
    check(NUMBER in field(browser), "visit 1 copied and pasted the number itself")
    kiosk.idle.end_visit()
    check(wait(lambda: window.current == "attract"), "visit 1 ended")
    browser = visit("/two", "two")
    xdotool("key", "--clearmodifiers", "ctrl+v")
    xdotool("click", "2")  # X11's selection: a middle click pastes it
    check(field(browser) == "", "visit 2 pastes nothing")
    window.allow_close = True
    kiosk.close()
    app.processEvents()
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
