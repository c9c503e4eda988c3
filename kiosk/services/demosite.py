"""A page served on loopback for the browser's screenshots and self-test: no internet needed."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit

DEMO_HOST = "e-tjanst.example.se"
"""A fictitious host, served through the loopback server, so pictures show a real-looking bar."""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path: str) -> str:
        # Asked as a proxy, the request line carries the whole address: serve its path.
        return super().translate_path(urlsplit(path).path or "/")

    def log_message(self, format: str, *args: object) -> None:
        pass


class DemoSite:
    """Serves `folder` on 127.0.0.1 from a background thread until `stop()`."""

    def __init__(self, folder: Path) -> None:
        handler = functools.partial(_Quiet, directory=str(folder))
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        """The loopback port."""
        return int(self._server.server_address[1])

    def chromium_flag(self) -> str:
        """Sends Chromium's requests to this server (as a proxy); set before QtWebEngine loads."""
        return f"--proxy-server=http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.shutdown()
        self._server.server_close()
