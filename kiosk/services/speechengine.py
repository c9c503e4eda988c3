"""`kiosk speech-engine`: the text-to-speech engine in a child process of the kiosk.

Qt's speech plugins call into their engine with Python's interpreter lock held. A
speech-dispatcher that takes the connection but never answers (no sound server, a stuck daemon;
seen on a machine without audio) then stopped every Python callback of the kiosk, on a worker
thread or not: the whole kiosk froze when speech was first asked for. In a child process a hung
engine costs only the voice; the kiosk sees that it does not answer and carries on without it.

One JSON object per line on both pipes. The kiosk writes {"say": text, "rate": r, "volume": v},
{"stop": true} or {"locale": name}. The child writes {"ready": ok, "problem": text,
"locales": [...]} once, {"saying": text} just before it hands text to the engine (the tests'
seam) and {"state": name} when the engine's state changes. End of input ends the child.
"""

from __future__ import annotations

import json
import sys
import threading
from typing import Any

ARGUMENT = "speech-engine"
"""The (internal, undocumented in --help) command that runs this child.

The command line imports this module for it, for every command: so what only the child needs
(Qt, its speech module, ctypes) is imported in `main` and `_die_with_the_kiosk`, in the child.
"""


def _die_with_the_kiosk() -> None:
    """On Linux, end with the kiosk even when it is killed: a hung engine never reads the end of
    its input, and every restart by `kiosk supervise` would leave one more child behind."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import os
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the kiosk was gone before we asked
        sys.exit(0)


def main(engine: str) -> int:
    """Run the engine until the kiosk closes our input."""
    _die_with_the_kiosk()
    from PySide6.QtCore import QCoreApplication, QLocale, QLoggingCategory, QObject, Signal

    # Qt's speech plugins load Qt Multimedia, which warns about codec libraries it never needs.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
    app = QCoreApplication([sys.argv[0]])
    from PySide6.QtTextToSpeech import QTextToSpeech

    def send(**message: Any) -> None:
        sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    engines = QTextToSpeech.availableEngines()
    if not engines or (engine and engine not in engines):
        send(ready=False, problem="no text-to-speech engine is installed", locales=[])
        return 0
    tts = QTextToSpeech(engine, app) if engine else QTextToSpeech(app)
    if tts.state() == QTextToSpeech.State.Error:
        send(ready=False, problem=tts.errorString() or "the speech engine failed to start")
        return 0
    tts.stateChanged.connect(lambda state: send(state=getattr(state, "name", str(state)).lower()))
    send(ready=True, problem="", locales=[locale.name() for locale in tts.availableLocales()])

    def handle(line: str) -> None:
        try:
            message = json.loads(line)
        except ValueError:
            return
        if "say" in message:
            tts.setRate(float(message.get("rate", 0.0)))
            tts.setVolume(float(message.get("volume", 0.8)))
            send(saying=message["say"])
            tts.say(str(message["say"]))
        elif "stop" in message:
            tts.stop()
        elif message.get("locale"):  # '' when the engine has no voice at all: keep its own
            tts.setLocale(QLocale(str(message["locale"])))

    class Input(QObject):
        line = Signal(str)
        closed = Signal()

    pipe = Input()
    pipe.line.connect(handle)  # queued: the engine is used on this (its own) thread only
    pipe.closed.connect(app.quit)

    def read() -> None:
        for line in sys.stdin:
            pipe.line.emit(line)
        pipe.closed.emit()

    threading.Thread(target=read, name="speech-input", daemon=True).start()
    return app.exec()
