"""The locked-down browser with real QtWebEngine against pages served on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytest_httpserver import HTTPServer
from webkit import QUIET, open_and_wait, url
from werkzeug import Response

pytestmark = [QUIET]

STORE = """<title>store</title><script>
document.cookie = "visitor=anna; max-age=3600";
localStorage.setItem("visitor", "anna");
</script>"""
READ = """<title>read</title><script>
document.title = "cookie=" + document.cookie + ";local=" + (localStorage.getItem("visitor") || "");
</script>"""


@pytest.fixture
def site(httpserver: HTTPServer) -> HTTPServer:
    """Hostile and harmless pages on 127.0.0.1 (allowed); `localhost` stands for another host."""
    other = f"http://localhost:{httpserver.port}/elsewhere"
    pages = {
        "/": "<title>start</title><p>Start</p>",
        "/store": STORE,
        "/read": READ,
        "/link": f'<title>link</title><a id="a" href="{other}">out</a>'
        f"<script>document.getElementById('a').click()</script>",
        "/popup": f"<title>popup</title><script>window.open('{other}')</script>",
        "/popup-ok": "<title>popup-ok</title><script>window.open('/')</script>",
        "/alert": "<title>alert</title><script>alert('Hello');document.title='after'</script>",
        "/js": "<title>js</title><script>location.href='javascript:alert(1)'</script>",
        "/file": "<title>file</title><script>location.href='file:///etc/passwd'</script>",
    }
    for path, html in pages.items():
        httpserver.expect_request(path).respond_with_data(html, content_type="text/html")
    httpserver.expect_request("/file.pdf").respond_with_response(
        Response(
            b"%PDF-1.4",
            content_type="application/octet-stream",
            headers={"Content-Disposition": 'attachment; filename="file.pdf"'},
        )
    )
    return httpserver


def test_cookies_and_local_storage_do_not_reach_the_next_session(qtbot, browser, site) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, browser, url(site, "/store"))
    browser.view.load(url(site, "/read"))
    qtbot.waitUntil(lambda: browser.title.text().startswith("cookie=visitor=anna"), timeout=10_000)
    assert browser.title.text() == "cookie=visitor=anna;local=anna"
    first = browser.session
    directory = first.directory
    with qtbot.waitSignal(first.profile.destroyed, timeout=1_000):
        browser.open(url(site, "/read"), (), "Testtjänsten")
    qtbot.waitUntil(lambda: not directory.exists(), timeout=5_000)
    qtbot.waitUntil(lambda: browser.title.text().startswith("cookie="), timeout=10_000)
    assert browser.title.text() == "cookie=;local="


def test_navigation_to_another_host_is_blocked_with_a_panel(qtbot, browser, site) -> None:  # type: ignore[no-untyped-def]
    browser.open(url(site, "/link"), (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.panel.kind == "blocked", timeout=15_000)
    assert browser.stack.currentWidget() is browser.panel
    assert "outside Testtjänsten" in browser.panel.title.text()
    # The page chose the address: the kiosk names its host and offers no code for it.
    assert "localhost" in browser.panel.text.text()
    assert not browser.panel.qr.isVisible()
    blocked = [d for d in browser.decisions if not d[2]]
    assert blocked[0][0] == "navigation" and "localhost" in blocked[0][1]
    browser.panel.button.click()
    assert browser.stack.currentWidget() is browser.web_area


@pytest.mark.parametrize(
    ("target", "scheme"),
    [
        ("javascript:document.title='escaped'", "javascript"),
        ("file:///etc/passwd", "file"),
        ("view-source:http://127.0.0.1/", "view-source"),
        ("chrome://version", "chrome"),
    ],
)
def test_top_level_dangerous_schemes_are_blocked(qtbot, browser, site, target, scheme) -> None:  # type: ignore[no-untyped-def]
    browser.open(target, (), "Testtjänsten")
    assert browser.panel.kind == "blocked"
    assert [d[3] for d in browser.decisions if not d[2]] == [f"blocked scheme {scheme}:"]


@pytest.mark.parametrize("path", ["/js", "/file"])
def test_pages_cannot_leave_for_javascript_or_file_urls(qtbot, browser, site, path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, browser, url(site, path))
    browser.view.load(QUrl(url(site, "/")))
    qtbot.waitUntil(lambda: browser.title.text() == "start", timeout=10_000)
    assert browser.view.url().toString() == url(site, "/")
    assert not [d for d in browser.decisions if d[2] and not d[1].startswith("http://127.0.0.1")]


def test_popup_to_another_host_is_blocked(qtbot, browser, site) -> None:  # type: ignore[no-untyped-def]
    browser.open(url(site, "/popup"), (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.panel.kind == "blocked", timeout=15_000)
    kinds = [(d[0], d[2]) for d in browser.decisions]
    assert ("popup", False) in kinds


def test_allowed_popup_opens_in_the_same_view(qtbot, browser, site) -> None:  # type: ignore[no-untyped-def]
    browser.open(url(site, "/popup-ok"), (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.title.text() == "start", timeout=15_000)
    assert ("popup", True) in [(d[0], d[2]) for d in browser.decisions]


def test_download_is_refused_with_a_notice(qtbot, browser, site) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, browser, url(site, "/"))
    browser.view.load(url(site, "/file.pdf"))
    qtbot.waitUntil(lambda: browser.panel.kind == "download", timeout=15_000)
    assert ("download", url(site, "/file.pdf"), False) in [d[:3] for d in browser.decisions]
    assert not any(Path(browser.session.directory).rglob("file.pdf"))


def test_alert_does_not_block_the_page(qtbot, browser, site) -> None:  # type: ignore[no-untyped-def]
    browser.open(url(site, "/alert"), (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.panel.kind == "dialog", timeout=15_000)
    assert browser.panel.text.text() == "Hello"
    qtbot.waitUntil(lambda: browser.title.text() == "after", timeout=10_000)


def test_load_failure_shows_a_retrying_panel(qtbot, browser, site) -> None:  # type: ignore[no-untyped-def]
    dead = "http://127.0.0.1:9/"
    browser.open(dead, (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.panel.kind == "failed", timeout=15_000)
    assert browser.retry_timer.isActive() and browser.retry_timer.interval() == 30_000
    # The server is there but refuses: the internet itself is not to blame.
    assert browser.panel.title.text() == browser.tr("The page could not be opened right now")


def test_a_name_that_cannot_be_looked_up_says_the_internet_is_not_reached(qtbot, browser) -> None:  # type: ignore[no-untyped-def]
    # As without a network: the name of the e-service's host cannot be looked up (.invalid
    # never resolves, RFC 2606), so the visitor learns that it is the connection, not the page.
    browser.open("http://e-tjanst.invalid/", (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.panel.kind == "failed", timeout=15_000)
    assert browser.panel.title.text() == browser.tr("The internet cannot be reached right now")
    assert browser.retry_timer.isActive()


def test_offline_shows_needs_internet_with_a_qr_code(browser) -> None:  # type: ignore[no-untyped-def]
    browser.show_offline("https://www.1177.se/", "1177")
    assert browser.panel.kind == "offline"
    assert browser.view is None and browser.panel.qr.pixmap() is not None


def test_end_session_returns_to_the_e_services_page(qtbot, kiosk, site) -> None:  # type: ignore[no-untyped-def]
    from kiosk.domain import Link, Text

    link = Link("test", "health", Text({"sv": "Testtjänsten"}), Text({}), url(site, "/store"))
    kiosk.window.open_page("services")
    kiosk.window.open_page("browser", link)
    page = kiosk.window.page["browser"]
    qtbot.waitUntil(lambda: page.browser.title.text() == "store", timeout=15_000)
    page.browser.end_button.click()
    assert kiosk.window.current == "services"
    assert page.browser.session is None and page.browser.view is None


def test_visit_end_destroys_the_session(qtbot, kiosk, site) -> None:  # type: ignore[no-untyped-def]
    from kiosk.domain import Link, Text

    link = Link("test", "health", Text({"sv": "Testtjänsten"}), Text({}), url(site, "/"))
    kiosk.window.open_page("browser", link)
    browser = kiosk.window.page["browser"].browser
    directory = browser.session.directory
    kiosk.window.reset_visit()
    assert browser.session is None
    qtbot.waitUntil(lambda: not directory.exists(), timeout=5_000)


def test_leaving_the_browser_page_ends_the_session(qtbot, kiosk, site) -> None:  # type: ignore[no-untyped-def]
    from kiosk.domain import Link, Text

    link = Link("test", "health", Text({"sv": "Testtjänsten"}), Text({}), url(site, "/store"))
    kiosk.window.open_page("browser", link)
    browser = kiosk.window.page["browser"].browser
    qtbot.waitUntil(lambda: browser.title.text() == "store", timeout=15_000)
    directory = browser.session.directory
    kiosk.window.go_home()
    assert browser.session is None and browser.view is None
    qtbot.waitUntil(lambda: not directory.exists(), timeout=5_000)
