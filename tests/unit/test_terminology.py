"""The translations keep docs/terminology.md: one term per thing, no misleading words.

A visitor meets one language at a time, and in it one name for each thing: the e-services tile,
the search hint and the browser's notices must not call the same thing three different names.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

import icalendar
import pytest

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "assets" / "demo-source"
TRANSLATIONS = REPO / "assets" / "translations"
TERMINOLOGY = REPO / "docs" / "terminology.md"
LANGS = ("sv", "de", "fi")

VISITOR = frozenset(
    {
        "AboutPage", "AlertScreen", "AlertStrip", "AlertTakeover", "BrochuresPage",
        "BrowserNotices", "BrowserPanel", "BrowserWidget", "ChipBar", "CountdownOverlay",
        "DisabledHint",
        "EmergencyPage", "EventsPage", "Header", "HomePage", "NavBar", "NoticesPage", "OpenState",
        "PlacesPage", "ReaderPage", "SearchPage", "ServicesPage", "Speech",
    }
)  # fmt: skip
"""Screens a member of the public sees."""
OWNER = frozenset(
    {
        "ActivityRow", "DetailsView", "EventForm", "EventRow", "EventsView", "OutcomesBox",
        "OwnerPanel", "OwnerView", "PinPad", "StatusView", "UnsavedQuestion", "UsageView",
    }
)  # fmt: skip
"""Screens the shop owner sees on the kiosk."""
PUBLISHER = frozenset(
    {
        "AddressPage", "ContentPanel", "DateTimeField", "DonePage", "FirstRunWizard", "FleetPanel",
        "HistoryPanel", "HoursRow", "ItemForm", "KeyPage", "LangTextField", "OpeningHoursField",
        "PointsField", "PreviewPanel", "PublishDialog", "PublisherForm", "PublisherWindow",
        "ShopEventsPanel", "SpecialDayRow", "SpecialHoursField", "StartView",
    }
)  # fmt: skip
"""The municipality's desktop publisher."""
EVERYONE = "everyone"
PEOPLE_AT_THE_SHOP = "people at the shop"


class Message(NamedTuple):
    context: str
    source: str
    translation: str
    comment: str = ""
    """Qt's disambiguation: the same English with another comment is another text."""


class Banned(NamedTuple):
    """A word that misleads (or spells a term a second way), where it must not appear."""

    lang: str
    pattern: str
    scope: str
    why: str
    in_feed: bool = False
    """Also checked in the demo feed's texts (a real shop may be called Hamnkiosk)."""


class Term(NamedTuple):
    """Where the English source says `source`, the translation says `term`."""

    source: str
    terms: dict[str, str]


BANNED = (
    Banned(
        "sv",
        r"butiksläge",
        EVERYONE,
        "on Swedish TVs and phones it is the store demo mode",
        in_feed=True,
    ),
    Banned("sv", r"\bkiosk", PEOPLE_AT_THE_SHOP, "to a Swede a kiosk sells hot dogs"),
    Banned("sv", r"flöde", EVERYONE, "a word of web developers", in_feed=True),
    Banned("sv", r"\bstörst\b", EVERYONE, "'Störst text' is not Swedish: 'Största text'"),
    Banned(
        "sv", r"\b(kafé|cafe\b|kaffé|fikahörna)", EVERYONE, "café is spelled café", in_feed=True
    ),
    Banned("sv", r"\bbakåt\b", EVERYONE, "the back button is Tillbaka"),
    Banned("de", r"\bkiosk", PEOPLE_AT_THE_SHOP, "a Kiosk sells newspapers"),
    Banned("de", r"ladenmodus", EVERYONE, "a TV's store demo mode", in_feed=True),
    Banned("de", r"caféecke", EVERYONE, "it is spelled Café-Ecke", in_feed=True),
    Banned(
        "de", r"\be-dienst|\be-service", EVERYONE, "e-services are Online-Dienste", in_feed=True
    ),
    Banned("de", r"\bfeed", PEOPLE_AT_THE_SHOP, "a word of web developers", in_feed=True),
    Banned("de", r"\bhinweis", EVERYONE, "notices and messages are Mitteilungen"),
    Banned("de", r"servicestelle", EVERYONE, "a service point is a Servicepunkt"),
    Banned(
        "de",
        r"touristinfo|touristinformation",
        EVERYONE,
        "it is Touristeninformation",
        in_feed=True,
    ),
    Banned("fi", r"\bkiosk", PEOPLE_AT_THE_SHOP, "an R-kioski sells sweets"),
    Banned("fi", r"sähköi\w* (palvel|asioin)", EVERYONE, "e-services are e-palvelut", in_feed=True),
    Banned(
        "fi", r"matkailuinfo", EVERYONE, "tourist information is matkailuneuvonta", in_feed=True
    ),
    Banned(
        "fi",
        r"\bsyöte\b|\bsyötettä\b|\bsyötteen",
        EVERYONE,
        "a word of web developers",
        in_feed=True,
    ),
    Banned("fi", r"ruokaostos", EVERYONE, "grocery home delivery is päivittäistavaroiden"),
)

