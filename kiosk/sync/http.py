"""The sync's names for the one HTTP layer (kiosk.net): a failed sync step is an HttpError."""

from __future__ import annotations

from kiosk.net.failures import HttpError, host_of
from kiosk.net.http import MAX_OBJECT_BYTES, MAX_SMALL_BYTES, Fetched, Http
from kiosk.units import human_size

SyncError = HttpError
"""A sync step failed; `str()` says why in one line, `retry_after` is the server's wish."""

__all__ = [
    "MAX_OBJECT_BYTES",
    "MAX_SMALL_BYTES",
    "Fetched",
    "Http",
    "SyncError",
    "host_of",
    "human_size",
]
