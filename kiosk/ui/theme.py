"""Colours, text sizes and the style sheet: a calm Nordic theme and a high-contrast one (WCAG AA)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QIcon, QPixmap

from kiosk.ui import icons

TEXT_SCALES: tuple[float, ...] = (1.0, 1.25, 1.5)
"""The visitor's text size steps A, A+ and A++."""

FONT_FAMILY = "Inter"


@dataclass(frozen=True)
class Palette:
    """Named colours; every text/background pair meets WCAG 2.1 AA (4.5:1)."""

    window: str
    surface: str
    text: str
    muted: str
    header: str
    header_text: str
    accent: str
    accent_text: str
    focus: str
    border: str
    important: str
    important_text: str
    info: str
    info_text: str
    tiles: tuple[str, ...]
    positive: str
    """'All is well' and 'offered here': ticks, the owner's status line, usage bars."""
    selected: str
    """A chosen chip, language or text size: a tint with a strong border, unlike a primary button."""
    selected_text: str
    warning: str
    """The background of an important notice (fraud warning), unlike both of the above."""
    warning_text: str
    disabled: str
    """Text of a control that cannot be used now (on no fill, with a faint border)."""


NORMAL = Palette(
    window="#F2EFE9",
    surface="#FFFFFF",
    text="#1B2530",
    muted="#4D5866",
    header="#123B4A",
    header_text="#FFFFFF",
    accent="#1F5F8B",
    accent_text="#FFFFFF",
    focus="#C77700",
    border="#D9D3C7",
    important="#9E2B1E",
    important_text="#FFFFFF",
    info="#E3EEF5",
    info_text="#123B4A",
    tiles=("#2C6B4F", "#1F5F8B", "#8C3A2B", "#6B4E16", "#4A4E69"),
    positive="#2C6B4F",
    selected="#E3EEF5",
    selected_text="#123B4A",
    warning="#9E2B1E",
    warning_text="#FFFFFF",
    disabled="#6B7480",
)

HIGH_CONTRAST = Palette(
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    header="#000000",
    header_text="#FFFF00",
    accent="#FFFF00",
    accent_text="#000000",
    focus="#00FFFF",
    border="#FFFF00",
    important="#FFFF00",
    important_text="#000000",
    info="#000000",
    info_text="#FFFFFF",
    tiles=("#000000",) * 5,
    positive="#FFFFFF",  # yellow stays for what needs attention
    selected="#FFFFFF",  # white chosen, yellow primary, a yellow-framed black warning
    selected_text="#000000",
    warning="#000000",
    warning_text="#FFFF00",
    disabled="#A0A0A0",
)


@dataclass(frozen=True)
class Theme:
    """The look in force: palette, text scale step and whether it is the high-contrast one."""

    high_contrast: bool = False
    text_step: int = 0

    @property
    def palette(self) -> Palette:
        """Colours of this theme."""
        return HIGH_CONTRAST if self.high_contrast else NORMAL

    @property
    def scale(self) -> float:
        """Factor applied to every text size."""
        return TEXT_SCALES[self.text_step]

    def px(self, base: float) -> int:
        """A text size in pixels at this scale."""
        return round(base * self.scale)

    def with_text_step(self, step: int) -> Theme:
        """The same theme at another text size step."""
        return replace(self, text_step=max(0, min(step, len(TEXT_SCALES) - 1)))

    def icon(self, name: str, color: str | None = None, size: int = 32) -> QIcon:
        """A Phosphor icon in a theme colour (text colour by default)."""
        return icons.icon(name, color or self.palette.text, size)

    def pixmap(self, name: str, color: str | None = None, size: int = 32) -> QPixmap:
        """A Phosphor icon as a pixmap of `size` logical pixels."""
        return icons.pixmap(name, color or self.palette.text, size)


FOCUS_W = 5
"""The keyboard-focus border, thicker than any other state's (issue 14)."""


def compact_chrome(theme: Theme, height: int) -> bool:
    """A window too low for the full-size header and bottom bar at this text size.

    At 1280x720 and A++ they took 372 of 720 px and left a page a heading could fill; at
    1366x768 and 1280x720 even at A they took 36-38 % of the height (issue 23). Compact, they
    keep their text size but lose padding, and the logo shrinks (the bar keeps 44 px targets).
    """
    return height < round(800 * theme.scale)