TERMS = (
    Term(r"e-services?\b", {"sv": "e-tjänst", "de": "online-dienst", "fi": "e-palvelu"}),
    Term(r"\bcafé", {"sv": "café", "de": "café", "fi": "kahvi"}),
    Term(r"^(Home|Start)$", {"sv": "^Hem$", "de": "^Start$", "fi": "^Etusivu$"}),
    Term(r"^Back$", {"sv": "^Tillbaka$", "de": "^Zurück$", "fi": "^Takaisin$"}),
    Term(r"shop-owner mode", {"sv": "ägarläge", "de": "inhabermodus", "fi": "kauppiastila"}),
    Term(r"service points?\b", {"sv": "servicepunkt", "de": "servicepunkt", "fi": "palvelupist"}),
    Term(r"brochure", {"sv": "broschyr", "de": "broschüre", "fi": "esit"}),
    Term(r"^What's on$", {"sv": "^Vad händer$", "de": "^Was ist los\\?$", "fi": "^Mitä tapahtuu$"}),
    Term(r"What's on", {"sv": "Vad händer", "de": "Was ist los\\?", "fi": "Mitä tapahtuu"}),
    Term(r"^Notices$", {"sv": "^Meddelanden$", "de": "^Mitteilungen$", "fi": "^Tiedotteet$"}),
    Term(
        r"tourist info",
        {"sv": "turistinformation", "de": "touristeninformation", "fi": "matkailuneuvon"},
    ),
    Term(r"home delivery", {"sv": "hemleverans", "de": "lieferservice", "fi": "kotiinkuljetu"}),
    Term(r"\bthis page\b", {"sv": "sidan", "de": "seite", "fi": "sivu"}),
    Term(
        r"^Public computer with internet$",
        {
            "sv": "^Dator med internet för allmänheten$",
            "de": "^Öffentlicher Computer mit Internet$",
            "fi": "^Asiakastietokone ja internetyhteys$",
        },
    ),
)
"""Finnish terms are stems: the word is inflected (esite, esitteet, esitteen)."""


def messages(lang: str) -> list[Message]:
    """Every finished message of a translation file, plural forms joined."""
    root = ET.parse(TRANSLATIONS / f"kiosk_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = " | ".join(forms) if forms else translation.text or ""
            source, comment = message.findtext("source", ""), message.findtext("comment", "")
            found.append(Message(name, source, text, comment))
    return found


def feed_texts(lang: str) -> list[str]:
    """The demo feed's texts in one language: TOML text fields and the language's events."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if isinstance(value.get(lang), str) and isinstance(value.get("sv"), str):
                found.append(value[lang])
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for source in sorted(DEMO.glob("*.toml")):
        walk(tomllib.loads(source.read_text(encoding="utf-8")))
    calendar = icalendar.Calendar.from_ical((DEMO / "events" / f"events.{lang}.ics").read_bytes())
    for event in calendar.walk("VEVENT"):
        found += [
            str(event[name]) for name in ("SUMMARY", "DESCRIPTION", "LOCATION") if name in event
        ]
    return found


def _in_scope(context: str, scope: str) -> bool:
    return scope == EVERYONE or context in VISITOR | OWNER


def _without_commands(text: str) -> str:
    """Commands in `backticks` (e.g. `kiosk pin set`) are names, not words."""
    return re.sub(r"`[^`]*`", "", text)


@pytest.mark.parametrize("lang", LANGS)
def test_every_screen_is_known_as_the_publics_the_owners_or_the_municipalitys(lang: str) -> None:
    unknown = {m.context for m in messages(lang)} - VISITOR - OWNER - PUBLISHER
    assert not unknown, f"say who reads these screens (VISITOR, OWNER or PUBLISHER): {unknown}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_translation_uses_a_banned_or_misleading_word(lang: str) -> None:
    found = [
        f"{m.context}: {m.translation!r} ({rule.why})"
        for rule in BANNED
        if rule.lang == lang
        for m in messages(lang)
        if _in_scope(m.context, rule.scope)
        and re.search(rule.pattern, _without_commands(m.translation), re.IGNORECASE)
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", LANGS)
def test_each_thing_has_one_name_in_each_language(lang: str) -> None:
    drifting = [
        f"{m.context}: {m.source!r} -> {m.translation!r} (the term is {term.terms[lang]!r})"
        for term in TERMS
        for m in messages(lang)
        if re.search(term.source, m.source, re.IGNORECASE)
        and not re.search(term.terms[lang], m.translation, re.IGNORECASE)
    ]
    assert not drifting, "\n".join(drifting)


def test_the_terminology_page_lists_every_term_the_test_checks() -> None:
    page = TERMINOLOGY.read_text(encoding="utf-8").lower()
    for term in TERMS:
        for lang, word in term.terms.items():
            plain = word.strip("^$").replace("\\", "")
            assert plain.lower() in page, f"docs/terminology.md lacks the {lang} term {plain!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_demo_feed_uses_the_same_words(lang: str) -> None:
    texts = feed_texts(lang)
    assert len(texts) > 100
    found = [
        f"{text[:70]!r} ({rule.why})"
        for rule in BANNED
        if rule.lang == lang and rule.in_feed
        for text in texts
        if re.search(rule.pattern, text, re.IGNORECASE)
    ]
    assert not found, "\n".join(found)


GRAMMAR = frozenset({"Cancelled", "until %1"})
"""English texts whose translation rightly differs by screen: an activity is inställd, an
event inställt (Swedish gender); an alert is valid till a time, a series runs till och med a day."""


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_english_text_reads_the_same_on_every_screen(lang: str) -> None:
    seen: dict[tuple[str, str], set[str]] = {}
    for m in messages(lang):
        if m.source not in GRAMMAR:
            seen.setdefault((m.source, m.comment), set()).add(m.translation)
    drifting = {source: sorted(texts) for source, texts in seen.items() if len(texts) > 1}
    assert not drifting, "\n".join(f"{s[0]!r}: {t}" for s, t in drifting.items())
