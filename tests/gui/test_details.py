"""Details take things along to the phone: open-now facts, map and calendar QR codes."""

from __future__ import annotations

from datetime import datetime, timedelta

import icalendar
import pytest

from kiosk.app import Kiosk
from kiosk.domain import STOCKHOLM, Event, Geo, Place, Text
from kiosk.ui.pages.detail import DetailPage
from kiosk.ui.qr import qr_code

MIDSUMMER_EVE = datetime(2027, 6, 25, 12, tzinfo=STOCKHOLM)

PLACE = Place(
    id="skuleskogen",
    category="nature",
    name=Text.of({"sv": "Skuleskogens nationalpark", "en": "Skuleskogen National Park"}),
    geo=Geo(63.1009, 18.4978),
    opening_hours=("Mo-Su 08:00-20:00",),
    url="https://www.sverigesnationalparker.se/skuleskogen",
)


@pytest.fixture
def here(qtbot, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> Kiosk:  # type: ignore[no-untyped-def]
    """The kiosk in English on a fixed day, at a service point in Örnsköldsvik."""
    qtbot.waitUntil(lambda: kiosk.content.available, timeout=30000)
    kiosk.state.set_language("en")
    kiosk.content.clock = lambda: MIDSUMMER_EVE
    point = kiosk.content.service_point()
    assert point is not None
    located = point._replace(geo=Geo(63.2909, 18.7153))
    monkeypatch.setattr(kiosk.content, "service_point", lambda: located)
    return kiosk


def facts(detail) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return dict(detail.facts)


def test_a_place_is_closed_on_midsummer_eve_and_shows_its_distance(here: Kiosk) -> None:
    detail = here.window.page["places"].detail(PLACE)  # type: ignore[attr-defined]
    assert facts(detail)["Today"] == "Closed today (Midsummer Eve)"
    assert facts(detail)["Distance"] == "24 km from here (as the crow flies)"


def test_a_place_on_an_ordinary_day_is_open_until_closing(here: Kiosk) -> None:
    here.content.clock = lambda: MIDSUMMER_EVE - timedelta(days=1)
    detail = here.window.page["places"].detail(PLACE)  # type: ignore[attr-defined]
    assert facts(detail)["Today"] == "Open now until 20:00"


def test_a_finnish_visitor_reads_the_times_the_finnish_way(here: Kiosk) -> None:
    here.content.clock = lambda: MIDSUMMER_EVE - timedelta(days=1)
    here.state.set_language("fi")
    detail = here.window.page["places"].detail(PLACE)  # type: ignore[attr-defined]
    shown = facts(detail)
    assert shown["Tänään"] == "Avoinna nyt klo 20.00 asti"
    assert shown["Aukioloajat"].endswith(" 8.00–20.00")  # Finnish: no leading zero


def test_a_place_offers_the_map_first_and_its_website_second(here: Kiosk) -> None:
    detail = here.window.page["places"].detail(PLACE)  # type: ignore[attr-defined]
    assert detail.qr_url == (
        "https://www.openstreetmap.org/?mlat=63.10090&mlon=18.49780#map=14/63.10090/18.49780"
    )
    assert detail.qr_caption == "Scan to open the map on your phone"
    assert detail.qr2_url == PLACE.url


def test_a_place_without_hours_or_position_has_neither_fact_nor_map(here: Kiosk) -> None:
    plain = PLACE._replace(geo=None, opening_hours=(), url="")
    detail = here.window.page["places"].detail(plain)  # type: ignore[attr-defined]
    assert "Today" not in facts(detail)
    assert "Distance" not in facts(detail)
    assert detail.qr_url == ""
    assert detail.qr2_url == ""


EVENT = Event(
    uid="loppis@test",
    start=datetime(2027, 7, 3, 10, tzinfo=STOCKHOLM),
    end=datetime(2027, 7, 3, 14, tzinfo=STOCKHOLM),
    all_day=False,
    title=Text.of({"sv": "Loppis, i byn", "en": "Flea market, in the village"}),
    location=Text.of("Byhuset; Björna"),
    url="https://bjorna.se/loppis",
)


def test_an_event_qr_adds_it_to_the_phone_calendar(here: Kiosk) -> None:
    detail = here.window.page["events"].detail(EVENT)  # type: ignore[attr-defined]
    assert detail.qr_caption == "Scan to add to your phone's calendar"
    assert detail.qr2_url == EVENT.url
    calendar = icalendar.Calendar.from_ical(detail.qr_url)
    (entry,) = calendar.walk("VEVENT")
    assert entry.decoded("dtstart") == EVENT.start
    assert entry.decoded("dtend") == EVENT.end
    assert str(entry["summary"]) == "Flea market, in the village"
    assert str(entry["location"]) == "Byhuset; Björna"


LONG_EVENT = EVENT._replace(
    uid="loppis-pa-garden-i-bjorna-hela-sommaren@servicepunkt-kiosk.example",
    title=Text.of("Loppis på gården – flyttad till 9 januari"),
    location=Text.of("Björna Lanthandel, gården, Björna"),
)


def test_the_calendar_code_is_easy_to_scan(here: Kiosk) -> None:
    """Version 14 (73 modules a side) at level M: too dense for a phone at arm's length."""
    detail = here.window.page["events"].detail(LONG_EVENT)  # type: ignore[attr-defined]
    assert qr_code(detail.qr_url).version <= 11
    (entry,) = icalendar.Calendar.from_ical(detail.qr_url).walk("VEVENT")
    assert str(entry["location"]) == "Björna Lanthandel, gården, Björna"
    assert entry.decoded("dtstart") == LONG_EVENT.start


def test_each_occurrence_keeps_its_own_calendar_uid(here: Kiosk) -> None:
    """Scanned again, an occurrence updates itself in the phone; the next one is added."""
    page = here.window.page["events"]

    def uid(event: Event) -> str:
        calendar = icalendar.Calendar.from_ical(page.detail(event).qr_url)  # type: ignore[attr-defined]
        (entry,) = calendar.walk("VEVENT")
        return str(entry["uid"])

    week_later = EVENT._replace(start=EVENT.start + timedelta(days=7))
    assert uid(EVENT) == uid(EVENT)
    assert uid(EVENT) != uid(week_later)


def test_an_all_day_event_is_added_as_a_whole_day(here: Kiosk) -> None:
    day = EVENT._replace(
        all_day=True,
        start=datetime(2027, 7, 3, tzinfo=STOCKHOLM),
        end=datetime(2027, 7, 4, tzinfo=STOCKHOLM),
    )
    detail = here.window.page["events"].detail(day)  # type: ignore[attr-defined]
    (entry,) = icalendar.Calendar.from_ical(detail.qr_url).walk("VEVENT")
    assert entry.decoded("dtstart") == day.start.date()
    assert entry.decoded("dtend") == day.end.date()


def test_a_cancelled_event_says_so_and_offers_no_calendar_code(here: Kiosk) -> None:
    detail = here.window.page["events"].detail(EVENT._replace(cancelled=True))  # type: ignore[attr-defined]
    assert detail.kicker == "Cancelled"
    assert facts(detail)["Status"] == "Cancelled"
    assert "VEVENT" not in detail.qr_url + detail.qr2_url
    assert detail.qr_url == EVENT.url


def test_the_detail_page_shows_both_codes(qtbot, here: Kiosk) -> None:
    page = here.window.page["places"]
    page.open_detail(lambda: page.detail(PLACE))  # type: ignore[attr-defined]
    detail_page = here.window.page["detail"]
    assert isinstance(detail_page, DetailPage)
    assert here.window.current == "detail"
    assert detail_page.qr.isVisibleTo(detail_page)
    assert detail_page.qr2.isVisibleTo(detail_page)
    assert detail_page.qr2_caption.text() == "Scan to open the website on your phone"


def test_later_events_are_grouped_by_iso_week(qtbot, here: Kiosk) -> None:
    # The feed's daily series were expanded from the real date: look at the events from there.
    noon = datetime.now(STOCKHOLM).replace(hour=12, minute=0, second=0, microsecond=0)
    here.content.clock = lambda: noon
    here.window.open_page("events")
    headings = here.window.page["events"].grid.headings()  # type: ignore[attr-defined]
    week = noon.date().isocalendar().week
    expected = ["Today", "Tomorrow"]
    if noon.weekday() < 5:
        expected.append(f"This week (week {week})")
    monday = noon.date() + timedelta(days=7 - noon.weekday())
    expected += [f"Week {(monday + timedelta(weeks=n)).isocalendar().week}" for n in range(3)]
    assert len(headings) >= 4
    assert headings == expected[: len(headings)]


@pytest.mark.parametrize(("lang", "mark"), [("de", "(Beispiel)"), ("fi", "(esimerkki)")])
def test_an_events_organiser_is_shown_in_the_visitors_language(
    demo_kiosk: Kiosk, lang: str, mark: str
) -> None:
    """The demo's organisers read 'Björna byförening (exempel)' under every language."""
    demo_kiosk.state.set_language(lang)
    events = [e for e in demo_kiosk.content.upcoming(limit=200) if e.organizer]
    assert events
    for event in events:
        shown = facts(demo_kiosk.window.page["events"].detail(event))  # type: ignore[attr-defined]
        assert any(value.endswith(mark) for value in shown.values()), shown
        assert not any("exempel" in value for value in shown.values()), shown


def test_a_place_on_a_portrait_screen_never_scrolls_sideways_as_the_text_grows(
    qtbot, demo_kiosk: Kiosk
) -> None:
    """1080x1920 in German, A then A+ then A++: the long web address of a national park grew
    with its font after the page had decided it fitted beside the description (24 px cut)."""
    from kiosk import screens

    window = demo_kiosk.window
    window.resize(1080, 1920)
    for step in (0, 1, 2):
        screens.apply_look(demo_kiosk, "de", False, step)
        screens.show(demo_kiosk, "detail-place")
        screens.settle(demo_kiosk)
        page = window.page["detail"]
        for area in (page._scroll_main, page._side_scroll):
            if area.isVisible():
                assert area.horizontalScrollBar().maximum() == 0, (step, area.widget().width())


def test_a_description_shows_its_paragraphs_apart(qtbot, here: Kiosk) -> None:
    from PySide6.QtWidgets import QLabel

    two = PLACE._replace(
        description=Text.of({"en": "The first paragraph, **short**.\n\nThe second paragraph."})
    )
    page = here.window.page["places"]
    page.open_detail(lambda: page.detail(two))  # type: ignore[attr-defined]
    detail_page = here.window.page["detail"]
    shown = [w for w in detail_page.findChildren(QLabel) if "paragraph" in w.text()]
    assert [w.text() for w in shown] == ["The first paragraph, **short**.", "The second paragraph."]
    first, second = (w.mapTo(detail_page, w.rect().topLeft()).y() for w in shown)
    line = shown[0].fontMetrics().lineSpacing()
    # Qt's Markdown in one label put the second paragraph just one line below the first
    assert second - first >= line * 1.4
