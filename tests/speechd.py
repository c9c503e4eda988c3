"""A private speech-dispatcher for tests: espeak-ng voices, sound into ALSA's null device.

CI machines have no sound card and no session bus; the daemon is started here, on its own
socket, and the client finds it through SPEECHD_ADDRESS (libspeechd reads it).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CONF = """CommunicationMethod "unix_socket"
SocketPath "{socket}"
LogLevel 3
LogDir "{folder}"
DefaultLanguage "sv"
AudioOutputMethod "alsa"
AudioALSADevice "null"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
"""
MODULE_CONF = Path("/etc/speech-dispatcher/modules/espeak-ng.conf")


@contextmanager
def private_speechd(folder: Path) -> Iterator[dict[str, str]]:
    """Start speech-dispatcher in `folder`; yield the environment a client needs; stop it."""
    exe = shutil.which("speech-dispatcher")
    assert exe, "speech-dispatcher is not installed (apt-get install speech-dispatcher)"
    conf = folder / "conf"
    (conf / "modules").mkdir(parents=True)
    socket = folder / "speechd.sock"
    (conf / "speechd.conf").write_text(CONF.format(socket=socket, folder=folder))
    if MODULE_CONF.is_file():
        shutil.copy(MODULE_CONF, conf / "modules" / "espeak-ng.conf")
    daemon = subprocess.Popen(
        # Its own pid file too: a user's daemon already running (or hung) would make it refuse.
        [
            exe,
            "-s",
            "-C",
            str(conf),
            "-S",
            str(socket),
            "-t",
            "0",
            "-L",
            str(folder),
            "-P",
            str(folder / "speechd.pid"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not socket.exists() and daemon.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # the daemon makes its socket a moment after it starts
        assert socket.exists(), "speech-dispatcher did not start (see its log in the folder)"
        yield {"SPEECHD_ADDRESS": f"unix_socket:{socket}"}
    finally:
        daemon.terminate()
        try:
            daemon.wait(10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
