"""Hostile pages on loopback against the hardened browser (issue 12): native windows, frames,
clipboard, pages that hold the visitor, dead renderers. Each test names the guard it proves."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytest_httpserver import HTTPServer
from webkit import CHROMIUM_NOISE, QUIET, click_page, open_and_wait, url

pytestmark = [QUIET, pytest.mark.qt_log_ignore(*CHROMIUM_NOISE, "This plugin does not support")]

COVER = "position:fixed;left:0;top:0;width:100%;height:100%;opacity:0.01"
"""An input over the whole page: the test's click lands on it wherever Chromium puts it."""


def serve(server: HTTPServer, path: str, html: str) -> str:
    server.expect_request(path).respond_with_data(html, content_type="text/html")
    return url(server, path)


def title_is(browser, text: str):  # type: ignore[no-untyped-def]
    return lambda: browser.view is not None and browser.view.title() == text


def kinds(browser, kind: str) -> list[tuple[str, str, bool, str]]:  # type: ignore[no-untyped-def]
    return [d for d in browser.decisions if d[0] == kind]


@pytest.fixture
def native_windows(qtbot) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    """Every dialog window that became visible, closed at once by the test itself.

    Without the browser's guards a page's file chooser would block the test in the dialog's own
    event loop; this watcher lets such a test fail instead of hanging.
    """
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                seen.append(type(widget).__name__)
                widget.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    yield seen
    timer.stop()


# --- 1. no native dialog from a web page -----------------------------------------------------

FILE_INPUTS = {
    "file": f'<input type=file id=f style="{COVER}">',
    "files": f'<input type=file multiple id=f style="{COVER}">',
    "folder": f'<input type=file webkitdirectory id=f style="{COVER}">',
}


@pytest.mark.parametrize("what", sorted(FILE_INPUTS))
def test_file_inputs_get_no_files_and_show_the_kiosk_panel(
    qtbot, browser, httpserver, native_windows, what
) -> None:  # type: ignore[no-untyped-def]
    """Guard: KioskWebPage.chooseFiles."""
    page = f"<title>form</title>{FILE_INPUTS[what]}<script>f.onchange = () => document.title = 'got ' + f.files.length;</script>"
    open_and_wait(qtbot, browser, serve(httpserver, "/upload", page))
    click_page(qtbot, browser, lambda: browser.panel.kind == "upload")
    assert browser.panel.title.text() == "Files cannot be uploaded on this computer"
    assert browser.panel.qr.isVisible()  # continue on the phone
    assert next(d[3] for d in kinds(browser, "file")).startswith("refused: ")
    assert native_windows == []
    assert browser.view.title() == "form"  # no change event: the page got no files


PICKERS = ["showOpenFilePicker()", "showSaveFilePicker()", "showDirectoryPicker()"]


@pytest.mark.parametrize("picker", PICKERS)
def test_file_system_access_pickers_are_refused(
    qtbot, browser, httpserver, native_windows, picker
) -> None:  # type: ignore[no-untyped-def]
    """Guard: KioskWebPage.chooseFiles (QtWebEngine routes these pickers through it)."""
    script = (
        f"document.onclick = () => window.{picker}"
        ".then(() => document.title = 'opened', e => document.title = 'refused ' + e.name);"
    )
    open_and_wait(
        qtbot, browser, serve(httpserver, "/fsa", f"<title>fsa</title><script>{script}</script>")
    )
    click_page(qtbot, browser, lambda: browser.view.title().startswith(("refused", "opened")))
    assert browser.view.title().startswith("refused")
    assert native_windows == []
    assert kinds(browser, "file"), "refused without the kiosk saying so (or never asked)"


def test_the_colour_chooser_never_opens_a_window(
    qtbot, browser, httpserver, native_windows
) -> None:  # type: ignore[no-untyped-def]
    """Guard: the chooser script (dialogs.py) cancels the click before QColorDialog exists."""
    page = (
        f'<title>colour</title><input type=color id=c style="{COVER}">'
        "<script>document.addEventListener('click', () => document.title = 'clicked');</script>"
    )
    open_and_wait(qtbot, browser, serve(httpserver, "/colour", page))
    click_page(qtbot, browser, title_is(browser, "clicked"))
    qtbot.wait(500)  # give a colour dialog the chance it must not take
    assert native_windows == []
    assert kinds(browser, "window") == []


def test_the_date_picker_is_drawn_inside_the_kiosk(
    qtbot, browser, httpserver, native_windows
) -> None:  # type: ignore[no-untyped-def]
    page = (
        f'<title>date</title><input type=date id=d style="{COVER}">'
        "<script>document.addEventListener('click', () => document.title = 'clicked');</script>"
    )
    open_and_wait(qtbot, browser, serve(httpserver, "/date", page))
    click_page(qtbot, browser, title_is(browser, "clicked"))
    qtbot.wait(500)
    assert native_windows == []
    assert kinds(browser, "window") == []


