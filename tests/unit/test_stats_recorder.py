"""The visit rule and the counters, driven by a fake clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.domain import STOCKHOLM
from kiosk.stats.recorder import Recorder


class Clock:
    """A settable local wall clock."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


DAY = date(2027, 3, 10)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2027, 3, 10, 14, 0, tzinfo=STOCKHOLM))


@pytest.fixture
def rec(clock: Clock) -> Recorder:
    return Recorder(clock)


def visit(rec: Recorder, clock: Clock, pages: list[str], seconds: float) -> None:
    rec.visit_started()
    for page in pages:
        rec.navigated(page)
    clock.advance(seconds)
    rec.visit_ended(seconds)


def test_a_visit_counts_once_with_its_length_bucket_and_seconds(
    rec: Recorder, clock: Clock
) -> None:
    visit(rec, clock, ["home", "places", "detail"], 200.4)
    counts = rec.take()[DAY]
    assert counts["visits"] == 1
    assert counts["visit_length:1-5m"] == 1
    assert counts["visit_seconds"] == 200
    assert counts["section:places"] == 1
    assert counts["section:home"] == 1


def test_a_touch_that_only_wakes_the_home_screen_is_not_a_visit(
    rec: Recorder, clock: Clock
) -> None:
    rec.visit_started()
    rec.navigated("home")
    rec.record("notice_shown")
    rec.visit_ended(4.0)
    assert rec.take() == {}


def test_what_happened_before_the_first_navigation_counts_once_it_is_a_visit(
    rec: Recorder, clock: Clock
) -> None:
    rec.visit_started()
    rec.navigated("home")
    rec.record("notice_shown")
    rec.navigated("events")
    rec.record("qr_shown")
    rec.visit_ended(30)
    counts = rec.take()[DAY]
    assert counts["notice_shown"] == 1
    assert counts["qr_shown"] == 1
    assert counts["visit_length:lt1m"] == 1


def test_nothing_counts_between_visits(rec: Recorder) -> None:
    rec.record("search")
    rec.navigated("places")
    assert rec.take() == {}


def test_the_visit_length_is_the_one_given_by_the_idle_monitor_without_trailing_idle(
    rec: Recorder, clock: Clock
) -> None:
    # The idle monitor reports first-to-last input; the countdown and idle time are not counted.
    visit(rec, clock, ["services"], 59.9)
    assert rec.take()[DAY]["visit_length:lt1m"] == 1


def test_a_visit_spanning_midnight_counts_on_its_start_day(rec: Recorder, clock: Clock) -> None:
    clock.now = datetime(2027, 3, 10, 23, 58, tzinfo=STOCKHOLM)
    rec.visit_started()
    rec.navigated("events")
    clock.advance(600)
    rec.navigated("places")
    rec.visit_ended(600)
    counts = rec.take()
    assert set(counts) == {DAY}
    assert counts[DAY]["section:places"] == 1
    assert counts[DAY]["visit_length:5-15m"] == 1


def test_the_day_is_the_swedish_day_not_utc(rec: Recorder, clock: Clock) -> None:
    clock.now = datetime(2027, 3, 9, 23, 30, tzinfo=UTC)  # 00:30 on the 10th in Sweden
    visit(rec, clock, ["about"], 10)
    assert set(rec.take()) == {DAY}


def test_each_language_used_in_a_visit_counts_once(rec: Recorder, clock: Clock) -> None:
    rec.visit_started()
    rec.language_changed("en")  # chosen before navigating: Swedish was never used
    rec.navigated("places")
    rec.navigated("events")
    rec.language_changed("de")
    rec.navigated("services")
    rec.visit_ended(100)
    rec.language_changed("sv")  # the kiosk returns to Swedish after the visit
    visit(rec, clock, ["events"], 5)
    counts = rec.take()[DAY]
    assert counts["language:en"] == 1
    assert counts["language:de"] == 1
    assert counts["language:sv"] == 1
    assert counts["visits"] == 2


def test_item_and_eservice_keys_come_from_the_vocabulary(rec: Recorder, clock: Clock) -> None:
    rec.visit_started()
    rec.navigated("services")
    rec.record("item", "place/gideaberg")
    rec.record("eservice_open", "bygglov")
    with pytest.raises(ValueError):
        rec.record("typed_text", "hello")
    with pytest.raises(ValueError):
        rec.record("item", "Vad jag sökte")
    counts = rec.take()[DAY]
    assert counts["item:place/gideaberg"] == 1
    assert counts["eservice_open:bygglov"] == 1


def test_owner_mode_withdraws_the_current_visit_and_counts_nothing(
    rec: Recorder, clock: Clock
) -> None:
    visit(rec, clock, ["places"], 20)
    rec.visit_started()
    rec.navigated("about")  # the owner walks to the PIN
    flushed_meanwhile = rec.take()  # a flush may already have written part of it
    rec.set_owner_mode(True)
    rec.navigated("events")
    rec.record("search")
    rec.visit_ended(300)
    rec.visit_started()
    rec.navigated("places")
    rec.set_owner_mode(False)
    total: dict[str, int] = dict(flushed_meanwhile[DAY])
    for key, n in rec.take().get(DAY, {}).items():
        total[key] = total.get(key, 0) + n
    assert total["visits"] == 1
    assert total.get("section:about", 0) == 0
    assert "search" not in total or total["search"] == 0


def test_take_empties_the_counts(rec: Recorder, clock: Clock) -> None:
    visit(rec, clock, ["places"], 20)
    assert rec.take()
    assert rec.take() == {}


def test_the_privacy_statement_lists_exactly_the_counters_the_kiosk_records() -> None:
    import re
    from pathlib import Path

    from kiosk.stats.vocabulary import COUNTERS, SECTIONS

    text = (Path(__file__).parents[2] / "docs" / "privacy.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE)
    assert sorted(listed) == sorted(COUNTERS), "docs/privacy.md and vocabulary.COUNTERS differ"
    sections_row = next(line for line in text.splitlines() if line.startswith("| `section` |"))
    assert all(section in sections_row for section in SECTIONS)
    assert "stats_retention_months" in text


def test_a_crisis_takeover_counts_on_its_day_with_or_without_a_visitor(rec: Recorder) -> None:
    rec.record_shown("crisis_shown")  # nobody at the kiosk: still counted, it is the machine's
    rec.visit_started()
    rec.record_shown("crisis_shown")
    assert rec.take() == {DAY: {"crisis_shown": 2}}
    with pytest.raises(ValueError):
        rec.record_shown("what_was_typed")  # the closed vocabulary holds here too
