"""Hostile pages on loopback, one per escape the browser must refuse; each says why it refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytest_httpserver import HTTPServer
from webkit import CHROMIUM_NOISE, QUIET, click_page, open_and_wait, url

pytestmark = [QUIET]


def serve(server: HTTPServer, path: str, html: str) -> str:
    """Serve `html` at `path`; its URL as the browser's own host."""
    server.expect_request(path).respond_with_data(html, content_type="text/html")
    return url(server, path)


def title_is(browser, text: str):  # type: ignore[no-untyped-def]
    return lambda: browser.view is not None and browser.view.title() == text


ASK = """<title>asking</title><script>
function done(outcome) {{ document.title = outcome; }}
{script}
</script>"""

PERMISSIONS = {
    "geolocation": (
        "navigator.geolocation.getCurrentPosition(() => done('granted'), () => done('refused'));",
        "Geolocation",
    ),
    "notifications": (
        "Notification.requestPermission().then(p => done(p === 'granted' ? 'granted' : 'refused'));",
        "Notifications",
    ),
    "camera": (
        "navigator.mediaDevices.getUserMedia({video: true})"
        ".then(() => done('granted'), () => done('refused'));",
        "MediaVideoCapture",
    ),
    "microphone": (
        "navigator.mediaDevices.getUserMedia({audio: true})"
        ".then(() => done('granted'), () => done('refused'));",
        "MediaAudioCapture",
    ),
}


