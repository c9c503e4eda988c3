"""The publisher's preview: the unpublished source built, synced and rendered by the kiosk itself.

Each step is the real `kiosk` command in a child process (`feed build`, `sync`, `screenshot`), so
the picture is exactly what a kiosk synced to that feed shows, and the officer's window never
waits for a build or a render.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from kiosk.config import Config
from kiosk.services.syncprocess import child_environment, kiosk_command

log = logging.getLogger(__name__)

SIZES = ((1920, 1080), (1366, 768), (1080, 1920))
"""The screens kiosks have: landscape full HD, a small laptop, a portrait totem."""

PAGES = ("home", "notices", "events", "places", "services", "brochures", "about", "attract")
"""The visitor's pages worth previewing (item pages follow from these)."""


@dataclass(frozen=True)
class PreviewChoice:
    """What to render: which service point's kiosk, in which language, look and size."""

    service_point: str
    page: str = "home"
    lang: str = "sv"
    text_size: int = 0
    high_contrast: bool = False
    size: tuple[int, int] = SIZES[0]

    def screenshot_args(self, out: Path) -> list[str]:
        """The `kiosk screenshot` options that draw this choice into `out`."""
        width, height = self.size
        return [
            "screenshot",
            "--no-demo",
            f"--page={self.page}",
            f"--lang={self.lang}",
            f"--size={width}x{height}",
            f"--text-size={self.text_size}",
            f"--contrast={'high' if self.high_contrast else 'normal'}",
            f"--out={out}",
        ]


@dataclass(frozen=True)
class _Step:
    args: list[str]
    env: dict[str, str]
    what: str
    """Swedish: what failed when this step fails."""


class Previewer(QObject):
    """Renders previews one at a time; a newer request replaces one that waits."""

    started = Signal()
    rendered = Signal(str)  # the PNG's path
    failed = Signal(str)  # one line in Swedish, with the command's own reason

    def __init__(self, base: Config, work: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._base = base
        self._work = work or Path(tempfile.mkdtemp(prefix="kiosk-preview-"))
        self._built: Path | None = None  # the data dir of a kiosk synced to the current source
        self._builds = 0
        self._source: Path | None = None
        self._waiting: PreviewChoice | None = None
        self._process: QProcess | None = None
        self._steps: list[_Step] = []
        self._finish: Callable[[], None] | None = None
        self._step: _Step | None = None
        # Finished children are kept until the next render: a QProcess must not be freed
        # inside its own finished() signal.
        self._dropped: list[QProcess] = []

    @property
    def busy(self) -> bool:
        """True while a child is running."""
        return self._process is not None

    def source_changed(self, source: Path) -> None:
        """The source folder (or its contents) changed: the next preview builds it again."""
        self._source = source
        self._built = None

    def render(self, choice: PreviewChoice) -> None:
        """Render `choice` of the current source; `rendered` or `failed` follows."""
        if self._source is None:
            self.failed.emit("Ingen källmapp är öppen.")
            return
        if self.busy:
            self._waiting = choice
            return
        del self._dropped[:-1]  # the last may be the one whose finished() is running now
        self.started.emit()
        out = self._work / f"preview-{choice.page}.png"
        steps = [] if self._built is not None else self._build_steps(self._source)
        data = self._built or self._work / f"kiosk-{self._builds}"
        env = self._environment(choice)
        steps.append(
            _Step(
                [*choice.screenshot_args(out), "--data-dir", str(data)],
                env,
                "Sidan kunde inte ritas",
            )
        )
        self._steps = steps
        self._finish = lambda: self._done(data, out)
        self._next()

    def close(self) -> None:
        """Stop a running child and remove the work folder."""
        if self._process is not None:
            self._process.finished.disconnect(self._on_child_finished)
            self._process.kill()
            self._process.waitForFinished(5000)
            self._process = None
        self._dropped.clear()
        shutil.rmtree(self._work, ignore_errors=True)

    def _build_steps(self, source: Path) -> list[_Step]:
        self._builds += 1
        # A fresh feed and kiosk per build: versions come from the clock's minute, and a kiosk
        # rightly refuses a second, different feed with the same version.
        run = self._work / f"kiosk-{self._builds}"
        feed = self._work / f"feed-{self._builds}"
        for old in (run, feed):
            shutil.rmtree(old, ignore_errors=True)
        env = child_environment(self._base)
        sync_env = {**env, **_settings(feed_url=str(feed))}
        return [
            _Step(["feed", "build", str(source), str(feed)], env, "Innehållet kunde inte byggas"),
            _Step(["sync", "--data-dir", str(run)], sync_env, "Förhandsvisningen fick inte flödet"),
        ]

    def _environment(self, choice: PreviewChoice) -> dict[str, str]:
        feed = self._work / f"feed-{self._builds}"
        values = _settings(feed_url=str(feed), service_point=choice.service_point)
        return {**child_environment(self._base), **values}

    def _next(self) -> None:
        if not self._steps:
            finish, self._finish = self._finish, None
            self._process = None
            if finish is not None:
                finish()
            self._after()
            return
        step = self._steps.pop(0)
        process = QProcess()  # owned here until finished, then deleted later with its pipes
        environment = QProcessEnvironment()
        for key, value in step.env.items():
            environment.insert(key, value)
        process.setProcessEnvironment(environment)
        command = kiosk_command()
        process.finished.connect(self._on_child_finished)
        process.errorOccurred.connect(self._on_child_error)
        self._step = step
        self._process = process
        process.start(command[0], [*command[1:], *step.args])

    def _on_child_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process, step = self._process, self._step
        if process is None or step is None:
            return
        if code != 0:
            reason = bytes(process.readAllStandardError().data()).decode(errors="replace")
            lines = [line for line in reason.strip().splitlines() if line.strip()]
            log.warning("preview step %s failed: %s", step.args[:2], reason.strip()[-500:])
            self._drop()
            self.failed.emit(f"{step.what}: {_plain(lines[-1] if lines else str(code))}")
            self._after()
            return
        self._dropped.append(process)
        self._process = None
        self._next()

    def _on_child_error(self, error: QProcess.ProcessError) -> None:
        step = self._step
        if error != QProcess.ProcessError.FailedToStart or step is None:
            return  # a crash also ends in finished() with its exit code
        self._drop()
        self.failed.emit(f"{step.what}: programmet kiosk kunde inte startas.")
        self._after()

    def _drop(self) -> None:
        if self._process is not None:
            self._dropped.append(self._process)
        self._process = None
        self._steps = []
        self._finish = None

    def _done(self, data: Path, out: Path) -> None:
        self._built = data
        self.rendered.emit(str(out))

    def _after(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self.render(waiting)


def _settings(**values: str) -> dict[str, str]:
    """Settings for a preview kiosk as environment variables: no uploads, no signature needed
    (the feed was just built from this PC's own source), no local calendars."""
    base = {"KIOSK_FEED_PUBLIC_KEYS": "[]", "KIOSK_EXTRA_ICS_URLS": "[]", "KIOSK_UPLOAD_URL": ""}
    return {**base, **{"KIOSK_" + name.upper(): value for name, value in values.items()}}


def _plain(line: str) -> str:
    """The command's one-line reason without its program-name prefix."""
    return line.removeprefix("kiosk: ").strip()