def test_a_foreign_window_is_closed_while_the_browser_is_shown(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    """Guard: WindowGuard (defence in depth, for a dialog that slipped past everything else)."""
    open_and_wait(qtbot, browser, serve(httpserver, "/", "<title>start</title>"))
    stray = QDialog()
    qtbot.addWidget(stray)
    stray.setWindowTitle("Öppna fil")
    stray.show()
    qtbot.waitUntil(lambda: not stray.isVisible(), timeout=5_000)
    assert [d[3] for d in kinds(browser, "window")] == [
        "closed a window that is not the kiosk's: QDialog"
    ]
    other = QWidget()  # a plain top-level window too
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: not other.isVisible(), timeout=5_000)
    browser.end_session()  # no browser shown: the guard stops
    late = QWidget()
    qtbot.addWidget(late)
    late.show()
    qtbot.wait(300)
    assert late.isVisible()


# --- 2. frames follow the allow-list ----------------------------------------------------------


def test_a_frame_to_an_off_list_host_stays_empty_and_is_logged(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    """Guard: KioskWebPage._accept_frame."""
    off_list = f"http://localhost:{httpserver.port}/elsewhere"
    serve(httpserver, "/elsewhere", "<title>open web</title>")
    serve(httpserver, "/own", "<title>own frame</title><p>own</p>")
    page = (
        f"<title>page</title><iframe id=off src='{off_list}'></iframe>"
        "<iframe id=own src='/own'></iframe>"
        "<script>own.onload = () => document.title = 'loaded';</script>"
    )
    open_and_wait(qtbot, browser, serve(httpserver, "/", page))
    qtbot.waitUntil(title_is(browser, "loaded"), timeout=15_000)
    qtbot.waitUntil(lambda: bool(kinds(browser, "frame")), timeout=15_000)
    assert kinds(browser, "frame") == [("frame", off_list, False, "host not in allow list")]
    paths = [request.path for request, _ in httpserver.log]
    assert "/own" in paths  # a frame of the e-service's own host loads
    assert "/elsewhere" not in paths  # the off-list host is never even asked
    assert browser.panel.kind == ""  # the page around the frame goes on working
    # A script that steers an allowed frame away is stopped the same way.
    browser.view.page().runJavaScript(f"own.src = {off_list!r};")
    qtbot.waitUntil(lambda: len(kinds(browser, "frame")) == 2, timeout=15_000)
    assert "/elsewhere" not in [request.path for request, _ in httpserver.log]


def test_resources_from_other_hosts_are_not_the_allow_lists_business(
    qtbot, browser, httpserver
) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/lib.js").respond_with_data(
        "document.title = 'script ran';", content_type="text/javascript"
    )
    page = f"<title>page</title><script src='http://localhost:{httpserver.port}/lib.js'></script>"
    browser.open(serve(httpserver, "/", page), (), "Testtjänsten")
    qtbot.waitUntil(title_is(browser, "script ran"), timeout=15_000)
    assert kinds(browser, "frame") == []


# --- 3. clipboard and selection ---------------------------------------------------------------


