"""The kiosk as `kiosk run` builds it, with an e-service visit open on URL; then it waits.

Run by tests/e2e/test_no_trace_after_kill.py, which kills it (SIGKILL or SIGTERM) with the visit
open. Prints "open" once the page says it stored its marker.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from kiosk.app import build_kiosk, lock_data_dir, secure_start
from kiosk.config import load_config
from kiosk.domain import Link, Text
from kiosk.paths import DataDir


def main() -> int:
    page_url, data = sys.argv[1], DataDir(Path(sys.argv[2]))
    config = load_config(None, environ={})
    lock = lock_data_dir(data)
    secure_start(config, data)
    kiosk = build_kiosk(config, data, demo=True, sound=False)
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    link = Link("test", "health", Text({"sv": "Testtjänsten"}), Text({}), page_url)
    kiosk.window.open_page("browser", link)
    browser = kiosk.window.page["browser"].browser  # type: ignore[attr-defined]

    def check() -> None:
        if browser.view is not None and browser.view.title() == "stored":
            print("open", flush=True)
        else:
            QTimer.singleShot(100, check)

    check()
    code = kiosk.app.exec()
    lock.unlock()
    return code


if __name__ == "__main__":
    sys.exit(main())
