"""What a visit's page used comes back to the computer when the visit ends."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

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


def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    return libc


def leave_freed_memory(size: int, block: int = 16 * 1024) -> None:
    """Fill `size` bytes in blocks of `block` bytes and free them all but the last, as a page's
    buffers leave them: what glibc put in its heap it keeps for the process unless told otherwise."""
    libc = _libc()
    blocks = [libc.malloc(block) for _ in range(size // block + 1)]
    for address in blocks:
        ctypes.memset(address, 1, block)
    for address in blocks[:-1]:  # the last one holds the heap's top: nothing goes back by itself
        libc.free(address)


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


FRESH_KIOSK = """
import ctypes, sys
from PySide6.QtCore import QCoreApplication, Qt
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.ui.browser.widget import BrowserWidget
browser = BrowserWidget()
sys.path.insert(0, sys.argv[1])
from test_browser_memory import LEFT, MB, _libc, leave_freed_memory, resident
libc = _libc()
frame = libc.malloc(8 * MB)  # a full-screen frame, freed: glibc would raise its bar past it
ctypes.memset(frame, 1, 8 * MB)
libc.free(frame)
before = resident()
leave_freed_memory(LEFT, block=2 * MB)  # a page's decoded pictures, freed again
print((resident() - before) // MB)
"""
"""A kiosk process whose browser was just built: what freed pictures leave in it, in MB."""


def test_pictures_freed_while_a_page_is_open_go_back_at_once() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).parents[2]), str(Path(__file__).parent.parent)]
    )
    done = subprocess.run(
        [sys.executable, "-c", FRESH_KIOSK, str(Path(__file__).parent)],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    assert int(done.stdout.split()[-1]) < LEFT // MB // 2


def gone(pid: int) -> bool:
    """The process has ended (a zombie waiting for its parent counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


def test_the_pages_renderer_process_ends_with_the_visit(
    qtbot, browser, httpserver: HTTPServer
) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/").respond_with_data(
        "<title>ok</title><p>Hej", content_type="text/html"
    )
    open_and_wait(qtbot, browser, url(httpserver, "/"))
    renderer = browser.view.page().renderProcessPid()
    assert renderer > 0 and not gone(renderer)
    browser.end_session()
    qtbot.waitUntil(lambda: gone(renderer), timeout=10_000)  # its 100 MB and more go with it
