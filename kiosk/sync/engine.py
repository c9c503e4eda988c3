"""One sync pass: conditional manifest, verified downloads of what is missing, atomic apply, tidy-up."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Literal

from kiosk.clock import WINDOW_AHEAD
from kiosk.errors import ContentError, FeedError
from kiosk.feed.audience import audience_entry, elsewhere, parse_audience
from kiosk.feed.load import build_content, reload_from_objects
from kiosk.feed.models import FileEntry, Manifest
from kiosk.feed.validate import MAX_DOCUMENT_BYTES, ObjectsSource
from kiosk.paths import DataDir, demo_feed_dir
from kiosk.store.witness import record_server_date
from kiosk.sync.calendars import CalendarRefresh, refresh_calendars
from kiosk.sync.http import Http, SyncError, human_size
from kiosk.sync.lock import sync_lock
from kiosk.sync.manifest import held_manifest, hold_manifest, parse_manifest
from kiosk.sync.objects import collect_garbage, install, missing, object_name, part_path
from kiosk.sync.remote import SIGNATURE, RemoteFeed, open_feed
from kiosk.sync.showing import showing
from kiosk.sync.state import SyncState, Validators, load_state, save_state

Outcome = Literal["updated", "unchanged", "failed"]

REBUILD_AFTER = timedelta(days=2)
"""The content is rebuilt from held objects when its event window started longer ago than this."""

PARALLEL = 4
"""Objects downloaded at once, each on its own kept-alive connection: enough to keep a slow,
distant link busy between one object's last byte and the next one's first, few enough to be
kind to the server and to the shop's shared line."""


@dataclass(frozen=True)
class SyncResult:
    """What one sync pass did, in data for the status panel and in one line for people."""

    outcome: Outcome
    version: int | None
    """The feed version showing after the pass (None: no content yet)."""
    line: str
    """'updated to feed version 7 (12 new objects, 1.4 MB)', 'unchanged (feed version 7)',
    'kept feed version 6: <reason>'."""
    warnings: tuple[str, ...] = ()
    """Expired feed, failing calendars: shown to the shop owner, never a failure."""
    reason: str = ""
    """Why the pass failed ('' when it did not)."""
    retry_after: float | None = None
    """Seconds the server asked us to wait (429/503 with Retry-After)."""
    new_objects: int = 0
    new_bytes: int = 0
    received: int = 0
    """Body bytes received over HTTP in this pass."""
    requests: int = 0
    """HTTP requests made in this pass."""
    offline: bool = False
    """The feed's server could not be reached at all (no network, name not found, refused)."""

    @property
    def ok(self) -> bool:
        """True unless the pass failed."""
        return self.outcome != "failed"


def sync_once(
    feed_url: str,
    data: DataDir,
    public_keys: Sequence[str],
    extra_ics_urls: Sequence[str],
    now: datetime,
    window_days: int = 180,
    http: Http | None = None,
    service_point: str = "",
) -> SyncResult:
    """Bring the content up to date with the feed at `feed_url` (an address or a local folder).

    This is the one apply path of every feed source (HTTP, a folder or USB stick, the demo
    feed): the signature is required when `public_keys` are given, a lower version than the
    one showing from the same feed address is refused (rollback), every file is checked
    against the same limits, and only then is new content swapped in.

    Never raises for a network, server, feed or disk problem: the previous content stays and the
    result says why. The outcome is saved in `data.root / "sync-state.json"`. The kiosk of
    `service_point` leaves out the assets that only other service points show.
    """
    client = http or Http()
    previous = load_state(data.root)
    try:
        with sync_lock(data.root):
            sync = _Pass(
                feed_url, data, public_keys, now, window_days, client, previous, service_point
            )
            result = sync.run(extra_ics_urls)
            with contextlib.suppress(OSError):  # losing the state costs one full fetch, no more
                save_state(data.root, sync.state(result))
            return result
    except SyncError as error:  # the lock is held by another sync
        return SyncResult("failed", None, f"not synced: {error}", reason=str(error))
    except OSError as error:  # the data directory cannot be written at all
        reason = f"cannot write in {data.root} ({error.strerror})"
        return SyncResult("failed", None, f"not synced: {reason}", reason=reason)
    finally:
        if http is None:
            client.close()


