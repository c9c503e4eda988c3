"""A visit that used the e-service browser ends with a fresh kiosk process: the browser engine's
memory goes back to the system, the next visitor meets the attract screen, and the municipality's
report counts no restart (issue 25). tests/bench/memory_bench.py measures it in a real window."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from webkit import QUIET

from kiosk import __version__
from kiosk.app import Kiosk, fresh_after_browser
from kiosk.domain import EXIT_FRESH, STOCKHOLM, Link, Text
from kiosk.store import usage
from kiosk.store.local import open_local


@pytest.fixture
def exits(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The exit codes the kiosk asks its event loop for (the test's event loop goes on)."""
    asked: list[int] = []
    monkeypatch.setattr(kiosk, "quit", asked.append)
    return asked


def use_the_browser(qtbot, kiosk: Kiosk, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/").respond_with_data(
        "<title>form</title><p>Ansökan</p>", content_type="text/html"
    )
    link = Link("test", "health", Text({"sv": "Testtjänsten"}), Text({}), httpserver.url_for("/"))
    kiosk.idle.register_input()
    kiosk.window.open_page("services")
    kiosk.window.open_page("browser", link)
    browser = kiosk.window.page["browser"].browser
    qtbot.waitUntil(lambda: browser.title.text() == "form", timeout=15_000)


@QUIET
def test_the_end_of_a_visit_that_used_the_browser_starts_the_kiosk_afresh(
    qtbot, kiosk: Kiosk, exits: list[int], httpserver: HTTPServer
) -> None:  # type: ignore[no-untyped-def]
    use_the_browser(qtbot, kiosk, httpserver)
    kiosk.window.go_home()
    fresh_after_browser(kiosk)
    assert exits == []  # the visitor is still there
    kiosk.idle.end_visit()
    assert kiosk.window.current == "attract"
    fresh_after_browser(kiosk)
    assert exits == [EXIT_FRESH]


def test_a_visit_without_the_browser_keeps_the_process(
    qtbot, kiosk: Kiosk, exits: list[int]
) -> None:  # type: ignore[no-untyped-def]
    kiosk.idle.register_input()
    kiosk.window.open_page("events")
    kiosk.idle.end_visit()
    fresh_after_browser(kiosk)
    assert kiosk.window.current == "attract" and exits == []


CHILDREN = """
import os
from kiosk.app import child_pids, end_children
pid = os.posix_spawn("/bin/sleep", ["sleep", "60"], dict(os.environ))
print(pid in child_pids())
end_children()
print(pid in child_pids())
try:
    os.waitpid(pid, os.WNOHANG)
    print("zombie")
except ChildProcessError:
    print("waited for")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc lists the children")
def test_the_children_a_start_in_place_would_inherit_are_ended_and_waited_for() -> None:
    """The browser engine's helpers outlive `exec`; the new program could never wait for them.
    (In a process of its own: ending the test process's children would end its browser engine.)"""
    done = subprocess.run(
        [sys.executable, "-c", CHILDREN], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["True", "False", "waited", "for"]


def test_a_start_in_place_runs_the_kiosk_with_the_same_arguments() -> None:
    code = (
        "import sys; from kiosk.app import restart_in_place;"
        "sys.argv = ['kiosk', '--version']; restart_in_place({})"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert __version__ in done.stdout


def test_kiosk_run_as_a_fresh_start_counts_no_start(tmp_path: Path) -> None:
    """The variable that marks a fresh start is no setting, and the process counts no start."""
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_FRESH_START="1", KIOSK_SOUND="false")
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--demo", "--windowed", "--data-dir", str(data),
         "--quit-after", "6"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "kiosk started" in log
    db = open_local(data / "local.db")
    try:
        assert usage.day_starts(db, datetime.now(STOCKHOLM).date()) == 0
    finally:
        db.conn.close()
