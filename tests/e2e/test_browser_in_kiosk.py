"""The browser inside the whole kiosk on a real X display (Xvfb), as a visitor reaches it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

SCRIPT = Path(__file__).parent / "scripts" / "browser_in_kiosk.py"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (CI installs xvfb)")
def test_e_services_open_the_browser_in_the_kiosk_on_x11(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/").respond_with_data(
        '<title>kiosk-test</title><body style="background:#0b5c7a"><p>Hej</p>',
        content_type="text/html",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.pop("QT_QPA_PLATFORM", None)  # xcb, as on a shop's computer
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable, str(SCRIPT),
         f"http://127.0.0.1:{httpserver.port}/", str(tmp_path / "data")],
        capture_output=True, text=True, timeout=180, env=env, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "FAIL" not in result.stdout
    assert result.stdout.count("ok   ") == 11
