"""The layout checker finds what a visitor would see as broken, and the kiosk passes it."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.ui.layoutcheck import carried_problems, check, contrast_ratio, fold_problems
from kiosk.ui.widgets import scroll_area


def test_a_button_too_narrow_for_its_text_is_reported_clipped(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(400, 200)
    button = QPushButton("Deutsch und noch mehr", root)
    button.setGeometry(10, 10, 60, 60)
    root.show()
    kinds = {problem.kind for problem in check(root)}
    assert "clipped" in kinds


def test_overlapping_siblings_and_small_targets_are_reported(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    # Earlier tests may leave the kiosk's application style sheet with its touch-size minimums.
    root.setStyleSheet("QPushButton { min-height: 0px; min-width: 0px; padding: 0px; }")
    root.resize(400, 200)
    first = QPushButton("", root)
    first.setGeometry(10, 10, 100, 30)
    second = QPushButton("", root)
    second.setGeometry(50, 20, 100, 60)
    root.show()
    kinds = [problem.kind for problem in check(root)]
    assert "overlap" in kinds
    assert "small-target" in kinds  # the first is 30 px high


def test_a_tidy_window_passes(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(400, 200)
    QPushButton("OK", root).setGeometry(10, 10, 120, 60)
    root.show()
    assert check(root) == []


def test_faint_text_and_icons_are_reported_with_their_contrast(qtbot) -> None:
    """WCAG AA: white on the cream page (the out-of-order page before issue 23) fails."""
    root = QWidget()
    qtbot.addWidget(root)
    root.setStyleSheet(
        "QWidget { background: #F2EFE9; } QLabel { color: #FFFFFF; font-size: 16px; }"
    )
    root.resize(400, 200)
    QLabel("Tillfälligt ur funktion", root).setGeometry(10, 10, 300, 40)
    root.show()
    problems = [problem for problem in check(root) if problem.kind == "contrast"]
    assert problems and "1.15:1" in problems[0].detail


def test_readable_text_passes_the_contrast_check(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.setStyleSheet(
        "QWidget { background: #123B4A; } QLabel { color: #FFFFFF; font-size: 16px; }"
    )
    root.resize(400, 200)
    QLabel("Tillfälligt ur funktion", root).setGeometry(10, 10, 300, 40)
    root.show()
    assert [problem for problem in check(root) if problem.kind == "contrast"] == []


def test_a_checked_chip_half_scrolled_out_is_not_judged_by_its_background_alone(qtbot) -> None:
    """A white checked chip cut by the scroll area's edge shows background, not its text."""
    area = scroll_area()
    qtbot.addWidget(area)
    inner = QWidget()
    inner.setMinimumHeight(900)
    inner.setStyleSheet(
        "QWidget { background: #000000; } QPushButton { color: #FFFFFF; font-size: 16px; }"
        "QPushButton:checked { color: #000000; background: #FFFFFF; }"
    )
    area.resize(400, 300)
    area.setWidget(inner)
    area.show()
    qtbot.waitExposed(area)
    chip = QPushButton("Varje vecka", inner)
    chip.setCheckable(True)
    chip.setChecked(True)  # the palette's white is for unchecked chips
    chip.setGeometry(10, area.viewport().height() - 20, 200, 60)  # its top 20 px in sight
    chip.show()
    assert [problem for problem in check(area) if problem.kind == "contrast"] == []


def test_large_text_needs_three_to_one_and_small_text_four_and_a_half() -> None:
    grey, white = QColor("#767676"), QColor("#FFFFFF")  # 4.54:1
    assert 4.5 < contrast_ratio(grey, white) < 4.6
    assert round(contrast_ratio(QColor("#000000"), white)) == 21


def test_a_widget_scrolled_out_of_sight_is_below_the_fold(qtbot) -> None:
    area = scroll_area()
    qtbot.addWidget(area)
    inner = QWidget()
    inner.setMinimumHeight(900)
    low = QPushButton("Broschyrer", inner)
    low.setGeometry(10, 700, 200, 60)
    high = QPushButton("Vad händer", inner)
    high.setGeometry(10, 10, 200, 60)
    area.setWidget(inner)
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    assert [problem.widget for problem in fold_problems([low, high])] == [
        "QPushButton 'Broschyrer'"
    ]
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    assert carried_problems(area)[0].kind == "carried-scroll"
