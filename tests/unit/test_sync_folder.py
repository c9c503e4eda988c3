"""A USB or folder feed is held to the same trust as a download: signed, no rollback, regular files only."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from feedmaker import PIXEL
from syncfeed import Kiosk, build, entry_path, manifest_of

from kiosk.feed.sign import KeyPair, generate_keypair, sign
from kiosk.paths import DataDir


@pytest.fixture(scope="module")
def keys() -> KeyPair:
    """The municipality's key pair."""
    return generate_keypair(None)


def signed(feed: Path, keys: KeyPair) -> Path:
    """Write manifest.json.minisig for `feed` with `keys`."""
    raw = (feed / "manifest.json").read_bytes()
    (feed / "manifest.json.minisig").write_text(sign(raw, keys.secret_key_file, None, "usb"))
    return feed


@pytest.fixture
def kiosk(tmp_path: Path) -> Kiosk:
    """A kiosk with no content yet."""
    return Kiosk(DataDir(tmp_path / "data"))


def test_an_unsigned_usb_folder_is_refused_by_sync_when_keys_are_set(
    tmp_path: Path, kiosk: Kiosk, keys: KeyPair
) -> None:
    result = kiosk.sync(str(build(tmp_path, 1)), keys=[keys.public_key])
    assert result.outcome == "failed"
    assert (
        result.reason
        == "manifest.json.minisig is missing, and this kiosk accepts only signed feeds"
    )
    assert not kiosk.data.objects_dir.exists()  # refused before a single object was copied


def test_a_usb_folder_signed_by_another_key_is_refused_by_sync(
    tmp_path: Path, kiosk: Kiosk, keys: KeyPair
) -> None:
    feed = signed(build(tmp_path, 1), generate_keypair(None))
    result = kiosk.sync(str(feed), keys=[keys.public_key])
    assert result.outcome == "failed"
    assert "which is not one of the configured public keys" in result.reason


def test_a_lower_version_in_the_same_folder_is_refused(tmp_path: Path, kiosk: Kiosk) -> None:
    usb = tmp_path / "usb"
    shutil.copytree(build(tmp_path, 2, image=PIXEL + b"2"), usb)
    assert kiosk.sync(str(usb)).outcome == "updated"
    shutil.rmtree(usb)
    shutil.copytree(build(tmp_path, 1), usb)  # the stick republished with an older feed
    result = kiosk.sync(str(usb))
    assert result.line == (
        "kept feed version 2: feed version 1 refused: older than the version showing (rollback)"
    )
    assert kiosk.version() == 2


def test_an_asset_linked_to_a_file_outside_the_folder_is_refused(
    tmp_path: Path, kiosk: Kiosk
) -> None:
    feed = build(tmp_path, 1)
    asset = feed / entry_path(feed, "assets", "png")
    outside = tmp_path / "outside.png"
    outside.write_bytes(
        asset.read_bytes()
    )  # the very bytes the manifest lists: only the link is wrong
    asset.unlink()
    asset.symlink_to(outside)
    result = kiosk.sync(str(feed))
    assert result.outcome == "failed"
    assert result.reason == (
        f"{entry_path(feed, 'assets', 'png')}: is a symbolic link; "
        "a feed folder holds regular files only"
    )
    assert "\n" not in result.line
    assert result.version is None  # nothing shown


def test_a_linked_assets_folder_is_refused(tmp_path: Path, kiosk: Kiosk) -> None:
    feed = build(tmp_path, 1)
    moved = tmp_path / "elsewhere"
    (feed / "assets").rename(moved)
    (feed / "assets").symlink_to(moved)
    result = kiosk.sync(str(feed))
    assert result.reason == "assets: is a symbolic link; a feed folder holds regular files only"


def test_a_manifest_linked_to_dev_zero_is_refused_with_one_line(
    tmp_path: Path, kiosk: Kiosk
) -> None:
    feed = build(tmp_path, 1)
    (feed / "manifest.json").unlink()
    (feed / "manifest.json").symlink_to("/dev/zero")
    result = kiosk.sync(str(feed))
    assert result.line == (
        "no feed yet: manifest.json: is a symbolic link; a feed folder holds regular files only"
    )


def test_a_fifo_in_place_of_an_asset_is_refused_without_blocking(
    tmp_path: Path, kiosk: Kiosk
) -> None:
    feed = build(tmp_path, 1)
    asset = feed / entry_path(feed, "assets", "pdf")
    asset.unlink()
    os.mkfifo(asset)  # opening it for reading would wait for a writer for ever
    result = kiosk.sync(str(feed))
    assert result.reason == (
        f"{entry_path(feed, 'assets', 'pdf')}: is not a regular file; "
        "a feed folder holds regular files only"
    )


def test_a_2_gb_object_is_refused_without_reading_it(tmp_path: Path, kiosk: Kiosk) -> None:
    feed = build(tmp_path, 1)
    path = entry_path(feed, "assets", "pdf")
    with (feed / path).open("r+b") as handle:
        handle.truncate(2 * 1000**3)  # sparse: no disk used, and reading it would take seconds
    result = kiosk.sync(str(feed))
    size = next(e.size for e in manifest_of(feed).files if e.path == path)
    assert result.reason == f"{path}: 2.0 GB, the manifest says {size} bytes; not copied"
    assert not list((kiosk.data.objects_dir / ".partial").glob("*.part"))


def test_a_2_gb_manifest_is_refused_without_reading_it(tmp_path: Path, kiosk: Kiosk) -> None:
    feed = build(tmp_path, 1)
    with (feed / "manifest.json").open("r+b") as handle:
        handle.truncate(2 * 1000**3)
    result = kiosk.sync(str(feed))
    assert result.reason == "manifest.json: 2.0 GB is over the 8.4 MB limit"
