"""When kiosks poll and retry: full jitter, Retry-After, and a fleet spread over the interval."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.sync.backoff import (
    BACKOFF_BASE,
    BACKOFF_CAP,
    POLL_INTERVAL,
    POLL_JITTER,
    RETRY_AFTER_CAP,
    full_jitter,
    next_attempt,
    next_poll,
    parse_retry_after,
    retry_delay,
    stable_offset,
)

NOW = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)  # the 08:00 every fleet would stampede at


def test_full_jitter_stays_within_a_doubling_ceiling_and_the_cap() -> None:
    rng = random.Random(1)
    for attempt in range(1, 40):
        ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (attempt - 1))
        delays = [full_jitter(attempt, rng) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8  # the whole range is used, not just its top


def test_full_jitter_is_reproducible_with_a_seeded_random() -> None:
    assert full_jitter(3, random.Random(7)) == full_jitter(3, random.Random(7))


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("Tue, 10 Nov 2026 08:05:00 GMT", 300.0),
        ("Tue, 10 Nov 2026 07:00:00 GMT", 0.0),  # already past
        ("999999999", float(RETRY_AFTER_CAP)),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_reads_seconds_and_http_dates(
    header: str | None, seconds: float | None
) -> None:
    assert parse_retry_after(header, NOW) == seconds


def test_a_retry_is_never_sooner_than_the_server_asked() -> None:
    rng = random.Random(3)
    delays = [retry_delay(1, rng, retry_after=120) for _ in range(100)]
    assert all(120 <= d <= 120 + 12 for d in delays)
    assert len(set(delays)) > 50  # kiosks told the same thing still spread out


def test_each_kiosk_has_a_stable_slot_and_ten_kiosks_spread_out() -> None:
    ids = [f"punkt-{n}" for n in range(10)]
    offsets = sorted(stable_offset(i) for i in ids)
    assert offsets == sorted(stable_offset(i) for i in ids)  # the same on every start
    assert all(0 <= o < POLL_INTERVAL for o in offsets)
    assert len(set(offsets)) == 10
    polls = sorted(next_poll(NOW, i, random.Random(n)) for n, i in enumerate(ids))
    # Never all at once: no minute holds more than a few of the ten polls.
    per_minute: dict[datetime, int] = {}
    for when in polls:
        minute = when.replace(second=0, microsecond=0)
        per_minute[minute] = per_minute.get(minute, 0) + 1
    assert max(per_minute.values()) <= 3


def test_the_next_poll_is_within_one_interval_at_the_kiosks_offset() -> None:
    rng = random.Random(5)
    when = next_poll(NOW, "bjorna", rng)
    assert NOW < when <= NOW + timedelta(seconds=POLL_INTERVAL + POLL_JITTER)
    base = (when.timestamp() - stable_offset("bjorna")) % POLL_INTERVAL
    assert base <= POLL_JITTER
    later = next_poll(when, "bjorna", random.Random(5))
    assert timedelta(seconds=POLL_INTERVAL - POLL_JITTER) <= later - when


def test_after_failures_the_next_attempt_backs_off() -> None:
    rng = random.Random(9)
    assert next_attempt(NOW, "bjorna", rng, failures=0) > NOW
    soon = next_attempt(NOW, "bjorna", rng, failures=1)
    assert soon - NOW <= timedelta(seconds=BACKOFF_BASE)
    asked = next_attempt(NOW, "bjorna", rng, failures=1, retry_after=600)
    assert asked - NOW >= timedelta(seconds=600)
