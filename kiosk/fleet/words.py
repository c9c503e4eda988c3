"""The fleet board's words in Swedish, English, German and Finnish (a small table, not Qt .ts
files: the command line, the watch job's mail and the publisher read the same Qt-free board).

The board decides each problem and keeps its facts; a text is chosen per language only when
someone reads it. Times and dates read as the officer says them: "mån 09:12", "i går", "3 dec".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from string import Formatter
from typing import Protocol, runtime_checkable

LANGS = ("sv", "en", "de", "fi")

_TEXTS: dict[str, tuple[str, str, str, str]] = {
    # key: (Swedish, English, German, Finnish)
    "no_status": (
        "Kiosken har inte skickat någon status",
        "The kiosk has not sent any status",
        "Der Kiosk hat noch keinen Status gesendet",
        "Kioski ei ole lähettänyt tilatietoja",
    ),
    "status_unreadable": (
        "Kioskens statusfil går inte att läsa",
        "The kiosk's status file cannot be read",
        "Die Statusdatei des Kiosks ist nicht lesbar",
        "Kioskin tilatiedostoa ei voi lukea",
    ),
    "no_contact": (
        "Ingen kontakt sedan {when}",
        "No contact since {when}",
        "Kein Kontakt seit {when}",
        "Ei yhteyttä {when} jälkeen",
    ),
    "no_contact_open": (
        "Ingen kontakt sedan {when} – butiken har öppet",
        "No contact since {when} – the shop is open",
        "Kein Kontakt seit {when} – das Geschäft ist geöffnet",
        "Ei yhteyttä {when} jälkeen – kauppa on auki",
    ),
    "no_contact_closed": (
        "Ingen kontakt sedan {when} – butiken har stängt nu",
        "No contact since {when} – the shop is closed now",
        "Kein Kontakt seit {when} – das Geschäft ist jetzt geschlossen",
        "Ei yhteyttä {when} jälkeen – kauppa on nyt kiinni",
    ),
    "unknown_service_point": (
        "Servicepunkten finns inte i innehållet – kontrollera kioskens inställning "
        "service_point ({id})",
        "The service point is not in the content – check the kiosk's setting service_point ({id})",
        "Der Servicepunkt fehlt in den Inhalten – prüfen Sie die Einstellung service_point "
        "des Kiosks ({id})",
        "Palvelupistettä ei ole sisällössä – tarkista kioskin asetus service_point ({id})",
    ),
    "content_expired": (
        "Innehållet gick ut {day}",
        "The content has expired ({day})",
        "Die Inhalte sind abgelaufen ({day})",
        "Sisältö on vanhentunut ({day})",
    ),
    "kiosk_says": (
        "Kiosken säger: {line}",
        "The kiosk says: {line}",
        "Der Kiosk meldet: {line}",
        "Kioski ilmoittaa: {line}",
    ),
    "days_missing": (
        "Dagsfiler saknas: {days}",
        "Day files missing: {days}",
        "Tagesdateien fehlen: {days}",
        "Päivätiedostoja puuttuu: {days}",
    ),
    "days_waiting": (
        "Dagsfiler saknas för {days} – de har inte kommit fram från kiosken",
        "Day files missing for {days} – they have not arrived from the kiosk",
        "Tagesdateien für {days} fehlen – sie sind nicht vom Kiosk angekommen",
        "{days} tiedostot puuttuvat – ne eivät ole tulleet perille kioskilta",
    ),
    "days_changed": (
        "Ändrade dagsfiler ({days})",
        "Day files changed ({days})",
        "Geänderte Tagesdateien ({days})",
        "Muutettuja päivätiedostoja ({days})",
    ),
    "days_unreadable": (
        "Dagsfiler går inte att läsa ({days})",
        "Day files cannot be read ({days})",
        "Tagesdateien nicht lesbar ({days})",
        "Päivätiedostoja ei voi lukea ({days})",
    ),
    "and_more": (
        "{shown} och {n} till",
        "{shown} and {n} more",
        "{shown} und {n} weitere",
        "{shown} ja {n} muuta",
    ),
    # the kiosk's own lines (kiosk/fleet/gather.py), sent as notes in its status.json
    "kiosk:unknown_point": (
        "Servicepunkten ”{id}” finns inte i innehållet – kontrollera inställningen service_point",
        "The service point “{id}” is not in the content – check the setting service_point",
        "Der Servicepunkt „{id}“ fehlt in den Inhalten – prüfen Sie die Einstellung service_point",
        "Palvelupistettä ”{id}” ei ole sisällössä – tarkista asetus service_point",
    ),
    "kiosk:no_content": (
        "Kiosken har inget innehåll att visa",
        "The kiosk has no content to show",
        "Der Kiosk hat keine Inhalte zum Anzeigen",
        "Kioskilla ei ole näytettävää sisältöä",
    ),
    "kiosk:content_expired": (
        "Innehållet har gått ut – flödet uppdateras inte",
        "The content has expired – it is not being updated",
        "Die Inhalte sind abgelaufen – sie werden nicht aktualisiert",
        "Sisältö on vanhentunut – se ei päivity",
    ),
    "kiosk:sync_failed": (
        "Senaste uppdateringen av innehållet misslyckades",
        "The last update of the content failed",
        "Die letzte Aktualisierung der Inhalte ist fehlgeschlagen",
        "Sisällön viimeisin päivitys epäonnistui",
    ),
    "kiosk:disk_full": (
        "Disken är nästan full ({mb} MB kvar)",
        "The disk is nearly full ({mb} MB left)",
        "Die Festplatte ist fast voll ({mb} MB frei)",
        "Levy on melkein täynnä ({mb} Mt jäljellä)",
    ),
    "kiosk:days_waiting": (
        "{n} dagar med statistik väntar på att skickas",
        "{n} days of statistics are waiting to be sent",
        "Statistik von {n} Tagen wartet auf den Versand",
        "{n} päivän tilastot odottavat lähettämistä",
    ),
    "kiosk:restarts": (
        "Kiosken har startats om {n} gånger i dag",
        "The kiosk has restarted {n} times today",
        "Der Kiosk wurde heute {n}-mal neu gestartet",
        "Kioski on käynnistynyt uudelleen {n} kertaa tänään",
    ),
    "kiosk:speech": (
        "Uppläsningen fungerar inte på den här datorn",
        "Reading aloud does not work on this computer",
        "Das Vorlesen funktioniert auf diesem Computer nicht",
        "Ääneen lukeminen ei toimi tällä tietokoneella",
    ),
    # a salvaged database's long line (kiosk/store/recovery.py) stays as the kiosk wrote it
    "kiosk:as_written": ("{line}", "{line}", "{line}", "{line}"),
    "today": ("i dag", "today", "heute", "tänään"),
    "yesterday": ("i går", "yesterday", "gestern", "eilen"),
}

_WEEKDAYS = {
    "sv": "mån tis ons tors fre lör sön",
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fi": "ma ti ke to pe la su",
}
_MONTHS = {
    "sv": "jan feb mars apr maj juni juli aug sep okt nov dec",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
}
"""Finnish writes dates as numbers (3.12.)."""
_DAYS = {"sv": ("dag", "dagar"), "en": ("day", "days"), "de": ("Tag", "Tage"),
         "fi": ("päivän", "päivän")}  # fmt: skip
"""'for 3 days' as each language's sentence needs it (German accusative, Finnish genitive)."""


