"""Speak one Swedish sentence through the kiosk's SpeechService and the real speech-dispatcher.

Run by tests/e2e/test_speech_dispatcher.py with SPEECHD_ADDRESS pointing at a private daemon.
Prints one line per step; exits 0 when the sentence was spoken to completion, 1 naming the step.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.services.speech import SpeechService


def main() -> int:
    app = QCoreApplication(sys.argv)
    speech = SpeechService("speechd", parent=app)
    states: list[str] = []
    result = {"code": 1}

    def on_status() -> None:
        print(f"status {speech.status_text()}", flush=True)
        if not speech.ready:
            app.quit()
            return
        print(f"voice {speech.voice.used} exact={speech.voice.exact}", flush=True)
        if not speech.voice.exact:
            app.quit()
            return
        speech.say("Välkommen till servicepunkten.")

    def on_state(name: str) -> None:
        states.append(name)
        print(f"state {name}", flush=True)
        if name == "ready" and "speaking" in states:
            result["code"] = 0
            app.quit()
        elif name == "error":
            app.quit()

    speech.status_changed.connect(on_status)
    speech.engine_state.connect(on_state)
    speech.set_language("sv")
    speech.start()
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    print(f"spoken {speech.spoken}", flush=True)
    speech.close()
    return result["code"]


if __name__ == "__main__":
    sys.exit(main())
