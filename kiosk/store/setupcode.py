"""The one-time setup code: the municipality's code with which the shop owner sets the first PIN
on the touch screen, no terminal needed. Used once, remembered as used (by its hash), so the same
code never opens the pad again; wrong codes lock the pad as wrong PINs do."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.store.pin import PinCheck, PinError, PinStore, lock_delay

SETUP_FILE = "owner-setup.json"
"""The file's name in the data directory: the used code's hash and the wrong attempts."""
MIN_CODE = 6
MAX_CODE = 12
"""Digits only (the PIN pad has digits only), longer than a PIN: it is tried on the screen."""


def code_problem(code: str) -> str:
    """'' when `code` can be a setup code, else why not (for the owner's status and the pad)."""
    if not code:
        return "no setup code is configured"
    if not (code.isascii() and code.isdigit() and MIN_CODE <= len(code) <= MAX_CODE):
        return f"the setup code must be {MIN_CODE}–{MAX_CODE} digits"
    return ""


def _digest(code: str) -> str:
    return hashlib.sha256(b"servicepunkt-setup:" + code.encode()).hexdigest()


class SetupCode:
    """The configured `code` and its state in `path`; `clock` is wall time (faked in tests)."""

    def __init__(self, path: Path, code: str, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.code = code.strip()
        self._clock = clock

    def available(self) -> bool:
        """True when a valid code is configured and has not been used yet."""
        if code_problem(self.code):
            return False
        return self._read().get("used") != _digest(self.code)

    def locked_for(self) -> int:
        """Seconds before the next attempt (after wrong codes)."""
        left = float(self._read().get("locked_until", 0)) - self._clock()
        return max(0, int(left + 0.999))

    def check(self, code: str) -> PinCheck:
        """Try `code`: wrong ones count and may lock the pad, as wrong PINs do."""
        left = self.locked_for()
        if left:
            return PinCheck(False, left)
        if self.available() and hmac.compare_digest(code.encode(), self.code.encode()):
            return PinCheck(True)
        state = self._read()
        failures = int(state.get("failures", 0)) + 1
        delay = lock_delay(failures)
        self._write(state | {"failures": failures, "locked_until": self._clock() + delay})
        return PinCheck(False, delay)

    def set_first_pin(self, code: str, pin: str, pins: PinStore) -> None:
        """Store `pin` as the owner's PIN with the right `code`, which is then used up."""
        if not self.check(code).ok:
            raise PinError("the setup code is wrong or already used")
        pins.set(pin)
        self._write({"used": _digest(self.code)})

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            return {}  # damaged: the code works again (the PIN file is what guards the mode)
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(data), encoding="utf-8")
        except OSError as error:
            raise PinError(
                f"the setup file {self.path} cannot be written ({error.strerror})"
            ) from None
