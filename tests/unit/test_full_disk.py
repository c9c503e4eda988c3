"""A full disk is its own state: the kiosk's locks and the PIN lockout hold on a real full tmpfs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from faults import FullDisk, full_disk

from kiosk.store.lock import DirectoryLock, LockHeldError
from kiosk.store.pin import PinStore


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[FullDisk]:
    """A 4 MB tmpfs, not yet full."""
    with full_disk(tmp_path / "disk", size_mb=4) as mounted:
        yield mounted


def test_twelve_wrong_pins_on_a_full_disk_still_lock_the_pad(disk: FullDisk) -> None:
    now = [1_000_000.0]
    pins = PinStore(disk.mount / "owner-pin.json", lambda: now[0])
    pins.set("2468")
    disk.fill()
    for _ in range(12):
        pins.check("1111")
        now[0] += 1
    assert not pins.check("2468").ok  # was: the right PIN opened owner mode
    assert pins.locked_for() > 0
    now[0] += 3600  # the lockout ends as it would have with room on the disk
    assert pins.check("2468").ok


def test_the_lock_on_a_full_disk_is_taken_not_called_another_kiosk(disk: FullDisk) -> None:
    lock_file = disk.mount / "kiosk.lock"
    disk.fill()
    lock = DirectoryLock(lock_file)
    try:
        lock.acquire()  # a new file needs no data block on tmpfs; an existing one never does
    except LockHeldError:
        pytest.fail("a full disk was taken for another kiosk")
    except OSError:
        pass  # no room even for the file: the kiosk starts without it (kiosk.app)
    other = DirectoryLock(lock_file)
    if lock_file.exists():
        with pytest.raises(LockHeldError):
            other.acquire()
    lock.release()
