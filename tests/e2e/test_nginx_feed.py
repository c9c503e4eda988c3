"""A feed built and signed with the publisher tools, served by nginx as a municipality would, reaches a kiosk."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from e2e_helpers import REPO
from nginxsite import needs_nginx

pytestmark = needs_nginx


def publish(run_kiosk, src: Path, out: Path, key: Path, web: Path) -> None:  # type: ignore[no-untyped-def]
    built = run_kiosk("feed", "build", str(src), str(out), "--sign", str(key))
    assert built.returncode == 0, built.stderr
    # Objects and the manifest's own signature first, then the manifest: a kiosk never sees a
    # manifest whose files or signature are missing.
    for folder in ("content", "events", "assets", "signatures"):
        shutil.copytree(out / folder, web / folder, dirs_exist_ok=True)
    for name in ("manifest.json", "manifest.json.minisig"):
        shutil.copy(out / name, web / name)


def test_a_signed_feed_on_nginx_reaches_the_kiosk_and_only_changes_travel(
    run_kiosk, feed_site, src: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url, web = feed_site
    keys = tmp_path / "keys"
    made = run_kiosk("feed", "keygen", "--out", str(keys), "--no-password")
    assert made.returncode == 0, made.stderr
    public = next(
        line
        for line in (keys / "kiosk-feed.pub").read_text(encoding="utf-8").splitlines()
        if line.startswith("RW")
    )
    toml = (src / "feed.toml").read_text(encoding="utf-8")
    (src / "feed.toml").write_text(
        toml.replace("version = 2026110108", "version = 5"), encoding="utf-8"
    )
    publish(run_kiosk, src, tmp_path / "out", keys / "kiosk-feed.key", web)
    env = {"KIOSK_FEED_URL": url, "KIOSK_FEED_PUBLIC_KEYS": public}
    data = str(tmp_path / "data")

    first = run_kiosk("sync", "--data-dir", data, env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout.startswith("updated to feed version 5")

    again = run_kiosk("sync", "--data-dir", data, env=env)
    assert again.returncode == 0
    assert again.stdout.strip() == "unchanged (feed version 5)"

    image = src / "images" / "skuleskogen.jpg"
    image.write_bytes(image.read_bytes() + b"\0")
    toml = (src / "feed.toml").read_text(encoding="utf-8")
    (src / "feed.toml").write_text(toml.replace("version = 5", "version = 6"), encoding="utf-8")
    publish(run_kiosk, src, tmp_path / "out", keys / "kiosk-feed.key", web)
    changed = run_kiosk("sync", "--data-dir", data, env=env)
    assert changed.returncode == 0, changed.stdout + changed.stderr
    assert changed.stdout.startswith("updated to feed version 6 (1 new object")

    forged = json_tamper(web / "manifest.json")
    assert forged
    refused = run_kiosk("sync", "--data-dir", data, env=env)
    assert refused.returncode == 1
    assert refused.stdout.startswith("kept feed version 6:")
    assert "Traceback" not in refused.stdout + refused.stderr


def json_tamper(path: Path) -> bool:
    """Raise the version in the served manifest without re-signing it (an attacker's mirror)."""
    import json

    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["version"] += 1
    path.write_text(json.dumps(manifest), encoding="utf-8")
    return True


def test_with_nginx_as_documented_json_travels_compressed_and_only_the_shops_own_photo(
    run_kiosk, feed_site, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url, web = feed_site
    shutil.copytree(REPO / "assets" / "demo-feed", web, dirs_exist_ok=True)
    env = {"KIOSK_FEED_URL": url, "KIOSK_SERVICE_POINT": "bjorna"}
    synced = run_kiosk("sync", "--data-dir", str(tmp_path / "data"), env=env)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert synced.stdout.startswith("updated to feed version")
    # nginx's access log: request, status and the bytes of the body it sent.
    sent = {}
    log = (web.parent / "access.log").read_text(encoding="utf-8")
    for found in re.finditer(r'"GET /kiosk/(\S+) HTTP/1\.1" (\d+) (\d+)', log):
        sent[found.group(1)] = int(found.group(3))
    manifest = (web / "manifest.json").stat().st_size
    assert sent["manifest.json"] < manifest / 2  # gzip, and accepted
    photos = [p for p in sent if p.endswith(".jpg")]
    own = json.loads((web / "manifest.json").read_bytes())
    names = {entry["path"]: entry.get("name", "") for entry in own["files"]}
    shops = [names[p] for p in photos if names[p].startswith("images/sp-")]
    assert shops == ["images/sp-bjorna.jpg"]
