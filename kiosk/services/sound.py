"""The countdown's chime: QtMultimedia loaded only when first needed, silent without a sound device."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QObject, QUrl

log = logging.getLogger(__name__)


class Chime(QObject):
    """Plays short sounds from assets/sounds; counts what it played (for tests and the log)."""

    def __init__(self, folder: Path, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._enabled = enabled
        self._effects: dict[str, object] = {}
        self.played: list[str] = []

    def play(self, name: str) -> None:
        """Play assets/sounds/<name>.wav if sound is on and a sound device exists."""
        self.played.append(name)
        if not self._enabled:
            return
        # Qt Multimedia probes for optional codec libraries (VA-API, PipeWire) a chime never
        # needs and logs a warning for each one that is missing.
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:  # e.g. no libpulse on this machine: stay silent, say why once
            log.warning("sound is off: Qt Multimedia cannot load (%s)", error)
            self._enabled = False
            return
        if not QMediaDevices.audioOutputs():
            if len(self.played) == 1:
                log.info("no sound device: the countdown is visible only")
            return
        effect = self._effects.get(name)
        if effect is None:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(self._folder / f"{name}.wav")))
            effect.setVolume(0.6)
            self._effects[name] = effect
        effect.play()  # type: ignore[attr-defined]
