"""A clock set wrong is a fault to recover from, not a new truth: content and statistics survive it."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from davstore import DavStore
from pytest_httpserver import HTTPServer
from syncfeed import NOW, FeedSite, Kiosk, build

from kiosk.clock import BUILD_DATE, clock_verdict
from kiosk.config import Config, load_config
from kiosk.domain import STOCKHOLM
from kiosk.paths import DataDir
from kiosk.stats.command import upload_once
from kiosk.store import usage
from kiosk.store.content import ContentStore
from kiosk.store.local import open_local
from kiosk.store.usage import UsageDelta
from kiosk.store.witness import record_server_date, server_skew


def upcoming(kiosk: Kiosk, now: datetime) -> list[tuple[str, str]]:
    store = ContentStore(kiosk.data.content_dir, kiosk.data.objects_dir)
    try:
        return [(e.uid, e.start.isoformat()) for e in store.events(now)]
    finally:
        store.close()


def test_content_built_under_a_clock_a_month_ahead_is_rebuilt_once_the_clock_is_right(
    tmp_path: Path,
) -> None:
    feed = build(tmp_path, 1, weekly_series=4)
    right = Kiosk(DataDir(tmp_path / "right"))
    right.sync(str(feed))
    wrong = Kiosk(DataDir(tmp_path / "wrong"))
    assert wrong.sync(str(feed), now=NOW + timedelta(days=31)).outcome == "updated"
    assert upcoming(wrong, NOW)[0] != upcoming(right, NOW)[0]  # the month in between is gone
    assert wrong.sync(str(feed), now=NOW).outcome == "unchanged"  # the feed itself is the same
    assert upcoming(wrong, NOW) == upcoming(right, NOW)  # was: about half until the next window


def test_a_clock_before_the_build_date_is_wrong() -> None:
    assert clock_verdict(datetime(2000, 1, 1, tzinfo=UTC)) == "behind"
    assert clock_verdict(BUILD_DATE + timedelta(days=3)) == ""


def test_the_feed_server_is_the_witness_for_a_clock_set_ahead_or_behind(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    site = FeedSite(httpserver, build(tmp_path, 1))
    kiosk = Kiosk(DataDir(tmp_path / "data"))
    real = datetime.now(UTC)
    ahead = real + timedelta(days=30)
    result = kiosk.sync(site.url, now=ahead)
    assert result.ok, result.line
    skew = server_skew(kiosk.data.root)
    assert skew is not None
    assert clock_verdict(ahead, skew) == "ahead"
    kiosk.sync(site.url, now=real)
    assert clock_verdict(real, server_skew(kiosk.data.root)) == ""


def test_a_feed_built_after_now_says_the_clock_is_behind() -> None:
    now = BUILD_DATE + timedelta(days=10)
    assert clock_verdict(now, feed_generated=now + timedelta(days=5)) == "behind"
    assert clock_verdict(now, feed_generated=now - timedelta(days=5)) == ""


def test_stats_upload_under_a_far_future_clock_closes_no_day_and_rolls_nothing_up(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    real = datetime.now(UTC)
    data = DataDir(tmp_path / "data")
    db = open_local(data.local_db)
    yesterday = real.astimezone(STOCKHOLM).date() - timedelta(days=1)
    usage.flush(db, UsageDelta(counters={yesterday: {"visits": 3}}, starts={yesterday: 1}))
    db.conn.close()
    httpserver.expect_request(re.compile(".*"), method="PUT").respond_with_data("", status=201)
    future = real + timedelta(days=500)
    # The last sync, under the same clock, heard the feed's server say what time it really was.
    record_server_date(data.root, format_datetime(real, usegmt=True), future)
    values = dict(load_config(None, environ={}).values)
    values.update(upload_url=httpserver.url_for("/dav/"), service_point="bjorna")
    outcome = upload_once(Config(values), data, future, "test")
    assert not outcome.ok
    assert "the computer's clock is ahead" in outcome.line
    assert not [r for r, _ in httpserver.log if r.path.endswith(".json")]  # nothing early
    db = open_local(data.local_db)
    assert usage.daily_counters(db, yesterday, yesterday)  # still a day, not a month's sum
    db.conn.close()


def test_visits_counted_under_a_clock_a_day_behind_are_delivered_with_the_next_day(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    store = DavStore(httpserver)
    data = DataDir(tmp_path / "data")
    values = dict(load_config(None, environ={}).values)
    values.update(upload_url=httpserver.url_for("/dav/"), service_point="bjorna")
    config = Config(values)
    monday = datetime(2026, 12, 7, 12, 0, tzinfo=STOCKHOLM)
    sunday = monday.date() - timedelta(days=1)
    db = open_local(data.local_db)
    usage.flush(db, UsageDelta(counters={sunday: {"visits": 2}}, starts={sunday: 1}))
    db.conn.close()
    assert upload_once(config, data, monday.astimezone(UTC), "test").ok  # Sunday is delivered
    assert json.loads(store.files["/dav/bjorna/2026-12-06.json"])["counters"] == {"visits": 2}

    # On Monday the clock falls back to Sunday: the kiosk dates three visits on a delivered day.
    db = open_local(data.local_db)
    usage.flush(db, UsageDelta(counters={sunday: {"visits": 3}}))
    db.conn.close()

    # Right again on Tuesday: the visits arrive with Monday, marked as late, not lost.
    outcome = upload_once(config, data, (monday + timedelta(days=1)).astimezone(UTC), "test")
    assert outcome.ok, outcome.line
    sent = json.loads(store.files["/dav/bjorna/2026-12-07.json"])
    assert sent["counters"]["visits"] == 3
    assert sent["late_visits"] == 3
    assert json.loads(store.files["/dav/bjorna/2026-12-06.json"])["counters"] == {"visits": 2}
