"""What a visit's page used comes back to the computer when the visit ends."""

from __future__ import annotations

import ctypes
import os
import sys

import pytest
from pytest_httpserver import HTTPServer
from webkit import QUIET, open_and_wait, url

pytestmark = [
    QUIET,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's heap, Linux only"),
]

MB = 1024 * 1024
LEFT = 96 * MB
"""What a page's buffers leave free in the heap (the kiosk's heap kept 40-60 MB after a visit)."""


def resident() -> int:
    """Bytes of this process in RAM."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def leave_freed_memory(size: int) -> None:
    """Fill `size` bytes of the C heap in small blocks and free them all but the last, as a
    page's buffers leave it: glibc keeps such memory for the process unless told otherwise."""
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(16 * 1024) for _ in range(size // (16 * 1024))]
    for block in blocks:
        ctypes.memset(block, 1, 16 * 1024)
    for block in blocks[:-1]:  # the last one holds the heap's top: nothing is given back by itself
        libc.free(block)


def test_memory_a_visit_left_free_goes_back_to_the_computer_when_it_ends(
    qtbot, browser, httpserver: HTTPServer
) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/").respond_with_data(
        "<title>ok</title><p>Hej", content_type="text/html"
    )
    open_and_wait(qtbot, browser, url(httpserver, "/"))
    leave_freed_memory(LEFT)
    during = resident()
    qtbot.wait(3_000)
    assert resident() > during - LEFT // 2  # the freed memory stays while the visit goes on
    browser.end_session()
    qtbot.waitUntil(lambda: resident() < during - LEFT // 2, timeout=10_000)
