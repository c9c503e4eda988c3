"""`kiosk browse`: the locked-down browser alone, for the municipality to test its links."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.allowlist import host_of
from kiosk.app import browser_policy, check_display, make_application
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.paths import DataDir, sweep_profiles
from kiosk.ui.browser.policy import BrowserPolicy


class DecisionLog:
    """Writes one JSON line per decision; full URLs, but only into the operator's chosen file."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream

    def write(self, kind: str, url: str, allowed: bool, reason: str) -> None:
        """One line: kind, url, host, allowed, reason."""
        if self.stream is None:
            return
        entry = {"kind": kind, "url": url, "host": host_of(url), "allowed": allowed}
        entry["reason"] = reason
        self.stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.stream.flush()


def run_browser(
    url: str,
    allow: tuple[str, ...],
    windowed: bool,
    quit_after: float | None,
    json_log: Path | None,
    config: Config | None = None,
    data: DataDir | None = None,
) -> int:
    """Show the browser on `url` until the window closes, End session is tapped or time runs out.

    The configuration's browser settings apply (printing, free browsing, Chromium flags).
    Profiles live in the data directory's folder; ones that crashed runs left are deleted first.
    """
    check_display()
    policy = browser_policy(config, data) if config is not None else BrowserPolicy()
    if data is not None:  # a running kiosk may share the folder: only dead processes' profiles
        sweep_profiles(data.browser_profiles_dir, only_dead=True)
    app = make_application()
    from kiosk.ui.browser.widget import BrowserWidget  # QtWebEngine: only now

    try:
        stream = json_log.open("a", encoding="utf-8") if json_log is not None else None
    except OSError as error:
        raise KioskError(f"{json_log}: cannot write the log ({error.strerror})") from None
    log = DecisionLog(stream)
    browser = BrowserWidget(policy=policy)
    browser.setWindowTitle("kiosk browse")
    browser.decided.connect(log.write)
    browser.session_ended.connect(app.quit)
    if windowed:
        browser.resize(1280, 800)
        browser.show()
    else:
        browser.showFullScreen()
    browser.open(url, allow, host_of(url))
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        code = app.exec()
    finally:
        browser.end_session()
        if data is not None:
            _remove_own_profiles(app, data.browser_profiles_dir)
        if stream is not None:
            stream.close()
    return code


def _remove_own_profiles(app: QCoreApplication, root: Path) -> None:
    """Chromium's threads write a last file or two after the session's folder went: wait a
    moment for them, then remove what this process made (the kiosk sweeps again at its start)."""
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for folder in root.glob(f"{os.getpid()}-*"):
        shutil.rmtree(folder, ignore_errors=True)
