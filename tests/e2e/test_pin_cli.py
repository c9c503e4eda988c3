"""`kiosk pin set` as an installer script and an operator use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_pin_set_reads_the_pin_twice_from_standard_input(run_kiosk, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_kiosk("pin", "set", "--data-dir", str(data), input="482916\n482916\n")
    assert result.returncode == 0, result.stderr
    stored = (data / "owner-pin.json").read_text()
    assert "482916" not in stored and json.loads(stored)["hash"]

    from kiosk.store.pin import PinStore

    assert PinStore(data / "owner-pin.json").check("482916").ok


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ("12\n12\n", "4 to 8 digits"),
        ("1234\n4321\n", "differ"),
        ("1234\n", "twice"),
        ("12ab\n12ab\n", "digits only"),
    ],
)
def test_pin_set_refuses_bad_input_in_one_line(
    run_kiosk, tmp_path: Path, given: str, words: str
) -> None:
    data = tmp_path / "data"
    result = run_kiosk("pin", "set", "--data-dir", str(data), input=given)
    assert words in one_line_error(result)
    assert not (data / "owner-pin.json").exists()
