"""Fuzz: pages with random long titles, addresses, alert texts and download names, for a fixed
budget of pages (seeded, so a failure can be replayed). The browser never lets an error out (the
test fails on any exception Qt catches) and the bar stays whole inside a window of fixed size."""

from __future__ import annotations

import json
import random
from urllib.parse import quote

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytest_httpserver import HTTPServer
from test_browser_untrusted import SIZE, bar_reachable
from webkit import CHROMIUM_NOISE, url

from kiosk.ui.browser.untrusted import TITLE_MAX

pytestmark = [
    # QtWebEngine's word for a download name it cannot use (it then uses none): expected here.
    pytest.mark.qt_log_ignore(*CHROMIUM_NOISE, "Broken filename passed to function"),
]

BUDGET = 16
"""Pages per run: a fixed budget, not a time."""
PIECES = (
    "W",
    "å",
    " ",
    "\u202e",  # right-to-left override
    "\u200b",
    "\u0000",
    "\n",
    "😀",
    "ﷺ",
    "%",
    "%1",
    "<b>",
    "&amp;",
    "\t",
    "\u0301",
)
ACTIONS = ("alert", "navigate", "popup", "download", "confirm", "resize")


def hostile(rng: random.Random, longest: int) -> str:
    size = rng.choice((0, 1, 80, 3_000, longest))
    piece = rng.choice(PIECES)
    return "".join(rng.choice((piece, rng.choice(PIECES))) for _ in range(size))


def fuzz_page(rng: random.Random, server: HTTPServer, index: int) -> tuple[str, str]:
    """One random hostile page on `server`; returns its address and the panel it must lead to."""
    title, text = hostile(rng, 100_000), hostile(rng, 100_000)
    action = ACTIONS[index % len(ACTIONS)]  # every kind, whatever the seed
    far = f"http://{'a' * rng.choice((5, 60, 250))}.example/" + "p" * rng.choice((1, 3_000, 30_000))
    name = hostile(rng, 5_000).replace('"', "")
    file = f"/file{index}"
    server.expect_request(file).respond_with_data(
        b"x",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"},
    )
    script = {
        "alert": f"alert({json.dumps(text)});",
        "confirm": f"confirm({json.dumps(text)});",
        "navigate": f"location.href = {json.dumps(far)};",
        "popup": f"window.open({json.dumps(far)});",
        "download": f"location.href = {json.dumps(file)};",
        "resize": f"resizeTo(30000, 30000); moveTo(-5000, -5000); alert({json.dumps(text)});",
    }[action]
    html = f"<script>document.title = {json.dumps(title)}; setTimeout(() => {{ {script} }}, 50);</script>"
    path = f"/fuzz{index}"
    server.expect_request(path).respond_with_data(html, content_type="text/html")
    panel = {"alert": "dialog", "confirm": "dialog", "resize": "dialog", "download": "download"}
    panel = panel.get(action, "blocked")
    return url(server, path), panel


def test_random_hostile_pages_never_break_out_of_the_kiosk(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(22)
    for index in range(BUDGET):
        address, panel = fuzz_page(rng, httpserver, index)
        browser.open(address, (), "Testtjänsten")
        qtbot.waitUntil(lambda panel=panel: browser.panel.kind == panel, timeout=20_000)
        qtbot.wait(20)  # the layout settles
        assert bar_reachable(browser), (index, browser.size())
        assert len(browser.title.text()) <= TITLE_MAX
        assert not (browser.panel.kind == "blocked" and browser.panel.qr.isVisible())
    assert (browser.width(), browser.height()) == SIZE
    with qtbot.waitSignal(browser.session_ended, timeout=5_000):
        QTest.mouseClick(browser.end_button, Qt.MouseButton.LeftButton)