def stylesheet(theme: Theme, compact: bool = False) -> str:
    """The application style sheet for `theme`; `compact` for a low window (compact_chrome)."""
    p = theme.palette
    px = theme.px
    border_w = 3 if theme.high_contrast else 1
    button_w = border_w + 1
    """A button's border: 2 px, 4 px in high contrast; 4 px when selected, FOCUS_W focused."""

    def pad(vertical: int, horizontal: int, border: int, base: int = button_w) -> str:
        # A thicker border (selected, focused) takes its width from the padding: a button never
        # changes size with its state, and no layout is asked again when the focus moves
        # (a focused 'Svenska' was drawn 6 px wider than its place and lost its first letter).
        v, h = max(0, vertical + base - border), max(0, horizontal + base - border)
        return f"border-width: {border}px; padding: {v}px {h}px;"

    nav_v = 3 if compact else 8
    nav_h = 6 if compact else 11
    """The bottom bar's padding: compact, its one row fits 1280 px with Home, Back and Listen.
    Compact, the text-size buttons are narrower too (still 44 px targets): at A++ in Finnish
    13 px too many put the bar on two rows, and Home under an alert band lost its tiles."""

    badges = "\n".join(
        f'QLabel#Badge[accent="{index}"] {{ background: {colour}; }}'
        for index, colour in enumerate(p.tiles)
    )
    return f"""
* {{ font-family: "{FONT_FAMILY}"; color: {p.text}; }}
QWidget#KioskWindow, QStackedWidget#Pages, QWidget[page="true"] {{ background: {p.window}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QLabel {{ font-size: {px(22)}px; background: transparent; }}
QLabel[role="h1"] {{ font-size: {px(44)}px; font-weight: 700; }}
QLabel[role="h1"][brief="true"] {{ font-size: {px(32)}px; }}
QLabel[role="h2"] {{ font-size: {px(30)}px; font-weight: 700; }}
QLabel[role="h3"] {{ font-size: {px(25)}px; font-weight: 600; }}
QLabel[role="muted"] {{ color: {p.muted}; font-size: {px(20)}px; }}
QLabel[role="small"] {{ color: {p.muted}; font-size: {px(18)}px; }}
QWidget#Header {{ background: {p.header}; border-bottom: {border_w}px solid {p.border if theme.high_contrast else p.header}; }}
QWidget#Header QLabel {{ color: {p.header_text}; }}
QLabel#PointName {{ font-size: {px(26 if compact else 30)}px; font-weight: 700; }}
QLabel#PointVillage {{ font-size: {px(17 if compact else 19)}px; color: {p.header_text}; }}
QLabel#Clock {{ font-size: {px(28 if compact else 34)}px; font-weight: 600; }}
QLabel#Date {{ font-size: {px(17 if compact else 19)}px; }}
QLabel#Freshness {{ font-size: {px(15 if compact else 16)}px; color: {p.header_text}; }}
QLabel#Logo {{ background: {p.header_text}; border-radius: {px(18)}px; }}
QLabel#Badge {{ border-radius: {px(20)}px; {"border: 3px solid " + p.accent + ";" if theme.high_contrast else ""} }}
QLabel[role="when"] {{ color: {p.text if theme.high_contrast else p.accent}; font-size: {px(20)}px; font-weight: 700; }}
{badges}
QPushButton#SearchButton {{
    text-align: left; padding-left: 24px; font-weight: 400; font-size: {px(23)}px;
    color: {p.muted}; border-radius: 20px; min-height: {px(64)}px;
}}
QPushButton#SearchButton[brief="true"] {{ min-height: {px(44)}px; }}
QWidget#NavBar {{ background: {p.surface}; border-top: {border_w}px solid {p.border}; }}
QWidget#NavBar QPushButton {{
    font-size: {px(19)}px; padding: {nav_v}px {nav_h}px; border-radius: 14px;
    min-height: {px(40) if compact else px(56)}px;
}}
QWidget#NavBar QPushButton[role="lang"], QWidget#NavBar QPushButton[role="size"] {{
    background: transparent; border: 2px solid {p.border}; min-width: {px(36 if compact else 56)}px;
}}
QWidget#NavBar QPushButton[role="lang"]:checked, QWidget#NavBar QPushButton[role="size"]:checked,
QWidget#NavBar QPushButton[role="contrast"]:checked {{
    background: {p.selected}; color: {p.selected_text}; border: 4px solid {p.accent};
    font-weight: 800; {pad(nav_v, nav_h, 4, 2)}
}}
QWidget#NavBar QPushButton[role="contrast"]:checked {{ {pad(nav_v, nav_h, 4)} }}
QPushButton {{
    background: {p.surface}; color: {p.text}; border: {border_w + 1}px solid {p.border};
    border-radius: 14px; padding: 10px 22px; font-size: {px(21)}px; font-weight: 600;
    min-height: 52px;
}}
QPushButton[focusring="true"] {{ border-color: {p.focus}; }}
QPushButton:pressed {{ background: {p.info}; }}
QPushButton[role="primary"] {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; }}
QPushButton[role="chip"] {{ border-radius: 26px; padding: 8px 22px; font-size: {px(20)}px; }}
QPushButton[role="chip"][brief="true"] {{ min-height: 32px; }}
QPushButton[role="chip"]:checked {{
    background: {p.selected}; color: {p.selected_text}; font-weight: 800;
    border: 4px solid {p.accent}; {pad(8, 22, 4)}
}}
QPushButton:disabled, QPushButton[role="primary"]:disabled {{
    background: transparent; color: {p.disabled}; border: {border_w + 1}px solid {p.border};
}}
QFrame[role="card"] {{
    background: {p.surface}; border: {border_w}px solid {p.border}; border-radius: 18px;
}}
QLineEdit {{
    background: {p.surface}; border: {border_w + 1}px solid {p.border}; border-radius: 16px;
    padding: 10px 18px; font-size: {px(23)}px; min-height: 44px; color: {p.text};
}}
QLineEdit:focus {{ border-color: {p.focus}; }}
QListView {{
    background: transparent; border: none; font-size: {px(21)}px; outline: none;
}}
QScrollBar:vertical {{ background: transparent; width: 14px; margin: 4px; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 5px; min-height: 60px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QWidget#Countdown {{ background: rgba(0, 0, 0, 170); }}
QProgressBar {{ background: {p.window}; border: {border_w}px solid {p.border}; border-radius: 7px; }}
QProgressBar::chunk {{ background: {p.accent}; border-radius: 6px; }}
QFrame#CountdownCard {{ background: {p.surface}; border: {border_w + 2}px solid {p.border}; border-radius: 28px; }}
QLabel#CountdownNumber {{ font-size: {px(96)}px; font-weight: 700; color: {p.accent if theme.high_contrast else p.important}; }}
QWidget[screen="out-of-order"] {{ background: {p.header}; }}
QWidget[screen="out-of-order"] QLabel {{ color: {p.header_text}; }}
QWidget#SpeechBar {{ background: {p.surface}; border-top: {border_w}px solid {p.border}; }}
QWidget#SpeechBar QPushButton {{ min-height: 44px; padding: 2px 16px; font-size: 18px; }}
QPushButton#ListenButton:checked {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; }}
/* The keyboard-focus ring: only while keys are in use (kiosk/ui/focusring.py); a text field
   shows its focus always. */
QPushButton[focusring="true"], QWidget#NavBar QPushButton[focusring="true"], QLineEdit:focus,
QFrame[role="card"][focusring="true"] {{ border: {FOCUS_W}px solid {p.focus}; }}
QPushButton[focusring="true"] {{ {pad(10, 22, FOCUS_W)} }}
QPushButton#SearchButton[focusring="true"] {{ {pad(10, 22, FOCUS_W)} padding-left: {24 + button_w - FOCUS_W}px; }}
QPushButton[role="chip"][focusring="true"], QPushButton[role="chip"][focusring="true"]:checked {{
    border: {FOCUS_W}px solid {p.focus}; {pad(8, 22, FOCUS_W)}
}}
QWidget#NavBar QPushButton[focusring="true"], QWidget#NavBar QPushButton[role="contrast"][focusring="true"]:checked {{
    border: {FOCUS_W}px solid {p.focus}; {pad(nav_v, nav_h, FOCUS_W)}
}}
QWidget#NavBar QPushButton[role="lang"][focusring="true"], QWidget#NavBar QPushButton[role="size"][focusring="true"],
QWidget#NavBar QPushButton[role="lang"][focusring="true"]:checked,
QWidget#NavBar QPushButton[role="size"][focusring="true"]:checked {{
    border: {FOCUS_W}px solid {p.focus}; {pad(nav_v, nav_h, FOCUS_W, 2)}
}}
QWidget#SpeechBar QPushButton[focusring="true"] {{ {pad(2, 16, FOCUS_W)} }}
QLineEdit:focus {{ {pad(10, 18, FOCUS_W)} }}
"""
