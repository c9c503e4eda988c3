"""The kiosk's own memory around the browser: large buffers apart, a visit's leftovers given back."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

LARGE = 1024 * 1024
"""Buffers this big or bigger get memory of their own from the system (see `keep_large_apart`)."""
_M_MMAP_THRESHOLD = -3  # mallopt's parameter number in glibc's malloc.h
RELEASE_MS = 2_000
"""How long after a visit's page is deleted the freed memory is given back: Chromium and the
graphics driver free the page's buffers from their own threads in the first moments."""


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    except (OSError, AttributeError):  # musl and other C libraries have neither function
        return None
    return libc


def keep_large_apart() -> bool:
    """Give every buffer of LARGE or more memory of its own, which goes back to the system the
    moment it is freed; call when the browser engine loads.

    glibc starts so, but raises the bar to the largest buffer freed so far (up to 32 MB): after
    the first full-screen frame Chromium and the graphics driver free, their 8 MB frames,
    textures and decoded pictures came from the shared heap, which keeps what is freed and
    fragments. With the bar held at 1 MB the kiosk with an e-service open used about 45 MB less
    (tests/bench/memory_bench.py). False where the C library is not glibc.
    """
    libc = _glibc()
    return libc is not None and bool(libc.mallopt(_M_MMAP_THRESHOLD, LARGE))


def release_freed_memory() -> bool:
    """Return the C heap's free pages to the operating system (glibc's malloc_trim).

    An e-service page leaves 40-60 MB of freed buffers (compositor frames, the graphics driver's
    textures, network and style caches) in the kiosk's heap. glibc keeps freed memory for the
    process's next allocations rather than giving it back, so the kiosk would keep it through the
    rest of the day. About 20 ms for a heap of 200 MB with half of it free, at a moment when
    nobody is using the page. False where the C library is not glibc (nothing to do there).
    """
    libc = _glibc()
    if libc is None:
        return False
    log.debug("freed memory given back to the system: %s", bool(libc.malloc_trim(0)))
    return True
