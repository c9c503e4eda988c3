"""The Qt binding in use must not corrupt the interpreter (PySide6 6.12.0 on Python 3.11 does)."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for _ in range(500):
    obj.setObjectName("x")  # a Qt method that returns nothing
print(sys.getrefcount(None) - before)
"""


def test_calling_qt_methods_that_return_nothing_keeps_none_alive() -> None:
    # In a child process: with the broken binding the interpreter aborts sooner or later.
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > -100, (
        "this PySide6 build leaks references to None; pin another version"
    )
