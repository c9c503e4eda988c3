"""What the last web server said the time was: the evidence kiosk.clock weighs our clock against."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from kiosk.store.files import write_atomic

WITNESS_FILE = "clock-witness.json"


def record_server_date(root: Path, header: str, now: datetime) -> None:
    """Remember how far our clock (`now`) was from a server's Date `header`; raises OSError."""
    first = header.split(" GMT,", 1)[0].removesuffix(" GMT") + " GMT"  # a header sent twice
    try:
        sent = parsedate_to_datetime(first)
    except (TypeError, ValueError, IndexError):  # missing or malformed: no evidence
        return
    if sent.tzinfo is None:
        return
    skew = round((now - sent).total_seconds())
    raw = json.dumps({"skew": skew, "server_date": sent.isoformat()}).encode()
    path = root / WITNESS_FILE
    try:
        if path.read_bytes() == raw:
            return
    except OSError:
        pass
    write_atomic(path, raw)


def server_skew(root: Path) -> float | None:
    """Seconds our clock was ahead of the last server (negative: behind); None when unknown."""
    try:
        data = json.loads((root / WITNESS_FILE).read_bytes())
        return float(data["skew"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
