"""Hatch build hook: compile the committed Qt .ts translations to .qm files at build/install time."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> list[str]:
    """The lrelease command of the PySide6 in the build environment."""
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Writes assets/translations/*.qm next to their .ts sources."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        folder = Path(self.root) / "assets" / "translations"
        for ts in sorted(folder.glob("*.ts")):
            qm = ts.with_suffix(".qm")
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
