"""`kiosk self-test`: passes on the demo feed; fails with one line naming a page that breaks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from e2e_helpers import Run

# The broken page is made in a small driver process: the self-test itself has no test hooks.
BROKEN_CONSTRUCTOR = """
from kiosk.ui.pages import about

def broken(self, *args, **kwargs):
    raise RuntimeError("the about page is broken on purpose")

about.AboutPage.__init__ = broken
"""

BLANK_PICTURE = """
from PySide6.QtGui import QColor, QPixmap
from kiosk.ui.pages import about

def blank(self, *args):
    picture = QPixmap(640, 400)
    picture.fill(QColor("white"))
    return picture

about.AboutPage.grab = blank
"""

RUN_SELF_TEST = """
from kiosk.cli import main
main(["self-test"])
"""


def _driver(breakage: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-c", breakage + RUN_SELF_TEST],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=tmp_path,
        check=False,
    )


@pytest.mark.slow
def test_self_test_passes_on_the_demo_feed(run_kiosk: Run) -> None:
    result = run_kiosk("self-test", timeout=180)
    assert result.returncode == 0, result.stderr
    assert "self-test passed: 11 pages rendered, e-service opened and ended" in result.stdout


@pytest.mark.slow
def test_self_test_option_of_the_built_program_does_the_same(run_kiosk: Run) -> None:
    result = run_kiosk("--self-test", timeout=180)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (
            BROKEN_CONSTRUCTOR,
            "kiosk: self-test failed: page 'about': RuntimeError: "
            "the about page is broken on purpose",
        ),
        (BLANK_PICTURE, "kiosk: self-test failed: page 'about' rendered blank"),
    ],
    ids=["page-cannot-be-built", "page-renders-blank"],
)
def test_self_test_fails_naming_the_broken_page(
    breakage: str, message: str, tmp_path: Path
) -> None:
    result = _driver(breakage, tmp_path)
    assert result.returncode == 1
    assert message in result.stderr.splitlines()
    assert "self-test passed" not in result.stdout
    assert "Traceback" not in result.stderr
