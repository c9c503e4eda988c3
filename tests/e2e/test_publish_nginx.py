"""`kiosk feed publish` to nginx WebDAV on loopback, read back by real `kiosk sync` passes
(the server's locations are described in nginxsite)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from e2e_helpers import Run
from loopnginx import Nginx
from nginxsite import DAV_PASSWORD, KEY_PASSWORD, dav, needs_nginx, notices, secret_key, sync

from kiosk.publish.publish import publish
from kiosk.publish.source import SourceFolder
from kiosk.publish.target import PublishError, WebTarget

pytestmark = needs_nginx

LOGIN = {"KIOSK_PUBLISH_PASSWORD": DAV_PASSWORD, "KIOSK_FEED_KEY_PASSWORD": KEY_PASSWORD}


def _publish_cli(
    run_kiosk: Run, src: Path, to: str, key: Path, *more: str, env: dict[str, str] | None = None
):  # type: ignore[no-untyped-def]
    return run_kiosk(
        "feed", "publish", str(src), "--to", to, "--sign", str(key), "--user", "kiosk", *more,
        env={**LOGIN, **(env or {})},
    )  # fmt: skip


def _puts(server: Nginx) -> int:
    return (server.tmp / "access.log").read_text(encoding="utf-8").count('"PUT ')


def test_a_notice_for_one_service_point_reaches_only_it_and_undo_takes_it_away(
    run_kiosk: Run, server: Nginx, keys: tuple[Path, str], src: Path, tmp_path: Path
) -> None:
    key, public = keys
    dav = f"{server.url}/dav/"
    first = _publish_cli(run_kiosk, src, dav, key)
    assert first.returncode == 0, first.stderr
    bjorna, ulvohamn = tmp_path / "bjorna", tmp_path / "ulvohamn"
    for data, point in ((bjorna, "bjorna"), (ulvohamn, "ulvohamn")):
        sync(run_kiosk, server, public, data, point)
    before = {
        point: notices(data, point) for data, point in ((bjorna, "bjorna"), (ulvohamn, "ulvohamn"))
    }

    folder = SourceFolder.open(src)  # as the publisher's form does
    today = date.today()
    folder.put(
        "notices",
        {
            "id": "vattenlage",
            "level": "important",
            "title": {"sv": "Koka vattnet i Björna"},
            "validFrom": today - timedelta(days=1),
            "validThrough": today + timedelta(days=7),
            "service_points": ["bjorna"],
        },
    )
    folder.save()
    second = _publish_cli(run_kiosk, src, dav, key)
    assert second.returncode == 0, second.stderr
    assert "notices: 1 added" in second.stdout
    for data, point in ((bjorna, "bjorna"), (ulvohamn, "ulvohamn")):
        sync(run_kiosk, server, public, data, point)
    assert sorted(notices(bjorna, "bjorna")) == sorted(["vattenlage", *before["bjorna"]])
    assert notices(ulvohamn, "ulvohamn") == before["ulvohamn"]
    # the real minisign verifies what publish signed
    pub_file = key.with_name("kiosk-feed.pub")
    checked = subprocess.run(
        ["minisign", "-Vm", str(server.root / "manifest.json"), "-p", str(pub_file)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr

    undone = _publish_cli(run_kiosk, src, dav, key, "--undo")
    assert undone.returncode == 0, undone.stderr
    for data, point in ((bjorna, "bjorna"), (ulvohamn, "ulvohamn")):
        sync(run_kiosk, server, public, data, point)
    assert notices(bjorna, "bjorna") == before["bjorna"]
    assert "vattenlage" not in (src / "notices.toml").read_text(encoding="utf-8")
    versions = [
        int(line.split()[3])
        for line in (first.stdout, second.stdout, undone.stdout)
        for line in line.splitlines()
        if line.startswith("published")
    ]
    assert versions == sorted(set(versions))  # each publication above the one before


def test_an_upload_killed_half_way_leaves_the_previous_feed_whole(
    run_kiosk: Run, server: Nginx, keys: tuple[Path, str], src: Path, tmp_path: Path
) -> None:
    public = keys[1]
    secret = secret_key(keys)
    target = dav(server)
    first = publish(src, target, secret)
    manifest = (server.root / "manifest.json").read_bytes()
    (src / "images" / "ny.jpg").write_bytes(b"\xff\xd8 another image")
    (src / "brochures" / "ny.pdf").write_bytes(b"%PDF-1.4 another brochure")
    folder = SourceFolder.open(src)
    folder.put(
        "brochures",
        {"id": "ny", "name": {"sv": "Ny"}, "file": "brochures/ny.pdf", "cover": "images/ny.jpg"},
    )
    folder.save()

    def die_after_one(done: int, total: int, name: str) -> None:
        if done == 1:
            server.stop()  # the server goes away with the second of the new objects

    with pytest.raises(PublishError) as stopped:
        publish(src, target, secret, progress=die_after_one)
    assert stopped.value.sv.startswith(f"Kan inte nå 127.0.0.1:{server.port}")
    server.start()
    assert (server.root / "manifest.json").read_bytes() == manifest
    checked = run_kiosk(
        "feed",
        "validate",
        f"{server.url}/kiosk/manifest.json",
        env={"KIOSK_FEED_PUBLIC_KEYS": public},
    )
    assert checked.returncode == 0, checked.stdout
    assert f"valid feed version {first.version}" in checked.stdout
    again = publish(src, target, secret)
    assert again.already_there > 0 and again.version > first.version


def test_a_full_server_a_refused_login_and_an_unreachable_host_change_nothing(
    server: Nginx, keys: tuple[Path, str], src: Path
) -> None:
    secret = secret_key(keys)
    publish(src, dav(server), secret)
    files = {p: p.read_bytes() for p in server.root.rglob("*") if p.is_file()}
    puts = _puts(server)
    (src / "notices.toml").write_text(
        (src / "notices.toml")
        .read_text(encoding="utf-8")
        .replace('level = "important"', 'level = "info"'),
        encoding="utf-8",
    )
    with pytest.raises(PublishError) as full:
        publish(src, WebTarget(f"{server.url}/full/"), secret)
    assert full.value.sv.startswith(f"Servern 127.0.0.1:{server.port} är full (HTTP 507)")
    with pytest.raises(PublishError) as refused:
        publish(src, dav(server, "fel-lösen"), secret)
    assert "godtog inte användarnamnet eller lösenordet (HTTP 401)" in refused.value.sv
    server.stop()
    with pytest.raises(PublishError) as unreachable:
        publish(src, dav(server), secret)
    assert unreachable.value.sv.startswith(
        f"Kan inte nå 127.0.0.1:{server.port} (anslutningen nekades)"
    )
    server.start()
    assert {p: p.read_bytes() for p in server.root.rglob("*") if p.is_file()} == files
    assert _puts(server) == puts + 1  # the one PUT the full server refused
    assert len(list((src / ".publish" / "history").iterdir())) == 1  # no publication recorded


def test_a_wrong_key_password_is_one_line_and_uploads_nothing(
    run_kiosk: Run, server: Nginx, keys: tuple[Path, str], src: Path
) -> None:
    key, _ = keys
    done = _publish_cli(
        run_kiosk, src, f"{server.url}/dav/", key, env={"KIOSK_FEED_KEY_PASSWORD": "fel"}
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"kiosk: wrong password for secret key {key}"
    assert _puts(server) == 0 and not (server.root / "manifest.json").exists()


def test_a_manifest_the_server_cannot_store_leaves_the_old_one_with_its_own_signature(
    run_kiosk: Run, server: Nginx, keys: tuple[Path, str], src: Path
) -> None:
    public = keys[1]
    secret = secret_key(keys)
    first = publish(src, dav(server), secret)
    (src / "images" / "ny.jpg").write_bytes(b"\xff\xd8 another image")
    folder = SourceFolder.open(src)
    folder.put("places", {**folder.items("places")[0], "image": "images/ny.jpg"})
    folder.save()
    with pytest.raises(PublishError, match="HTTP 507"):
        publish(src, WebTarget(f"{server.url}/lastfull/"), secret)
    checked = run_kiosk(
        "feed", "validate", f"{server.url}/kiosk/", env={"KIOSK_FEED_PUBLIC_KEYS": public}
    )
    assert checked.returncode == 0, checked.stdout
    assert f"valid feed version {first.version}" in checked.stdout


def test_a_webdav_server_that_wants_folders_made_first_gets_them(
    run_kiosk: Run, server: Nginx, keys: tuple[Path, str], src: Path
) -> None:
    public = keys[1]
    secret = secret_key(keys)
    done = publish(src, WebTarget(f"{server.url}/plaindav/"), secret)
    checked = run_kiosk(
        "feed", "validate", f"{server.url}/kiosk/", env={"KIOSK_FEED_PUBLIC_KEYS": public}
    )
    assert f"valid feed version {done.version}" in checked.stdout, checked.stdout
    log = (server.tmp / "access.log").read_text(encoding="utf-8")
    assert log.count('"MKCOL ') == 4  # content/, events/, assets/, signatures/


class SyncAfterEachFile:
    """The WebDAV target, with a real kiosk's sync pass after every file it stores."""

    def __init__(self, web: WebTarget, sync_pass: Callable[[str], None]) -> None:
        self.web, self.sync_pass = web, sync_pass

    def describe(self) -> str:
        return self.web.describe()

    def read(self, name: str) -> bytes | None:
        return self.web.read(name)

    def write(self, name: str, body: bytes) -> None:
        self.web.write(name, body)
        self.sync_pass(name)


def test_a_kiosk_that_syncs_between_any_two_uploads_never_meets_a_manifest_without_its_signature(
    run_kiosk: Run, server: Nginx, keys: tuple[Path, str], src: Path, tmp_path: Path
) -> None:
    public = keys[1]
    secret = secret_key(keys)
    web = dav(server)
    publish(src, web, secret)
    kiosk = tmp_path / "bjorna"
    sync(run_kiosk, server, public, kiosk, "bjorna")
    folder = SourceFolder.open(src)
    folder.put("notices", {"id": "ny", "title": {"sv": "Ny"}, "service_points": ["bjorna"]})
    folder.save()
    passes: list[tuple[str, str]] = []

    def sync_pass(stored: str) -> None:  # the assert inside sync(): every pass exits 0
        passes.append((stored, sync(run_kiosk, server, public, kiosk, "bjorna")))

    second = publish(src, SyncAfterEachFile(web, sync_pass), secret)
    stored = [name for name, _line in passes]
    assert stored[-3:] == [stored[-3], "manifest.json", "manifest.json.minisig"]
    assert stored[-3].startswith("signatures/")
    assert passes[-2][1].startswith(f"updated to feed version {second.version}")
    assert "ny" in notices(kiosk, "bjorna")
