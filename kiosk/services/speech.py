"""Text-to-speech in a child process (kiosk/services/speechengine.py): a hung engine never blocks the
GUI, it only leaves the kiosk without a voice."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from kiosk.services.speechengine import ARGUMENT
from kiosk.services.syncprocess import kiosk_command, run_in_background

log = logging.getLogger(__name__)

RATE_STEPS = 5
"""speech_rate runs from -5 (slow) to 5 (fast); Qt's rate runs from -1 to 1."""
VOLUME_STEP = 10
"""Percent per 'louder' or 'softer'."""
NEAREST: dict[str, tuple[str, ...]] = {
    # Languages a listener of the first understands best when its own voice is missing.
    "sv": ("sv", "nb", "no", "nn", "da", "en"),
    "fi": ("fi", "sv", "en"),
    "de": ("de", "nl", "en"),
    "en": ("en",),
}


@dataclass(frozen=True)
class Voice:
    """The voice chosen for a visitor language: `used` is the engine's locale ('' when none)."""

    lang: str
    used: str

    @property
    def exact(self) -> bool:
        """The engine has a voice in the visitor's own language."""
        return self.used.split("_")[0] == self.lang


def choose_locale(lang: str, available: list[str]) -> str:
    """The engine locale (e.g. 'sv_SE') nearest to `lang`; '' when the engine has none at all."""
    by_language: dict[str, str] = {}
    for name in available:
        by_language.setdefault(name.split("_")[0], name)
    for candidate in (*NEAREST.get(lang, (lang,)), "en"):
        if candidate in by_language:
            return by_language[candidate]
    return next((name for name in available if name != "C"), "")


START_TIMEOUT_MS = 20_000
"""An engine not ready this long after it was started is taken for hung (speech-dispatcher
enumerates its voices in about a second)."""


