"""Publish a source folder: validate, build, sign, upload (objects first, manifest last), record.

Kiosks never see half a feed: every object, and the signature named by the manifest's hash,
is stored before the manifest that names them, and objects are never removed, so a publication
that stops half-way (a killed upload, a full server, a lost network) leaves the previous
manifest with all its objects. A
check that can fail (a problem in the source, a wrong key password, a server that cannot be
reached or refuses the login) fails before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from kiosk.errors import FeedError
from kiosk.feed.build import BuiltFeed, FeedProblemsError, prepare_feed
from kiosk.feed.models import Manifest, signature_name
from kiosk.feed.sign import SecretKey, manifest_trusted_comment, sign_with_key
from kiosk.publish import history
from kiosk.publish.check import Problem
from kiosk.publish.source import SourceFolder
from kiosk.publish.target import MANIFEST, SIGNATURE, PublishError, Target

Progress = Callable[[int, int, str], None]
"""Called as (done, total, file) while uploading: for a progress bar."""


class SourceProblemsError(PublishError):
    """The source folder has problems to fix first; `problems` lists them (file, item, field)."""

    def __init__(self, problems: list[Problem]) -> None:
        count = len(problems)
        super().__init__(
            f"{count} problem(s) in the source folder; nothing was published",
            f"{count} fel i källmappen att rätta först; inget publicerades",
        )
        self.problems = problems


@dataclass(frozen=True)
class Published:
    """What one publication did."""

    version: int
    previous: int | None
    uploaded: int
    """Files written (objects new to the target, the signature, the manifest)."""
    already_there: int
    """Objects the target already had, not sent again."""
    entry: history.Entry
    skipped: list[str]
    """Events kiosks will leave out (the rest of the feed shows)."""


def current_manifest(target: Target) -> Manifest | None:
    """The manifest kiosks read now from the target, or None when there is none (or it is unreadable)."""
    raw = target.read(MANIFEST)
    if raw is None:
        return None
    try:
        return Manifest.model_validate_json(raw)
    except ValidationError:
        return None  # not a feed we can build on: the next version starts from the time


def publish(
    src: Path,
    target: Target,
    key: SecretKey | None,
    now: datetime | None = None,
    progress: Progress | None = None,
    undo_of: int | None = None,
) -> Published:
    """Validate, build, sign and upload the source folder `src` to `target`; record it in history."""
    now = now or datetime.now(UTC)
    problems = [p for p in SourceFolder.open(src).problems() if not p.skipped]
    if problems:
        raise SourceProblemsError(problems)
    current = current_manifest(target)  # unreachable or refused: fails here, before any write
    above = current.version if current else 0
    try:
        built = prepare_feed(src, now, version_above=above)
    except FeedProblemsError as error:
        raise PublishError(
            "the feed cannot be built: " + "; ".join(error.lines),
            "Flödet går inte att bygga: " + "; ".join(error.lines),
        ) from None
    except FeedError as error:
        raise PublishError(str(error), f"Flödet går inte att bygga: {error}") from None
    have = {entry.path for entry in current.files} if current else set()
    sent = _upload(built, target, key, have, progress)
    entry = history.record(src, built, target.describe(), now, undo_of)
    return Published(
        version=built.manifest.version,
        previous=current.version if current else None,
        uploaded=sent,
        already_there=len(have & built.files.keys()),
        entry=entry,
        skipped=built.skipped,
    )


def _upload(
    built: BuiltFeed,
    target: Target,
    key: SecretKey | None,
    have: set[str],
    progress: Progress | None,
) -> int:
    """Objects the target lacks, the manifest's own signature, the manifest, then
    manifest.json.minisig; how many files were sent.

    A kiosk reads the signature named by the manifest's hash (signature_name), which is there
    before the manifest and never changes, so whenever it fetches it finds a manifest with its
    signature. Kiosks from before December 2026 read manifest.json.minisig only: it follows the
    manifest, and one of them that fetches in between refuses that pass and takes the new feed
    at its next.
    """
    files = [(path, raw) for path, raw in sorted(built.files.items()) if path not in have]
    signature = b""
    if key is not None:
        comment = manifest_trusted_comment(built.manifest_raw)
        signature = sign_with_key(built.manifest_raw, key, comment).encode("utf-8")
        files.append((signature_name(built.manifest_raw), signature))
    files.append((MANIFEST, built.manifest_raw))
    if key is not None:
        files.append((SIGNATURE, signature))
    for done, (path, raw) in enumerate(files):
        if progress is not None:
            progress(done, len(files), path)
        try:
            target.write(path, raw)
        except PublishError:
            if path == SIGNATURE:
                raise PublishError(
                    f"{target.describe()} did not take {SIGNATURE}: the feed is published for "
                    "kiosks updated since December 2026; publish again for older kiosks",
                    f"{target.describe()} tog inte emot {SIGNATURE}: flödet är publicerat för "
                    "kiosker uppdaterade sedan december 2026; publicera igen så att äldre "
                    "kiosker också tar emot det.",
                ) from None
            raise
    if progress is not None:
        progress(len(files), len(files), files[-1][0])
    return len(files)


def undo(
    src: Path,
    target: Target,
    key: SecretKey | None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Published:
    """Publish again what the version before the latest held, under a new, higher version.

    The source folder's files, pictures and PDFs included, become those of that version (the
    current ones are set aside in .publish/undone/ first); if publishing fails they are put
    back as they were.
    """
    now = now or datetime.now(UTC)
    published = history.entries(src)
    if len(published) < 2:
        raise PublishError(
            "there is no earlier publication to go back to",
            "Det finns ingen tidigare publicering att gå tillbaka till.",
        )
    previous = published[-2]
    try:
        aside = history.set_aside(src, now)
    except OSError as error:
        raise _not_put_back(error) from None
    try:
        history.restore(src, previous.folder)
        return publish(src, target, key, now, progress, undo_of=previous.version)
    except BaseException as error:
        history.restore(src, aside)
        if isinstance(error, OSError):
            raise _not_put_back(error) from None
        raise


def _not_put_back(error: OSError) -> PublishError:
    return PublishError(
        f"the source folder cannot be put back ({error.strerror}); nothing was published",
        f"Källmappen går inte att återställa ({error.strerror}); inget publicerades.",
    )
