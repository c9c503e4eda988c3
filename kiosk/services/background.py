"""Runs one slow, Qt-free call (key derivation, an upload) off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from kiosk.errors import KioskError

log = logging.getLogger(__name__)


class _Call(QThread):
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, call: Callable[[], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._call = call

    def run(self) -> None:
        """Only plain data crosses back: the result, or the error's text for people."""
        try:
            result = self._call()
        except KioskError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: the officer gets a line, the log the traceback
            log.exception("background call failed")
            self.failed.emit(f"Ett oväntat fel inträffade ({error.__class__.__name__}).")
        else:
            self.succeeded.emit(result)


class Background(QObject):
    """One call at a time; `done(result)` or `failed(text)` arrive on the GUI thread."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _Call | None = None

    @property
    def busy(self) -> bool:
        """True while a call runs."""
        return self._thread is not None

    def run(self, call: Callable[[], Any]) -> bool:
        """Start `call` in a thread; False (and nothing started) while another runs."""
        if self._thread is not None:
            return False
        thread = _Call(call, self)
        thread.succeeded.connect(self._on_call_succeeded)
        thread.failed.connect(self._on_call_failed)
        self._thread = thread
        thread.start()
        return True

    def wait(self) -> None:
        """Block until a running call ends (closing the window, tests)."""
        if self._thread is not None:
            self._thread.wait()

    def _finish(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()

    def _on_call_succeeded(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    def _on_call_failed(self, text: str) -> None:
        self._finish()
        self.failed.emit(text)
