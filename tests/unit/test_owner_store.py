"""Local events and service-point details in the precious local database."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain import STOCKHOLM, ServicePoint
from kiosk.errors import LocalDataError
from kiosk.store import owner
from kiosk.store.local import open_local
from kiosk.store.owner import Details, LocalEvent

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=STOCKHOLM)


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    return open_local(tmp_path / "local.db")


def pub(**changes: object) -> LocalEvent:
    base = LocalEvent("Pubkväll", date(2026, 11, 27), "19:00", "23:00", place="Björna lanthandel")
    return LocalEvent(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_a_saved_event_is_there_after_reopening(tmp_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    saved = owner.save_event(db, pub(price="50 kr", contact="Anna 070-123 45 67"), NOW)
    db.conn.close()
    again = open_local(tmp_path / "local.db")
    assert owner.events(again) == [saved]
    assert saved.id


def test_editing_keeps_the_id_and_changes_the_fields(db) -> None:  # type: ignore[no-untyped-def]
    saved = owner.save_event(db, pub(), NOW)
    owner.save_event(db, pub(id=saved.id, title="Quiz", start="18:30"), NOW)
    (only,) = owner.events(db)
    assert (only.id, only.title, only.start) == (saved.id, "Quiz", "18:30")


def test_cancel_and_delete(db) -> None:  # type: ignore[no-untyped-def]
    a = owner.save_event(db, pub(), NOW)
    b = owner.save_event(db, pub(title="Loppis"), NOW)
    owner.set_cancelled(db, a.id, True)
    owner.delete_event(db, b.id)
    assert [(e.title, e.cancelled) for e in owner.events(db)] == [("Pubkväll", True)]


def test_repetition_is_stored_as_an_rrule(db) -> None:  # type: ignore[no-untyped-def]
    owner.save_event(db, pub(rrule=owner.REPEATS["weekly"], until=date(2027, 3, 1)), NOW)
    (stored,) = owner.events(db)
    assert stored.rrule == "FREQ=WEEKLY" and stored.repeat == "weekly"
    assert stored.until == date(2027, 3, 1)


def test_events_go_thirty_days_after_they_end(db) -> None:  # type: ignore[no-untyped-def]
    owner.save_event(db, pub(day=date(2026, 10, 26), image="old.jpg"), NOW)  # ended 31 days ago
    owner.save_event(db, pub(day=date(2026, 10, 28), title="Kept"), NOW)  # 29 days ago
    owner.save_event(db, pub(day=date(2026, 1, 2), rrule="FREQ=WEEKLY", title="Ongoing"), NOW)
    series = pub(day=date(2026, 1, 2), rrule="FREQ=MONTHLY", until=date(2026, 10, 1), title="S")
    owner.save_event(db, series, NOW)
    assert owner.purge_ended(db, NOW) == ["old.jpg"]
    assert sorted(e.title for e in owner.events(db)) == ["Kept", "Ongoing"]


def test_an_end_before_the_start_means_after_midnight() -> None:
    late = pub(start="22:00", end="01:00")
    assert late.ends_at() - late.starts_at() == timedelta(hours=3)


POINT = ServicePoint(
    "bjorna",
    "Björna lanthandel",
    "Björna",
    opening_hours=("Mo-Fr 09:00-18:00",),
    criteria={"computer": True, "cafe": True, "tourist_info": True},
    telephone="0660-100 00",
)


def test_the_owners_details_override_the_feed(db) -> None:  # type: ignore[no-untyped-def]
    assert owner.apply_details(POINT, owner.load_details(db)) == POINT
    details = Details(
        hours=("08:00-20:00", "", "", "", "", "10:00-14:00", ""),
        criteria={"computer": True, "home_delivery": True},
        home_delivery_telephone="070-111 22 33",
        home_delivery_how="Ring före kl. 12, leverans tisdagar.",
    )
    owner.save_details(db, details)
    shown = owner.apply_details(POINT, owner.load_details(db))
    assert shown.opening_hours == ("Mo 08:00-20:00", "Sa 10:00-14:00")
    assert shown.criteria["home_delivery"] and not shown.criteria["cafe"]
    assert shown.home_delivery_telephone == "070-111 22 33"
    assert shown.telephone == "0660-100 00"  # left empty: the feed's stays


def test_offers_on_a_day(db) -> None:  # type: ignore[no-untyped-def]
    day = date(2026, 12, 24)
    assert owner.offers_on(db, day, POINT)["cafe"]
    assert not owner.offers_on(db, day, None)["cafe"]
    owner.save_details(
        db, Details(criteria={"activities": True}, exceptions=(("2026-12-24", "", "Julafton"),))
    )
    assert not any(owner.offers_on(db, day, POINT).values())
    assert owner.offers_on(db, day + timedelta(days=1), POINT)["activities"]


def test_a_local_database_that_cannot_be_opened_is_reported_and_left_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "local.db"
    path.mkdir()  # not damaged, just not openable: nothing is set aside (test_local_recovery.py)
    (path / "keep").write_text("x")
    with pytest.raises(LocalDataError, match="cannot be used"):
        open_local(path)
    assert (path / "keep").read_text() == "x"
    assert list(tmp_path.glob("local.db.damaged-*")) == []


def test_a_failed_write_is_our_error_with_a_reason(db) -> None:  # type: ignore[no-untyped-def]
    db.execute("drop table local_events")
    with pytest.raises(LocalDataError, match="could not save the event"):
        owner.save_event(db, pub(), NOW)
