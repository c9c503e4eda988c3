"""The municipality's own crisis notices (feed notices of level `crisis`) as takeover alerts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta

from kiosk.alerts.model import Alert
from kiosk.domain import STOCKHOLM, Notice


def crisis_alerts(notices: Iterable[Notice], now: datetime) -> list[Alert]:
    """Each `crisis` notice as an alert, held back once its end time has passed.

    The end is the notice's `expires`, else the end of its `validThrough` day, else open (the
    municipality removes it from the feed).
    """
    found = []
    for notice in notices:
        if notice.level != "crisis":
            continue
        ends = notice.expires
        if ends is None and notice.valid_through is not None:
            ends = datetime.combine(notice.valid_through + timedelta(days=1), time(), STOCKHOLM)
        alert = Alert(
            source="crisis",
            id=f"crisis/{notice.id}",
            level="alert",
            area="",
            headline=notice.title,
            description=notice.text,
            starts=(
                datetime.combine(notice.valid_from, time(), STOCKHOLM)
                if notice.valid_from
                else None
            ),
            ends=ends,
        )
        ended = ends is not None and ends <= now
        found.append(alert.holding("ended" if ended else ""))
    return found
