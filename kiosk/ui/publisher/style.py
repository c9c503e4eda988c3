"""The publisher's look: an office program, calm and readable, with one strong button."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

STYLE = """
QLabel#title { font-size: 22px; font-weight: 600; color: #12343f; }
QLabel#heading { font-size: 19px; font-weight: 600; color: #12343f; }
QLabel#folder { color: #44545a; }
QLabel#state { padding: 6px 10px; border-radius: 4px; background: #e8f1ee; color: #17402f; }
QLabel#state[problem="true"] { background: #fbe9e7; color: #7a1d12; }
QLabel#state:!enabled { background: transparent; }
QPushButton { min-height: 34px; padding: 2px 14px; }
QPushButton#publish {
    min-height: 44px; min-width: 160px; font-size: 17px; font-weight: 600;
    color: white; background: #1d6b4f; border: none; border-radius: 6px;
}
QPushButton#publish:disabled { background: #9bb8ad; }
QPushButton#publish:hover { background: #175a42; }
QTabBar::tab { min-height: 36px; padding: 4px 18px; font-size: 15px; }
QLabel[missing="true"] { color: #8a4b00; font-weight: 600; }
QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #e4e4e4; color: #1c1c1c; }
QListWidget::item:selected { background: #1d6b4f; color: white; }
QListWidget#kinds { font-size: 16px; }
QListWidget#kinds::item { padding: 10px 8px; }
QLabel[problem="true"] { color: #a0271a; }
QLabel[hint="true"] { color: #4a4a4a; }
"""


POINT_SIZE = 11.0
"""A little larger than office desktops' default 9–10 pt: long Swedish forms read more easily."""


def apply_style(widget: QWidget) -> None:
    """The publisher's look on a window or dialog (dialogs do not inherit a parent's font)."""
    font = widget.font()
    font.setPointSizeF(max(font.pointSizeF(), POINT_SIZE))
    widget.setFont(font)
    widget.setStyleSheet(STYLE)
