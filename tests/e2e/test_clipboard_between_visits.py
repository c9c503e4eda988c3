"""What visitor 1 copied is not there for visitor 2: real keys (xdotool) on a real X display."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

SCRIPT = Path(__file__).parent / "scripts" / "clipboard_visits.py"
FIELD = '<input id=i style="width:600px;height:60px;font-size:30px">'


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
    reason="needs xvfb-run and xdotool (CI installs both)",
)
def test_copy_in_one_visit_paste_in_the_next_gets_nothing(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/one").respond_with_data(
        f"<title>one</title><p style='font-size:40px'>19121212-1212</p>{FIELD}",
        content_type="text/html",
    )
    httpserver.expect_request("/two").respond_with_data(
        f"<title>two</title>{FIELD}<script>i.focus()</script>", content_type="text/html"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.pop("QT_QPA_PLATFORM", None)  # xcb, as on a shop's computer
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable, str(SCRIPT),
         f"http://127.0.0.1:{httpserver.port}", str(tmp_path / "data")],
        capture_output=True, text=True, timeout=180, env=env, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "ok   visit 2 pastes nothing" in result.stdout
