"""Swedish area codes as VMA uses them: '00' the whole country, two digits a county (län),
four digits a municipality whose first two digits are its county."""

from __future__ import annotations

import re

from kiosk.errors import ConfigError

COUNTIES = {
    "01": "Stockholms län",
    "03": "Uppsala län",
    "04": "Södermanlands län",
    "05": "Östergötlands län",
    "06": "Jönköpings län",
    "07": "Kronobergs län",
    "08": "Kalmar län",
    "09": "Gotlands län",
    "10": "Blekinge län",
    "12": "Skåne län",
    "13": "Hallands län",
    "14": "Västra Götalands län",
    "17": "Värmlands län",
    "18": "Örebro län",
    "19": "Västmanlands län",
    "20": "Dalarnas län",
    "21": "Gävleborgs län",
    "22": "Västernorrlands län",
    "23": "Jämtlands län",
    "24": "Västerbottens län",
    "25": "Norrbottens län",
}
"""County codes (SCB's länskoder) and names, as Krisinformation names counties."""

WHOLE_COUNTRY = "00"


def valid_area(code: str) -> bool:
    """A county code this table knows, or a four-digit municipality code within one."""
    return bool(re.fullmatch(r"\d{2}|\d{4}", code)) and code[:2] in COUNTIES


def checked_area(value: str) -> str:
    """The `alert_area` setting stripped; ConfigError (one line) when it is no area code."""
    area = value.strip()
    if area and not valid_area(area):
        raise ConfigError(
            "setting 'alert_area' must be a county (2 digits) or municipality (4 digits) code, "
            f"not {area!r}"
        )
    return area


def county_of(code: str) -> str:
    """The county code of an area code ('2284' -> '22'); '' when there is none."""
    return code[:2] if valid_area(code) else ""


def county_name(code: str) -> str:
    """'Västernorrlands län' for '22' or '2284'; '' when unknown."""
    return COUNTIES.get(county_of(code), "")


def covers(alert_code: str, area: str) -> bool:
    """Whether an alert for `alert_code` concerns a kiosk placed in `area`.

    The whole country covers everyone; a county covers its municipalities; a municipality's alert
    concerns a kiosk configured for the whole county too (it cannot tell which part it stands in,
    and a warning too many is better than one missed).
    """
    if not valid_area(area):
        return False
    if alert_code == WHOLE_COUNTRY:
        return True
    if not re.fullmatch(r"\d{2}|\d{4}", alert_code):
        return False
    if len(alert_code) == 2:
        return area[:2] == alert_code
    return alert_code == area or (len(area) == 2 and alert_code[:2] == area)
