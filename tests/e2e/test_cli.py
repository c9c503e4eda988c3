"""The `kiosk` command as operators use it: clean runs, clear one-line errors, never a traceback."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from e2e_helpers import REPO, kiosk_command

pytestmark = pytest.mark.slow


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert result.returncode == code, result
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def test_run_demo_windowed_quits_cleanly_without_warnings(run_kiosk, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_kiosk(
        "run", "--demo", "--windowed", "--quit-after", "4", "--data-dir", str(data), display=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "kiosk started" in log
    problems = [line for line in log.splitlines() if " WARNING " in line or " ERROR " in line]
    # On a first start there is no content yet; that one line is expected.
    problems = [line for line in problems if "no content yet" not in line]
    assert problems == []


def test_a_second_kiosk_on_the_same_data_dir_is_refused(run_kiosk, tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = subprocess.Popen(
        [
            *kiosk_command(),
            "run",
            "--demo",
            "--windowed",
            "--quit-after",
            "30",
            "--data-dir",
            str(data),
        ],
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not (data / "logs" / "kiosk.log").exists() or "kiosk started" not in (
            data / "logs" / "kiosk.log"
        ).read_text(encoding="utf-8"):
            assert time.monotonic() < deadline
            time.sleep(0.05)
        second = run_kiosk(
            "run", "--demo", "--windowed", "--quit-after", "1", "--data-dir", str(data)
        )
        assert_one_line_error(second, 1, "already running")
    finally:
        first.terminate()
        first.wait()


def test_validate_accepts_the_demo_feed(run_kiosk) -> None:
    result = run_kiosk("feed", "validate", str(REPO / "assets" / "demo-feed"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid feed version" in result.stdout


def test_validate_names_file_item_and_field_of_a_broken_copy(run_kiosk, tmp_path: Path) -> None:
    import hashlib

    feed = tmp_path / "feed"
    shutil.copytree(REPO / "assets" / "demo-feed", feed)
    manifest = json.loads((feed / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        path = feed / entry["path"]
        if entry["path"].startswith("content/"):
            doc = json.loads(path.read_text(encoding="utf-8"))
            if doc["kind"] == "places":
                doc["items"][2]["category"] = "shopping"
                raw = json.dumps(doc).encode()
                digest = hashlib.sha256(raw).hexdigest()
                path.unlink()
                (feed / "content" / f"{digest}.json").write_bytes(raw)
                entry.update(path=f"content/{digest}.json", size=len(raw), sha256=digest)
                broken = entry["path"]
                item_id = doc["items"][2]["id"]
    (feed / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = run_kiosk("feed", "validate", str(feed))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert any(
        line.startswith(broken) and f"places item 3 ('{item_id}'): category:" in line
        for line in result.stdout.splitlines()
    ), result.stdout + result.stderr


def test_a_bad_config_file_is_one_line_naming_the_key(run_kiosk, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("idle_timeout = 'soon'\n", encoding="utf-8")
    result = run_kiosk("run", "--demo", "--config", str(config), "--data-dir", str(tmp_path / "d"))
    assert_one_line_error(result, 1, "idle_timeout", "whole number")


def test_an_unknown_config_key_is_one_line_naming_it(run_kiosk, tmp_path: Path) -> None:
    result = run_kiosk("feed", "validate", ".", env={"KIOSK_FEED_ULR": "x"})
    assert_one_line_error(result, 1, "KIOSK_FEED_ULR")


def test_a_missing_feed_folder_is_one_line(run_kiosk, tmp_path: Path) -> None:
    result = run_kiosk("feed", "validate", str(tmp_path / "nothing"))
    assert_one_line_error(result, 1, "no such feed folder")


def test_a_corrupt_content_database_is_one_line(run_kiosk, tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "content").mkdir(parents=True)
    (data / "content" / "CURRENT").write_text("../../etc/passwd", encoding="utf-8")
    config = tmp_path / "kiosk.toml"
    config.write_text(f'feed_url = "{tmp_path / "no-feed"}"\n', encoding="utf-8")
    result = run_kiosk(
        "screenshot",
        "--no-demo",
        "--config",
        str(config),
        "--data-dir",
        str(data),
        "--out",
        "x.png",
    )
    assert_one_line_error(result, 1, "damaged")


def test_a_wrong_command_line_exits_2(run_kiosk) -> None:
    result = run_kiosk("screenshot", "--page", "nowhere", "--out", "x.png")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_screenshot_writes_a_png_of_the_asked_size(run_kiosk, tmp_path: Path) -> None:
    out = tmp_path / "about.png"
    result = run_kiosk(
        "screenshot",
        "--page",
        "about",
        "--size",
        "1280x1024",
        "--lang",
        "en",
        "--data-dir",
        str(tmp_path / "d"),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    header = out.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1280, 1024)


def test_help_works_for_every_command(run_kiosk) -> None:
    for args in (
        ["--help"],
        ["run", "--help"],
        ["screenshot", "--help"],
        ["feed", "validate", "--help"],
        ["feed", "build", "--help"],
    ):
        result = run_kiosk(*args)
        assert result.returncode == 0 and "Usage:" in result.stdout, (args, result.stderr)


def test_python_m_kiosk_is_the_same_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "kiosk" in result.stdout


def test_run_without_a_display_is_one_line_not_an_abort(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = subprocess.run(
        [*kiosk_command(), "run", "--demo", "--data-dir", str(tmp_path / "d"), "--quit-after", "1"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert_one_line_error(result, 1, "no display")


def test_validate_accepts_a_feed_on_a_web_server_and_names_a_missing_file(
    run_kiosk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import functools
    import http.server
    import threading

    feed = tmp_path / "feed"
    shutil.copytree(REPO / "assets" / "demo-feed", feed)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(feed))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/manifest.json"
        good = run_kiosk("feed", "validate", url)
        assert good.returncode == 0, good.stdout + good.stderr
        assert "valid feed version" in good.stdout
        pdf = next((feed / "assets").glob("*.pdf"))
        pdf.unlink()
        bad = run_kiosk("feed", "validate", url)
        assert bad.returncode == 1
        assert f"assets/{pdf.name}: file is missing (404 from the server)" in bad.stdout
    finally:
        server.shutdown()
        server.server_close()


def test_events_lists_what_the_kiosk_would_show(run_kiosk, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    text = run_kiosk("events", "--demo", "--data-dir", data, "--days", "30")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert len(lines) >= 20 and lines == sorted(lines)  # by start time
    as_json = run_kiosk("events", "--json", "--data-dir", data, "--days", "30")
    first = json.loads(as_json.stdout.splitlines()[0])
    assert {"uid", "start", "title", "cancelled"} <= first.keys() and "sv" in first["title"]
    empty = run_kiosk("events", "--data-dir", str(tmp_path / "none"))
    assert_one_line_error(empty, 1, "no content yet")
