"""`kiosk publisher` on the command line: pictures of its screens, and one-line reasons for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_helpers import REPO, Run

pytestmark = pytest.mark.slow


def test_a_screen_of_the_publisher_is_written_as_a_png(run_kiosk: Run, tmp_path: Path) -> None:
    out = tmp_path / "content.png"
    done = run_kiosk(
        "publisher", str(REPO / "assets" / "demo-source"), "--screenshot", "content",
        "--size", "1366x768", "--out", str(out), "--data-dir", str(tmp_path / "data"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--screenshot", "nonsense", "--out", "x.png"], 1, "no such publisher screen"),
        (["--screenshot", "content"], 2, "--out"),
        (["--screenshot", "content", "--size", "big", "--out", "x.png"], 2, "WIDTHxHEIGHT"),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(
    run_kiosk: Run, tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    done = run_kiosk("publisher", *args, "--data-dir", str(tmp_path / "data"))
    assert done.returncode == code
    assert words in done.stderr
    assert "Traceback" not in done.stderr
