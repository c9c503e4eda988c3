"""When to try again: full-jitter backoff, Retry-After, and a poll schedule spread over the fleet."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta

from kiosk.net.retry import RETRY_AFTER_CAP, parse_retry_after

# Re-exported: the schedule's callers read Retry-After through this module.
__all__ = [
    "RETRY_AFTER_CAP",
    "full_jitter",
    "next_attempt",
    "next_poll",
    "parse_retry_after",
    "retry_delay",
    "stable_offset",
]

POLL_INTERVAL = 15 * 60
"""Seconds between two polls of the feed when all is well."""

POLL_JITTER = 60
"""Up to this many seconds added at random to every poll, on top of the kiosk's own offset."""

BACKOFF_BASE = 30
"""Seconds: the first retry after a failure waits up to this long."""

BACKOFF_CAP = 60 * 60
"""Seconds: however many failures in a row, a kiosk retries at least this often."""


def full_jitter(
    attempt: int, rng: random.Random, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP
) -> float:
    """Seconds to wait before retry number `attempt` (1 = first retry): uniform in [0, min(cap, base·2^(attempt-1))].

    "Full jitter" (AWS architecture blog): failing kiosks spread out instead of retrying in step.
    """
    ceiling = min(cap, base * 2 ** max(0, min(attempt - 1, 32)))
    return rng.uniform(0, ceiling)


def retry_delay(
    attempt: int,
    rng: random.Random,
    retry_after: float | None = None,
    base: float = BACKOFF_BASE,
    cap: float = BACKOFF_CAP,
) -> float:
    """Seconds to wait after the `attempt`-th failure in a row, never sooner than the server asked."""
    delay = full_jitter(attempt, rng, base, cap)
    if retry_after is not None:
        # Honour the server, and still spread the kiosks that all heard the same Retry-After.
        delay = retry_after + rng.uniform(0, min(POLL_JITTER, max(1.0, retry_after / 10)))
    return delay


def stable_offset(service_point: str, interval: float = POLL_INTERVAL) -> float:
    """Seconds into every poll interval at which this kiosk polls: the same on every start.

    Derived from the service point id, so ten kiosks of one municipality land at ten different
    moments of the interval instead of all at :00.
    """
    digest = hashlib.sha256(service_point.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 * interval


def next_poll(
    now: datetime,
    service_point: str,
    rng: random.Random,
    interval: float = POLL_INTERVAL,
    jitter: float = POLL_JITTER,
) -> datetime:
    """The next moment after `now` to poll: this kiosk's slot in the interval plus a little jitter."""
    epoch = now.timestamp()
    offset = stable_offset(service_point, interval)
    slot = (epoch - offset) // interval * interval + offset
    while slot <= epoch:
        slot += interval
    return datetime.fromtimestamp(slot + rng.uniform(0, jitter), tz=now.tzinfo or UTC)


def next_attempt(
    now: datetime,
    service_point: str,
    rng: random.Random,
    failures: int,
    retry_after: float | None = None,
) -> datetime:
    """When to sync next: the regular slot after a success, a backoff after `failures` in a row."""
    if failures <= 0:
        return next_poll(now, service_point, rng)
    return now + timedelta(seconds=retry_delay(failures, rng, retry_after))
