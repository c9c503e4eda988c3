"""Hostile pages on loopback, third round (issue 22): no page can end the kiosk, trap the visitor,
fill the disk, print on its own or get a QR code of its choosing into the kiosk's frame.

Each test names the guard it proves; docs/browser.md lists them."""

from __future__ import annotations

import logging
import subprocess

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytest_httpserver import HTTPServer
from webkit import CHROMIUM_NOISE, QUIET, click_page, make_browser, open_and_wait, url

from kiosk.ui.browser.contain import contained
from kiosk.ui.browser.guards import global_rect
from kiosk.ui.browser.policy import BrowserPolicy
from kiosk.ui.browser.untrusted import TEXT_MAX, TITLE_MAX
from kiosk.ui.browser.widget import BrowserWidget

pytestmark = [QUIET]
OFFSCREEN_POPUPS = pytest.mark.qt_log_ignore(*CHROMIUM_NOISE, "This plugin does not support")
"""Offscreen, Qt says it cannot raise a popup or grab the keyboard for it."""

COVER = "position:fixed;left:0;top:0;width:100%;height:100%;opacity:0.01"
"""A button over the whole page: the test's click lands on it wherever Chromium puts it."""
SIZE = (1024, 768)


def serve(server: HTTPServer, path: str, html: str) -> str:
    server.expect_request(path).respond_with_data(html, content_type="text/html")
    return url(server, path)


def bar_reachable(browser: BrowserWidget) -> bool:
    """The window keeps its size, and Avsluta and Start are whole inside it."""
    window = QRect(QPoint(0, 0), browser.size())
    return (browser.width(), browser.height()) == SIZE and all(
        control.isVisible()
        and window.contains(QRect(control.mapTo(browser, QPoint(0, 0)), control.size()))
        for control in (browser.end_button, browser.home_button)
    )


# --- 1. every string a page controls is bounded; an error ends the page, not the kiosk --------


def test_a_3000_character_off_list_address_names_the_host_without_a_code(
    qtbot, browser, httpserver
) -> None:  # type: ignore[no-untyped-def]
    """Guard: the blocked panel gets no code (`vouched`), and names the host (`plain_host`)."""
    far = "http://phish.example/" + "a" * 3000
    page = f'<title>long</title><a id=a href="{far}" style="{COVER}">x</a>'
    open_and_wait(qtbot, browser, serve(httpserver, "/long", page))
    click_page(qtbot, browser, lambda: browser.panel.kind == "blocked")
    assert "phish.example" in browser.panel.text.text()
    assert not browser.panel.qr.isVisible()
    assert bar_reachable(browser)
    assert all(len(d[1]) <= 2_000 for d in browser.decisions)  # bounded in the log too


def test_a_catalogue_address_too_long_for_a_code_shows_the_panel_without_one(
    qtbot, browser
) -> None:  # type: ignore[no-untyped-def]
    """Guard: BrowserPanel._code draws only what fits and survives segno's DataOverflowError."""
    browser.show_offline("https://www.example.se/" + "a" * 3000, "Exempel")
    assert browser.panel.kind == "offline"
    assert not browser.panel.qr.isVisible()
    assert bar_reachable(browser)


