"""The Publicera button's work off the GUI thread: open the key, publish or undo, report progress.

Every failure becomes one line of plain Swedish; kiosk.publish guarantees that nothing is
half-changed on the server, and undo puts the source folder back when it fails.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from kiosk.errors import KioskError
from kiosk.feed.sign import SecretKey, SignatureError, read_secret_key, secret_key_is_encrypted
from kiosk.publish import publish as publishing
from kiosk.publish.history import Entry, entries
from kiosk.publish.target import PublishError, open_target
from kiosk.services.publisher_setup import Destination

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    """One press of Publicera (or Ångra): everything the worker needs, as plain data."""

    source: Path
    destination: Destination
    upload_password: str = field(default="", repr=False)
    key_password: str = field(default="", repr=False)
    undo: bool = False


def open_key(destination: Destination, password: str) -> SecretKey:
    """The signing key from this PC, opened with its password; KioskError in Swedish."""
    path = Path(destination.key_file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise KioskError(
            f"Nyckeln {path} finns inte eller går inte att läsa. Inget publicerades."
        ) from None
    try:
        if secret_key_is_encrypted(text, str(path)) and not password:
            raise KioskError("Skriv nyckelns lösenord. Inget publicerades.")
        return read_secret_key(text, password or None, str(path))
    except SignatureError as error:
        if "wrong password" in str(error):
            raise KioskError("Fel lösenord för nyckeln. Inget publicerades.") from None
        raise KioskError(f"Nyckeln går inte att använda ({error}). Inget publicerades.") from None


def history(source: Path) -> list[Entry]:
    """The source folder's published versions, newest first."""
    return list(reversed(entries(source)))


class _Work(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, request: Request, parent: QObject) -> None:
        super().__init__(parent)
        self._request = request

    def run(self) -> None:
        """Only plain data crosses back to the GUI thread."""
        request = self._request
        try:
            key = open_key(request.destination, request.key_password)
            target = open_target(
                request.destination.upload_url,
                request.destination.user,
                request.upload_password,
            )
            step = publishing.undo if request.undo else publishing.publish
            done = step(request.source, target, key, progress=self.progressed.emit)
        except publishing.SourceProblemsError as error:
            lines = [problem.line("sv") for problem in error.problems[:5]]
            self.failed.emit(error.sv + ":\n" + "\n".join(lines))
        except PublishError as error:
            self.failed.emit(error.sv)
        except KioskError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: a line for the officer, the traceback in the log
            log.exception("publishing failed")
            self.failed.emit(
                f"Ett oväntat fel inträffade ({error.__class__.__name__}). "
                "Kioskerna behåller det de har."
            )
        else:
            self.succeeded.emit(done)


class PublishService(QObject):
    """Runs one publication at a time; `progressed`, then `published` or `failed`."""

    progressed = Signal(int, int, str)  # done, total, file
    published = Signal(object)  # kiosk.publish.publish.Published
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work: _Work | None = None

    @property
    def busy(self) -> bool:
        """True while publishing."""
        return self._work is not None

    def start(self, request: Request) -> bool:
        """Begin; False (nothing started) while another publication runs."""
        if self._work is not None:
            return False
        work = _Work(request, self)
        work.progressed.connect(self.progressed)
        work.succeeded.connect(self._on_work_succeeded)
        work.failed.connect(self._on_work_failed)
        self._work = work
        work.start()
        return True

    def wait(self) -> None:
        """Block until a running publication ends (closing the window)."""
        if self._work is not None:
            self._work.wait()

    def _finish(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work.wait()
            work.deleteLater()

    def _on_work_succeeded(self, done: object) -> None:
        self._finish()
        self.published.emit(done)

    def _on_work_failed(self, text: str) -> None:
        self._finish()
        self.failed.emit(text)
