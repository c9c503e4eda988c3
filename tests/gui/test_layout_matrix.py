"""A slice of the layout matrix in CI: nothing clipped, cut off or overlapping, no small targets.

The full matrix (every screen x 8 sizes x 3 text sizes x 4 languages x 2 palettes, 4,608 cases
at ratio 1 and 1,152 at ratio 2) takes about four minutes, too long for CI: run it with
`python tests/layoutmatrix.py` (and `--scale 2`); it finds no problem now. This slice holds the
fixes so that they cannot come back.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from layoutmatrix import Case, run

CASES = [
    Case(screen, size, lang, high, step)
    for screen in ("home", "events", "places")
    for size in ((1920, 1080), (1080, 1920))
    for lang, high, step in (("de", True, 2), ("sv", False, 0))
]


def test_the_slice_of_screens_has_no_layout_problems(qtbot) -> None:
    counts = run(CASES, verbose=True)
    assert counts["cases"] == len(CASES)
    assert counts["problems"] == 0, counts


VISITOR_CASES = [
    Case(screen, size, lang, high, step)
    for screen in ("countdown", "detail-place", "reader", "attract", "home")
    for size in ((1366, 768), (1280, 1024), (720, 1280))
    for lang, high, step in (("de", True, 2), ("sv", False, 0), ("en", False, 1))
]


def test_visitor_screens_fixed_in_issue_13_stay_fixed(qtbot) -> None:
    """The countdown's number over its bar, the detail page wider than its scroll area, the
    reader's toolbar, the attract screen's Lyssna and the home tiles on low and narrow screens."""
    counts = run(VISITOR_CASES, verbose=True)
    assert counts["problems"] == 0, counts


LOW_AND_NARROW_CASES = [
    Case(screen, size, lang, high, 2)
    for screen in ("about", "speech", "owner-details")
    for size in ((1280, 720), (720, 1280))
    for lang, high in (("fi", True), ("de", False))
]


def test_low_and_narrow_screens_at_the_largest_text_stay_fixed(qtbot) -> None:
    """The compact header and bottom bar at 1280x720, speech mode's bar, the owner's hours
    fields on a portrait panel, and the window following the screen's size."""
    counts = run(LOW_AND_NARROW_CASES, verbose=True)
    assert counts["problems"] == 0, counts
