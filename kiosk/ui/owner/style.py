"""The owner screens' additions to the application style sheet."""

from __future__ import annotations

from kiosk.paths import assets_dir
from kiosk.ui.theme import FOCUS_W, Theme

CHECK = (assets_dir() / "icons" / "phosphor" / "check-bold.svg").as_posix()
"""A dark tick on the light 'selected' colour of either palette (its colour is the SVG's own)."""


def owner_stylesheet(theme: Theme) -> str:
    """What the application sheet lacks for the owner's screens: side bar, errors, form fields."""
    p = theme.palette
    px = theme.px
    # A field to fix and its message are marked by shape, not by colour alone (in high contrast
    # every frame is yellow): a frame twice as thick as any other, and a bar beside the message.
    frame = 4 if theme.high_contrast else 2
    thick = max(frame + 4, FOCUS_W + 2)
    return f"""
QFrame#OwnerSide {{ background: {p.surface}; border-right: 1px solid {p.border}; }}
QFrame#OwnerTop {{ background: {p.surface}; border-bottom: 1px solid {p.border}; }}
QPushButton[role="ownernav"] {{
    text-align: left; padding-left: 18px; border-color: transparent; font-size: {px(22)}px;
}}
QWidget#OwnerTop QPushButton[role="ownernav"] {{ text-align: center; padding-left: 18px; padding-right: 18px; }}
QPushButton[role="ownernav"]:checked {{ background: {p.info}; border-color: {p.accent}; }}
QPushButton[role="danger"] {{ color: {p.important}; border-color: {p.important}; }}
QLabel[role="error"] {{
    color: {p.important}; font-size: {px(19)}px; font-weight: 600;
    border-left: 6px solid {p.important}; padding-left: 12px;
}}
QLabel[role="field"] {{ font-size: {px(19)}px; font-weight: 600; }}
QLabel[role="state-ok"] {{ color: {p.positive}; font-size: {px(34)}px; font-weight: 700; }}
QLabel[role="state-bad"] {{ color: {p.important}; font-size: {px(34)}px; font-weight: 700; }}
QPlainTextEdit, QListWidget {{
    background: {p.surface}; border: 2px solid {p.border}; border-radius: 16px;
    padding: 8px 14px; font-size: {px(21)}px;
}}
QLineEdit[invalid="true"], QLineEdit[invalid="true"]:focus {{
    border: {thick}px solid {p.important};
    padding: {max(0, 10 + frame - thick)}px {18 + frame - thick}px;
}}
QPlainTextEdit[invalid="true"] {{
    border: {thick}px solid {p.important}; padding: {max(0, 10 - thick)}px {16 - thick}px;
}}
QCheckBox {{ font-size: {px(21)}px; spacing: 14px; min-height: 56px; }}
QCheckBox::indicator {{
    width: 34px; height: 34px; border: 3px solid {p.muted}; border-radius: 8px;
    background: {p.surface};
}}
QCheckBox::indicator:checked {{ background: {p.selected}; border-color: {p.accent}; image: url({CHECK}); }}
QCheckBox:focus::indicator {{ border-color: {p.focus}; }}
QLabel#PinDots {{ font-size: 44px; color: {p.accent}; min-height: 52px; }}
QLabel#PinMessage {{ color: {p.important}; font-weight: 600; }}
QPushButton#PinKey {{ font-size: 34px; padding: 0; }}
QPushButton:disabled {{ background: {p.window}; color: {p.muted}; border-color: {p.border}; }}
"""
