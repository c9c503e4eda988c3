"""nginx with its WebDAV module on loopback, as a municipality receives the kiosks' statistics."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

CONFIG = """
{user}
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log {tmp}/access.log;
    client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy; fastcgi_temp_path {tmp}/fcgi;
    uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location /dav/ {{
            alias {root}/;
            dav_methods PUT;
            create_full_put_path on;
            dav_access user:rw group:r all:r;
            auth_basic "servicepunkt";
            auth_basic_user_file {tmp}/htpasswd;
        }}
    }}
}}
"""


class Nginx:
    """nginx on one loopback port that the test can stop and start again."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.root = tmp / "dav"
        self.root.mkdir(parents=True)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        (tmp / "htpasswd").write_text("kiosk:{PLAIN}rätt-lösen\n", encoding="utf-8")
        user = "user root;" if os.geteuid() == 0 else ""
        self.conf = tmp / "nginx.conf"
        self.conf.write_text(
            CONFIG.format(user=user, tmp=tmp, port=self.port, root=self.root), encoding="utf-8"
        )
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/dav"

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
