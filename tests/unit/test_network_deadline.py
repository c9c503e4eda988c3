"""A server that trickles a byte now and then never trips a read timeout: an overall deadline ends it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from kiosk.net.failures import HttpError
from kiosk.net.http import Http


@pytest.fixture
def trickle() -> Iterator[str]:
    """An HTTP server on loopback that sends its headers, then one byte per 50 ms, forever."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")
                while not stop.wait(0.05):
                    try:
                        conn.sendall(b"x")
                    except OSError:
                        break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/manifest.json"
    stop.set()
    listener.close()
    thread.join(5)


def test_a_trickling_manifest_is_given_up_at_the_deadline(trickle: str) -> None:
    with Http(timeout=(5, 5), deadline=0.5) as http, pytest.raises(HttpError) as caught:
        http.get(trickle)
    assert str(caught.value) == "manifest.json: too slow, stopped after 0.5 s"


def test_a_trickling_stream_is_given_up_at_the_deadline(trickle: str) -> None:
    with (
        Http(timeout=(5, 5), deadline=0.5) as http,
        pytest.raises(HttpError) as caught,
        http.stream(trickle, 10**9) as chunks,
    ):
        for _ in chunks:
            pass
    assert "too slow, stopped after" in str(caught.value)
