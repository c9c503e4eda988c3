"""The kiosk's own table of Swedish holidays agrees with the `holidays` package, day by day."""

from __future__ import annotations

import holidays
import pytest

from kiosk.holidays_se import easter_sunday, swedish_holidays


def _package(year: int, language: str) -> dict:
    found = holidays.Sweden(
        years=year, categories=("public", "de_facto"), language=language, include_sundays=False
    )
    return {day: name for day, name in found.items()}


# From 2005 Nationaldagen is a holiday and Annandag pingst is not (SFS 2004:1073).
@pytest.mark.parametrize("year", range(2005, 2101))
def test_every_day_off_and_its_name_match_the_holidays_package(year: int) -> None:
    assert swedish_holidays(year) == _package(year, "sv")
    assert swedish_holidays(year, english=True) == _package(year, "en_US")


def test_easter_falls_where_the_church_says() -> None:
    assert [easter_sunday(y).isoformat() for y in (2024, 2025, 2038, 2285)] == [
        "2024-03-31", "2025-04-20", "2038-04-25", "2285-03-22",
    ]  # fmt: skip
