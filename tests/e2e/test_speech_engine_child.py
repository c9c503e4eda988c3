"""The speech engine's child process never outlives the kiosk, even a hung one and a killed kiosk."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

PARENT = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from kiosk.services.speech import SpeechService
app = QCoreApplication([])
speech = SpeechService("speechd", parent=app)
speech.start()
QTimer.singleShot(500, lambda: print("child", speech._process.processId(), flush=True))
app.exec()
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))


def test_a_killed_kiosk_takes_its_hung_speech_engine_with_it(tmp_path: Path) -> None:
    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(5)  # takes connections, never answers: the engine hangs in its constructor
    env = {**os.environ, "SPEECHD_ADDRESS": f"unix_socket:{path}", "QT_QPA_PLATFORM": "offscreen"}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], env=env, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    line = parent.stdout.readline()
    assert line.startswith("child "), line
    child = int(line.split()[1])
    assert alive(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    parent.stdout.close()
    deadline = time.monotonic() + 10
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    server.close()
    assert not alive(child), "the hung engine outlived the kiosk"
