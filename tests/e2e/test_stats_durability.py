"""Killing the kiosk while it counts loses at most the counts since the last flush and never
damages the local database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from kiosk.services.bridge import MessageBridge
from kiosk.services.stats import StatsService
from kiosk.store.local import open_local

app = QCoreApplication([])
bridge = MessageBridge()
# The kiosk flushes once a minute; here every 20 ms, so that a kill lands during flushes.
service = StatsService(lambda: open_local(__import__("pathlib").Path(sys.argv[1])), lambda: None,
                       interval_ms=3_600_000)
service.connect_bridge(bridge)
service.start()
visits = 0

def one_visit():
    global visits
    for _ in range(20):
        bridge.visit_started.emit()
        bridge.navigated.emit("places")
        bridge.eservice_opened.emit("skatteverket")
        bridge.visit_ended.emit(75.0)
        visits += 1

def flush():
    done = visits
    service.flush().add_done_callback(lambda f: print(f"flushed {done}", flush=True))

QTimer(app, interval=1, timeout=one_visit).start()
QTimer(app, interval=20, timeout=flush).start()
app.exec()
"""


def test_sigkill_loses_at_most_the_last_flush_interval_and_the_database_is_intact(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "local.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    errors = tmp_path / "stderr.txt"
    with (
        errors.open("w") as stderr,
        subprocess.Popen(
            [sys.executable, "-c", SCRIPT, str(db_path)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=env,
        ) as child,
    ):
        assert child.stdout is not None
        confirmed = 0
        flushes = 0
        for line in child.stdout:
            if line.startswith("flushed "):
                confirmed = int(line.split()[1])
                flushes += 1
                if flushes >= 30 and confirmed > 0:
                    child.send_signal(signal.SIGKILL)  # in the middle of counting and flushing
                    break
        child.wait(30)
    assert child.returncode == -signal.SIGKILL, errors.read_text()

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = dict(conn.execute("SELECT key, SUM(count) FROM usage_counters GROUP BY key"))
    finally:
        conn.close()
    # Everything reported as flushed is there; what came after may be lost, nothing else.
    assert counts["visits"] >= confirmed
    assert counts["eservice_open:skatteverket"] == counts["visits"]
    assert counts["visit_length:1-5m"] == counts["visits"]
