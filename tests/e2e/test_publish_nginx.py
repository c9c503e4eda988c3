"""`kiosk feed publish` to nginx WebDAV on loopback, read back by real `kiosk sync` passes.

nginx serves one folder three ways: /dav/ takes PUT with a login (where the publisher writes),
/kiosk/ is what kiosks read, and /full/ answers every PUT 507 Insufficient Storage, as a
WebDAV server with a full disk does; /lastfull/ runs out of room just for the manifest;
/plaindav/ makes no folders on PUT (409 Conflict), as most WebDAV servers: MKCOL first.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from e2e_helpers import REPO, Run
from loopnginx import Nginx

from kiosk.feed.sign import read_secret_key
from kiosk.paths import DataDir
from kiosk.publish.publish import publish
from kiosk.publish.source import SourceFolder
from kiosk.publish.target import PublishError, WebTarget
from kiosk.store.content import ContentStore

pytestmark = pytest.mark.skipif(
    shutil.which("nginx") is None, reason="nginx is not installed (.ci/run installs it)"
)

LOCATIONS = """location /dav/ {{
            alias {root}/;
            dav_methods PUT;
            create_full_put_path on;
            dav_access user:rw group:r all:r;
            auth_basic "servicepunkt";
            auth_basic_user_file {tmp}/htpasswd;
        }}
        location /kiosk/ {{ alias {root}/; etag on; }}
        location /full/ {{
            alias {root}/;
            if ($request_method = PUT) {{ return 507; }}
        }}
        location /plaindav/ {{
            alias {root}/;
            dav_methods PUT MKCOL;
        }}
        location /lastfull/ {{
            alias {root}/;
            dav_methods PUT;
            create_full_put_path on;
            location = /lastfull/manifest.json {{
                alias {root}/manifest.json;
                if ($request_method = PUT) {{ return 507; }}
            }}
        }}"""
KEY_PASSWORD = "nyckel-lösen"
LOGIN = {"KIOSK_PUBLISH_PASSWORD": "rätt-lösen", "KIOSK_FEED_KEY_PASSWORD": KEY_PASSWORD}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Nginx]:
    nginx = Nginx(tmp_path / "web", LOCATIONS, "")
    nginx.start()
    try:
        yield nginx
    finally:
        nginx.stop()


@pytest.fixture
def keys(run_kiosk: Run, tmp_path: Path) -> tuple[Path, str]:
    """(secret key file, public key line) with a password on the secret key."""
    made = run_kiosk(
        "feed",
        "keygen",
        "--out",
        str(tmp_path / "keys"),
        env={"KIOSK_FEED_KEY_PASSWORD": KEY_PASSWORD},
    )
    assert made.returncode == 0, made.stderr
    public = made.stdout.splitlines()[0]
    return tmp_path / "keys" / "kiosk-feed.key", public


@pytest.fixture
def src(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "assets" / "demo-source", tmp_path / "src")
    return tmp_path / "src"


def _publish_cli(
    run_kiosk: Run, src: Path, to: str, key: Path, *more: str, env: dict[str, str] | None = None
):  # type: ignore[no-untyped-def]
    return run_kiosk(
        "feed", "publish", str(src), "--to", to, "--sign", str(key), "--user", "kiosk", *more,
        env={**LOGIN, **(env or {})},
    )  # fmt: skip


def _sync(run_kiosk: Run, server: Nginx, public: str, data: Path, point: str) -> None:
    env = {
        "KIOSK_FEED_URL": f"{server.url}/kiosk/manifest.json",
        "KIOSK_FEED_PUBLIC_KEYS": public,
        "KIOSK_SERVICE_POINT": point,
    }
    synced = run_kiosk("sync", "--data-dir", str(data), env=env)
    assert synced.returncode == 0, synced.stdout + synced.stderr


def _notices(data: Path, point: str) -> list[str]:
    store = ContentStore(DataDir(data).content_dir, DataDir(data).objects_dir)
    try:
        return [notice.id for notice in store.notices(point, date.today())]
    finally:
        store.close()


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
        _sync(run_kiosk, server, public, data, point)
    before = {
        point: _notices(data, point) for data, point in ((bjorna, "bjorna"), (ulvohamn, "ulvohamn"))
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
        _sync(run_kiosk, server, public, data, point)
    assert sorted(_notices(bjorna, "bjorna")) == sorted(["vattenlage", *before["bjorna"]])
    assert _notices(ulvohamn, "ulvohamn") == before["ulvohamn"]
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
        _sync(run_kiosk, server, public, data, point)
    assert _notices(bjorna, "bjorna") == before["bjorna"]
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
    key, public = keys
    secret = read_secret_key(key.read_text(encoding="utf-8"), KEY_PASSWORD)
    target = WebTarget(f"{server.url}/dav/", "kiosk", "rätt-lösen")
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
    key, _ = keys
    secret = read_secret_key(key.read_text(encoding="utf-8"), KEY_PASSWORD)
    publish(src, WebTarget(f"{server.url}/dav/", "kiosk", "rätt-lösen"), secret)
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
        publish(src, WebTarget(f"{server.url}/dav/", "kiosk", "fel-lösen"), secret)
    assert "godtog inte användarnamnet eller lösenordet (HTTP 401)" in refused.value.sv
    server.stop()
    with pytest.raises(PublishError) as unreachable:
        publish(src, WebTarget(f"{server.url}/dav/", "kiosk", "rätt-lösen"), secret)
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
    key, public = keys
    secret = read_secret_key(key.read_text(encoding="utf-8"), KEY_PASSWORD)
    first = publish(src, WebTarget(f"{server.url}/dav/", "kiosk", "rätt-lösen"), secret)
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
    key, public = keys
    secret = read_secret_key(key.read_text(encoding="utf-8"), KEY_PASSWORD)
    done = publish(src, WebTarget(f"{server.url}/plaindav/"), secret)
    checked = run_kiosk(
        "feed", "validate", f"{server.url}/kiosk/", env={"KIOSK_FEED_PUBLIC_KEYS": public}
    )
    assert f"valid feed version {done.version}" in checked.stdout, checked.stdout
    assert (server.tmp / "access.log").read_text(encoding="utf-8").count('"MKCOL ') == 3
