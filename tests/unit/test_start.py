"""`kiosk run` starts without click; every other command line still goes to click."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.start import run_options


def test_the_kiosks_own_start_is_read_without_click(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.delenv("KIOSK_DATA_DIR", raising=False)
    config = tmp_path / "kiosk.toml"
    options = run_options(
        ["run", "--windowed", "--config", str(config), "--data-dir", "d", "--quit-after", "2.5"]
    )
    assert options == {
        "config_file": str(config),
        "data_dir": "d",
        "demo": False,
        "windowed": True,
        "quit_after": 2.5,
    }


def test_the_environment_names_config_and_data_as_click_would(monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", "/etc/servicepunkt/kiosk.toml")
    monkeypatch.setenv("KIOSK_DATA_DIR", "/var/lib/servicepunkt")
    options = run_options(["run", "--demo"])
    assert options is not None and options["demo"]
    assert options["config_file"] == "/etc/servicepunkt/kiosk.toml"
    assert options["data_dir"] == "/var/lib/servicepunkt"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["sync"],
        ["run", "--help"],
        ["run", "--windowd"],  # a typo: click names it
        ["run", "--config=kiosk.toml"],
        ["run", "--config"],
        ["run", "--data-dir", "--demo"],
        ["run", "--quit-after", "soon"],
        ["run", "--quit-after", "-1"],
        ["run", "--quit-after", "nan"],
        ["run", "extra"],
    ],
)
def test_anything_unusual_goes_to_click_for_its_message(argv: list[str]) -> None:
    assert run_options(argv) is None


def test_a_folder_as_config_or_a_file_as_data_dir_goes_to_click(tmp_path: Path) -> None:
    folder, file = tmp_path / "folder", tmp_path / "file"
    folder.mkdir()
    file.write_text("", encoding="utf-8")
    assert run_options(["run", "--config", str(folder)]) is None
    assert run_options(["run", "--data-dir", str(file)]) is None
    assert run_options(["run", "--config", str(file), "--data-dir", str(folder)]) is not None
