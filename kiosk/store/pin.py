"""The shop owner's PIN: a salted scrypt hash and the lockout state in a small JSON file."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.errors import LocalDataError

PIN_FILE = "owner-pin.json"
"""The file's name in the data directory."""

MIN_DIGITS = 4
MAX_DIGITS = 8
FREE_ATTEMPTS = 3
"""Wrong PINs in a row before the pad locks (a finger slips; a guesser tries many)."""
FIRST_DELAY = 30
MAX_DELAY = 15 * 60
"""The lockout doubles with every further wrong PIN, up to a quarter of an hour."""

# scrypt cost: about 50 ms and 16 MB on the kiosk, far too slow for guessing 10^8 PINs offline.
_N, _R, _P = 2**14, 8, 1
FORMAT = 1
FIX = "set a new PIN with `kiosk pin set`"


class PinError(LocalDataError):
    """The PIN file is missing, damaged or cannot be written."""


@dataclass(frozen=True)
class PinCheck:
    """How an attempt went: accepted, or refused with the seconds the pad stays locked."""

    ok: bool
    locked_for: int = 0
    """Seconds until the next attempt is allowed (0: try again at once)."""


def pin_problem(pin: str) -> str:
    """Why `pin` cannot be a PIN ('' when it can)."""
    if not pin.isascii() or not pin.isdigit():
        return "the PIN must be digits only"
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits"
    return ""


def lock_delay(failures: int) -> int:
    """Seconds the pad locks after `failures` wrong PINs in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - FREE_ATTEMPTS))


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024)


class PinStore:
    """Reads and writes the PIN file; `clock` is wall time in seconds (faked in tests)."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self._unwritten: dict[str, Any] = {}
        """Failures and lockout the file could not take (a full disk): they hold in memory, or a
        guesser would get every attempt free while the disk stays full."""

    def exists(self) -> bool:
        """True when a PIN file is there (damaged or not: `check` says which)."""
        return self.path.is_file()

    def set(self, pin: str) -> None:
        """Store `pin` (validated) with a fresh salt; clears any lockout."""
        problem = pin_problem(pin)
        if problem:
            raise PinError(problem)
        salt = secrets.token_bytes(16)
        self._write({"format": FORMAT, "salt": salt.hex(), "hash": _hash(pin, salt).hex()})
        self._unwritten = {}

    def locked_for(self) -> int:
        """Seconds the pad is still locked (0 when an attempt is allowed)."""
        return self._remaining(self._read())

    def check(self, pin: str) -> PinCheck:
        """Try `pin`: right clears the failures; wrong counts one more and may lock the pad.

        While locked, nothing is compared (an attempt then neither succeeds nor counts).
        """
        data = self._read()
        remaining = self._remaining(data)
        if remaining:
            return PinCheck(False, remaining)
        good = hmac.compare_digest(_hash(pin, bytes.fromhex(data["salt"])), data["hash_bytes"])
        if good:
            if data.get("failures"):
                self._count(data, {"failures": 0, "locked_until": 0})
            return PinCheck(True)
        failures = int(data.get("failures", 0)) + 1
        delay = lock_delay(failures)
        self._count(data, {"failures": failures, "locked_until": self._clock() + delay})
        return PinCheck(False, delay)

    def _count(self, data: dict[str, Any], attempts: dict[str, Any]) -> None:
        """Store the attempts' state; kept in memory when the file cannot take it."""
        try:
            self._write(_public(data) | attempts)
        except PinError:
            self._unwritten = attempts
        else:
            self._unwritten = {}

    def _remaining(self, data: dict[str, Any]) -> int:
        left = float(data.get("locked_until", 0)) - self._clock()
        # A clock set back must not lock the owner out for longer than the longest delay.
        return max(0, min(MAX_DELAY, int(left + 0.999)))

    def _read(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise PinError(f"no PIN is set yet: {FIX}") from None
        except OSError as error:
            raise PinError(f"the PIN file {self.path} cannot be read ({error.strerror})") from None
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("unknown format")
            data["hash_bytes"] = bytes.fromhex(data["hash"])
            bytes.fromhex(data["salt"])
            float(data.get("locked_until", 0))
            int(data.get("failures", 0))
        except (ValueError, KeyError, TypeError) as error:
            raise PinError(f"the PIN file {self.path} is damaged ({error}): {FIX}") from None
        return data | self._unwritten

    def _write(self, data: dict[str, Any]) -> None:
        """Atomically: a power cut leaves the old file or the new one, never half of one."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".pin-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump(data, out)
                    out.flush()
                    os.fsync(out.fileno())
                os.chmod(tmp, 0o600)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as error:
            raise PinError(
                f"the PIN file {self.path} cannot be written ({error.strerror})"
            ) from None


def _public(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "hash_bytes"}


def pin_from_lines(lines: list[str]) -> str:
    """The new PIN from standard input (scripted installs): given twice, on two lines."""
    entered = [line.strip() for line in lines if line.strip()]
    if len(entered) < 2:
        raise PinError("give the new PIN twice on standard input, one per line")
    return confirmed_pin(entered[0], entered[1])


def confirmed_pin(first: str, second: str) -> str:
    """`first` when it is a valid PIN and `second` repeats it."""
    problem = pin_problem(first)
    if problem:
        raise PinError(problem)
    if first != second:
        raise PinError("the two PINs differ; nothing was changed")
    return first
