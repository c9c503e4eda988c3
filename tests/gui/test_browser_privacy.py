"""What one visitor does in the browser never reaches the next: each kind of storage, checked."""

from __future__ import annotations

import base64

from pytest_httpserver import HTTPServer
from webkit import QUIET, url
from werkzeug import Request, Response

pytestmark = [QUIET]

IDB_STORE = """<title>idb</title><script>
const open = indexedDB.open("kiosk", 1);
open.onupgradeneeded = () => open.result.createObjectStore("s");
open.onsuccess = () => {
  const tx = open.result.transaction("s", "readwrite");
  tx.objectStore("s").put("anna", "visitor");
  tx.oncomplete = () => { document.title = "stored"; };
};
</script>"""
IDB_READ = """<title>idb</title><script>
const open = indexedDB.open("kiosk", 1);
open.onupgradeneeded = () => open.result.createObjectStore("s");
open.onsuccess = () => {
  const get = open.result.transaction("s").objectStore("s").get("visitor");
  get.onsuccess = () => { document.title = "idb=" + (get.result || ""); };
};
</script>"""


def serve(server: HTTPServer, path: str, html: str) -> str:
    server.expect_request(path).respond_with_data(html, content_type="text/html")
    return url(server, path)


def title_is(browser, text: str):  # type: ignore[no-untyped-def]
    return lambda: browser.view is not None and browser.view.title() == text


def next_visit(qtbot, browser, target: str) -> None:  # type: ignore[no-untyped-def]
    """End the visit's session (as Avsluta or the idle countdown does) and start the next one."""
    old = browser.session
    with qtbot.waitSignal(old.profile.destroyed, timeout=2_000):
        browser.end_session()
    browser.open(target, (), "Testtjänsten")


def test_indexeddb_records_do_not_reach_the_next_visit(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    browser.open(serve(httpserver, "/store", IDB_STORE), (), "Testtjänsten")
    qtbot.waitUntil(title_is(browser, "stored"), timeout=15_000)
    read = serve(httpserver, "/read", IDB_READ)
    browser.view.load(read)
    qtbot.waitUntil(title_is(browser, "idb=anna"), timeout=15_000)  # it really was stored
    next_visit(qtbot, browser, read)
    qtbot.waitUntil(lambda: browser.view.title().startswith("idb="), timeout=15_000)
    assert browser.view.title() == "idb="


def test_cached_resources_are_fetched_again_in_the_next_visit(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/app.js").respond_with_data(
        "document.title = 'loaded ' + Date.now();",
        content_type="text/javascript",
        headers={"Cache-Control": "max-age=3600"},
    )
    page = serve(httpserver, "/", '<title>page</title><script src="/app.js"></script>')

    def fetches() -> int:
        return sum(1 for request, _ in httpserver.log if request.path == "/app.js")

    browser.open(page, (), "Testtjänsten")
    qtbot.waitUntil(lambda: browser.view.title().startswith("loaded"), timeout=15_000)
    browser.view.load(url(httpserver, "/?again"))
    qtbot.waitUntil(lambda: browser.view.url().query() == "again", timeout=15_000)
    qtbot.waitUntil(lambda: browser.view.title().startswith("loaded"), timeout=15_000)
    assert fetches() == 1, "within one visit the script comes from the cache"
    next_visit(qtbot, browser, page)
    qtbot.waitUntil(lambda: browser.view.title().startswith("loaded"), timeout=15_000)
    assert fetches() == 2, "the next visit has no cache of its own"


def test_history_starts_empty_in_the_next_visit(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    for name in ("a", "b", "c"):
        serve(httpserver, f"/{name}", f"<title>{name}</title>")
    browser.open(url(httpserver, "/a"), (), "Testtjänsten")
    for name in ("a", "b", "c"):
        if name != "a":
            browser.view.load(url(httpserver, f"/{name}"))
        qtbot.waitUntil(title_is(browser, name), timeout=15_000)
    assert browser.view.history().count() == 3
    next_visit(qtbot, browser, url(httpserver, "/a"))
    qtbot.waitUntil(title_is(browser, "a"), timeout=15_000)
    assert browser.view.history().count() == 1
    assert not browser.view.history().canGoBack()
    with qtbot.waitCallback() as length:
        browser.view.page().runJavaScript("history.length", 0, length)
    assert length.args == [1]


def test_http_login_does_not_reach_the_next_visit(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    secret = "Basic " + base64.b64encode(b"anna:hemligt").decode()
    seen: list[str] = []

    def handler(request: Request) -> Response:
        seen.append(request.headers.get("Authorization", ""))
        if request.headers.get("Authorization") == secret:
            return Response("<title>inloggad</title>", content_type="text/html")
        return Response(
            "<title>logga in</title>",
            status=401,
            content_type="text/html",
            headers={"WWW-Authenticate": 'Basic realm="kiosk"'},
        )

    httpserver.expect_request("/secret").respond_with_handler(handler)
    with_login = f"http://anna:hemligt@127.0.0.1:{httpserver.port}/secret"
    browser.open(with_login, (), "Testtjänsten")
    qtbot.waitUntil(title_is(browser, "inloggad"), timeout=15_000)
    first_visit = len(seen)
    next_visit(qtbot, browser, url(httpserver, "/secret"))
    # Without a login to give, the kiosk never shows a password dialog: it says so, once.
    qtbot.waitUntil(lambda: browser.panel.kind == "login", timeout=15_000)
    assert seen[first_visit:] == [""], "the next visit sent a login, or asked again and again"
