"""The real speech engine: speech-dispatcher with espeak-ng speaks Swedish to completion."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from speechd import private_speechd

SCRIPT = Path(__file__).parent / "scripts" / "speak.py"


def test_speech_dispatcher_becomes_ready_with_a_swedish_voice_and_finishes_a_sentence(
    tmp_path: Path,
) -> None:
    with private_speechd(tmp_path / "speechd") as extra:
        env = {**os.environ, **extra}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # as in CI: no session bus
        done = subprocess.run(
            [sys.executable, str(SCRIPT)],
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "status ready" in out
    assert "voice sv" in out and "exact=True" in out
    assert "state speaking" in out
    assert out.index("state speaking") < out.rindex("state ready")
