"""Text-to-speech on a worker thread: Qt's engine (speech-dispatcher, the Windows one) never blocks the GUI."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QLoggingCategory, QObject, QThread, Signal, Slot

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


class _Worker(QObject):
    """Owns the QTextToSpeech object in its own thread; talks to the GUI through signals only."""

    ready = Signal(bool, str, list)
    """(engine usable, problem text, the engine's locale names)."""
    saying = Signal(str)
    engine_state = Signal(str)

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine_name = engine
        self._tts: object = None

    @Slot()
    def start(self) -> None:
        """Load the engine (speech-dispatcher's takes a second: enumerating voices)."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = QTextToSpeech.availableEngines()
        if not engines or (self._engine_name and self._engine_name not in engines):
            self.ready.emit(False, "no text-to-speech engine is installed", [])
            return
        tts = QTextToSpeech(self._engine_name, self) if self._engine_name else QTextToSpeech(self)
        tts.stateChanged.connect(self._on_tts_state_changed)
        self._tts = tts
        if tts.state() == QTextToSpeech.State.Error:
            problem = tts.errorString() or "the speech engine failed to start"
            self.ready.emit(False, problem, [])
            return
        self.ready.emit(True, "", [loc.name() for loc in tts.availableLocales()])

    def _on_tts_state_changed(self, state: object) -> None:
        name = getattr(state, "name", str(state)).lower()
        self.engine_state.emit(name)

    @Slot(str)
    def set_locale(self, name: str) -> None:
        """Speak with the engine's default voice for locale `name` from now on."""
        if self._tts is not None and name:
            self._tts.setLocale(QLocale(name))  # type: ignore[attr-defined]

    @Slot(str, float, float)
    def say(self, text: str, rate: float, volume: float) -> None:
        """Stop what is being said and say `text` (the test seam: `saying` just before the engine)."""
        tts = self._tts
        if tts is None:
            return
        tts.setRate(rate)  # type: ignore[attr-defined]
        tts.setVolume(volume)  # type: ignore[attr-defined]
        self.saying.emit(text)
        tts.say(text)  # type: ignore[attr-defined]

    @Slot()
    def stop(self) -> None:
        """Silence at once."""
        if self._tts is not None:
            self._tts.stop()  # type: ignore[attr-defined]


class SpeechService(QObject):
    """The kiosk's voice. Starts its engine on a thread when asked (after the first frame)."""

    status_changed = Signal()
    engine_state = Signal(str)
    """The engine's state by name: ready, speaking, paused, error (tests wait on it)."""
    _start = Signal()
    _say = Signal(str, float, float)
    _stop = Signal()
    _language = Signal(str)

    def __init__(
        self,
        engine: str = "",
        enabled: bool = True,
        rate_step: int = 0,
        volume_percent: int = 80,
        parent: QObject | None = None,
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
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    def status_text(self) -> str:
        """For the shop owner's status panel: ready, starting, off, or 'missing: why'."""
        return f"missing: {self.problem}" if self.state == "missing" else self.state

    @property
    def ready(self) -> bool:
        """The engine is loaded and can speak."""
        return self.state == "ready"

    def start(self) -> None:
        """Load the engine on its own thread (once); what is said before it is ready waits."""
        if not self.enabled or self._thread is not None:
            return
        # Qt's speech plugins load Qt Multimedia, which warns about codec libraries it never needs.
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
        import PySide6.QtTextToSpeech  # noqa: F401  (here, not on the worker: imports take a lock)

        self.state = "starting"
        thread = self._thread = QThread(self)
        thread.setObjectName("speech")
        worker = self._worker = _Worker(self._engine)
        worker.moveToThread(thread)
        thread.started.connect(worker.start)
        thread.finished.connect(worker.deleteLater)
        self._say.connect(worker.say)
        self._stop.connect(worker.stop)
        self._language.connect(worker.set_locale)
        worker.ready.connect(self._on_worker_ready)
        worker.saying.connect(self.spoken.append)
        worker.engine_state.connect(self.engine_state)
        thread.start()

    def close(self) -> None:
        """Stop the thread (the kiosk is closing)."""
        if self._thread is not None:
            self._stop.emit()
            self._thread.quit()
            self._thread.wait(5000)
            self._thread = None

    @property
    def voice(self) -> Voice:
        """The voice for the current language (known once the engine is ready)."""
        return Voice(self._lang, choose_locale(self._lang, self.locales))

    def set_language(self, lang: str) -> None:
        """Speak `lang` from now on (the nearest voice when the engine lacks it)."""
        if lang != self._lang:
            self._lang = lang
            if self.ready:
                self._language.emit(self.voice.used)

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
        self._say.emit(text, self.rate_step / RATE_STEPS, self.volume / 100)

    def stop(self) -> None:
        """Silence now."""
        self._pending = None
        if self.ready:
            self._stop.emit()

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
        self.rate_step = self.default_rate
        self.volume = self.default_volume
        self.last = ""

    def _on_worker_ready(self, ok: bool, problem: str, locales: list[str]) -> None:
        self.state = "ready" if ok else "missing"
        self.problem = problem
        self.locales = locales
        if not ok:
            log.warning("speech is not available: %s", problem)
        self.status_changed.emit()
        if ok:
            if self._lang:
                self._language.emit(self.voice.used)
            pending, self._pending = self._pending, None
            if pending:
                self.say(pending)
