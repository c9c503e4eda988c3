"""Colours and style sheets of the warning widgets, from the theme (normal and high contrast)."""

from __future__ import annotations

from datetime import datetime

from kiosk.ui import i18n
from kiosk.ui.theme import Theme

SMHI_COLOURS = {
    "red": ("#C8102E", "#FFFFFF"),
    "orange": ("#F08A00", "#000000"),
    "yellow": ("#FFD400", "#000000"),
    "message": ("#E3EEF5", "#123B4A"),
}
"""SMHI's level colours (background, text), each pair WCAG AA."""

ALERT_RED = "#9E2B1E"


def clock_time(value: datetime | None, lang: str) -> str:
    """'09:12' in Swedish time, as `lang` writes it (Finnish '9.12'); '' when unknown."""
    return i18n.clock(value, lang) if value else ""


def day_time(value: datetime | None, lang: str) -> str:
    """'6/12 09:12' in Swedish time, as `lang` writes it (Finnish '6.12. klo 9.12'); '' when
    unknown."""
    return i18n.short_day_time(value, lang) if value else ""


def takeover_sheet(theme: Theme) -> str:
    """The full-screen alert: red around a white card (high contrast: black, yellow frame)."""
    p, px = theme.palette, theme.px
    hc = theme.high_contrast
    back = "#000000" if hc else ALERT_RED
    frame = f"border: 4px solid {p.border};" if hc else "border: none;"
    box = "#000000" if hc else "#FFF1D6"
    return f"""
QWidget#AlertTakeover {{ background: {back}; }}
QLabel#AlertTitle {{ color: {"#FFFF00" if hc else "#FFFFFF"}; font-size: {px(30)}px; font-weight: 800; }}
QLabel#AlertTitleIcon {{ background: transparent; }}
QFrame#AlertCard {{ background: {p.surface}; border-radius: 24px; {frame} }}
QFrame#AlertCard QLabel {{ color: {p.text}; }}
QLabel#AlertHeadline {{ font-size: {px(36)}px; font-weight: 800; }}
QLabel#AlertBody {{ font-size: {px(24)}px; }}
QFrame#AlertInstruction {{ background: {box}; border-radius: 14px; {frame} }}
QLabel#AlertInstructionText {{ font-size: {px(25)}px; font-weight: 700; }}
QLabel#AlertMeta {{ color: {p.muted}; font-size: {px(19)}px; }}
QPushButton#AlertRead {{ font-size: {px(26)}px; min-height: 72px; padding: 8px 48px; }}
"""


def strip_sheet(theme: Theme) -> str:
    """The band, SMHI's warnings, the news and the quiet line above every page."""
    p, px = theme.palette, theme.px
    hc = theme.high_contrast
    rules = [
        f"QWidget#AlertStrip {{ background: {p.window}; }}",
        f"QLabel#AlertBand {{ background: {'#000000' if hc else ALERT_RED}; "
        f"color: {'#FFFF00' if hc else '#FFFFFF'}; border: {'4px solid #FFFF00' if hc else 'none'}; "
        f"font-size: {px(22)}px; font-weight: 800; padding: 10px 28px; }}",
        f"QLabel#AlertStale {{ color: {p.text}; background: {p.info}; font-size: {px(19)}px; "
        f"padding: 8px 28px; }}",
        f"QLabel#AlertNews {{ color: {p.info_text}; background: {p.info}; font-size: {px(19)}px; "
        f"padding: 8px 28px; }}",
    ]
    for level, colours in SMHI_COLOURS.items():
        back, text = ("#000000", "#FFFF00") if hc else colours
        border = "border: 3px solid #FFFF00;" if hc else ""
        rules.append(
            f'QLabel#AlertWeather[level="{level}"] {{ background: {back}; color: {text}; '
            f"font-size: {px(19)}px; padding: 8px 28px; {border} }}"
        )
    return "\n".join(rules)
