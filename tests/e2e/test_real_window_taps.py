"""Every tap does what it shows in a real full-screen window at 1366x768 (Xvfb), the mouse as a
finger and real key presses (xdotool): the steps are in scripts/real_taps.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent / "scripts" / "real_taps.py"


@pytest.fixture(scope="module")
def steps(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The script's report, one line per step (run once for the module's tests)."""
    folder = tmp_path_factory.mktemp("real-taps")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.pop("QT_QPA_PLATFORM", None)  # xcb, as on a shop's computer
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, str(SCRIPT),
         str(folder / "data")],
        capture_output=True, text=True, timeout=300, env=env, check=False, cwd=folder,
    )  # fmt: skip
    assert "ok   the window fills the" in result.stdout, result.stdout + result.stderr[-3000:]
    return result.stdout


def passed(steps: str, *wanted: str) -> None:
    lines = steps.splitlines()
    for step in wanted:
        assert f"ok   {step}" in lines, f"{step!r} did not pass:\n{steps}"


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
        reason="needs Xvfb (xvfb-run) and xdotool for a real window and real input (CI installs both)",
    ),
]


def test_one_tap_on_the_home_search_bar_gives_a_focused_field_and_the_keyboard(steps: str) -> None:
    passed(
        steps,
        "the keyboard is built before the first tap, and hidden",
        "one tap on the search bar opens Search",
        "the same tap leaves the field focused and the keyboard up",
        "the keyboard types into the field",
    )


def test_with_the_keyboard_up_hem_and_tillbaka_show_and_go_home_at_one_tap(steps: str) -> None:
    for name in ("Tillbaka", "Hem"):
        passed(
            steps,
            f"{name} is on the screen above the keyboard",
            f"one tap on {name} goes home",
            f"{name} puts the keyboard away",
        )


def test_ctrl_alt_o_opens_the_pin_pad_without_speech_and_its_keys_apart(steps: str) -> None:
    passed(
        steps,
        "Ctrl+Alt+O opens the PIN pad",
        "Ctrl+Alt+O does not start speech mode",
        "no speech bar over the PIN pad",
        "the PIN pad's keys do not overlap []",
        "every PIN key is on the screen",
        "the PIN tapped on the pad opens the panel",
    )


def test_the_first_tap_on_spara_with_the_keyboard_up_saves(steps: str) -> None:
    passed(
        steps,
        "Spara is on the screen above the keyboard",
        "the first tap on Spara saves Pub (finger down 0 s)",
        "the first tap on Spara saves Kaffe (finger down 0.4 s)",
    )


def test_the_next_visitor_meets_swedish_no_keyboard_an_empty_search_and_no_owner_mode(
    steps: str,
) -> None:
    for who in ("search", "owner"):
        passed(
            steps,
            f"{who}: the visit ends",
            f"{who}: the keyboard went with the visit",
            f"{who}: the next visitor meets Swedish",
            f"{who}: the next visitor meets the header and the bottom bar, no keyboard",
        )
    passed(
        steps,
        "the next visitor's one tap on the search bar gives field and keyboard",
        "the next visitor's search field is empty",
        "owner: shop-owner mode ended with the visit",
    )