def test_a_100000_character_title_is_cut_in_the_bar(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    """Guard: `bounded` in BrowserWidget._on_page_title_changed."""
    page = "<script>document.title = '\u202e' + 'W'.repeat(100000);</script>"
    browser.open(serve(httpserver, "/title", page), (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.title.text().endswith("…"), timeout=15_000)
    assert len(browser.title.text()) <= TITLE_MAX
    assert "\u202e" not in browser.title.text()  # no bidi override reverses the kiosk's bar
    assert bar_reachable(browser)


def test_a_100000_character_alert_neither_widens_the_window_nor_hides_the_bar(
    qtbot, browser, httpserver
) -> None:  # type: ignore[no-untyped-def]
    """Guards: `bounded` for the dialog text and `breakable` in the panel."""
    page = "<title>a</title><script>alert('W'.repeat(100000));</script>"
    browser.open(serve(httpserver, "/alert", page), (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.panel.kind == "dialog", timeout=15_000)
    qtbot.wait(50)  # the layout settles
    assert len(browser.panel.text.text().replace("\u200b", "")) <= TEXT_MAX
    assert bar_reachable(browser)
    with qtbot.waitSignal(browser.session_ended, timeout=5_000):
        QTest.mouseClick(browser.end_button, Qt.MouseButton.LeftButton)


class _Handler(QWidget):
    """A browser-side object with one handler that trips over a bug."""

    def __init__(self) -> None:
        super().__init__()
        self.reported = 0

    def report_failure(self) -> None:
        self.reported += 1

    @contained(False)
    def accept(self, address: str) -> bool:
        raise ValueError(address)  # stands for any bug a hostile string reaches


def test_an_error_in_a_handler_is_contained_and_logged_without_the_page_text(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    """Guard: `contain.contained` (without it the error reaches Qt, and in `kiosk run` the process)."""
    handler = _Handler()
    qtbot.addWidget(handler)
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.browser.contain"):
        assert handler.accept("http://secret.example/personnummer") is False
    assert handler.reported == 1
    assert "ValueError" in caplog.text and "secret.example" not in caplog.text


def test_a_contained_error_ends_the_page_and_the_start_page_comes_back(
    qtbot, browser, httpserver
) -> None:  # type: ignore[no-untyped-def]
    """Guard: BrowserWidget.report_failure -> Recovery.fail (the page ends, never the kiosk)."""
    open_and_wait(qtbot, browser, serve(httpserver, "/ok", "<title>ok</title>"))
    browser.report_failure()
    qtbot.waitUntil(lambda: browser.panel.kind == "crashed", timeout=15_000)
    assert ("renderer", False, "met an error in the kiosk") in [
        (d[0], d[2], d[3]) for d in browser.decisions
    ]
    qtbot.waitUntil(lambda: browser.stack.currentWidget() is browser.web_area, timeout=30_000)
    assert bar_reachable(browser)


# --- 5. the kiosk's frame never vouches for what a page chose --------------------------------


def test_a_download_from_a_host_the_municipality_did_not_name_offers_no_code(
    qtbot, httpserver
) -> None:  # type: ignore[no-untyped-def]
    """Guard: `vouched` in BrowserWidget._on_session_download_refused ("*" names no host)."""
    httpserver.expect_request("/file").respond_with_data(
        b"x", headers={"Content-Disposition": 'attachment; filename="' + "n" * 5000 + '.pdf"'}
    )
    # localhost is the same server under a name only free browsing ("*") reaches
    far = f"http://localhost:{httpserver.port}/file"
    page = f"<title>dl</title><script>location.href = '{far}';</script>"
    for browser in make_browser(qtbot, policy=BrowserPolicy(free_browsing=True)):
        browser.open(serve(httpserver, "/dl", page), ("*",), "Testtjänsten")
        qtbot.waitUntil(lambda b=browser: b.panel.kind == "download", timeout=15_000)
        assert "localhost" in browser.panel.text.text()
        assert not browser.panel.qr.isVisible()


def test_a_download_on_the_e_services_own_host_offers_the_catalogue_address(
    qtbot, browser, httpserver
) -> None:  # type: ignore[no-untyped-def]
    """Guard: `vouched` gives the catalogue's address, never the page's own path."""
    httpserver.expect_request("/file").respond_with_data(
        b"x", headers={"Content-Disposition": "attachment; filename=a.pdf"}
    )
    start = serve(
        httpserver, "/dl", "<title>dl</title><script>location.href = '/file?x=1';</script>"
    )
    browser.open(start, (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.panel.kind == "download", timeout=15_000)
    assert browser.panel.qr.isVisible()
    assert browser.panel._qr_url == start


# --- 2. the bar is always reachable ----------------------------------------------------------

TRAP = (
    f'<title>trap</title><select id=s style="{COVER};opacity:1">'
    + "".join(f"<option>val {i}</option>" for i in range(60))
    + "</select><script>s.addEventListener('blur', () => setTimeout(() => {"
    " s.focus(); try { s.showPicker(); } catch (e) {} }, 0));</script>"
)


def chromium_popup() -> QWidget | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowType() == Qt.WindowType.Popup
        ),
        None,
    )


@OFFSCREEN_POPUPS
def test_a_select_list_stays_inside_the_page_and_avsluta_works_while_it_is_open(
    qtbot, browser, httpserver
) -> None:  # type: ignore[no-untyped-def]
    """Guard: guards.PopupFence (moves the popup into the page's area, passes bar taps on)."""
    open_and_wait(qtbot, browser, serve(httpserver, "/trap", TRAP))
    click_page(qtbot, browser, lambda: chromium_popup() is not None)
    qtbot.waitUntil(
        lambda: (
            (p := chromium_popup()) is not None
            and global_rect(browser.web_area).contains(p.geometry())
        ),
        timeout=5_000,
    )
    popup = chromium_popup()
    assert popup is not None
    # With a popup open the window system hands every press to the popup, wherever it lands.
    spot = popup.mapFromGlobal(browser.end_button.mapToGlobal(browser.end_button.rect().center()))
    with qtbot.waitSignal(browser.session_ended, timeout=5_000):
        QTest.mouseClick(popup, Qt.MouseButton.LeftButton, pos=spot)


# --- 3. a storage cap per visit --------------------------------------------------------------

FILL = """<title>start</title><script>
(async () => {
  const e = await navigator.storage.estimate();
  const db = await new Promise(r => { const q = indexedDB.open('x', 1);
    q.onupgradeneeded = () => q.result.createObjectStore('s'); q.onsuccess = () => r(q.result); });
  let n = 0;
  try {
    for (n = 0; n < 40; n++) {
      await new Promise((ok, bad) => { const t = db.transaction('s', 'readwrite');
        const bytes = new Uint8Array(4 * 1024 * 1024); crypto.getRandomValues(bytes.subarray(0, 65536));
        for (let i = 65536; i < bytes.length; i += 65536) bytes.set(bytes.subarray(0, 65536), i);
        t.objectStore('s').put(new Blob([bytes, String(n)]), n);
        t.oncomplete = ok; t.onabort = () => bad(t.error); t.onerror = () => bad(t.error); });
    }
    document.title = 'wrote 160 MB quota ' + e.quota;
  } catch (err) { document.title = 'refused ' + err.name + ' after ' + 4 * n + ' MB quota ' + e.quota; }
})();
</script>"""


def test_a_page_that_fills_indexeddb_gets_the_quota_error_at_the_visits_cap(
    qtbot, browser, httpserver
) -> None:  # type: ignore[no-untyped-def]
    """Guard: the StorageQuotaSettings feature set from BrowserPolicy.storage_mb (50 MB)."""
    browser.open(serve(httpserver, "/fill", FILL), (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.title.text().startswith(("wrote", "refused")), timeout=120_000)
    words = browser.title.text().split()
    assert words[:2] == ["refused", "QuotaExceededError"], browser.title.text()
    assert int(words[3]) <= 50 and int(words[-1]) <= 50 * 1024 * 1024
    assert bar_reachable(browser)


# --- 4. printing only on the visitor's tap ---------------------------------------------------

PAGES = "".join(f'<p style="page-break-after:always">sida {i}</p>' for i in range(12))
PRINT_ON_LOAD = (
    f"<title>p</title>{PAGES}<script>setTimeout(print, 10); setTimeout(print, 300);</script>"
)
PRINT_ON_TAP = (
    f'<title>p</title><button id=b style="{COVER}">skriv ut</button>{PAGES}'
    "<script>b.onclick = () => { print(); document.title = 'asked'; };</script>"
)


@pytest.fixture
def printing(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """A browser with printing on, at most 3 pages a visit, printing into a PDF file."""
    for browser in make_browser(qtbot, policy=BrowserPolicy(printing=True, print_pages=3)):
        browser.printer.output_file = str(tmp_path / "printed.pdf")
        yield browser


def pdf_pages(path: str) -> int:
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def print_decisions(browser: BrowserWidget) -> list[tuple[bool, str]]:
    return [(d[2], d[3]) for d in browser.decisions if d[0] == "print"]


def test_a_page_cannot_print_without_a_tap(qtbot, printing, httpserver, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Guard: GestureWatch.recent in BrowserWidget._on_page_print_requested."""
    printing.open(serve(httpserver, "/p", PRINT_ON_LOAD), (), "Testtjänsten")
    qtbot.waitUntil(lambda: len(print_decisions(printing)) == 2, timeout=15_000)
    assert print_decisions(printing) == [(False, "not after a tap on the page")] * 2
    assert not (tmp_path / "printed.pdf").exists()
    assert printing.panel.kind == ""  # the visitor did nothing: nothing to explain


def test_a_tap_prints_at_most_the_visits_pages_and_then_no_more(
    qtbot, printing, httpserver, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Guard: PagePrinter.pages_left (page ranges of the job, and the refusal once used up)."""
    open_and_wait(qtbot, printing, serve(httpserver, "/p", PRINT_ON_TAP))
    with qtbot.waitSignal(printing.printer.finished, timeout=60_000) as finished:
        click_page(qtbot, printing, lambda: printing.view.title() == "asked")
    assert finished.args == [True]
    assert pdf_pages(str(tmp_path / "printed.pdf")) == 3  # of 12
    click_page(qtbot, printing, lambda: printing.panel.kind == "print")
    assert print_decisions(printing)[-1] == (False, "no pages left for this visit")


def test_a_visit_that_ends_while_printing_leaves_the_printer_free(
    qtbot, printing, httpserver, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Guard: PagePrinter.new_visit in BrowserWidget.end_session (the job's number moves on)."""
    page = serve(httpserver, "/p", PRINT_ON_TAP)
    open_and_wait(qtbot, printing, page)
    ended: list[bool] = []

    def end_while_printing(kind: str, _url: str, allowed: bool, _reason: str) -> None:
        if kind == "print" and allowed and not ended:  # the job starts right after this
            ended.append(True)
            QTimer.singleShot(0, printing.end_session)  # before Chromium has made its PDF

    printing.decided.connect(end_while_printing)
    click_page(qtbot, printing, lambda: bool(ended) and printing.view is None)
    open_and_wait(qtbot, printing, page)
    with qtbot.waitSignal(printing.printer.finished, timeout=60_000) as finished:
        click_page(qtbot, printing, lambda: printing.view.title() == "asked")
    assert finished.args == [True]
    assert print_decisions(printing)[-1] == (True, "printing is on")
