"""Languages of the UI: Qt translators, native language names and dates per locale."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from kiosk.domain import DEFAULT_LANGUAGE, LANGUAGES, STOCKHOLM, OpeningSpan

log = logging.getLogger(__name__)

NATIVE_NAMES = {"sv": "Svenska", "en": "English", "de": "Deutsch", "fi": "Suomi"}
_LOCALE_NAMES = {"sv": "sv_SE", "en": "en_GB", "de": "de_DE", "fi": "fi_FI"}
_DAY_TIME = {
    "sv": "ddd d MMM HH:mm",
    "en": "ddd d MMM HH:mm",
    "de": "ddd d. MMM HH:mm",
    "fi": "ddd d.M. 'klo' H.mm",
}
_DAY = {"sv": "ddd d MMM", "en": "ddd d MMM", "de": "ddd d. MMM", "fi": "ddd d.M."}
_LONG_DATE = {
    "sv": "dddd d MMMM",
    "en": "dddd d MMMM",
    "de": "dddd, d. MMMM",
    "fi": "dddd d. MMMM",
}
_HH_MM = re.compile(r"\b(\d{1,2}):(\d\d)\b")
_TIME = {"sv": "HH:mm", "en": "HH:mm", "de": "HH:mm", "fi": "H.mm"}
_SHORT_DAY_TIME = {
    "sv": "d/M HH:mm",
    "en": "d/M HH:mm",
    "de": "d.M. HH:mm",
    "fi": "d.M. 'klo' H.mm",
}


def locale(lang: str) -> QLocale:
    """The QLocale used for dates and numbers in `lang`."""
    return QLocale(_LOCALE_NAMES.get(lang, _LOCALE_NAMES[DEFAULT_LANGUAGE]))


def _qdt(value: datetime) -> QDateTime:
    """Wall-clock time in Stockholm (zoneinfo, not QTimeZone: that costs 4 ms at start-up)."""
    if value.tzinfo is not None:
        value = value.astimezone(STOCKHOLM)
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def day_time(value: datetime, lang: str) -> str:
    """'lör 13 dec. 19:00' in Swedish, per locale in the others."""
    return locale(lang).toString(_qdt(value), _DAY_TIME.get(lang, _DAY_TIME["sv"]))


def day(value: date, lang: str) -> str:
    """'lör 13 dec.'."""
    return locale(lang).toString(
        QDate(value.year, value.month, value.day), _DAY.get(lang, _DAY["sv"])
    )


def event_when(start: datetime, all_day: bool, lang: str) -> str:
    """When an event starts, the same on every page: 'ons 2 dec. 17:00' or 'ons 2 dec.'."""
    return day(start.date(), lang) if all_day else day_time(start, lang)


def short_day_time(value: datetime, lang: str) -> str:
    """'6/12 09:12' in Swedish, '6.12. klo 9.12' in Finnish: where a line has little room."""
    return locale(lang).toString(_qdt(value), _SHORT_DAY_TIME.get(lang, _SHORT_DAY_TIME["sv"]))


def long_date(value: date, lang: str) -> str:
    """'torsdag 26 november'."""
    text = locale(lang).toString(
        QDate(value.year, value.month, value.day), _LONG_DATE.get(lang, _LONG_DATE["sv"])
    )
    return text[:1].upper() + text[1:]


def clock(value: datetime, lang: str) -> str:
    """'19:00' (Finnish '19.00')."""
    return locale(lang).toString(_qdt(value).time(), _TIME.get(lang, _TIME["sv"]))


def times(text: str, lang: str) -> str:
    """Times written HH:MM ('09:00–18:00') as the language writes them: Finnish '9.00–18.00'.

    Opening hours come as text from the feed and the shop owner; this is the one place that
    gives them the visitor's convention, so a Finnish screen never mixes 9.00 and 09:00 (Finnish
    writes the hour without a leading zero, as `clock` does).
    """
    if lang != "fi":
        return text
    return _HH_MM.sub(lambda match: f"{int(match[1])}.{match[2]}", text)


def hours(opens: str, closes: str, lang: str) -> str:
    """'09:00–18:00' ('9.00–18.00' in Finnish): opening hours wherever they are shown."""
    return times(f"{opens}–{closes}", lang)


def opening_lines(spans: Sequence[OpeningSpan], lang: str) -> list[str]:
    """'mån–fre 09:00–19:00', 'lör 10:00–16:00' (day names of the language, ranges joined)."""
    loc = locale(lang)
    short = {
        day: loc.standaloneDayName(day + 1, QLocale.FormatType.ShortFormat).rstrip(".")
        for day in range(7)
    }
    lines = []
    for span in spans:
        days = list(span.days)
        ranges: list[str] = []
        start = prev = days[0] if days else 0
        for day in [*days[1:], None]:
            if day is not None and day == prev + 1:
                prev = day
                continue
            ranges.append(short[start] if start == prev else f"{short[start]}–{short[prev]}")
            if day is not None:
                start = prev = day
        text = ", ".join(ranges) + " " + hours(span.opens, span.closes, lang)
        lines.append(text[:1].upper() + text[1:])
    return lines


def install_qt_texts(lang: str) -> QTranslator | None:
    """Qt's own texts (Yes/No in a question, the folder dialog) in `lang`, from the translations
    Qt ships; None for English or where they are missing. The caller removes it when done."""
    app = QCoreApplication.instance()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if app is None or lang == "en" or not translator.load(f"qtbase_{lang}", folder):
        return None
    app.installTranslator(translator)
    return translator


class Translations:
    """Installs the Qt translator of the chosen language; English is the source language."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def available(self) -> list[str]:
        """Languages with a compiled translation, plus English (the source)."""
        return [
            lang
            for lang in LANGUAGES
            if lang == "en" or (self._folder / f"kiosk_{lang}.qm").exists()
        ]

    def close(self) -> None:
        """Uninstall this object's translator (the application may outlive it, as in tests)."""
        app = QCoreApplication.instance()
        if app is not None and self._translator is not None:
            app.removeTranslator(self._translator)
        self._translator = None

    def switch(self, lang: str) -> None:
        """Make `lang` the UI language; widgets retranslate on the LanguageChange event."""
        app = QCoreApplication.instance()
        if app is None:
            return
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        # English is the source language; its file holds the plural forms ("%n days").
        translator = QTranslator(app)
        qm = self._folder / f"kiosk_{lang}.qm"
        if translator.load(str(qm)):
            app.installTranslator(translator)
            self._translator = translator
        else:
            log.error("translation %s is missing; showing English", qm)
        self.language = lang
        QLocale.setDefault(locale(lang))
