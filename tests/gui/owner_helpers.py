"""Shared steps of the shop-owner GUI tests: a fake wall clock and getting past the PIN pad."""

from __future__ import annotations

from kiosk.app import Kiosk
from kiosk.store.pin import PinStore

PIN = "2468"


class WallClock:
    """Seconds since the epoch, moved by hand."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def with_pin(kiosk: Kiosk, clock: WallClock | None = None) -> PinStore:
    """Set the PIN, reading time from `clock` when given."""
    assert kiosk.owner is not None
    service = kiosk.owner.service
    service.pins = PinStore(service.pins.path, clock or WallClock())
    service.pins.set(PIN)
    return service.pins


def type_pin(kiosk: Kiosk, pin: str) -> None:
    """Touch the digits and OK on the pad."""
    assert kiosk.owner is not None
    pad = kiosk.owner.pin_pad
    for digit in pin:
        pad.keys[digit].click()
    pad.keys["ok"].click()


def open_owner_mode(kiosk: Kiosk) -> None:
    """Ctrl+Alt+O, the PIN, and the panel is open."""
    assert kiosk.owner is not None
    kiosk.owner.request()
    type_pin(kiosk, PIN)
    assert kiosk.window.current == "owner"
