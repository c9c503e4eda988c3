"""The list screens: tourist information, what's on, e-services and brochures."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, date, datetime, timedelta
from functools import partial

import icalendar
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

from kiosk.domain import (
    EVENT_CATEGORIES,
    LINK_CATEGORIES,
    PLACE_CATEGORIES,
    Brochure,
    Event,
    Geo,
    Place,
    parse_opening_hours,
)
from kiosk.opening import distance_km, state_at, week_number
from kiosk.services.content import ContentService
from kiosk.ui import i18n
from kiosk.ui.cards import CardGrid, CardSpec
from kiosk.ui.openstate import open_state_text
from kiosk.ui.pages.base import Page
from kiosk.ui.pages.detail import Detail
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import ChipBar, breakable, chip_button

EVENTS_SHOWN = 60
SECTION_HEADINGS = 100
"""Logical px at A that What's on's day headings ('Today', 'Tomorrow') take between rows."""


def map_url(geo: Geo) -> str:
    """An OpenStreetMap link with a marker: phone cameras open https links, not all open geo: URIs."""
    lat, lon = f"{geo.latitude:.5f}", f"{geo.longitude:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=14/{lat}/{lon}"


def calendar_entry(event: Event, lang: str, stamp: datetime) -> str:
    """The event as an iCalendar VEVENT: scanned, a phone offers to add it to its calendar."""
    entry = icalendar.Event()
    # Occurrences of a series share the feed's UID; each added occurrence needs its own. A
    # digest of both, not both spelled out: that took 60 of some 340 bytes (issue 23). The same
    # occurrence scanned twice keeps its UID, so a phone updates it rather than adding another.
    occurrence = f"{event.start:%Y%m%dT%H%M%S}-{event.uid}".encode()
    digest = base64.b32encode(hashlib.sha256(occurrence).digest()[:10]).decode()
    entry.add("uid", digest)
    entry.add("dtstamp", stamp.astimezone(UTC))
    if event.all_day:
        entry.add("dtstart", event.start.date())
        entry.add("dtend", max(event.end.date(), event.start.date() + timedelta(days=1)))
    else:
        # UTC times need no VTIMEZONE block, which keeps the code small and every phone happy.
        entry.add("dtstart", event.start.astimezone(UTC))
        entry.add("dtend", event.end.astimezone(UTC))
    entry.add("summary", event.title.get(lang))
    if event.location:
        entry.add("location", event.location.get(lang))
    # No URL: it has a code of its own beside this one, and every character makes the code
    # denser and harder to scan from a phone held at arm's length (issue 23).
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Servicepunkt//SV")
    calendar.add("version", "2.0")
    calendar.add_component(entry)
    return calendar.to_ical().decode("utf-8")


class PlacesPage(Page):
    """Tourist information by category."""

    name = "places"
    lists = True

    def body_needs(self) -> int:
        """The chips and about three rows of (compact) cards: on a low screen the heading gives
        way to them (1280x720 showed one or two rows, issue 23)."""
        return self.chip_bar.heightForWidth(self.chip_bar.width()) + 18 + self.state.theme.px(400)

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self.category: str | None = None
        self.chips: dict[str | None, QPushButton] = {}
        self.chip_bar = ChipBar(one_row=True)
        group = QButtonGroup(self)
        for category in (None, *PLACE_CATEGORIES):
            chip = chip_button()
            chip.clicked.connect(lambda _=False, c=category: self._choose(c))
            group.addButton(chip)
            self.chips[category] = chip
        self.chip_bar.set_chips(list(self.chips.values()))
        self.body.addWidget(self.chip_bar)
        self.grid = CardGrid(columns=6, image_height=190, card_width=500)
        self.body.addWidget(self.grid, 1)

    def category_name(self, category: str | None) -> str:
        """Translated category names."""
        names = {
            None: self.tr("All"),
            "nature": self.tr("Nature"),
            "culture": self.tr("Culture"),
            "food": self.tr("Food and café"),
            "stay": self.tr("Stay"),
            "activities": self.tr("Activities"),
            "practical": self.tr("Practical"),
            "safety": self.tr("Safety"),
        }
        return names.get(category, category or "")

    def show_argument(self, argument: object) -> None:
        """Open with a category preselected (or all)."""
        self.category = argument if isinstance(argument, str) else None
        self.refresh()

    def _choose(self, category: str | None) -> None:
        self.category = category
        self.refresh()

    def reset(self) -> None:
        """One row of filters again for the next visitor."""
        self.category = None
        self.chip_bar.close_rows()

    def refresh(self) -> None:
        """Cards of the chosen category."""
        self.heading.setText(self.tr("Tourist information"))
        self.subheading.setText(self.tr("Places to see and things to do nearby"))
        for category, chip in self.chips.items():
            chip.setText(self.category_name(category))
            chip.setChecked(category == self.category)
        self.chip_bar.fit()
        lang = self.lang
        places = self.content.places(self.category)
        kickers = {
            category: self.category_name(category) for category in {p.category for p in places}
        }
        specs = [
            CardSpec(
                title=place.name.get(lang),
                text=place.summary.get(lang),
                kicker=kickers[place.category],
                image=place.image,
                on_click=partial(self.open_detail, partial(self.detail, place)),
            )
            for place in places
        ]
        self.grid.set_sections([("", specs)])
        self._fit_heading()

    def detail(self, place: Place) -> Detail:
        """The detail of a place in the current language."""
        lang = self.lang
        facts: list[tuple[str, str]] = []
        if place.address.one_line():
            facts.append((self.tr("Address"), place.address.one_line()))
        spans = parse_opening_hours(place.opening_hours)
        if spans:
            facts.append((self.tr("Today"), self.open_state(place)))
        if place.opening_hours:
            facts.append((self.tr("Opening hours"), self.hours_text(place)))
        point = self.content.service_point()
        if place.geo and point and point.geo:
            facts.append((self.tr("Distance"), self.distance(distance_km(point.geo, place.geo))))
        if place.telephone:
            facts.append((self.tr("Telephone"), place.telephone))
        if place.url:
            facts.append((self.tr("Website"), breakable(place.url.split("//", 1)[-1].rstrip("/"))))
        codes = []
        if place.geo:
            codes.append((map_url(place.geo), self.tr("Scan to open the map on your phone")))
        if place.url:
            codes.append((place.url, self.tr("Scan to open the website on your phone")))
        codes += [("", "")] * (2 - len(codes))
        return Detail(
            kicker=self.category_name(place.category),
            title=place.name.get(lang),
            markdown=place.description.get(lang) or place.summary.get(lang),
            image=place.image,
            facts=tuple(facts),
            qr_url=codes[0][0],
            qr_caption=codes[0][1],
            qr2_url=codes[1][0],
            qr2_caption=codes[1][1],
            viewed=("place", place.id, place.category),
        )

    def open_state(self, place: Place) -> str:
        """'Open now until 18:00', 'Closed today (Midsummer Day)' and the like."""
        state = state_at(parse_opening_hours(place.opening_hours), self.content.clock(), self.lang)
        return open_state_text(state, self.lang, self._around_the_clock(place))

    @staticmethod
    def _around_the_clock(place: Place) -> bool:
        spans = parse_opening_hours(place.opening_hours)
        days = {
            day
            for span in spans
            if span.opens == "00:00" and span.closes == "24:00"
            for day in span.days
        }
        return days == set(range(7))

    def hours_text(self, place: Place) -> str:
        """'Mon–Fri 09:00–18:00' lines in the visitor's language, 'Around the clock' for nature."""
        if self._around_the_clock(place):
            return self.tr("Around the clock, every day")
        return "\n".join(i18n.opening_lines(parse_opening_hours(place.opening_hours), self.lang))

    def distance(self, km: float) -> str:
        """'12 km from here (as the crow flies)'."""
        if km < 1:
            return self.tr("Less than 1 km from here (as the crow flies)")
        return self.tr("%1 km from here (as the crow flies)").replace("%1", str(round(km)))


