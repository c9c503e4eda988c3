"""Signed feeds: with public keys configured, only a manifest signed by one of them is applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from feedmaker import PIXEL
from pytest_httpserver import HTTPServer
from syncfeed import FeedSite, Kiosk, build

from kiosk.feed.models import signature_name
from kiosk.feed.sign import KeyPair, generate_keypair, sign
from kiosk.paths import DataDir
from kiosk.sync.engine import SyncResult


@pytest.fixture(scope="module")
def keys() -> KeyPair:
    """The publisher's key pair (unencrypted: scrypt would only slow the test)."""
    return generate_keypair(None)


def signed(feed: Path, keys: KeyPair) -> Path:
    """Write manifest.json.minisig for `feed`."""
    raw = (feed / "manifest.json").read_bytes()
    signature = sign(raw, keys.secret_key_file, None, "feed for tests")
    (feed / "manifest.json.minisig").write_text(signature, encoding="utf-8")
    return feed


@pytest.fixture
def site(httpserver: HTTPServer, tmp_path: Path, keys: KeyPair) -> FeedSite:
    """Signed feed version 1 on the loopback server."""
    return FeedSite(httpserver, signed(build(tmp_path, 1), keys))


@pytest.fixture
def kiosk(tmp_path: Path, site: FeedSite, keys: KeyPair) -> Kiosk:
    """A kiosk showing signed feed version 1."""
    kiosk = Kiosk(DataDir(tmp_path / "data"))
    assert kiosk.sync(site.url, keys=[keys.public_key]).outcome == "updated"
    return kiosk


def assert_kept(kiosk: Kiosk, result: SyncResult, reason: str) -> None:
    """Failed for exactly `reason`, version 1 still showing."""
    assert result.outcome == "failed"
    assert result.line == f"kept feed version 1: {reason}"
    assert kiosk.version() == 1


def test_a_signed_feed_is_applied(
    site: FeedSite, kiosk: Kiosk, keys: KeyPair, tmp_path: Path
) -> None:
    site.folder = signed(build(tmp_path, 2, image=PIXEL + b"2"), keys)
    result = kiosk.sync(site.url, keys=[keys.public_key])
    assert result.outcome == "updated"
    assert kiosk.version() == 2


def test_a_missing_signature_is_refused_when_keys_are_configured(
    site: FeedSite, kiosk: Kiosk, keys: KeyPair, tmp_path: Path
) -> None:
    site.folder = build(tmp_path, 2, image=PIXEL + b"2")  # not signed
    result = kiosk.sync(site.url, keys=[keys.public_key])
    assert_kept(
        kiosk,
        result,
        "manifest.json.minisig is missing, and this kiosk accepts only signed feeds",
    )
    manifest = (site.folder / "manifest.json").read_bytes()
    assert [r.path for r in site.requests()][-3:] == [
        "/feed/manifest.json",
        f"/feed/{signature_name(manifest)}",  # the manifest's own, then the older kind
        "/feed/manifest.json.minisig",
    ]  # nothing else was downloaded


def test_a_signature_of_another_manifest_is_refused(
    site: FeedSite, kiosk: Kiosk, keys: KeyPair, tmp_path: Path
) -> None:
    old_signature = (site.folder / "manifest.json.minisig").read_text(encoding="utf-8")
    site.folder = build(tmp_path, 2, image=PIXEL + b"2")
    (site.folder / "manifest.json.minisig").write_text(old_signature, encoding="utf-8")
    result = kiosk.sync(site.url, keys=[keys.public_key])
    assert result.outcome == "failed"
    assert result.reason.startswith("manifest.json.minisig: bad signature")
    assert kiosk.version() == 1


def test_a_signature_by_an_unknown_key_is_refused(
    site: FeedSite, kiosk: Kiosk, keys: KeyPair, tmp_path: Path
) -> None:
    site.folder = signed(build(tmp_path, 2, image=PIXEL + b"2"), generate_keypair(None))
    result = kiosk.sync(site.url, keys=[keys.public_key])
    assert result.outcome == "failed"
    assert "which is not one of the configured public keys" in result.reason
    assert kiosk.version() == 1


def test_a_signed_local_folder_is_checked_too(tmp_path: Path, keys: KeyPair) -> None:
    feed = build(tmp_path, 1)
    kiosk = Kiosk(DataDir(tmp_path / "usb-kiosk"))
    missing = kiosk.sync(str(feed), keys=[keys.public_key])
    assert missing.line == (
        "no feed yet: manifest.json.minisig is missing, and this kiosk accepts only signed feeds"
    )
    assert kiosk.sync(str(signed(feed, keys)), keys=[keys.public_key]).outcome == "updated"


def test_without_keys_a_signature_is_not_needed(site: FeedSite, tmp_path: Path) -> None:
    (site.folder / "manifest.json.minisig").unlink()
    kiosk = Kiosk(DataDir(tmp_path / "open"))
    assert kiosk.sync(site.url).outcome == "updated"
