"""A first sync over a slow rural link (1 Mbit/s, 150 ms round trip) against the bytes-over-bandwidth floor.

    python tests/bench/rural_bench.py

The feed (the demo feed, for one service point, Björna) is served by nginx configured as docs/feed.md
says, once without and once with gzip, behind a loopback relay that holds each direction to
1 Mbit/s shared by all connections and delays every byte by half the round trip. The floor is the
bytes the kiosk received (as the relay counted them, headers included) over the bandwidth.

Budget: within 15 % of the floor ("approaches the floor", issue 25). Before parallel downloads
a first sync took 51.6 s, 1.26x its floor of 40.9 s: 54 requests one after another, each
waiting a round trip, on one connection, photos of the other five shops included.
"""

from __future__ import annotations

import contextlib
import queue
import shutil
import socket
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "e2e"))

from loopnginx import CONFIG, Nginx  # noqa: E402

from kiosk.domain import STOCKHOLM  # noqa: E402
from kiosk.paths import DataDir  # noqa: E402
from kiosk.sync.engine import sync_once  # noqa: E402

Row = tuple[str, str, str, str]
REPO = HERE.parents[1]
RATE = 1_000_000 / 8
"""Bytes per second each way: 1 Mbit/s."""
ROUND_TRIP = 0.150

PLAIN = """location /kiosk/ {{
            alias {root}/;
            etag on;
        }}"""
"""The nginx example of docs/feed.md before it compressed JSON."""

GZIP = """location /kiosk/ {{
            alias {root}/;
            etag on;
            gzip on;
            gzip_types application/json text/calendar;
            gzip_min_length 1024;
        }}"""
"""The nginx example of docs/feed.md now."""


class _Link:
    """One direction of the link: bytes leave in order, at RATE, ROUND_TRIP / 2 after they went in."""

    def __init__(self) -> None:
        self._free = 0.0
        self._lock = threading.Lock()
        self.bytes = 0

    def due(self, size: int) -> float:
        """When a block of `size` bytes handed over now arrives at the other end."""
        with self._lock:
            self._free = max(self._free, time.monotonic()) + size / RATE
            self.bytes += size
            return self._free + ROUND_TRIP / 2


class SlowLink:
    """A TCP relay on loopback to `target_port` that behaves like a slow, distant line."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.down = _Link()
        self.up = _Link()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        """Stop taking connections."""
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            server = socket.create_connection(("127.0.0.1", self.target_port))
            self._pipe(client, server, self.up)
            self._pipe(server, client, self.down)

    def _pipe(self, source: socket.socket, target: socket.socket, link: _Link) -> None:
        blocks: queue.Queue[tuple[float, bytes]] = queue.Queue()

        def read() -> None:
            while True:
                try:
                    data = source.recv(16 * 1024)
                except OSError:
                    data = b""
                blocks.put((link.due(len(data)) if data else 0.0, data))
                if not data:
                    return

        def write() -> None:
            while True:
                due, data = blocks.get()
                if not data:
                    with contextlib.suppress(OSError):
                        target.shutdown(socket.SHUT_WR)
                    return
                time.sleep(max(0.0, due - time.monotonic()))
                with contextlib.suppress(OSError):
                    target.sendall(data)

        threading.Thread(target=read, daemon=True).start()
        threading.Thread(target=write, daemon=True).start()


def first_sync(location: str, tmp: Path, service_point: str) -> tuple[float, int, int, int]:
    """Seconds, bytes received, requests and connections of a first sync through the slow link."""
    server = Nginx(tmp / "nginx", location, "/kiosk")
    shutil.copytree(REPO / "assets" / "demo-feed", server.root, dirs_exist_ok=True)
    server.start()
    link = SlowLink(server.port)
    try:
        url = f"http://127.0.0.1:{link.port}/kiosk/manifest.json"
        start = time.perf_counter()
        result = sync_once(
            url, DataDir(tmp / "data"), (), (), datetime.now(STOCKHOLM), service_point=service_point
        )
        elapsed = time.perf_counter() - start
        assert result.outcome == "updated", result.line
        return elapsed, link.down.bytes, result.requests, link.connections
    finally:
        link.close()
        server.stop()


def rural_rows(compare: bool = True) -> list[Row]:
    """A first sync of the demo feed over 1 Mbit/s and 150 ms with nginx as docs/feed.md says,
    and (`compare`) without gzip."""
    if shutil.which("nginx") is None:
        return [("first sync over 1 Mbit/s, 150 ms", "skipped", "nginx is not installed", "")]
    assert "gzip" not in CONFIG  # the loopback nginx compresses only where a location says so
    rows: list[Row] = []
    setups = [("nginx without gzip", PLAIN)] if compare else []
    for label, location in [*setups, ("nginx as docs/feed.md", GZIP)]:
        with tempfile.TemporaryDirectory() as tmp:
            elapsed, received, requests, connections = first_sync(location, Path(tmp), "bjorna")
        floor = received / RATE
        ratio = elapsed / floor
        rows.append(
            (
                f"first sync over 1 Mbit/s, 150 ms ({label})",
                f"{elapsed:.1f} s",
                f"{ratio:.2f}x floor {floor:.1f} s ({received / 1e6:.2f} MB, "
                f"{requests} requests, {connections} connections)",
                "approaches the floor: " + ("OK" if ratio <= 1.15 else "NO"),
            )
        )
    return rows


if __name__ == "__main__":
    for row in rural_rows():
        print("  ".join(row))
