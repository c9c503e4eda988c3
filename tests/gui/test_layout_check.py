"""The layout checker finds what a visitor would see as broken, and the kiosk passes it."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.layoutcheck import check


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
