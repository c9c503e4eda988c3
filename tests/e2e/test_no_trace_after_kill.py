"""Killed with a visit open, then started again: nothing of the visit is left on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_helpers import Run
from pytest_httpserver import HTTPServer

SCRIPT = Path(__file__).parent / "scripts" / "visit_open.py"
STORE = """<title>storing</title><script>
const marker = "{marker}";
document.cookie = "visitor=" + marker + "; max-age=86400";
localStorage.setItem("visitor", marker);
const open = indexedDB.open("kiosk", 1);
open.onupgradeneeded = () => open.result.createObjectStore("s");
open.onsuccess = () => {{
  const tx = open.result.transaction("s", "readwrite");
  tx.objectStore("s").put(marker, "visitor");
  tx.oncomplete = () => {{ document.title = "stored"; }};
}};
</script>"""


def files_under(folders: list[Path], since: float) -> Iterator[Path]:
    for folder in folders:
        for root, _dirs, names in os.walk(folder, onerror=lambda _e: None):
            for name in names:
                path = Path(root) / name
                try:
                    if path.is_file() and path.stat().st_mtime >= since:
                        yield path
                except OSError:
                    continue


def holding(marker: str, folders: list[Path], since: float) -> list[Path]:
    """Files changed since `since` that hold `marker` (as Latin-1 or UTF-16, as Chromium stores)."""
    needles = (marker.encode(), marker.encode("utf-16-le"))
    found = []
    for path in files_under(folders, since):
        try:
            content = path.read_bytes()
        except OSError:
            continue
        if any(needle in content for needle in needles):
            found.append(path)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_visit_leaves_no_trace_after_the_next_start(
    run_kiosk: Run, httpserver: HTTPServer, tmp_path: Path, how: signal.Signals
) -> None:
    marker = f"visitor-{uuid.uuid4().hex}"
    httpserver.expect_request("/").respond_with_data(
        STORE.format(marker=marker), content_type="text/html"
    )
    data, runtime, temp = tmp_path / "data", tmp_path / "run", tmp_path / "tmp"
    for folder in (runtime, temp):
        folder.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime), TMPDIR=str(temp))
    since = time.time() - 1
    child = subprocess.Popen(
        [sys.executable, str(SCRIPT), f"http://127.0.0.1:{httpserver.port}/", str(data)],
        stdout=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
    )  # fmt: skip
    searched = [data, runtime, temp, Path("/tmp"), Path("/dev/shm")]
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        deadline = time.monotonic() + 60  # Chromium writes its storage a moment later
        while not holding(marker, [data, runtime], since) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert holding(marker, [data, runtime], since), "the page stored nothing: no test"
    finally:
        child.send_signal(how)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    result = run_kiosk(
        "run", "--demo", "--data-dir", str(data), "--quit-after", "2",
        env={"XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(temp)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert holding(marker, searched, since) == []