def test_the_clipboard_is_emptied_when_the_session_ends(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    """Guard: clear_clipboard in BrowserWidget.end_session."""
    open_and_wait(
        qtbot, browser, serve(httpserver, "/", "<title>p</title><p id=p>19121212-1212</p>")
    )
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("19121212-1212")  # as Ctrl+C in the page leaves it
    browser.end_session()
    assert clipboard.text() == ""


# --- 4. Start, Back and Avsluta always work -----------------------------------------------------

LEAVE_TRAP = """<title>trap</title><p style="height:2000px">Fyll i</p><script>
window.onbeforeunload = (e) => { e.preventDefault(); e.returnValue = "Stanna!"; return "Stanna!"; };
document.onclick = () => document.title = "armed";
</script>"""


def test_leave_this_page_prompts_are_answered_leave_unseen(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    """Guard: KioskWebPage.javaScriptConfirm answers QtWebEngine's leave question with yes."""
    start = serve(httpserver, "/", "<title>start</title><a href='/trap'>trap</a>")
    serve(httpserver, "/trap", LEAVE_TRAP)
    open_and_wait(qtbot, browser, start)
    browser.view.load(url(httpserver, "/trap"))
    qtbot.waitUntil(title_is(browser, "trap"), timeout=15_000)
    click_page(qtbot, browser, title_is(browser, "armed"))  # prompts need a user gesture first
    browser.home_button.click()
    qtbot.waitUntil(title_is(browser, "start"), timeout=15_000)
    assert browser.panel.kind == ""  # no "the page says" panel either
    assert [d[3] for d in kinds(browser, "beforeunload")] == ["left without asking"]


BUSY = """<title>busy</title><script>
document.onclick = () => { document.title = "looping"; setTimeout(() => { for (;;) {} }, 50); };
</script>"""


def test_start_on_a_busy_looping_page_brings_back_the_start_page(
    qtbot, browser, httpserver
) -> None:  # type: ignore[no-untyped-def]
    """Guard: Recovery.start_over replaces a renderer that does not answer."""
    start = serve(httpserver, "/", "<title>start</title>")
    serve(httpserver, "/busy", BUSY)
    open_and_wait(qtbot, browser, start)
    browser.view.load(url(httpserver, "/busy"))
    qtbot.waitUntil(title_is(browser, "busy"), timeout=15_000)
    click_page(qtbot, browser, title_is(browser, "looping"))
    qtbot.waitUntil(lambda: browser.recovery.watch is not None and browser.recovery.watch.waiting)
    browser.home_button.click()
    qtbot.waitUntil(title_is(browser, "start"), timeout=5_000)
    with qtbot.waitCallback(timeout=5_000) as answer:  # a renderer that answers again
        browser.view.page().runJavaScript("document.title", 0, answer)
    assert answer.args == ["start"]


def test_a_hung_renderer_is_replaced_with_a_friendly_panel(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    """Guard: RendererWatch's ping (hung) and Recovery._on_watch_hung."""
    serve(httpserver, "/", "<title>start</title>")
    browser.open(serve(httpserver, "/busy", BUSY), (), "Testtjänsten", "test-id")
    qtbot.waitUntil(title_is(browser, "busy"), timeout=15_000)
    click_page(qtbot, browser, title_is(browser, "looping"))
    qtbot.waitUntil(lambda: browser.panel.kind == "hung", timeout=5_000)  # the bar: 5 s
    assert browser.stack.currentWidget() is browser.panel
    assert browser.panel.title.text() == "The page stopped responding"
    assert [d[3] for d in kinds(browser, "renderer")] == ["stopped responding"]
    browser.end_button.click()  # Avsluta works too
    assert browser.session is None


# --- 5. renderer death --------------------------------------------------------------------------


def test_a_killed_renderer_shows_the_panel_and_comes_back_by_itself(
    qtbot, browser, httpserver, caplog
) -> None:  # type: ignore[no-untyped-def]
    """Guard: RendererWatch's renderProcessTerminated and the retry in Recovery."""
    from kiosk.ui.browser.renderer import FAILURES

    before = FAILURES["test-id"]
    start = serve(httpserver, "/", "<title>start</title>")
    browser.open(start, (), "Testtjänsten", "test-id")
    qtbot.waitUntil(title_is(browser, "start"), timeout=15_000)
    os.kill(browser.view.page().renderProcessPid(), signal.SIGKILL)  # as the OOM killer does
    qtbot.waitUntil(lambda: browser.panel.kind == "crashed", timeout=5_000)
    assert browser.panel.title.text() == "The page stopped working"
    assert FAILURES["test-id"] == before + 1
    logged = [r.getMessage() for r in caplog.records if "renderer" in r.getMessage()]
    assert logged and "e-service test-id: the page's renderer was killed" in logged[-1]
    assert "127.0.0.1" not in logged[-1]  # the id, never the address
    qtbot.waitUntil(lambda: browser.stack.currentWidget() is browser.web_area, timeout=15_000)
    qtbot.waitUntil(title_is(browser, "start"), timeout=15_000)


def test_a_late_load_of_the_dead_page_does_not_hide_the_panel(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    """Guard: only the retry's own load takes the panel away, not the dead page finishing late.

    On a busy machine the first page's loadFinished can arrive after its renderer was killed.
    """
    start = serve(httpserver, "/", "<title>start</title>")
    open_and_wait(qtbot, browser, start)
    page = browser.view.page()
    os.kill(page.renderProcessPid(), signal.SIGKILL)
    qtbot.waitUntil(lambda: browser.panel.kind == "crashed", timeout=5_000)
    page.loadFinished.emit(True)  # what the killed page's load reports when it comes late
    assert browser.panel.kind == "crashed"
    assert browser.stack.currentWidget() is browser.panel
    qtbot.waitUntil(lambda: browser.stack.currentWidget() is browser.web_area, timeout=15_000)


def test_start_works_after_the_renderer_died(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    start = serve(httpserver, "/", "<title>start</title>")
    open_and_wait(qtbot, browser, start)
    os.kill(browser.view.page().renderProcessPid(), signal.SIGKILL)
    qtbot.waitUntil(lambda: browser.panel.kind == "crashed", timeout=5_000)
    browser.home_button.click()
    qtbot.waitUntil(lambda: browser.stack.currentWidget() is browser.web_area, timeout=15_000)
    qtbot.waitUntil(title_is(browser, "start"), timeout=15_000)
