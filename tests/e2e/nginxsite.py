"""The municipality's web server in the end-to-end tests: nginx on loopback taking the publisher's
uploads and serving kiosks, a copy of the demo source, a signing key, and a real kiosk's sync.

One nginx serves one folder several ways: /dav/ takes PUT with a login (where the publisher
writes), /kiosk/ is what kiosks read, /full/ answers every PUT 507 Insufficient Storage, as a
WebDAV server with a full disk does; /lastfull/ runs out of room just for the manifest;
/plaindav/ makes no folders on PUT (409 Conflict), as most WebDAV servers: MKCOL first.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from e2e_helpers import REPO, Run
from loopnginx import FEED, WEBDAV, Nginx

from kiosk.feed.sign import SecretKey, read_secret_key
from kiosk.paths import DataDir
from kiosk.publish.target import WebTarget
from kiosk.store.content import ContentStore

LOCATIONS = (
    WEBDAV
    + """
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
)
KEY_PASSWORD = "nyckel-lösen"
DAV_USER, DAV_PASSWORD = "kiosk", "rätt-lösen"

needs_nginx = pytest.mark.skipif(
    shutil.which("nginx") is None, reason="nginx is not installed (.ci/run installs it)"
)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Nginx]:
    """nginx with LOCATIONS: the publisher uploads to {url}/dav/, kiosks read {url}/kiosk/."""
    nginx = Nginx(tmp_path / "web", LOCATIONS, "")
    nginx.start()
    try:
        yield nginx
    finally:
        nginx.stop()


@pytest.fixture
def feed_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """nginx serving a feed folder at /kiosk/ only; yields (manifest URL, the folder)."""
    nginx = Nginx(tmp_path / "web", FEED, "/kiosk")
    nginx.start()
    try:
        yield f"{nginx.url}/manifest.json", nginx.root
    finally:
        nginx.stop()


@pytest.fixture
def src(tmp_path: Path) -> Path:
    """A copy of the demo source folder to edit and publish."""
    shutil.copytree(REPO / "assets" / "demo-source", tmp_path / "src")
    return tmp_path / "src"


@pytest.fixture
def keys(run_kiosk: Run, tmp_path: Path) -> tuple[Path, str]:
    """(secret key file, public key line) made by `kiosk feed keygen`, password KEY_PASSWORD."""
    made = run_kiosk(
        "feed", "keygen", "--out", str(tmp_path / "keys"),
        env={"KIOSK_FEED_KEY_PASSWORD": KEY_PASSWORD},
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return tmp_path / "keys" / "kiosk-feed.key", made.stdout.splitlines()[0]


def sync(run_kiosk: Run, server: Nginx, public: str, data: Path, point: str) -> str:
    """One real `kiosk sync` pass of the kiosk at `point` from {url}/kiosk/; its line."""
    env = {
        "KIOSK_FEED_URL": f"{server.url}/kiosk/manifest.json",
        "KIOSK_FEED_PUBLIC_KEYS": public,
        "KIOSK_SERVICE_POINT": point,
    }
    synced = run_kiosk("sync", "--data-dir", str(data), env=env)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    return synced.stdout.strip()


def notices(data: Path, point: str) -> list[str]:
    """The ids of the notices the kiosk with `data` shows today."""
    store = ContentStore(DataDir(data).content_dir, DataDir(data).objects_dir)
    try:
        return [notice.id for notice in store.notices(point, date.today())]
    finally:
        store.close()


def secret_key(keys: tuple[Path, str]) -> SecretKey:
    """The secret key of the `keys` fixture, opened with its password."""
    return read_secret_key(keys[0].read_text(encoding="utf-8"), KEY_PASSWORD)


def dav(server: Nginx, password: str = DAV_PASSWORD) -> WebTarget:
    """The publisher's upload folder on `server`, logged in as DAV_USER."""
    return WebTarget(f"{server.url}/dav/", DAV_USER, password)