class SpeechService(QObject):
    """The kiosk's voice. Starts its engine in a child process when asked (after the first frame)."""

    status_changed = Signal()
    engine_state = Signal(str)
    """The engine's state by name: ready, speaking, paused, error (tests wait on it)."""

    def __init__(
        self,
        engine: str = "",
        enabled: bool = True,
        rate_step: int = 0,
        volume_percent: int = 80,
        parent: QObject | None = None,
        start_timeout_ms: int = START_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self.enabled = enabled
        self.default_rate = max(-RATE_STEPS, min(RATE_STEPS, rate_step))
        self.default_volume = max(0, min(100, volume_percent))
        self.rate_step = self.default_rate
        self.volume = self.default_volume
        self.state = "off" if not enabled else "not started"
        self.problem = ""
        self.spoken: list[str] = []
        """What was handed to the engine, in order (for tests and the journey log)."""
        self.last = ""
        self._lang = ""
        self.locales: list[str] = []
        """The engine's locales (known once it is ready)."""
        self.missing_voice_notice: Callable[[Voice], str] = lambda _voice: ""
        """What to say before the first sentence in a language the engine has no voice for."""
        self._pending: str | None = None
        self._process: QProcess | None = None
        self._output = b""
        self._given_up = False
        """The engine failed this visit: asked for again only in the next one."""
        self._start_timer = QTimer(self, singleShot=True, interval=start_timeout_ms)
        self._start_timer.timeout.connect(self._on_start_timeout)

    def status_text(self) -> str:
        """For the shop owner's status panel: ready, starting, off, or 'missing: why'."""
        return f"missing: {self.problem}" if self.state == "missing" else self.state

    @property
    def ready(self) -> bool:
        """The engine is loaded and can speak."""
        return self.state == "ready"

    def start(self) -> None:
        """Start the engine's process (once; after a failure not again until the next visit,
        see `reset`); what is said before it is ready waits."""
        if not self.enabled or self._process is not None or self._given_up:
            return
        self.state = "starting"
        process = self._process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_process_error)
        command = [*kiosk_command(), ARGUMENT, self._engine]
        self._output = b""
        process.start(command[0], command[1:])
        if process.processId():  # started: it loads and waits in the background
            run_in_background(process.processId())
        self._start_timer.start()

    def close(self) -> None:
        """End the engine's process (the kiosk is closing)."""
        self._end(gently=True)

    def _end(self, gently: bool) -> None:
        """Let go of the engine's process: end of input ends it (`gently`), else or after 2 s
        it is killed."""
        process, self._process = self._process, None
        self._start_timer.stop()
        if process is None:
            return
        for signal, slot in (
            (process.readyReadStandardOutput, self._on_output),
            (process.finished, self._on_finished),
            (process.errorOccurred, self._on_process_error),
        ):
            signal.disconnect(slot)
        if gently:
            process.closeWriteChannel()
        if not gently or not process.waitForFinished(2000):
            process.kill()
            process.waitForFinished(1000)  # SIGKILL: at once
        process.deleteLater()

    def _send(self, **message: Any) -> None:
        if self._process is not None:
            self._process.write((json.dumps(message, ensure_ascii=False) + "\n").encode())

    def _on_output(self) -> None:
        if self._process is None:
            return
        self._output += bytes(self._process.readAllStandardOutput().data())
        *lines, self._output = self._output.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "ready" in message:
                self._start_timer.stop()
                self._on_engine_ready(
                    bool(message["ready"]), str(message.get("problem", "")),
                    [str(name) for name in message.get("locales", [])],
                )  # fmt: skip
            elif "saying" in message:
                self.spoken.append(str(message["saying"]))
            elif "state" in message:
                self.engine_state.emit(str(message["state"]))

    def _lost(self, problem: str) -> None:
        """The engine's process is gone or hung: no voice until it is asked for again."""
        self._end(gently=False)
        self._given_up = True
        if self.state in ("starting", "ready"):
            self._on_engine_ready(False, problem, [])

    def _on_start_timeout(self) -> None:
        seconds = self._start_timer.interval() // 1000
        self._lost(f"the speech engine did not answer within {seconds} s")

    def _on_finished(self, code: int, _status: object) -> None:
        self._lost(f"the speech engine stopped (exit {code})")

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._lost("the speech engine could not be started")

    @property
    def voice(self) -> Voice:
        """The voice for the current language (known once the engine is ready)."""
        return Voice(self._lang, choose_locale(self._lang, self.locales))

    def set_language(self, lang: str) -> None:
        """Speak `lang` from now on (the nearest voice when the engine lacks it)."""
        if lang != self._lang:
            self._lang = lang
            if self.ready:
                self._send(locale=self.voice.used)

    def say(self, text: str) -> None:
        """Interrupt whatever is being said and say `text`."""
        text = " ".join(text.split())
        if not self.enabled or not text:
            return
        self.last = text
        if not self.ready:
            self._pending = text
            self.start()
            return
        voice = self.voice
        if self._lang and not voice.exact:
            text = " ".join((self.missing_voice_notice(voice), text)).strip()
        self._send(say=text, rate=self.rate_step / RATE_STEPS, volume=self.volume / 100)

    def stop(self) -> None:
        """Silence now."""
        self._pending = None
        if self.ready:
            self._send(stop=True)

    def repeat(self) -> None:
        """Say the last sentence again."""
        if self.last:
            self.say(self.last)

    def change_rate(self, steps: int) -> int:
        """Slower (-1) or faster (+1); the new step."""
        self.rate_step = max(-RATE_STEPS, min(RATE_STEPS, self.rate_step + steps))
        return self.rate_step

    def change_volume(self, steps: int) -> int:
        """Softer (-1) or louder (+1); the new percentage (never fully silent)."""
        self.volume = max(VOLUME_STEP, min(100, self.volume + steps * VOLUME_STEP))
        return self.volume

    def reset(self) -> None:
        """The visit ended: silence, default rate and volume for the next visitor."""
        self.stop()
        self._given_up = False  # the next visitor may ask for speech again: the engine is retried
        self.rate_step = self.default_rate
        self.volume = self.default_volume
        self.last = ""

    def _on_engine_ready(self, ok: bool, problem: str, locales: list[str]) -> None:
        self.state = "ready" if ok else "missing"
        self.problem = problem
        self.locales = locales
        if not ok:
            self._given_up = True
            self._pending = None
            log.warning("speech is not available: %s", problem)
        self.status_changed.emit()
        if ok:
            if self._lang:
                self._send(locale=self.voice.used)
            pending, self._pending = self._pending, None
            if pending:
                self.say(pending)
