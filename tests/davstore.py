"""A small WebDAV-like server for pytest-httpserver: stores what is PUT, serves it back, counts PUTs.

Its `mode` makes it misbehave the ways real addresses do: a 302 to a login page, a network's
sign-in page answering every request with `200 text/html`, a 307 to another host, or a server
that says 201 and keeps nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

LOGIN_PAGE = "<!DOCTYPE html><html><body><form>Logga in</form></body></html>"


class DavStore:
    """Files by path; `puts` counts the PUT requests each path got."""

    def __init__(self, server: HTTPServer, prefix: str = "/dav/") -> None:
        self.server = server
        self.files: dict[str, bytes] = {}
        self.puts: Counter[str] = Counter()
        self.mode = "ok"
        """'ok', 'login' (302), 'portal' (200 text/html), 'moved' (307 elsewhere), 'forgetful'."""
        self.elsewhere = ""
        """Where 'moved' points (another loopback server)."""
        self.auth = ""
        """A required Authorization header ('' none)."""
        self.readable = True
        """False: a drop box that takes files but lets nobody read them (GET: 403)."""
        server.expect_request(re.compile(f"^{re.escape(prefix)}")).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        """Answer one request as the mode says."""
        if request.method == "PUT":
            self.puts[request.path] += 1
        if self.mode == "login":
            return Response("", status=302, headers={"Location": "/login?next=x"})
        if self.mode == "portal":
            return Response(LOGIN_PAGE, status=200, content_type="text/html; charset=utf-8")
        if self.mode == "moved":
            return Response("", status=307, headers={"Location": self.elsewhere + request.path})
        if self.auth and request.headers.get("Authorization") != self.auth:
            return Response("", status=401)
        if request.method == "PUT":
            created = request.path not in self.files
            if self.mode != "forgetful":
                self.files[request.path] = request.get_data()
            return Response("", status=201 if created else 204)
        if not self.readable:
            return Response("", status=403)
        if request.method in {"GET", "HEAD"} and request.path in self.files:
            return Response(self.files[request.path], status=200)
        return Response("", status=404)
