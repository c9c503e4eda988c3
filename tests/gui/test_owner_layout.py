"""The shop-owner screens pass the layout check on small, portrait and short screens.

A slice of `python tests/layoutmatrix.py --screens owner-…` (the full run takes minutes), with
local events in the list so that their rows are checked too, and the on-screen keyboard up in
the forms (a form focuses its first field).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from layoutmatrix import Case, Runner, slice_matrix

from kiosk.screenlist import OWNER_PAGES
from kiosk.services.owner import LocalEvent

SIZES = ((1280, 720), (720, 1280), (1366, 768), (1080, 1920))


def post_events(runner: Runner) -> None:
    """Two events with all there is to show: one weekly, one cancelled."""
    owner = runner.kiosk.owner
    assert owner is not None
    service = owner.service
    day = service.clock().date() + timedelta(days=2)
    for title, rrule, cancelled in (
        ("Stickcafé med fika och samtal om veckans händelser", "FREQ=WEEKLY", False),
        ("Pubkväll", "", True),
    ):
        event = LocalEvent(
            title, day, "18:00", "20:30", service.point_name(), "", "meeting",
            rrule=rrule, until=day + timedelta(days=60) if rrule else None,
        )  # fmt: skip
        saved = service.save_event(event)
        if cancelled:
            service.set_cancelled(saved.id, True)


def problems(cases: list[Case]) -> list[str]:
    with tempfile.TemporaryDirectory() as data:
        runner = Runner(Path(data))
        try:
            post_events(runner)
            return [f"{case}: {found}" for case in cases for found in runner.problems(case)]
        finally:
            runner.close()


def test_owner_screens_have_no_layout_problems_on_small_and_portrait_screens(qtbot) -> None:  # type: ignore[no-untyped-def]
    screens = [name for name in OWNER_PAGES if name != "owner-pin"]
    assert problems(list(slice_matrix(screens, SIZES))) == []


def test_event_rows_fit_at_the_largest_text_in_portrait_and_on_a_short_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    cases = [
        Case("owner-events", size, lang, high, 2)
        for size in ((720, 1280), (1280, 720))
        for lang, high in (("de", False), ("fi", True))
    ]
    assert problems(cases) == []
