"""Taps into an e-service page's field on X11 (Xvfb): the kiosk survives, the keyboard types."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fingers import FORM
from pytest_httpserver import HTTPServer

SCRIPT = Path(__file__).parent / "scripts" / "tap_web_field.py"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (CI installs xvfb)")
@pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool (CI installs it)")
def test_a_tap_into_a_web_field_survives_and_the_screen_keyboard_types_into_it(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/").respond_with_data(FORM, content_type="text/html")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.pop("QT_QPA_PLATFORM", None)  # xcb, as on a shop's computer
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable, str(SCRIPT),
         f"http://127.0.0.1:{httpserver.port}/", str(tmp_path / "data")],
        capture_output=True, text=True, timeout=180, env=env, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "FAIL" not in result.stdout
    assert "ok   the kiosk is still there after the tap" in result.stdout
    assert "ok   the page gets Skuleskogen" in result.stdout
    assert "ok   puts the keyboard away" in result.stdout
