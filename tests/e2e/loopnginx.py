"""nginx on loopback, configured as a municipality runs it: a static feed, or WebDAV for uploads."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

CONFIG = """
{user}
{modules}
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log {tmp}/access.log;
    client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy; fastcgi_temp_path {tmp}/fcgi;
    uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
    types {{ application/json json; text/calendar ics; image/jpeg jpg; application/pdf pdf; }}
    server {{
        listen 127.0.0.1:{port};
        {location}
    }}
}}
"""

FEED = """location /kiosk/ {{
            alias {root}/;
            etag on;
            gzip on; gzip_types application/json text/calendar; gzip_min_length 1024;
            location ~ ^/kiosk/(content|events|assets|signatures)/ {{ add_header Cache-Control "public, max-age=31536000, immutable"; }}
        }}"""
"""A published feed at /kiosk/, objects cached for good (their names are their hashes)."""

WEBDAV = """location /dav/ {{
            alias {root}/;
            dav_methods PUT;
            create_full_put_path on;
            dav_access user:rw group:r all:r;
            auth_basic "servicepunkt";
            auth_basic_user_file {tmp}/htpasswd;
        }}"""
"""Uploads by PUT at /dav/, user 'kiosk' with the password 'rätt-lösen'."""

WEBDAV_LISTING = WEBDAV.replace(
    "dav_methods PUT;", "dav_methods PUT; dav_ext_methods PROPFIND OPTIONS;"
)
"""The same, with the listing the fleet board reads (Debian's libnginx-mod-http-dav-ext)."""

DAV_EXT = "/usr/lib/nginx/modules/ngx_http_dav_ext_module.so"


class Nginx:
    """nginx on one loopback port, serving `root` with `location`; can stop and start again.

    `root` is a new folder under `tmp` unless an existing one is given (a benchmark's fleet
    folder, made once and read by several benchmarks)."""

    def __init__(
        self, tmp: Path, location: str = WEBDAV, path: str = "/dav", root: Path | None = None
    ) -> None:
        self.tmp = tmp
        if root is None:
            root = tmp / "root"
            root.mkdir(parents=True)
        else:
            tmp.mkdir(parents=True)
        self.root = root
        self.path = path
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        (tmp / "htpasswd").write_text("kiosk:{PLAIN}rätt-lösen\n", encoding="utf-8")
        user = "user root;" if os.geteuid() == 0 else ""
        where = location.format(tmp=tmp, root=self.root)
        self.conf = tmp / "nginx.conf"
        # PROPFIND needs the dav-ext module, which a bare `nginx -c` does not load by itself.
        modules = f"load_module {DAV_EXT};" if "dav_ext_methods" in location else ""
        self.conf.write_text(
            CONFIG.format(user=user, modules=modules, tmp=tmp, port=self.port, location=where),
            encoding="utf-8",
        )
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["nginx", "-c", str(self.conf), "-g", "daemon off;"], stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                log = self.tmp / "error.log"
                assert self.process.poll() is None, log.read_text() if log.exists() else "exited"
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.05)  # waiting for a server to listen, not timing the kiosk

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None
