"""Malformed command lines and configuration files: one clear line and exit 1 or 2, never 'internal error'."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_helpers import Run

CONFIGS = {
    "not-utf8": b'service_point = "b\xe5"\n',
    "nul-in-feed-url": b'feed_url = "http://example.se/\\u0000x"\n',
    "unclosed-ipv6": b'feed_url = "http://[::1/x"\n',
    "port-out-of-range": b'feed_url = "http://127.0.0.1:99999/manifest.json"\n',
    "huge-idle-timeout": b"idle_timeout = 9223372036854775807\n",
    "ftp-upload": b'upload_url = "ftp://example.se/x"\n',
    "control-in-calendar": b'extra_ics_urls = ["http://example.se/\\u0007.ics"]\n',
    "not-toml": b"feed_url = \n",
}

COMMANDS = {
    "validate-unclosed-ipv6": ["feed", "validate", "http://[::1/x"],
    "validate-port-out-of-range": ["feed", "validate", "http://127.0.0.1:99999/x"],
    "run-infinite-quit-after": ["run", "--quit-after", "1e308"],
    "run-nan-quit-after": ["run", "--quit-after", "nan"],
    "browse-nan-quit-after": ["browse", "http://example.se", "--quit-after", "nan"],
    "config-endless": ["sync", "--config", "/dev/zero"],
    "screenshot-into-proc": ["screenshot", "--page", "home", "--out", "/proc/x.png"],
}


def assert_one_clear_line(result) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode in (1, 2), result.stderr
    assert "internal error" not in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip(), "a reason is given"


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_a_malformed_configuration_file_is_one_clear_line(
    name: str, run_kiosk: Run, tmp_path: Path
) -> None:
    conf = tmp_path / f"{name}.toml"
    conf.write_bytes(CONFIGS[name])
    result = run_kiosk("sync", "--config", str(conf), "--data-dir", str(tmp_path / "data"))
    assert_one_clear_line(result)
    assert str(conf) in result.stderr


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_malformed_command_line_is_one_clear_line(
    name: str, run_kiosk: Run, tmp_path: Path
) -> None:
    result = run_kiosk(*COMMANDS[name], "--data-dir", str(tmp_path / "data"), timeout=60)
    assert_one_clear_line(result)


def test_a_port_out_of_range_in_the_environment_is_one_clear_line(
    run_kiosk: Run, tmp_path: Path
) -> None:
    result = run_kiosk(
        "sync",
        "--data-dir",
        str(tmp_path / "data"),
        env={"KIOSK_FEED_URL": "http://127.0.0.1:99999/manifest.json"},
    )
    assert_one_clear_line(result)
    assert "KIOSK_FEED_URL" in result.stderr