def text(lang: str, key: str, **values: object) -> str:
    """The text for `key` in `lang` (Swedish for an unknown language), `values` filled in;
    a value that is a `Phrase` is said in `lang` too."""
    chosen = _TEXTS[key][LANGS.index(lang) if lang in LANGS else 0]
    said = {k: v.say(lang) if isinstance(v, Phrase) else v for k, v in values.items()}
    return chosen.format(**said)


def knows(key: str, facts: Mapping[str, object]) -> bool:
    """Whether `key` has a line here and `facts` name everything it needs (a newer kiosk's
    note may not)."""
    if key not in _TEXTS:
        return False
    return all(name in facts for _, name, _, _ in Formatter().parse(_TEXTS[key][0]) if name)


@runtime_checkable
class Phrase(Protocol):
    """A fact that reads differently in each language (a date, a count)."""

    def say(self, lang: str) -> str: ...


@dataclass(frozen=True)
class Said:
    """A line of this table with its facts, as a fact of another line ('The kiosk says: …')."""

    words: str
    facts: tuple[tuple[str, object], ...] = ()

    def say(self, lang: str) -> str:
        return text(lang, self.words, **dict(self.facts))


@dataclass(frozen=True)
class Day:
    """A day as seen from `today`: 'i dag', 'i går', a weekday within the week, else '3 dec'."""

    day: date
    today: date

    def say(self, lang: str) -> str:
        ago = (self.today - self.day).days
        if ago == 0:
            return text(lang, "today")
        if ago == 1:
            return text(lang, "yesterday")
        if 1 < ago < 7:
            return _WEEKDAYS[_lang(lang)].split()[self.day.weekday()]
        return _plain(lang, self.day, self.today)


@dataclass(frozen=True)
class Moment:
    """A past moment in the shop's local time: 'i dag 09:12', 'mån 09:12', '3 dec 09:12'."""

    at: datetime
    now: datetime

    def say(self, lang: str) -> str:
        local = self.at.astimezone(self.now.tzinfo)
        day = Day(local.date(), self.now.date()).say(lang)
        if _lang(lang) == "fi":
            return f"{day} klo {local.hour}.{local:%M}"
        return f"{day} {local:%H:%M}"


@dataclass(frozen=True)
class Span:
    """A stretch of days: '3 dec' or '3–9 dec' or '28 nov–2 dec'."""

    first: date
    last: date
    today: date

    def say(self, lang: str) -> str:
        first, last, today = self.first, self.last, self.today
        if first == last:
            recent = (today - first).days < 2
            return Day(first, today).say(lang) if recent else _plain(lang, first, today)
        if first.month == last.month and first.year == last.year:
            dot = "" if _lang(lang) in ("sv", "en") else "."
            return f"{first.day}{dot}–{_plain(lang, last, today)}"
        return f"{_plain(lang, first, today)}–{_plain(lang, last, today)}"


@dataclass(frozen=True)
class Days:
    """A count of days: '1 dag', '3 dagar'."""

    count: int

    def say(self, lang: str) -> str:
        one, many = _DAYS[_lang(lang)]
        return f"{self.count} {one if self.count == 1 else many}"


@dataclass(frozen=True)
class Listed:
    """'20 nov, 21 nov, 22 nov och 4 till': a line stays a line however many days are hit."""

    items: tuple[Phrase, ...]
    most: int = 3

    def say(self, lang: str) -> str:
        shown = ", ".join(item.say(lang) for item in self.items[: self.most])
        if len(self.items) <= self.most:
            return shown
        return text(lang, "and_more", shown=shown, n=len(self.items) - self.most)


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "sv"


def _plain(lang: str, day: date, today: date) -> str:
    lang = _lang(lang)
    if lang == "fi":
        shown = f"{day.day}.{day.month}."
        return shown if day.year == today.year else f"{shown}{day.year}"
    month = _MONTHS[lang].split()[day.month - 1]
    shown = f"{day.day}. {month}" if lang == "de" else f"{day.day} {month}"
    return shown if day.year == today.year else f"{shown} {day.year}"
