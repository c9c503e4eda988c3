"""Swedish public holidays and de facto days off (Lag (1989:253) om allmänna helgdagar).

Why not the `holidays` package at run time (measured 6 Dec 2026, holidays 0.109, a shared and
busy 2-core machine, min/median of 7): the package has no way to load one country. Every road to
Sweden (`holidays.Sweden`, `country_holidays("SE")`, `holidays.countries.sweden`) runs
`holidays/countries/__init__.py`, which imports all of its ~250 countries: 177/290 ms, 345/474 ms
on one core at half speed, and 19 MB of resident memory that never goes away. Loaded after the
first frame (kiosk/afterpaint.py) the taps would not wait for it, but the memory stays: the home
screen holds 147 MB against its 150 MB budget (tests/bench/rest_bench.py), and would not hold 166.
This table costs 5 ms and 1 MB. Sweden's rules are a page of dates around Easter and a few
weekday rules, unchanged since 2005 (Nationaldagen); the package stays the reference:
tests/unit/test_holidays_se.py checks this table against it for 2005-2100 on every CI run, with
the newest package, so a change in the law that the package learns fails there.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

_NAMES = {
    "new_year": ("Nyårsdagen", "New Year's Day"),
    "epiphany": ("Trettondedag jul", "Epiphany"),
    "good_friday": ("Långfredagen", "Good Friday"),
    "easter": ("Påskdagen", "Easter Sunday"),
    "easter_monday": ("Annandag påsk", "Easter Monday"),
    "may_day": ("Första maj", "May Day"),
    "ascension": ("Kristi himmelsfärdsdag", "Ascension Day"),
    "pentecost": ("Pingstdagen", "Pentecost"),
    "national_day": ("Nationaldagen", "National Day"),
    "midsummer_eve": ("Midsommarafton", "Midsummer Eve"),
    "midsummer": ("Midsommardagen", "Midsummer Day"),
    "all_saints": ("Alla helgons dag", "All Saints' Day"),
    "christmas_eve": ("Julafton", "Christmas Eve"),
    "christmas": ("Juldagen", "Christmas Day"),
    "boxing_day": ("Annandag jul", "Second Day of Christmas"),
    "new_years_eve": ("Nyårsafton", "New Year's Eve"),
}


def easter_sunday(year: int) -> date:
    """Western Easter (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _saturday_from(day: date) -> date:
    """The first Saturday on or after `day`."""
    return day + timedelta(days=(5 - day.weekday()) % 7)


def _days(year: int) -> list[tuple[date, str]]:
    easter = easter_sunday(year)
    midsummer = _saturday_from(date(year, 6, 20))
    return [
        (date(year, 1, 1), "new_year"),
        (date(year, 1, 6), "epiphany"),
        (easter - timedelta(days=2), "good_friday"),
        (easter, "easter"),
        (easter + timedelta(days=1), "easter_monday"),
        (date(year, 5, 1), "may_day"),
        (easter + timedelta(days=39), "ascension"),
        (easter + timedelta(days=49), "pentecost"),
        (date(year, 6, 6), "national_day"),
        (midsummer, "midsummer"),
        (_saturday_from(date(year, 10, 31)), "all_saints"),
        (date(year, 12, 25), "christmas"),
        (date(year, 12, 26), "boxing_day"),
        # De facto days off (not holidays by law, but shops and offices keep them).
        (midsummer - timedelta(days=1), "midsummer_eve"),
        (date(year, 12, 24), "christmas_eve"),
        (date(year, 12, 31), "new_years_eve"),
    ]


@lru_cache(maxsize=16)
def swedish_holidays(year: int, english: bool = False) -> dict[date, str]:
    """Every holiday and de facto day off of `year` by date, named in Swedish (or English).

    Two on one day (Första maj and Kristi himmelsfärdsdag in 2008) share it, named in
    alphabetical order as "A; B".
    """
    names: dict[date, list[str]] = {}
    for day, key in sorted(_days(year), key=lambda pair: pair[0]):
        names.setdefault(day, []).append(_NAMES[key][1 if english else 0])
    return {day: "; ".join(sorted(these)) for day, these in names.items()}
