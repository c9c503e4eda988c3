"""How the browser frame's controls look when they cannot be used (nowhere to go back to)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kiosk.ui import icons

DISABLED = "#8D949C"
"""Greyed on the light palette: visibly off beside the dark text of the usable controls."""
DISABLED_HIGH_CONTRAST = "#7A7A7A"
"""Grey on black: unmistakably dimmer than the white and yellow of usable controls."""


def nav_icon(name: str, color: str, disabled: str) -> QIcon:
    """The icon in `color`, and in `disabled` when the control is off (Qt's own greying of a
    white icon on black is too faint to tell apart in high contrast)."""
    icon = icons.icon(name, color, 28)
    icon.addPixmap(icons.pixmap(name, disabled, 28), QIcon.Mode.Disabled)
    return icon


def nav_style(disabled: str) -> str:
    """A grey outline and grey text for a control that is off (solid: a dashed one looked
    unfinished, issue 23)."""
    return f"QPushButton:disabled {{ color: {disabled}; border-color: {disabled}; }}"
