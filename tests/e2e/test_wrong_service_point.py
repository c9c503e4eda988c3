"""A misspelt service_point is said by `kiosk sync`, not only discovered by the municipality."""

from __future__ import annotations

from pathlib import Path

from feedmaker import make_feed


def test_sync_warns_about_a_service_point_the_feed_does_not_have(run_kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feed, _ = make_feed(tmp_path / "feed")
    data = str(tmp_path / "data")
    env = {"KIOSK_FEED_URL": str(feed), "KIOSK_SERVICE_POINT": "bjrona"}

    misspelt = run_kiosk("sync", "--data-dir", data, env=env)
    right = run_kiosk("sync", "--data-dir", data, env={**env, "KIOSK_SERVICE_POINT": "bjorna"})

    assert misspelt.returncode == 0  # the content itself is fine: the sync did its work
    assert misspelt.stdout.startswith("updated to feed version 1")
    assert misspelt.stderr.strip() == (
        'warning: service point "bjrona" is not in the content (it has: bjorna, ulvon); '
        "the kiosk shows Björna Lanthandel meanwhile; check the setting service_point"
    )
    assert right.returncode == 0 and right.stderr == ""