class EventsPage(Page):
    """Upcoming events grouped Today / Tomorrow / This week / then by ISO week."""

    name = "events"
    lists = True

    def body_needs(self) -> int:
        """As a list of places, and room for the day headings between the rows of cards: at
        1280x720 the heading gives way to them, and three rows show (issue 23)."""
        return PlacesPage.body_needs(self) + self.state.theme.px(SECTION_HEADINGS)  # type: ignore[arg-type]

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self.filter = ""
        """'' = all events, 'here' = at this service point, else an event category."""
        self.shown: list[Event] = []
        self.chip_bar = ChipBar(one_row=True)
        self.chips: dict[str, QPushButton] = {}
        self.body.addWidget(self.chip_bar)
        self.grid = CardGrid(columns=6, image_height=0, card_width=460)
        self.body.addWidget(self.grid, 1)

    def category_name(self, category: str) -> str:
        """Translated event categories."""
        return {
            "music": self.tr("Music"),
            "market": self.tr("Markets"),
            "sports": self.tr("Sports"),
            "culture": self.tr("Culture"),
            "family": self.tr("For families"),
            "nature": self.tr("Outdoors"),
            "meeting": self.tr("Meetings"),
            "food": self.tr("Food"),
            "course": self.tr("Courses"),
        }.get(category, category.capitalize())

    def show_argument(self, argument: object) -> None:
        """Open with a filter ('here' or a category), or all events."""
        self.filter = argument if isinstance(argument, str) else ""
        self.refresh()

    def _choose(self, name: str) -> None:
        self.filter = name
        self.refresh()

    def reset(self) -> None:
        """All events again for the next visitor."""
        self.filter = ""
        self.chip_bar.close_rows()

    def _chips(self, events: list[Event], village: str) -> None:
        """All, Here in <village>, then the categories that upcoming events have."""
        present = {c for e in events for c in e.categories if c in EVENT_CATEGORIES}
        wanted = ["", "here", *[c for c in EVENT_CATEGORIES if c in present]]
        if list(self.chips) != wanted:
            group = QButtonGroup(self)
            self.chips = {}
            for name in wanted:
                chip = chip_button()
                chip.clicked.connect(lambda _=False, n=name: self._choose(n))
                group.addButton(chip)
                self.chips[name] = chip
            self.chip_bar.set_chips(list(self.chips.values()))
        for name, chip in self.chips.items():
            if name == "":
                chip.setText(self.tr("All"))
            elif name == "here":
                chip.setText(
                    self.tr("Here in %1").replace("%1", village) if village else self.tr("Here")
                )
            else:
                chip.setText(self.category_name(name))
            chip.setChecked(name == self.filter)
        self.chip_bar.fit()

    def _matches(self, event: Event, point_id: str) -> bool:
        if not self.filter:
            return True
        if self.filter == "here":
            return event.service_point == point_id
        return self.filter in event.categories

    def refresh(self) -> None:
        """The next events in their groups."""
        self.heading.setText(self.tr("What's on"))
        point = self.content.service_point()
        self.subheading.setText(
            self.tr("Events at %1 and nearby").replace("%1", point.village)
            if point
            else self.tr("Events nearby")
        )
        lang = self.lang
        today = self.content.clock().date()
        names = (self.tr("Today"), self.tr("Tomorrow"))
        sections: dict[str, list[CardSpec]] = {name: [] for name in names}
        candidates = self.content.upcoming(limit=EVENTS_SHOWN * 10)
        self._chips(candidates, point.village if point else "")
        self._fit_heading()
        point_id = self.content.point_id
        self.shown = [e for e in candidates if self._matches(e, point_id)][:EVENTS_SHOWN]
        for event in self.shown:
            start = event.start.date()
            if start <= today:
                group = names[0]
            elif start == today + timedelta(days=1):
                group = names[1]
            else:
                group = self.week_heading(start, today)
            when = i18n.event_when(event.start, event.all_day, lang)
            if event.all_day:
                when += " · " + self.tr("all day")
            if event.cancelled:
                when = self.tr("Cancelled") + " · " + when
            sections.setdefault(group, []).append(
                CardSpec(
                    title=event.title.get(lang),
                    text=event.location.get(lang),
                    kicker=when,
                    kicker_strong=True,
                    muted=event.cancelled,
                    on_click=partial(self.open_detail, partial(self.detail, event)),
                )
            )
        self.grid.set_sections([(name, specs) for name, specs in sections.items() if specs])

    def week_heading(self, start: date, today: date) -> str:
        """'This week (week 48)', then one heading per later week: 'Week 49' (Swedes say "vecka 49")."""
        week = str(week_number(start))
        if start.isocalendar()[:2] == today.isocalendar()[:2]:
            return self.tr("This week (week %1)").replace("%1", week)
        return self.tr("Week %1").replace("%1", week)

    def detail(self, event: Event) -> Detail:
        """An event in full."""
        lang = self.lang
        when = (
            i18n.day(event.start.date(), lang)
            if event.all_day
            else (i18n.day_time(event.start, lang) + "–" + i18n.clock(event.end, lang))
        )
        facts = [(self.tr("When"), when)]
        if event.cancelled:
            facts.insert(0, (self.tr("Status"), self.tr("Cancelled")))
        if event.location:
            facts.append((self.tr("Where"), event.location.get(lang)))
        if event.price:
            facts.append((self.tr("Price"), event.price.get(lang)))
        if event.organizer:
            facts.append((self.tr("Organiser"), event.organizer.get(lang)))
        codes = []
        if not event.cancelled:
            entry = calendar_entry(event, lang, self.content.clock())
            codes.append((entry, self.tr("Scan to add to your phone's calendar")))
        if event.url:
            codes.append((event.url, self.tr("Scan to read more on your phone")))
        codes += [("", "")] * (2 - len(codes))
        return Detail(
            kicker=self.tr("Cancelled") if event.cancelled else self.tr("Event"),
            title=event.title.get(lang),
            markdown=event.description.get(lang),
            image=event.image,
            facts=tuple(facts),
            qr_url=codes[0][0],
            qr_caption=codes[0][1],
            qr2_url=codes[1][0],
            qr2_caption=codes[1][1],
            viewed=("event", event.uid.lower(), event.categories[0] if event.categories else ""),
        )


