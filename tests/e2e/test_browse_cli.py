"""`kiosk browse` as a subprocess: the locked-down browser alone, logging its decisions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from e2e_helpers import Run
from pytest_httpserver import HTTPServer


@pytest.mark.slow
def test_browse_logs_allowed_and_blocked_navigations(
    run_kiosk: Run, httpserver: HTTPServer, tmp_path: Path
) -> None:
    other = f"http://localhost:{httpserver.port}/elsewhere"
    page = f'<title>start</title><script>setTimeout(() => location.href = "{other}", 200)</script>'
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    start = f"http://127.0.0.1:{httpserver.port}/"
    log = tmp_path / "decisions.jsonl"
    result = run_kiosk(
        "browse", start, "--data-dir", str(tmp_path / "data"),
        "--allow", "*.1177.se", "--windowed", "--quit-after", "4", "--json-log", str(log),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert {"kind": "navigation", "url": start, "host": "127.0.0.1", "allowed": True,
            "reason": "allowed host"} in entries  # fmt: skip
    blocked = [e for e in entries if not e["allowed"]]
    assert blocked and blocked[0]["host"] == "localhost"
    assert blocked[0]["reason"] == "host not in allow list"


@pytest.mark.slow
def test_screenshots_of_the_browser_frame_and_its_panels(run_kiosk: Run, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    for page in ("browser", "browser-blocked", "browser-offline"):
        out = tmp_path / f"{page}.png"
        result = run_kiosk(
            "screenshot", "--page", page, "--size", "1280x1024",
            "--data-dir", str(tmp_path / "d"), "--out", str(out),
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1280, 1024)
        # The page area is not one flat colour: the demo e-service or the panel is drawn.
        middle = {image.pixel(x, y) for x in range(100, 1200, 10) for y in range(300, 800, 25)}
        assert len(middle) > 2, page


@pytest.mark.slow
def test_browse_logs_the_refusals_of_the_hardened_browser(
    run_kiosk: Run, httpserver: HTTPServer, tmp_path: Path
) -> None:
    off_list = f"http://localhost:{httpserver.port}/pay"
    page = (
        f"<title>start</title><iframe src='{off_list}'></iframe><script>"
        "onbeforeunload = () => 'stanna';</script>"
    )
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    log = tmp_path / "decisions.jsonl"
    data = tmp_path / "data"
    left = data / "browser-profiles" / "999999-left-by-a-crash"
    left.mkdir(parents=True)
    result = run_kiosk(
        "browse", f"http://127.0.0.1:{httpserver.port}/", "--data-dir", str(data),
        "--windowed", "--quit-after", "4", "--json-log", str(log),
        env={"XDG_RUNTIME_DIR": ""},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert {"kind": "frame", "url": off_list, "host": "localhost", "allowed": False,
            "reason": "host not in allow list"} in entries  # fmt: skip
    assert not left.exists()  # a dead process's profile is swept before the visit
    assert list((data / "browser-profiles").iterdir()) == []  # and the visit's own is gone


HOSTILE_LOOP = (
    """<title>start</title><select id=s>"""
    + "<option>x</option>" * 40
    + """</select><script>
const far = 'http://' + 'a'.repeat(60) + '.example/' + 'p'.repeat(3000);
const long = 'W\\u202e'.repeat(50000);
const acts = [
  () => { document.title = long; },
  () => alert(long),
  () => confirm(long),
  () => window.open(far),
  () => { location.href = far; },
  () => { location.href = 'javascript:' + long; },
  () => { location.href = '/file'; },
  () => print(),
  () => { try { s.showPicker(); } catch (e) {} },
];
let i = 0;
setInterval(() => acts[i++ % acts.length](), 60);
</script>"""
)


@pytest.mark.slow
def test_a_hostile_page_never_ends_the_browser_process(
    run_kiosk: Run, httpserver: HTTPServer, tmp_path: Path
) -> None:
    """The fuzz of issue 22 as a process: a page throws every hostile string it can at the
    browser for a fixed time; `kiosk browse` must still end by itself, with exit code 0."""
    httpserver.expect_request("/").respond_with_data(HOSTILE_LOOP, content_type="text/html")
    httpserver.expect_request("/file").respond_with_data(
        b"x", headers={"Content-Disposition": 'attachment; filename="' + "n" * 5000 + '"'}
    )
    log = tmp_path / "decisions.jsonl"
    result = run_kiosk(
        "browse", f"http://127.0.0.1:{httpserver.port}/", "--data-dir", str(tmp_path / "data"),
        "--windowed", "--quit-after", "8", "--json-log", str(log), display=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert {e["kind"] for e in entries} >= {"navigation", "popup"}
    assert all(len(e["url"]) <= 2_000 for e in entries)
    assert "Traceback" not in result.stderr
