"""`kiosk self-test`: the built program proves it works, offscreen, in a throwaway data directory.

Loads the demo feed, renders every page and checks it is not blank, opens an e-service page
(a local HTML file served on loopback: the browser refuses file: URLs) in the locked-down
browser, ends the session, and checks that a text-to-speech engine is there for the speech mode. Any failure is a KioskError that names the step.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage

from kiosk.app import Kiosk, build_kiosk, make_application
from kiosk.config import load_config
from kiosk.domain import Link, Text
from kiosk.errors import KioskError
from kiosk.paths import DataDir
from kiosk.services.speechengine import ARGUMENT
from kiosk.services.syncprocess import kiosk_command

TITLE = "Självtest"
PAGE = f"<!doctype html><meta charset=utf-8><title>{TITLE}</title><h1>{TITLE}</h1><p>OK</p>"
SIMPLE_PAGES = ("home", "places", "events", "services", "brochures", "search", "about", "notices")
BROWSER_SECONDS = 60.0
T = TypeVar("T")


def self_test() -> str:
    """Run every check; the one-line summary on success, KioskError naming the failure otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    make_application()
    # Windows may still hold a file open at the end: a leftover temp folder is no failure.
    with tempfile.TemporaryDirectory(prefix="kiosk-self-test-", ignore_cleanup_errors=True) as tmp:
        # Defaults only: the machine's own configuration must not change what is tested.
        config = load_config(None, environ={})
        kiosk = _step(
            "loading the demo feed",
            lambda: build_kiosk(config, DataDir(Path(tmp)), True, sound=False),
        )
        try:
            count = _render_pages(kiosk)
            _step("the speech engines", _speech)
            _browse(kiosk, Path(tmp))
        finally:
            kiosk.close()
            kiosk.app.processEvents()
    return f"self-test passed: {count} pages rendered, e-service opened and ended ({time.monotonic() - started:.1f} s)"


def _step(name: str, action: Callable[[], T]) -> T:
    try:
        return action()
    except KioskError as error:
        raise KioskError(f"self-test failed: {name}: {error}") from None
    except Exception as error:  # a bug anywhere below: name it in one line
        raise KioskError(f"self-test failed: {name}: {error.__class__.__name__}: {error}") from None


def _render_pages(kiosk: Kiosk) -> int:
    window = kiosk.window
    window.resize(1280, 800)
    window.show()
    _step("showing the attract screen", window.show_attract)
    _check_drawn(kiosk, "attract")
    for name in SIMPLE_PAGES:
        _step(f"page '{name}'", lambda name=name: window.open_page(name))  # type: ignore[misc]
        _check_drawn(kiosk, name)
    content = kiosk.content
    places, brochures = content.places(), content.brochures()
    if not places or not brochures:
        raise KioskError("self-test failed: the demo feed has no places or brochures")
    _step("page 'detail'", lambda: window.open_page("item", ("places", places[0])))
    _check_drawn(kiosk, "detail")
    _step("page 'reader'", lambda: window.open_page("item", ("brochures", brochures[0])))
    _check_drawn(kiosk, "reader")
    _keyboard(kiosk)
    return len(SIMPLE_PAGES) + 3


def _keyboard(kiosk: Kiosk) -> None:
    """The on-screen keyboard loads (its QML and plugin are in a bundle) and draws keys."""
    window = kiosk.window
    window.open_page("search")
    _step("the on-screen keyboard", lambda: window.keyboard.show_for(window.page["search"].field))  # type: ignore[attr-defined]
    for _ in range(3):
        kiosk.app.processEvents()
    view = window.keyboard.view
    if view is None or not window.keyboard.isVisible() or is_blank(view.grabFramebuffer()):
        raise KioskError("self-test failed: the on-screen keyboard did not appear")


def _speech() -> None:
    """The speech mode's engine plugin is in the program (a bundle could leave it out)."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    if not [name for name in QTextToSpeech.availableEngines() if name != "mock"]:
        raise KioskError("self-test failed: the program has no text-to-speech engine")
    # The engine runs in a child of the program (kiosk/services/speechengine.py): it must start
    # and answer, here with Qt's silent engine.
    try:
        child = subprocess.run(
            [*kiosk_command(), ARGUMENT, "mock"],
            input="", capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as error:
        raise KioskError(f"self-test failed: the speech engine's process: {error}") from None
    first = (child.stdout.splitlines() or ["{}"])[0]
    try:
        ready = bool(json.loads(first).get("ready"))
    except (ValueError, AttributeError):
        ready = False
    if not ready:
        raise KioskError(f"self-test failed: the speech engine's process said {first!r}")


def _check_drawn(kiosk: Kiosk, name: str) -> None:
    for _ in range(3):
        kiosk.app.processEvents()
    if kiosk.window.current != name:
        raise KioskError(
            f"self-test failed: page '{name}' did not open (showing '{kiosk.window.current}')"
        )
    widget = kiosk.window.pages.currentWidget()
    if widget is None:
        raise KioskError(f"self-test failed: page '{name}' has no widget")
    image = _step(f"page '{name}'", lambda: widget.grab().toImage())
    if is_blank(image):
        raise KioskError(f"self-test failed: page '{name}' rendered blank")


def is_blank(image: QImage) -> bool:
    """True for an empty image or one of a single colour (nothing drawn on the background)."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return True
    small = image.scaled(96, 60).convertToFormat(QImage.Format.Format_RGB32)
    first = small.pixel(0, 0)
    return all(
        small.pixel(x, y) == first for y in range(small.height()) for x in range(small.width())
    )


@contextmanager
def _serve(folder: Path) -> Iterator[str]:
    """A loopback web server for `folder`; yields its address."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Requests are not news."""


def _browse(kiosk: Kiosk, tmp: Path) -> None:
    site = tmp / "site"
    site.mkdir()
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    with _serve(site) as url:
        link = Link("self-test", "other", Text({"sv": TITLE}), Text({}), url)
        window = kiosk.window
        _step("opening the e-service browser", lambda: window.open_page("browser", link))
        page = window.page["browser"]
        browser = getattr(page, "browser", None)
        if browser is None:
            raise KioskError("self-test failed: the browser page has no browser")
        if not _wait_until(lambda: browser.title.text() == TITLE, BROWSER_SECONDS):
            raise KioskError(
                f"self-test failed: the e-service page did not load in the browser within "
                f"{BROWSER_SECONDS:g} s (title: {browser.title.text()!r})"
            )
        _step("ending the browser session", browser.end_button.click)
        if browser.session is not None or window.current != "services":
            raise KioskError("self-test failed: ending the browser session left it open")


def _wait_until(done: Callable[[], bool], seconds: float) -> bool:
    """Process Qt events until `done()` or `seconds` have passed."""
    deadline = time.monotonic() + seconds
    loop = QEventLoop()
    while not done():
        if time.monotonic() > deadline:
            return False
        QTimer.singleShot(25, loop.quit)
        loop.exec()
    return True
