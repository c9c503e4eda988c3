"""Helpers for browser tests: the locked-down browser alone, pages on a loopback server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytest_httpserver import HTTPServer

from kiosk.ui.browser.widget import BrowserWidget

# Offscreen there is no OpenGL: Chromium falls back to software rendering and says so.
CHROMIUM_NOISE = ("QRhiGles2", "Failed to create RHI", "GPUInfo", "Release of profile", "js:")
QUIET = pytest.mark.qt_log_ignore(*CHROMIUM_NOISE)


def url(server: HTTPServer, path: str) -> str:
    """`path` on the server as the browser's own host, 127.0.0.1."""
    return f"http://127.0.0.1:{server.port}{path}"


def make_browser(qtbot, **kwargs) -> Iterator[BrowserWidget]:  # type: ignore[no-untyped-def]
    """The browser widget on its own, shown offscreen, recording its decisions."""
    widget = BrowserWidget(**kwargs)
    qtbot.addWidget(widget)
    widget.resize(1024, 768)
    widget.show()
    decisions: list[tuple[str, str, bool, str]] = []
    widget.decided.connect(lambda *d: decisions.append(d))
    widget.decisions = decisions  # type: ignore[attr-defined]
    yield widget
    widget.end_session()


def open_and_wait(qtbot, browser: BrowserWidget, url: str) -> None:  # type: ignore[no-untyped-def]
    """Start a new session on `url` and wait until it has loaded."""
    browser.open(url, (), "Testtjänsten")
    assert browser.view is not None
    with qtbot.waitSignal(browser.view.loadFinished, timeout=15_000):
        pass


def click_page(qtbot, browser, until, button=Qt.MouseButton.LeftButton) -> None:  # type: ignore[no-untyped-def]
    """Real clicks into the page (a user gesture, which some requests need) until `until()`.

    Chromium drops input that arrives before its first frame is on screen, so a click that
    changed nothing is repeated.
    """
    target, spot = browser.view.focusProxy(), QPoint(60, 60)
    for _ in range(20):
        QTest.mouseMove(target, spot)
        QTest.mousePress(target, button, pos=spot)
        QTest.mouseRelease(target, button, pos=spot)
        try:
            qtbot.waitUntil(until, timeout=1_000)
            return
        except qtbot.TimeoutError:
            continue
    raise AssertionError("the page never reacted to a click")
