"""The dates a shop owner types, written the ways Swedes, Finns and Germans write them."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.ui.owner.fields import parse_date

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    "typed",
    ["2026-12-05", "5/12", "5.12", "5.12.", "5.12.2026", "5/12 2026"],
)
def test_the_fifth_of_december_however_it_is_written(typed: str) -> None:
    # the form's hint asks Finns and Germans for '5.12.'; the trailing dot was once refused
    assert parse_date(typed, TODAY) == date(2026, 12, 5)


@pytest.mark.parametrize("typed", ["5.12..", "32.12.", "5-12", "tomorrow"])
def test_what_is_no_date_is_refused(typed: str) -> None:
    assert parse_date(typed, TODAY) is None
