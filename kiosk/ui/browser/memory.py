"""Giving back to the system the memory that an ended visit's page left free inside the kiosk."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

RELEASE_MS = 2_000
"""How long after a visit's page is deleted the freed memory is given back: Chromium and the
graphics driver free the page's buffers from their own threads in the first moments."""


def release_freed_memory() -> bool:
    """Return the C heap's free pages to the operating system (glibc's malloc_trim).

    An e-service page leaves 40-60 MB of freed buffers (compositor frames, the graphics driver's
    textures, network and style caches) in the kiosk's heap. glibc keeps freed memory for the
    process's next allocations rather than giving it back, so the kiosk would keep it through the
    rest of the day. About 20 ms for a heap of 200 MB with half of it free, at a moment when
    nobody is using the page. False where the C library is not glibc (nothing to do there).
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # musl and other C libraries have no malloc_trim
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    log.debug("freed memory given back to the system: %s", bool(trim(0)))
    return True
