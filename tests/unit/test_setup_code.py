"""The municipality's one-time setup code and the USB sticks the report can be saved on."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.services.sticks import usb_sticks
from kiosk.store.pin import FIRST_DELAY, PinError, PinStore
from kiosk.store.setupcode import SetupCode, code_problem


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_code_must_be_six_to_twelve_digits() -> None:
    assert code_problem("40271953") == ""
    assert code_problem("") and code_problem("12345") and code_problem("abcdefgh")
    assert not SetupCode(Path("/nonexistent/x.json"), "12345").available()


def test_the_code_sets_the_first_pin_once(tmp_path: Path) -> None:
    pins = PinStore(tmp_path / "owner-pin.json")
    code = SetupCode(tmp_path / "owner-setup.json", "40271953")
    code.set_first_pin("40271953", "2468", pins)
    assert pins.check("2468").ok
    assert not code.available()
    with pytest.raises(PinError):
        code.set_first_pin("40271953", "1357", pins)  # used up
    assert pins.check("2468").ok
    assert SetupCode(tmp_path / "owner-setup.json", "59127043").available()  # a new code works


def test_wrong_codes_lock_as_wrong_pins_do(tmp_path: Path) -> None:
    clock = Clock()
    code = SetupCode(tmp_path / "owner-setup.json", "40271953", clock)
    for _ in range(3):
        assert not code.check("11111111").ok
    assert code.locked_for() == FIRST_DELAY
    assert not code.check("40271953").ok  # locked: not even the right one
    clock.now += FIRST_DELAY
    assert code.check("40271953").ok


def test_usb_sticks_are_found_where_desktops_mount_them(tmp_path: Path) -> None:
    media, run_media = tmp_path / "media", tmp_path / "run-media"
    (media / "kiosk" / "KINGSTON").mkdir(parents=True)
    (run_media / "anna" / "SANDISK").mkdir(parents=True)
    (media / "kiosk" / ".hidden").mkdir()
    assert [p.name for p in usb_sticks((media, run_media, tmp_path / "none"))] == [
        "KINGSTON",
        "SANDISK",
    ]
