"""`kiosk fleet status` and `kiosk fleet watch` without the command line's parsing.

The command line passes in the PDF renderer (Qt, above this package) and the clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from kiosk.config import Config
from kiosk.errors import ConfigError, LocalDataError
from kiosk.fleet.board import Board, build_board
from kiosk.fleet.contacts import shop_addresses
from kiosk.fleet.links import LinkCache
from kiosk.fleet.mail import MailSettings, send
from kiosk.fleet.quarterly import Render, send_quarter
from kiosk.fleet.source import FleetSource, open_source
from kiosk.fleet.watch import WatchOutcome, mute_day, watch_alerts
from kiosk.net.http import Http
from kiosk.paths import DataDir
from kiosk.stats.upload import TIMEOUT, Target
from kiosk.store import fleetwatch


def _source(config: Config, where: str, http: Http) -> FleetSource:
    """The folder or address, with the kiosks' own upload credentials."""
    credentials = Target(
        str(config.values["upload_url"]),
        "",
        str(config.values["upload_user"]),
        str(config.values["upload_password"]),
        str(config.values["upload_token"]),
    )
    return open_source(where, credentials, http)


def fleet_status(config: Config, data: DataDir, where: str, now: datetime) -> Board:
    """The board of the folder or address `where` as of `now`.

    Uses the watch job's state file in the data folder, for names of kiosks that lost theirs
    and for day files already read; without it (a read-only folder) it reads everything."""
    try:
        db = fleetwatch.open_watch(data.root / fleetwatch.FILE_NAME)
    except LocalDataError:
        db = None
    try:
        names = fleetwatch.names(db) if db is not None else {}
        with Http(timeout=TIMEOUT) as http:
            source = _source(config, where, http)
            return build_board(source, now, names=names, cache=LinkCache(db))
    finally:
        if db is not None:
            db.close()


def fleet_watch(
    config: Config, data: DataDir, where: str, now: datetime, render: Render, version: str
) -> tuple[Board, WatchOutcome]:
    """One run of the watch job: alert mails, then the last quarter's reports when due."""
    settings = MailSettings.from_values(config.values)
    try:
        muted = mute_day(str(config.values["alert_mute_until"]))
    except ValueError:
        raise ConfigError(
            f"setting 'alert_mute_until' must be a day (YYYY-MM-DD), "
            f"not {config.values['alert_mute_until']!r}"
        ) from None
    db = fleetwatch.open_watch(data.root / fleetwatch.FILE_NAME)
    try:
        with Http(timeout=TIMEOUT) as http:
            source = _source(config, where, http)
            after = int(config.values["alert_after_hours"])
            board, outcome = watch_alerts(source, db, settings, now, after, muted, send)
            labels = {p.service_point: p.label for p in board.points}
            feed_url = str(config.values["feed_url"]).strip()
            keys = config.values["feed_public_keys"]

            def shops() -> Mapping[str, str]:
                return shop_addresses(feed_url, keys, http) if feed_url else {}

            reports = send_quarter(
                source, db, settings, now, data.root / "reports", render, send, version,
                labels, shops,
            )  # fmt: skip
    finally:
        db.close()
    outcome.lines += reports.lines
    outcome.failed = outcome.failed or reports.failed
    if not outcome.lines:  # one line per run in the log, so the timer is seen to work
        fine = sum(p.ok for p in board.points)
        outcome.lines.append(f"nothing new to mail ({fine} of {len(board.points)} in order)")
    return board, outcome