class ServicesPage(Page):
    """The e-service catalogue by category."""

    name = "services"
    lists = True

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self.grid = CardGrid(columns=6, image_height=0, card_width=480)
        self.body.addWidget(self.grid, 1)
        state.online_changed.connect(lambda _online: self.refresh())

    def category_name(self, category: str) -> str:
        """Translated e-service categories."""
        return {
            "municipality": self.tr("The municipality"),
            "health": self.tr("Health and care"),
            "tax": self.tr("Taxes and money"),
            "work": self.tr("Work and studies"),
            "social": self.tr("Social insurance and pensions"),
            "transport": self.tr("Travel and traffic"),
            "safety": self.tr("Safety and emergencies"),
        }.get(category, category)

    def refresh(self) -> None:
        """Cards grouped by category in catalogue order."""
        self.heading.setText(self.tr("E-services"))
        offline = not self.state.online
        self.subheading.setText(
            self.tr("No internet connection right now: scan a code to continue on your phone")
            if offline
            else self.tr("Municipal and national services on the web")
        )
        lang = self.lang
        theme = self.state.theme
        links = self.content.links()
        sections = []
        for category in LINK_CATEGORIES:
            specs = [
                CardSpec(
                    title=link.name.get(lang),
                    text=link.description.get(lang),
                    icon=theme.pixmap(
                        "wifi-slash-bold" if offline else "globe-bold",
                        theme.palette.accent,
                        size=36,
                    ),
                    kicker=self.tr("Needs internet") if offline else "",
                    dimmed=offline,
                    on_click=partial(self.open_page.emit, "browser", link),
                )
                for link in links
                if link.category == category
            ]
            if specs:
                sections.append((self.category_name(category), specs))
        self.grid.set_sections(sections)


class BrochuresPage(Page):
    """The brochure rack."""

    name = "brochures"
    lists = True

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self.grid = CardGrid(columns=8, image_height=360, card_width=360)
        self.body.addWidget(self.grid, 1)

    def refresh(self) -> None:
        """Covers with names."""
        self.heading.setText(self.tr("Brochures"))
        self.subheading.setText(self.tr("Read here or take them along on your phone"))
        lang = self.lang
        specs = [
            CardSpec(
                title=brochure.name.get(lang),
                text=brochure.description.get(lang),
                image=brochure.cover,
                on_click=partial(self.open_page.emit, "reader", brochure),
            )
            for brochure in self.content.brochures()
        ]
        self.grid.set_sections([("", specs)])

    def detail(self, brochure: Brochure) -> Detail:
        """A brochure's description and cover."""
        lang = self.lang
        languages = ", ".join(i18n.NATIVE_NAMES.get(code, code) for code in brochure.languages)
        return Detail(
            kicker=self.tr("Brochure"),
            title=brochure.name.get(lang),
            markdown=brochure.description.get(lang),
            image=brochure.cover,
            facts=((self.tr("Languages"), languages),) if languages else (),
        )
