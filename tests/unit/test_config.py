"""Configuration: defaults, TOML, KIOSK_* variables, and errors that name the key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.config import SETTINGS, load_config
from kiosk.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]


def test_defaults_apply_without_a_file() -> None:
    config = load_config(None, environ={})
    assert config.idle_timeout == 90
    assert config.values["feed_public_keys"] == []


def test_file_values_override_defaults(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('service_point = "ulvon"\nidle_timeout = 120\n', encoding="utf-8")
    config = load_config(path, environ={})
    assert (config.service_point, config.idle_timeout) == ("ulvon", 120)


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("idle_timeout = 120\n", encoding="utf-8")
    config = load_config(path, environ={"KIOSK_IDLE_TIMEOUT": "45", "KIOSK_EXTRA_ICS_URLS": "a,b"})
    assert config.idle_timeout == 45
    assert config.values["extra_ics_urls"] == ["a", "b"]


def test_unknown_key_is_an_error_naming_the_key(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("idle_timout = 30\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'idle_timout'"):
        load_config(path, environ={})


def test_unknown_environment_key_is_an_error() -> None:
    with pytest.raises(ConfigError, match="KIOSK_COLOUR"):
        load_config(None, environ={"KIOSK_COLOUR": "red"})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('idle_timeout = "soon"', "'idle_timeout' must be a whole number"),
        ("countdown_seconds = 5", "'countdown_seconds' must be at least 20"),
        ("sound = 1", "'sound' must be true or false"),
        ("feed_public_keys = 'RWQ'", "'feed_public_keys' must be a list"),
        ("idle_timeout = ", "not valid TOML"),
    ],
)
def test_bad_values_name_the_key_and_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(path, environ={})


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_config(tmp_path / "nope.toml", environ={})


def test_readme_documents_every_setting() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in readme]
    assert not missing, f"README.md does not document: {missing}"


def test_a_setting_with_choices_names_them_when_the_value_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('browser_low_memory = "sometimes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="must be one of auto, on, off, not 'sometimes'"):
        load_config(path, environ={})