def apply_demo(data: DataDir, now: datetime, window_days: int = 180) -> SyncResult:
    """Apply the bundled demo feed (`kiosk run --demo`) through the same path as any feed.

    The demo feed is unsigned. It is trusted as what it is: a read-only asset installed with
    the program itself, so it needs no more trust than the code that would check its signature.
    That trust is bound to the packaged folder, not to a path anyone can configure: a feed_url
    naming the same folder is an ordinary folder feed and needs a signature when keys are set.
    Everything else holds (regular files only, limits, hashes, rollback per address). The sync
    state and the kiosk's own calendars are left as they are.
    """
    previous = SyncState()
    with Http() as client:
        try:
            with sync_lock(data.root):
                sync = _Pass(str(demo_feed_dir()), data, (), now, window_days, client, previous)
                sync.calendars = False
                return sync.run(())
        except SyncError as error:
            return SyncResult("failed", None, f"not applied: {error}", reason=str(error))
        except OSError as error:
            reason = f"cannot write in {data.root} ({error.strerror})"
            return SyncResult("failed", None, f"not applied: {reason}", reason=reason)


class _Pass:
    """The steps of one sync, sharing what they learn."""

    def __init__(
        self,
        feed_url: str,
        data: DataDir,
        public_keys: Sequence[str],
        now: datetime,
        window_days: int,
        http: Http,
        previous: SyncState,
        service_point: str = "",
    ) -> None:
        self.feed_url = feed_url
        self.data = data
        self.public_keys = list(public_keys)
        self.now = now
        self.window_days = window_days
        self.http = http
        self.previous = previous
        self.shown = showing(data)
        self.validators = previous.manifest
        self.warnings: list[str] = []
        self.skipped: list[str] = []
        """Events the content leaves out: in the warnings, and said in the owner's status line."""
        self.refresh = CalendarRefresh()
        self.calendars = True
        """False: the kiosk's own calendars are neither fetched nor dropped (the demo feed)."""
        self.service_point = service_point
        """The kiosk's service point ('' when unknown: then every asset is fetched)."""
        self.new_objects = 0
        self.new_bytes = 0
        self._counters = (http.received, http.requests)  # the client may serve many passes

    def run(self, extra_ics_urls: Sequence[str]) -> SyncResult:
        """Calendars first (they never fail the pass), then the feed."""
        if self.calendars:
            self.refresh = refresh_calendars(
                extra_ics_urls, self.data.root, self.http, self.previous.calendars, self.now
            )
        try:
            return self._feed(open_feed(self.feed_url, self.http))
        except (SyncError, FeedError, ContentError) as error:
            offline = bool(getattr(error, "unreachable", False))
            return self._failed(str(error), getattr(error, "retry_after", None), offline)
        except OSError as error:
            return self._failed(f"cannot write in {self.data.root} ({error.strerror})", None)

    def _feed(self, feed: RemoteFeed) -> SyncResult:
        shown = self.shown
        # Validators only while they describe the content showing and its held manifest copy,
        # and every object this kiosk needs is held (not so after it moved to another shop).
        held = held_manifest(self.data, self.shown)
        fits = (
            shown is not None
            and self.previous.manifest.sha256 == shown.sha256
            and held is not None
            and not self._lacking(feed, held)
        )
        fetched = feed.manifest(self.previous.manifest if fits else Validators())
        with contextlib.suppress(OSError):  # a witness lost costs a clock check, no more
            record_server_date(self.data.root, fetched.date, self.now)
        if not fetched.modified:
            if shown is None:  # we asked unconditionally: a 304 has nothing to refer to
                raise SyncError("the feed's server answered 304 Not Modified to a first request")
            return self._unchanged()
        raw = fetched.body
        sha = hashlib.sha256(raw).hexdigest()
        if self.public_keys:
            self._verify(feed, raw)
        manifest = parse_manifest(raw)
        if shown and shown.origin == feed.describe() and manifest.version < shown.version:
            raise SyncError(
                f"feed version {manifest.version} refused: older than the version showing (rollback)"
            )
        self._refuse_rollback_after_set_aside(feed, manifest.version)
        validators = Validators(feed.describe(), fetched.etag, fetched.last_modified, sha)
        if shown and sha == shown.sha256 and not self._todo(feed, manifest):
            self.validators = validators
            hold_manifest(self.data, raw)
            return self._unchanged()
        self._download(feed, manifest)
        source = ObjectsSource(self.data.objects_dir, raw, feed.describe(), self.service_point)
        loaded = build_content(
            source, self.data, self.now, self.window_days, self.refresh.calendars
        )
        self.skipped = list(loaded.problems)  # skipped events: shown, never a failure
        self.validators = validators
        self._expiry(manifest.version, manifest.expires)
        collect_garbage(self.data.objects_dir, {object_name(e) for e in manifest.files})
        count = f"{self.new_objects} new object{'s' if self.new_objects != 1 else ''}"
        size = f", {human_size(self.new_bytes)}" if self.new_objects else ""
        line = f"updated to feed version {manifest.version} ({count}{size})"
        return self._result("updated", manifest.version, line)

    def _refuse_rollback_after_set_aside(self, feed: RemoteFeed, version: int) -> None:
        # Damaged content was set aside: the last pass's state still knows what was showing.
        last = self.previous
        same_feed = self.shown is None and last.manifest.url == feed.describe()
        if same_feed and last.feed_version and version < last.feed_version:
            raise SyncError(
                f"feed version {version} refused: older than the version showing (rollback)"
            )

    def _verify(self, feed: RemoteFeed, raw: bytes) -> None:
        # Only a kiosk with feed_public_keys checks signatures: the others' `kiosk sync`, run
        # every 15 minutes, does not load the signature library (several hundred ms).
        from kiosk.feed.sign import verify

        signature = feed.signature(raw)
        if signature is None:
            raise SyncError(f"{SIGNATURE} is missing, and this kiosk accepts only signed feeds")
        verify(raw, signature, self.public_keys)

    def _download(self, feed: RemoteFeed, manifest: Manifest) -> None:
        todo = self._todo(feed, manifest)
        cap = self.http.max_object_bytes
        for entry in todo:  # all checked before any download: refuse early, fetch nothing
            if entry.size > cap:
                raise SyncError(
                    f"{entry.path}: {human_size(entry.size)} is over the {human_size(cap)} limit"
                )
        self._fetch_all(feed, todo)

    def _todo(self, feed: RemoteFeed, manifest: Manifest) -> list[FileEntry]:
        """The objects this kiosk needs and does not hold, leaving out the assets only other
        service points show; the audience asset that says which those are is fetched first."""
        entry = audience_entry(manifest.files)
        if entry is None or not self.service_point:
            return missing(manifest.files, self.data.objects_dir)
        if entry.size > MAX_DOCUMENT_BYTES:
            raise SyncError(f"{entry.path}: {human_size(entry.size)} is over the limit")
        self._fetch_all(feed, missing([entry], self.data.objects_dir))
        raw = (self.data.objects_dir / object_name(entry)).read_bytes()
        away = elsewhere(manifest.files, parse_audience(raw, entry.path), self.service_point)
        wanted = [e for e in manifest.files if e.path not in away]
        return missing(wanted, self.data.objects_dir)

    def _lacking(self, feed: RemoteFeed, manifest: Manifest) -> bool:
        """Whether an object this kiosk needs of `manifest` is not held; fetches nothing."""
        entry = audience_entry(manifest.files)
        if entry is not None and self.service_point and missing([entry], self.data.objects_dir):
            return True
        return bool(self._todo(feed, manifest))  # the audience is held: nothing to fetch

    def _fetch_all(self, feed: RemoteFeed, entries: list[FileEntry]) -> None:
        """Download and install `entries`, PARALLEL at a time; the first failure is raised once
        the downloads under way have ended, and no further one starts."""
        if not entries:
            return
        with ThreadPoolExecutor(max_workers=min(PARALLEL, len(entries))) as pool:
            futures = [pool.submit(self._fetch_one, feed, entry) for entry in entries]
            try:
                for future in as_completed(futures):
                    entry = future.result()
                    self.new_objects += 1
                    self.new_bytes += entry.size
            except BaseException:
                for future in futures:
                    future.cancel()
                raise

    def _fetch_one(self, feed: RemoteFeed, entry: FileEntry) -> FileEntry:
        """One object, hashed once while written, installed only when size and hash match."""
        part = part_path(self.data.objects_dir, entry)
        digest = hashlib.sha256()
        feed.fetch(entry, part, digest)
        install(entry, part, self.data.objects_dir, digest.hexdigest())
        return entry

    def _unchanged(self) -> SyncResult:
        shown = self.shown
        assert shown is not None  # a 304 or an identical manifest needs content showing
        self._expiry(shown.version, shown.expires)
        held = held_manifest(self.data, self.shown)
        line = f"unchanged (feed version {shown.version})"
        outcome: Outcome = "unchanged"
        stale = shown.window_start is None or not (
            -WINDOW_AHEAD < self.now - shown.window_start <= REBUILD_AFTER
        )
        skipped = list(shown.problems)
        if held is not None and (self.refresh.changed or stale):
            try:
                loaded = reload_from_objects(
                    self.data,
                    self.now,
                    self.window_days,
                    self.refresh.calendars,
                    service_point=self.service_point,
                )
                skipped = list(loaded.problems)
                if self.refresh.changed:
                    outcome, line = (
                        "updated",
                        f"updated local calendars (feed version {shown.version})",
                    )
            except (FeedError, ContentError) as error:
                self.warnings.append(f"events could not be rebuilt: {error}")
        self.skipped = skipped
        if held is not None:
            collect_garbage(self.data.objects_dir, {object_name(e) for e in held.files})
        return self._result(outcome, shown.version, line)

    def _failed(self, reason: str, retry_after: float | None, offline: bool = False) -> SyncResult:
        shown = self.shown
        if (
            shown is not None
            and self.refresh.changed
            and held_manifest(self.data, self.shown) is not None
        ):
            # The feed failed, yet a changed local calendar can still be shown.
            with contextlib.suppress(FeedError, ContentError):
                reload_from_objects(
                    self.data,
                    self.now,
                    self.window_days,
                    self.refresh.calendars,
                    service_point=self.service_point,
                )
        if shown is not None:
            self._expiry(shown.version, shown.expires)
            line = f"kept feed version {shown.version}: {reason}"
        else:
            line = f"no feed yet: {reason}"
        version = shown.version if shown else None
        result = self._result("failed", version, line, reason=reason, retry_after=retry_after)
        return replace(result, offline=offline)

    def _expiry(self, version: int, expires: datetime | None) -> None:
        if expires is not None and expires < self.now:
            self.warnings.append(
                f"feed version {version} expired on {expires.date().isoformat()}; "
                "the publisher has not updated the feed since"
            )

    def _result(
        self,
        outcome: Outcome,
        version: int | None,
        line: str,
        reason: str = "",
        retry_after: float | None = None,
    ) -> SyncResult:
        if self.skipped and outcome != "failed":
            count = len(self.skipped)
            line += f"; {count} event{'s' if count > 1 else ''} skipped ({self.skipped[0]})"
        return SyncResult(
            outcome=outcome,
            version=version,
            line=line,
            warnings=(*self.warnings, *self.skipped, *self.refresh.warnings),
            reason=reason,
            retry_after=retry_after,
            new_objects=self.new_objects,
            new_bytes=self.new_bytes,
            received=self.http.received - self._counters[0],
            requests=self.http.requests - self._counters[1],
        )

    def state(self, result: SyncResult) -> SyncState:
        """What to remember of this pass."""
        when = self.now.isoformat(timespec="seconds")
        return SyncState(
            time=when,
            outcome=result.outcome,
            feed_version=result.version,
            line=result.line,
            warnings=result.warnings,
            reason=result.reason,
            retry_after=result.retry_after,
            failures=0 if result.ok else self.previous.failures + 1,
            last_success=when if result.ok else self.previous.last_success,
            offline=result.offline,
            manifest=self.validators,
            calendars=self.refresh.states,
        )
