"""What the Xvfb scripts share: one line per step, waits that keep Qt's event loop running, xdotool."""

from __future__ import annotations

import subprocess
from collections.abc import Callable

from PySide6.QtTest import QTest


class Steps:
    """A script's steps: `check` prints 'ok   …' or 'FAIL …'; `failed` names the failures."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def check(self, ok: bool, what: str) -> None:
        """Report one step."""
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            self.failed.append(what)

    def wait(self, condition: Callable[[], object], seconds: float = 20) -> bool:
        """True once `condition` holds, processing Qt's events meanwhile; False after `seconds`."""
        for _ in range(int(seconds * 20)):
            if condition():
                return True
            QTest.qWait(50)
        return bool(condition())

    def xdotool(self, *args: str) -> None:
        """Real X input; the event loop runs while it is sent and a moment after."""
        process = subprocess.Popen(["xdotool", *args])
        self.wait(lambda: process.poll() is not None, 10)
        QTest.qWait(300)  # the input reaches Qt and Chromium through the event loop