def test_pages_cannot_read_the_clipboard(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("the previous visitor's personnummer")
    script = "navigator.clipboard.readText().then(t => done('read ' + t), () => done('refused'));"
    browser.open(serve(httpserver, "/clip", ASK.format(script=script)), (), "Testtjänsten")
    qtbot.waitUntil(
        lambda: browser.view.title() in {"refused"} or "read" in browser.view.title(),
        timeout=15_000,
    )
    assert browser.view.title() == "refused"


@pytest.mark.parametrize("what", sorted(PERMISSIONS))
def test_permission_requests_are_denied_and_logged(qtbot, browser, httpserver, what) -> None:  # type: ignore[no-untyped-def]
    script, permission = PERMISSIONS[what]
    page = serve(httpserver, "/ask", ASK.format(script=script))
    browser.open(page, (), "Testtjänsten")
    qtbot.waitUntil(title_is(browser, "refused"), timeout=15_000)
    asked = [d for d in browser.decisions if d[0] == "permission"]
    assert asked, f"the page got its answer without asking for {what}"
    assert all(not allowed for _, _, allowed, _ in asked)
    assert any(permission in reason for *_, reason in asked)


@pytest.mark.qt_log_ignore(*CHROMIUM_NOISE, "capturing is not available")
def test_screen_capture_is_denied(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    script = (
        "document.onclick = () => navigator.mediaDevices.getDisplayMedia({video: true})"
        ".then(() => done('granted'), e => done('refused'));"
    )
    open_and_wait(qtbot, browser, serve(httpserver, "/share", ASK.format(script=script)))
    click_page(qtbot, browser, title_is(browser, "refused"))
    assert ("permission", False, "denied screen capture") in [
        (d[0], d[2], d[3]) for d in browser.decisions
    ]


def test_fullscreen_stays_inside_the_kiosk_frame(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    script = (
        "document.onclick = () => document.documentElement.requestFullscreen()"
        ".then(() => done('full'), () => done('refused'));"
    )
    open_and_wait(qtbot, browser, serve(httpserver, "/full", ASK.format(script=script)))
    before = browser.view.geometry()
    # The page believes it is full screen (video players work) ...
    click_page(qtbot, browser, title_is(browser, "full"))
    # ... but the view is still in its place in the frame, with the kiosk's buttons around it.
    assert browser.view.parent() is browser.web_area
    assert browser.view.geometry() == before
    assert not browser.view.isFullScreen() and not browser.window().isFullScreen()
    assert browser.end_button.isVisible()


def test_the_context_menu_never_opens(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    script = "document.oncontextmenu = () => done('menu asked');"
    open_and_wait(qtbot, browser, serve(httpserver, "/menu", ASK.format(script=script)))
    click_page(qtbot, browser, title_is(browser, "menu asked"), Qt.MouseButton.RightButton)
    qtbot.wait(300)  # give a menu the chance it must not take
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert menus == []
    assert browser.view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_printing_is_refused_with_a_notice_when_off(qtbot, browser, httpserver) -> None:  # type: ignore[no-untyped-def]
    browser.open(serve(httpserver, "/print", "<title>p</title><script>print()</script>"), ())
    qtbot.waitUntil(lambda: browser.panel.kind == "print", timeout=15_000)
    assert browser.panel.title.text() == "Printing is not possible here"
    assert ("print", False, "printing is off") in [(d[0], d[2], d[3]) for d in browser.decisions]


def test_printing_when_enabled_goes_to_the_printer_without_a_dialog(
    qtbot, httpserver, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from webkit import make_browser

    from kiosk.ui.browser.policy import BrowserPolicy

    page = (
        '<title>p</title><button id=b style="position:fixed;left:0;top:0;width:100%;'
        'height:100%">skriv ut</button><script>b.onclick = () => print();</script>'
    )
    for browser in make_browser(qtbot, policy=BrowserPolicy(printing=True)):
        out = tmp_path / "printed.pdf"
        browser.printer.output_file = str(out)  # stands in for the default printer
        open_and_wait(qtbot, browser, serve(httpserver, "/print", page))
        with qtbot.waitSignal(browser.printer.finished, timeout=30_000) as finished:
            # the visitor's tap; a short job can be over before the first look at `busy`
            click_page(
                qtbot,
                browser,
                lambda b=browser, f=finished: b.printer.busy or f.signal_triggered,
            )
        assert finished.args == [True]
        assert out.read_bytes().startswith(b"%PDF")
        assert ("print", True) in [(d[0], d[2]) for d in browser.decisions]
        assert browser.panel.kind != "print"


@pytest.mark.parametrize(
    ("target", "scheme"),
    [
        ("data:text/html,<title>data</title>", "data"),
        ("qrc:/qt-project.org/styles/commonstyle/images/up-128.png", "qrc"),
        ("devtools://devtools/bundled/inspector.html", "devtools"),
        ("chrome://settings", "chrome"),
    ],
)
def test_dangerous_urls_never_load_even_from_inside(
    qtbot, browser, httpserver, target, scheme
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, browser, serve(httpserver, "/", "<title>start</title>"))
    browser.view.load(target)  # as a typed address or a bookmark would: past the page's own rules
    qtbot.waitUntil(lambda: any(not d[2] for d in browser.decisions), timeout=15_000)
    refused = [d for d in browser.decisions if not d[2]]
    assert refused[0][3] == f"blocked scheme {scheme}:"
    assert not browser.view.url().toString().startswith(f"{scheme}:")


@pytest.mark.parametrize("target", ["about:version", "about:settings", "about:gpu"])
def test_about_pages_other_than_blank_are_blocked(browser, target) -> None:  # type: ignore[no-untyped-def]
    browser.open(target, (), "Testtjänsten")
    assert browser.panel.kind == "blocked"
    assert [d[3] for d in browser.decisions if not d[2]] == ["blocked scheme about:"]


def test_dropping_a_file_does_not_navigate(browser) -> None:  # type: ignore[no-untyped-def]
    browser.open("about:blank")
    from PySide6.QtWebEngineCore import QWebEngineSettings

    settings = browser.view.page().settings()
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.NavigateOnDropEnabled)
    assert not browser.view.acceptDrops()


@pytest.fixture
def tls_server(tmp_path):  # type: ignore[no-untyped-def]
    """An HTTPS server on loopback with a self-signed certificate nobody trusts."""
    import datetime
    import ipaddress
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server = HTTPServer(ssl_context=context)
    server.start()
    server.expect_request("/").respond_with_data("<title>secret</title>", content_type="text/html")
    yield server
    server.clear()
    server.stop()


def test_a_bad_certificate_is_refused_never_proceed_anyway(qtbot, browser, tls_server) -> None:  # type: ignore[no-untyped-def]
    target = f"https://127.0.0.1:{tls_server.port}/"
    browser.open(target, (), "Testtjänsten")
    finished: list[bool] = []
    browser.view.loadFinished.connect(finished.append)
    qtbot.waitUntil(lambda: browser.panel.kind == "certificate", timeout=15_000)
    qtbot.waitUntil(lambda: bool(finished), timeout=15_000)
    assert finished == [False]
    assert browser.panel.title.text() == "This page cannot be opened safely"
    assert ("certificate", False) in [(d[0], d[2]) for d in browser.decisions]
    assert browser.view.title() != "secret"
    assert not tls_server.log, "the page was fetched despite the certificate"


def test_free_browsing_needs_both_the_link_and_the_kiosk_setting(qtbot, httpserver) -> None:  # type: ignore[no-untyped-def]
    from webkit import make_browser

    from kiosk.ui.browser.policy import BrowserPolicy

    other = f"http://localhost:{httpserver.port}/other"
    serve(httpserver, "/other", "<title>other</title>")
    serve(httpserver, "/", "<title>start</title>")
    for locked in make_browser(qtbot):  # the kiosk does not allow free browsing
        open_and_wait(qtbot, locked, url(httpserver, "/"))
        locked.open(url(httpserver, "/"), ("*",), "Fritt")
        assert not locked.address.isVisibleTo(locked)
        locked.view.page().runJavaScript(f"location.href = {other!r};")
        qtbot.waitUntil(lambda: locked.panel.kind == "blocked", timeout=15_000)  # noqa: B023
    for free in make_browser(qtbot, policy=BrowserPolicy(free_browsing=True)):
        free.open(url(httpserver, "/"), ("*",), "Fritt")
        assert free.address.isVisibleTo(free)
        free.address.setText(other)
        QTest.keyClick(free.address, Qt.Key.Key_Return)
        qtbot.waitUntil(title_is(free, "other"), timeout=15_000)
        free.address.setText("file:///etc/passwd")
        QTest.keyClick(free.address, Qt.Key.Key_Return)
        assert free.panel.kind == "blocked"
