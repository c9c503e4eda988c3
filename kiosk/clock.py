"""Is the computer's clock plausible? A kiosk's clock is set wrong more often than one thinks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

BUILD_DATE = datetime(2026, 12, 1, tzinfo=UTC)
"""No earlier than this program was built (raise it with each release): a clock before it is
certainly wrong (a dead CMOS battery starts the year at 1970 or 2000)."""

TOLERANCE = timedelta(hours=12)
"""How far the clock may differ from a web server's Date before it counts as wrong; wide, so
that a server's own small error or a time zone mix-up in a header never raises the alarm."""

WINDOW_AHEAD = timedelta(days=1)
"""Content whose event window starts later than this after now was built under a clock set
ahead: it is rebuilt once the clock is right, or What's on misses the events in between
(a window starts at midnight of the day before its build, so a right clock never sees it ahead)."""

Verdict = str
"""'' (plausible), 'behind' or 'ahead'."""


def clock_verdict(
    now: datetime, server_skew: float | None = None, feed_generated: datetime | None = None
) -> Verdict:
    """Whether `now` is plausible, from the evidence at hand.

    `server_skew`: seconds our clock was ahead of the feed server's Date header at the last
    sync (negative: behind). `feed_generated`: when the feed showing was built; a feed built
    later than our 'now' means our clock is behind (the publisher's PC is the better witness).
    """
    if now < BUILD_DATE:
        return "behind"
    if server_skew is not None and abs(server_skew) > TOLERANCE.total_seconds():
        return "ahead" if server_skew > 0 else "behind"
    if feed_generated is not None and feed_generated - now > TOLERANCE:
        return "behind"
    return ""
