"""What a kiosk that starts from the content it holds must not load: feed validation (pydantic)
and iCalendar, about 26 MB together. `kiosk screenshot` and the hostile-input screens went over
their 150 MB budget when reading which content shows pulled them in."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pydantic", "icalendar", "recurring_ical_events")


def loaded_by(module: str) -> list[str]:
    """The heavy packages a fresh interpreter holds after importing `module`."""
    code = f"import sys, {module}; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.split()


def test_reading_which_content_shows_loads_no_feed_validation() -> None:
    assert loaded_by("kiosk.sync.showing") == []


def test_the_screens_module_behind_kiosk_screenshot_loads_no_feed_validation() -> None:
    assert loaded_by("kiosk.screens") == []
