"""The agreement report's words in Swedish and English (a small table, not Qt .ts files:
the CSV and JSON renderers are Qt-free and need the same words)."""

from __future__ import annotations

from datetime import date

LANGS = ("sv", "en")

_TEXTS: dict[str, tuple[str, str]] = {
    # key: (Swedish, English)
    "title": ("Servicepunkt – redovisning av användning", "Service point – usage report"),
    "fleet_title": (
        "Servicepunkter – redovisning för kommunen",
        "Service points – report for the municipality",
    ),
    "service_point": ("Servicepunkt", "Service point"),
    "feed": ("Kommun", "Municipality"),
    "period": ("Period", "Period"),
    "generated": ("Skapad", "Generated"),
    "version": ("Kioskversion", "Kiosk version"),
    "page": ("Sida {n} av {total}", "Page {n} of {total}"),
    "summary": ("Sammanfattning: de fem kriterierna", "Summary: the five criteria"),
    "criterion": ("Kriterium", "Criterion"),
    "offered": ("Erbjuds", "Offered"),
    "met": ("Uppfyllt", "Met"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "partly": ("delvis ({n} av {of} dagar)", "partly ({n} of {of} days)"),
    "key_figure": ("Nyckeltal", "Key figure"),
    "measure": ("Mått", "Measure"),
    "value": ("Värde", "Value"),
    "item": ("Post", "Item"),
    "count": ("Antal", "Count"),
    # the five criteria
    "tourist_info": ("Turistinformation", "Tourist information"),
    "computer": ("Dator med internet", "Computer with internet"),
    "activities": ("Aktiviteter", "Activities"),
    "cafe": ("Caféhörna", "Café corner"),
    "home_delivery": ("Hemleverans av dagligvaror", "Grocery home delivery"),
    # measures
    "place_views": ("Visade platser i turistinformationen", "Places viewed in tourist information"),
    "brochure_opens": ("Öppnade broschyrer", "Brochures opened"),
    "notices_shown": ("Visade meddelanden", "Notices shown"),
    "qr_shown": ("Visade QR-koder", "QR codes shown"),
    "visits": ("Besök", "Visits"),
    "hours_in_use": ("Tid i användning (timmar)", "Time in use (hours)"),
    "eservice_opens": ("Öppnade e-tjänster", "E-services opened"),
    "searches": ("Sökningar", "Searches"),
    "availability": (
        "Tillgänglighet (andel av öppettiden)",
        "Availability (share of opening hours)",
    ),
    "online": ("Uppkopplad (andel av öppettiden)", "Online (share of opening hours)"),
    "hours_online": ("Tid uppkopplad (timmar)", "Time online (hours)"),
    "fresh": ("Aktuellt innehåll (andel av öppettiden)", "Fresh content (share of opening hours)"),
    "events_held": (
        "Genomförda aktiviteter (bekräftade av butiken)",
        "Activities held (confirmed by the shop)",
    ),
    "events_unconfirmed": ("Aktiviteter som butiken inte bekräftat", "Activities not confirmed"),
    "events_required": ("Krav för perioden", "Required for the period"),
    "events_views": ("Visningar av evenemangssidan", "Views of the events page"),
    "offered_days": ("Dagar då det erbjöds", "Days offered"),
    "statement": ("enligt butikens uppgift", "according to the shop"),
    "basis": ("Grund", "Basis"),
    "basis:measured": ("uppmätt av kiosken", "measured by the kiosk"),
    "basis:statement": ("enligt butikens uppgift", "according to the shop"),
    "basis:held": ("bekräftat av butiken", "confirmed by the shop"),
    "statement_note": (
        "Datorn kan inte se caféhörnan eller hemleveranserna. Uppgiften är butikens egen, dag "
        "för dag, som den skrivits in på datorn.",
        "The kiosk cannot see the café corner or the deliveries. This is the shop's own "
        "statement, day by day, as entered in the kiosk.",
    ),
    "bottom_line": (
        "{met} av {total} kriterier{statements}, minst {required} krävs: {verdict}",
        "{met} of {total} criteria{statements}, at least {required} required: {verdict}",
    ),
    "of_which_statement": (
        " (varav {n} enligt butikens uppgift)",
        " (of which {n} according to the shop)",
    ),
    "fulfilled": ("uppfyllt", "met"),
    "not_fulfilled": ("inte uppfyllt", "not met"),
    "short:bottom_line": ("Kriterier", "Criteria"),
    "criteria_met": ("Uppfyllda kriterier (av 5)", "Criteria met (of 5)"),
    "criteria_required": ("Krav (minst)", "Required (at least)"),
    "agreement_met": ("Kravet i avtalet", "The agreement's requirement"),
    "thin": (
        "Observera: uppgifter finns för {n} av periodens {days} dagar ({share}).",
        "Note: there are figures for {n} of the period's {days} days ({share}).",
    ),
    "installed_on": (
        "Kiosken togs i bruk {day}; dagarna före installationen saknar uppgifter.",
        "The kiosk was put into service on {day}; the days before installation have no figures.",
    ),
    "thin_judged": (
        "Bedömningen bygger bara på dagarna med uppgifter.",
        "The assessment rests on the days with figures only.",
    ),
    "confirmed_list": ("Genomförda enligt butiken", "Held, as confirmed by the shop"),
    "unconfirmed_list": (
        "Ej bekräftade av butiken (räknas inte)",
        "Not confirmed by the shop (not counted)",
    ),
    "cancelled_list": (
        "Inställda enligt butiken (räknas inte)",
        "Cancelled, as the shop says (not counted)",
    ),
    "restarts": ("Omstarter av kiosken", "Kiosk restarts"),
    # breakdowns
    "place_category": ("Visade platser per kategori", "Places viewed by category"),
    "brochure_open": ("Broschyrer", "Brochures"),
    "eservice_open": ("E-tjänster", "E-services"),
    "visit_length": ("Besökens längd", "Length of visits"),
    "language": ("Språk", "Language"),
    "section": ("Öppnade avsnitt", "Sections opened"),
    "events_list": ("Aktiviteter på servicepunkten", "Activities at the service point"),
    "no_events": ("Inga aktiviteter under perioden.", "No activities in the period."),
    "local": ("egen", "own"),
    "feed_source": ("kommunens kalender", "municipal calendar"),
    "date": ("Datum", "Date"),
    "activity": ("Aktivitet", "Activity"),
    "source": ("Källa", "Source"),
    "rule_year": (
        "Kravet är minst tre aktiviteter per år. Perioden omfattar {days} dagar; kravet räknas "
        "om i proportion till periodens längd och avrundas (minst en): {required}.",
        "The rule is at least three activities a year. The period covers {days} days; the rule "
        "is scaled to the length of the period and rounded (at least one): {required}.",
    ),
    # charts
    "visits_per_month": ("Besök per månad", "Visits per month"),
    "availability_per_month": (
        "Tillgänglighet per månad (% av öppettiden)",
        "Availability per month (% of opening hours)",
    ),
    "about_data": ("Om uppgifterna", "About the figures"),
    "place_category:nature": ("natur", "nature"),
    "place_category:culture": ("kultur", "culture"),
    "place_category:food": ("mat och café", "food and café"),
    "place_category:stay": ("boende", "places to stay"),
    "place_category:activities": ("aktiviteter", "activities"),
    "place_category:practical": ("praktiskt", "practical"),
    "place_category:safety": ("trygghetspunkter", "safety"),
    "section:home": ("startsidan", "home screen"),
    "section:places": ("turistinformation", "tourist information"),
    "section:events": ("evenemang", "events"),
    "section:services": ("e-tjänster", "e-services"),
    "section:brochures": ("broschyrer", "brochures"),
    "section:search": ("sök", "search"),
    "section:about": ("om servicepunkten", "about"),
    "section:notices": ("meddelanden", "notices"),
    "section:browser": ("webbläsaren", "browser"),
    "visit_length:lt1m": ("under 1 minut", "under 1 minute"),
    "visit_length:1-5m": ("1–5 minuter", "1–5 minutes"),
    "visit_length:5-15m": ("5–15 minuter", "5–15 minutes"),
    "visit_length:15-30m": ("15–30 minuter", "15–30 minutes"),
    "visit_length:ge30m": ("30 minuter eller mer", "30 minutes or more"),
    "language:sv": ("svenska", "Swedish"),
    "language:en": ("engelska", "English"),
    "language:de": ("tyska", "German"),
    "language:fi": ("finska", "Finnish"),
    # coverage
    "coverage": ("Täckning", "Coverage"),
    "days_in_period": ("Dagar i perioden", "Days in the period"),
    "days_with_data": ("Dagar med data", "Days with data"),
    "days_missing": ("Dagar utan data", "Days without data"),
    "missing_why": ("Saknade dagar och orsak", "Missing days and why"),
    "reason": ("Orsak", "Reason"),
    "days": ("Dagar", "Days"),
    "no-file": ("ingen fil inlämnad", "no file delivered"),
    "no-data": ("inga uppgifter", "no data"),
    "unreadable": ("filen kunde inte läsas", "the file could not be read"),
    "not-finished": ("dagen är inte slut än", "the day is not over yet"),
    # the reasons kiosk.stats.days gives, in its words
    "the day is not over yet": ("dagen är inte slut än", "the day is not over yet"),
    "the kiosk was not running": ("kiosken var inte igång", "the kiosk was not running"),
    "before-install": ("före installationen", "before installation"),
    "rolled up to months (older than the retention)": (
        "sammanslagen till månader (äldre än lagringstiden)",
        "rolled up to months (older than the retention)",
    ),
    # footnotes
    "footnote_small": (
        "Antal mellan 1 och 4 visas som ”<5” i uppdelningar, så att ingen enskild besökare "
        "kan pekas ut. Summor visas oavkortade.",
        "Counts from 1 to 4 are shown as “<5” in breakdowns so that no single visitor can be "
        "singled out. Totals are shown in full.",
    ),
    "footnote_privacy": (
        "Statistiken består av dagliga räknare ur en sluten lista. Inga "
        "IP-adresser, besökta adresser, sökord, tidpunkter för enskilda besök eller uppgifter "
        "om butiksägaren registreras. Tillgänglighet mäts per timme och gäller datorn, inte "
        "besökarna.",
        "The statistics are daily counters from a closed list. No IP "
        "addresses, visited addresses, search terms, times of single visits or details of the "
        "shop owner are recorded. Availability is measured per hour and is about the computer, "
        "not its visitors.",
    ),
    "footnote_met": (
        "Ett kriterium räknas som uppfyllt när det erbjudits minst hälften av dagarna med data; "
        "aktiviteter när butiken bekräftat att tillräckligt många genomförts. Avtalet kräver "
        "minst tre av de fem kriterierna.",
        "A criterion counts as met when it was offered on at least half of the days with data; "
        "activities when the shop confirmed that enough were held. The agreement requires at "
        "least three of the five criteria.",
    ),
    # fleet
    "fleet_table": ("Alla servicepunkter per kriterium", "All service points by criterion"),
    "points": ("Servicepunkter", "Service points"),
    "chain": ("Uppgifternas tillförlitlighet", "Reliability of the figures"),
    "chain_ok": ("oförändrade", "unchanged"),
    "chain_broken": ("ändrade", "changed"),
    "broken_chains": ("Ändrade uppgifter", "Changed figures"),
    "broken_at": (
        "{day}: uppgifterna för {prev} har ändrats efter att de skickades, eller en dag "
        "däremellan har tagits bort.",
        "{day}: the figures for {prev} were changed after they were sent, or a day in between "
        "was removed.",
    ),
    "unreadable_files": ("Filer som inte räknas", "Files not counted"),
    "chain_intact": (
        "Uppgifterna är oförändrade sedan de skickades.",
        "The figures are unchanged since they were sent.",
    ),
    "problem:unreadable": (
        "{day}: dagsfilen kunde inte läsas och räknas inte.",
        "{day}: the day's file could not be read and is not counted.",
    ),
    "problem:other-day": (
        "{day}: filen innehåller en annan dag och räknas inte.",
        "{day}: the file holds another day and is not counted.",
    ),
    "problem:duplicate": (
        "{day}: en andra fil för dagen ({file}) räknas inte; dagen räknas en gång.",
        "{day}: a second file of the day ({file}) is not counted; the day counts once.",
    ),
    "problem:future": (
        "{day}: en fil daterad i framtiden räknas inte (kioskens klocka går fel?).",
        "{day}: a file dated in the future is not counted (is the kiosk's clock wrong?).",
    ),
    "folder_unreadable": (
        "Servicepunktens mapp kunde inte läsas.",
        "The service point's folder could not be read.",
    ),
    "problem:misnamed": (
        "Filen {file} är inte namngiven som en dag och räknas inte.",
        "The file {file} is not named as a day and is not counted.",
    ),
    "no_problems": (
        "Uppgifterna är oförändrade sedan de skickades, och alla dagsfiler kunde läsas.",
        "The figures are unchanged since they were sent, and every day's file could be read.",
    ),
    # the fleet table's narrow column heads
    "short:service_point": ("Servicepunkt", "Service point"),
    "short:tourist_info": ("Turistinfo", "Tourist info"),
    "short:computer": ("Dator", "Computer"),
    "short:activities": ("Aktiviteter", "Activities"),
    "short:cafe": ("Café", "Café"),
    "short:home_delivery": ("Hemleverans", "Delivery"),
    "short:days_with_data": ("Dagar med data", "Days with data"),
    "short:chain": ("Uppgifterna", "Figures"),
    "point_summary": ("{name}", "{name}"),
    "village": ("By", "Village"),
}


def text(lang: str, key: str, **values: object) -> str:
    """The text for `key` in `lang` (sv or en), formatted with `values`; the key itself when
    unknown (a recorder's free-text reason passes through untranslated)."""
    pair = _TEXTS.get(key)
    if pair is None:
        return key.format(**values) if values else key
    chosen = pair[1] if lang == "en" else pair[0]
    return chosen.format(**values) if values else chosen


def number(lang: str, value: float, decimals: int = 0) -> str:
    """`value` with a thin-space thousands separator and decimal comma in Swedish."""
    raw = f"{value:,.{decimals}f}"
    if lang == "en":
        return raw
    return raw.replace(",", "\u202f").replace(".", ",")


def percent(lang: str, share: float | None) -> str:
    """A share 0..1 as a percentage with one decimal; an en dash when there is none."""
    if share is None:
        return "–"
    return number(lang, share * 100, 1) + ("\u00a0%" if lang == "sv" else "%")


_MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
}


def long_date(lang: str, day: date) -> str:
    """'1 januari 2025' / '1 January 2025'."""
    month = _MONTHS["en" if lang == "en" else "sv"].split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


def short_month(lang: str, month: str) -> str:
    """'2025-03' as 'mar 25' / 'Mar 25' for chart axes."""
    year, number = month.split("-")
    name = _MONTHS["en" if lang == "en" else "sv"].split()[int(number) - 1][:3]
    return f"{name} {year[2:]}"
