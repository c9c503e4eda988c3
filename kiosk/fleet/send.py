"""Delivers this kiosk's status.json, and once a day its home.png, beside its day files.

Both go to `{upload_url}/{service_point}/` through the statistics' one PUT (kiosk/stats/upload.py),
so the same credentials, retries and rules about what counts as stored apply.
"""

from __future__ import annotations

import time
from datetime import date

from kiosk.config import Config
from kiosk.fleet.status import FILE_NAME, HOME_IMAGE, KioskStatus
from kiosk.net.http import Http
from kiosk.paths import DataDir
from kiosk.stats.upload import Sleep, put, target_for
from kiosk.store.files import write_atomic

TIMEOUT = (5.0, 20.0)
"""Seconds to connect and to wait for the answer: a status is small, and the next one comes."""

HOME_SENT_FILE = "status-home-sent"
"""DATA_DIR file holding the day home.png was last delivered (YYYY-MM-DD): once a day is enough."""


def upload_configured(config: Config) -> bool:
    """True when the kiosk delivers to the municipality at all."""
    return bool(str(config.values["upload_url"]).strip())


def send_status(
    config: Config, status: KioskStatus, http: Http | None = None, sleep: Sleep = time.sleep
) -> None:
    """PUT status.json for `status.service_point`; UploadError when it was not delivered."""
    _put(config, status.service_point, FILE_NAME, status.to_json(), "application/json", http, sleep)


def home_due(data: DataDir, today: date) -> bool:
    """True when no home.png was delivered today."""
    try:
        sent = (data.root / HOME_SENT_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return True
    return sent != today.isoformat()


def send_home(
    config: Config,
    data: DataDir,
    service_point: str,
    png: bytes,
    today: date,
    http: Http | None = None,
    sleep: Sleep = time.sleep,
) -> None:
    """PUT home.png and remember the day; UploadError when it was not delivered (tried again
    at the next status)."""
    _put(config, service_point, HOME_IMAGE, png, "image/png", http, sleep)
    write_atomic(data.root / HOME_SENT_FILE, today.isoformat().encode("ascii"))


def _put(
    config: Config,
    service_point: str,
    name: str,
    body: bytes,
    kind: str,
    http: Http | None,
    sleep: Sleep,
) -> None:
    client = http or Http(timeout=TIMEOUT)
    try:
        put(client, target_for(config, service_point), name, body, kind, sleep)
    finally:
        if http is None:
            client.close()
