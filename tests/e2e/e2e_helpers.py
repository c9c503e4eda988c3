"""Run the real `kiosk` command as a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent / "kiosk"
REPO = Path(__file__).resolve().parents[2]


def kiosk_command() -> list[str]:
    """The installed console script, else the module."""
    return [str(BIN)] if BIN.exists() else [sys.executable, "-m", "kiosk"]


Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_kiosk(tmp_path: Path) -> Run:
    """Run `kiosk ARGS` with a fresh data dir; under Xvfb when available, else offscreen."""

    def run(
        *args: str,
        display: bool = False,
        timeout: float = 120,
        env: dict[str, str] | None = None,
        input: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        environ = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        environ.update(env or {})
        command = [*kiosk_command(), *args]
        if display and shutil.which("xvfb-run"):
            environ.pop("QT_QPA_PLATFORM", None)
            command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", *command]
        else:
            environ["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.run(
            command,
            check=False,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=environ,
            input=input,
            cwd=tmp_path,
        )

    return run
