"""The publisher's look: an office program, calm and readable, with one strong button."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from kiosk.ui.theme import FONT_FAMILY

POINT_SIZE = 11.0
"""A little larger than office desktops' default 9–10 pt: long Swedish forms read more easily."""

GREEN = "#1d6b4f"
"""The publisher's one accent: Publicera, the chosen row, the main button of a view."""

# The family and size are set for every widget in the style sheet: a font set on the window
# alone does not reach widgets a style sheet polishes, and they fell back to the desktop's
# default family at 9 pt beside the kiosk's Inter in the preview.
STYLE = f"""
* {{ font-family: "{FONT_FAMILY}"; font-size: {POINT_SIZE:g}pt; }}
QLabel#title {{ font-size: 22px; font-weight: 600; color: #12343f; }}
QLabel#heading {{ font-size: 19px; font-weight: 600; color: #12343f; }}
QLabel#subheading {{ font-weight: 600; color: #12343f; }}
QLabel#home {{ background: #f4f6f5; border: 1px solid #d8dedb; color: #44545a; padding: 12px; }}
QLabel#folder {{ color: #44545a; }}
QLabel#state {{ padding: 6px 10px; border-radius: 4px; background: #e8f1ee; color: #17402f; }}
QLabel#state[problem="true"] {{ background: #fbe9e7; color: #7a1d12; }}
QLabel#state:!enabled {{ background: transparent; }}
QWidget#start {{ background: white; border: 1px solid #d8dedb; border-radius: 8px; }}
QWidget#start QLabel {{ background: transparent; border: none; }}
QWidget#nudge {{ background: #fff4e0; border: 1px solid #e8c98f; border-radius: 6px; }}
QWidget#nudge QLabel {{ background: transparent; border: none; color: #4d3000; }}
QLabel#startTitle {{ font-size: 24px; font-weight: 600; color: #12343f; }}
QLabel#startText {{ font-size: 12pt; color: #26343a; }}
QPushButton {{ min-height: 34px; padding: 2px 14px; }}
QPushButton#publish, QPushButton[primary="true"] {{
    min-height: 44px; min-width: 160px; font-size: 17px; font-weight: 600;
    color: white; background: {GREEN}; border: none; border-radius: 6px; padding: 2px 22px;
}}
QPushButton#publish:disabled, QPushButton[primary="true"]:disabled {{ background: #9bb8ad; }}
QPushButton#publish:hover, QPushButton[primary="true"]:hover {{ background: #175a42; }}
QPushButton[secondary="true"] {{ min-height: 44px; font-size: 17px; padding: 2px 22px; }}
QTabBar::tab {{ min-height: 36px; padding: 4px 18px; font-size: 15px; }}
QLabel[missing="true"] {{ color: #8a4b00; font-weight: 600; }}
QListWidget::item {{ padding: 6px 4px; border-bottom: 1px solid #e4e4e4; color: #1c1c1c; }}
QListWidget::item:selected {{ background: {GREEN}; color: white; }}
QListWidget#kinds {{ font-size: 16px; }}
QListWidget#kinds::item {{ padding: 10px 8px; }}
QTableWidget {{ selection-background-color: {GREEN}; selection-color: white; }}
QTableWidget::item {{ padding: 4px 6px; }}
QHeaderView::section {{
    padding: 6px; border: none; border-bottom: 1px solid #c9d1ce; background: #f4f6f5;
    font-weight: 600; color: #12343f;
}}
QLabel[problem="true"] {{ color: #a0271a; }}
QLabel[hint="true"] {{ color: #4a4a4a; }}
"""


def apply_style(widget: QWidget) -> None:
    """The publisher's look on a window or dialog (a top-level dialog without a parent gets
    nothing from the window, so each one is styled itself)."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(max(widget.font().pointSizeF(), POINT_SIZE))
    widget.setFont(font)
    widget.setStyleSheet(STYLE)
