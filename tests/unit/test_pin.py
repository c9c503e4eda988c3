"""The shop owner's PIN: salted slow hash, growing lockout that survives a restart, damaged files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.store.pin import FIRST_DELAY, MAX_DELAY, PinError, PinStore, confirmed_pin, lock_delay


class Clock:
    """Wall time the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> PinStore:
    pins = PinStore(tmp_path / "owner-pin.json", clock)
    pins.set("2468")
    return pins


def test_the_pin_is_stored_only_as_a_salted_hash(tmp_path: Path) -> None:
    a, b = PinStore(tmp_path / "a.json"), PinStore(tmp_path / "b.json")
    a.set("2468")
    b.set("2468")
    text_a = (tmp_path / "a.json").read_text()
    assert "2468" not in text_a
    assert json.loads(text_a)["hash"] != json.loads((tmp_path / "b.json").read_text())["hash"]
    assert a.check("2468").ok and b.check("2468").ok


def test_right_pin_opens_and_wrong_pin_does_not(store: PinStore) -> None:
    assert store.check("2468").ok
    assert not store.check("1357").ok


def test_three_wrong_pins_lock_the_pad_with_growing_delays(store: PinStore, clock: Clock) -> None:
    assert store.check("0000").locked_for == 0
    assert store.check("0000").locked_for == 0
    assert store.check("0000").locked_for == FIRST_DELAY
    # While locked even the right PIN is refused, and the refusal does not count as a failure.
    assert store.check("2468") == store.check("2468")
    assert not store.check("2468").ok
    clock.now += FIRST_DELAY
    assert store.check("0000").locked_for == 2 * FIRST_DELAY
    clock.now += 2 * FIRST_DELAY
    assert store.check("2468").ok
    assert store.check("0000").locked_for == 0  # a right PIN starts the count again


def test_the_lockout_survives_a_restart(tmp_path: Path, store: PinStore, clock: Clock) -> None:
    for _ in range(3):
        store.check("0000")
    clock.now += 10
    again = PinStore(tmp_path / "owner-pin.json", clock)
    assert again.locked_for() == FIRST_DELAY - 10
    assert not again.check("2468").ok


def test_the_delay_never_exceeds_a_quarter_of_an_hour() -> None:
    assert lock_delay(40) == MAX_DELAY


def test_a_clock_set_back_does_not_lock_longer_than_the_longest_delay(
    store: PinStore, clock: Clock
) -> None:
    for _ in range(3):
        store.check("0000")
    clock.now -= 10 * 365 * 24 * 3600
    assert store.locked_for() == MAX_DELAY


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "١٢٣٤"])
def test_a_pin_must_be_four_to_eight_plain_digits(tmp_path: Path, bad: str) -> None:
    with pytest.raises(PinError):
        PinStore(tmp_path / "p.json").set(bad)
    assert not (tmp_path / "p.json").exists()


def test_two_different_entries_change_nothing() -> None:
    with pytest.raises(PinError, match="differ"):
        confirmed_pin("1234", "4321")


def test_no_pin_file_says_how_to_set_one(tmp_path: Path) -> None:
    pins = PinStore(tmp_path / "owner-pin.json")
    assert not pins.exists()
    with pytest.raises(PinError, match="kiosk pin set"):
        pins.check("1234")


@pytest.mark.parametrize(
    "content", ["", "{", '{"format": 1}', '{"format": 1, "salt": "zz", "hash": "00"}', "[]"]
)
def test_a_damaged_pin_file_gives_the_way_forward(tmp_path: Path, content: str) -> None:
    path = tmp_path / "owner-pin.json"
    path.write_text(content)
    with pytest.raises(PinError, match=r"damaged.*kiosk pin set"):
        PinStore(path).check("1234")
    PinStore(path).set("1234")  # setting a new PIN repairs it
    assert PinStore(path).check("1234").ok


def test_no_temporary_file_is_left_beside_the_pin_file(store: PinStore, tmp_path: Path) -> None:
    store.check("0000")
    assert [p.name for p in tmp_path.iterdir()] == ["owner-pin.json"]
