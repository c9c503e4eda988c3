"""The browser soak, run in a process of its own: many visits that each open a page, use it and end.

    python tests/bench/browser_soak.py VISITS

Prints one JSON object: memory (proportional set size of the kiosk process and Chromium's
helper processes together) after each visit, and the highest seen while a page was open.
"""

from __future__ import annotations

import http.server
import json
import os
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pss import tree_pss_mb

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGE = b"""<!doctype html><title>soak</title>
<form><input id="name" name="name"><button id="go" type="button">Skicka</button></form>
<img src="/pixel.png"><script>
document.cookie = "visitor=anna; max-age=3600";
localStorage.setItem("visitor", "anna ".repeat(2000));
const open = indexedDB.open("kiosk", 1);
open.onupgradeneeded = () => open.result.createObjectStore("s");
open.onsuccess = () => open.result.transaction("s", "readwrite").objectStore("s").put("anna", "v");
document.getElementById("go").onclick = () => { document.title = "sent " + name.value; };
</script>"""
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body, kind = (PIXEL, "image/png") if self.path == "/pixel.png" else (PAGE, "text/html")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    visits = int(sys.argv[1])
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from kiosk.ui.browser.widget import BrowserWidget

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/"
    browser = BrowserWidget()
    browser.resize(1280, 900)
    browser.show()

    def until(condition, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
        for _ in range(int(seconds * 100)):
            if condition():
                return
            QTest.qWait(10)
        raise SystemExit(f"soak: gave up waiting in visit {len(after)}")

    after: list[float] = []
    open_peak = 0.0
    for _ in range(visits):
        browser.open(url, (), "Soak")
        view = browser.view
        assert view is not None
        until(lambda v=view: v.title() == "soak")  # type: ignore[misc]
        view.page().runJavaScript("name.value = 'Anna Andersson'; go.click();")
        until(lambda v=view: v.title().startswith("sent"))  # type: ignore[misc]
        open_peak = max(open_peak, tree_pss_mb(os.getpid()))
        browser.end_session()
        QTest.qWait(20)
        app.processEvents()
        after.append(tree_pss_mb(os.getpid()))
    server.shutdown()
    print(json.dumps({"after": after, "open_peak": open_peak}))


if __name__ == "__main__":
    main()
