"""`kiosk screenshot` on a kiosk's data directory draws its own content and never replaces it."""

from __future__ import annotations

from pathlib import Path

from feedmaker import make_feed

from kiosk.paths import DataDir
from kiosk.sync.showing import showing
from kiosk.sync.state import STATE_FILE


def test_a_synced_kiosk_is_drawn_with_its_content_and_the_demo_goes_elsewhere(
    run_kiosk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    feed, _ = make_feed(tmp_path / "feed")
    data = tmp_path / "data"
    env = {"KIOSK_FEED_URL": str(feed), "KIOSK_SERVICE_POINT": "bjorna"}
    assert run_kiosk("sync", "--data-dir", str(data), env=env).returncode == 0
    held = showing(DataDir(data))
    assert held is not None and held.origin == str(feed)

    own = run_kiosk("screenshot", "--page", "home", "--out", "own.png", "--data-dir", str(data))
    demo = run_kiosk(
        "screenshot", "--demo", "--page", "home", "--out", "demo.png", "--data-dir", str(data)
    )

    assert own.returncode == 0, own.stderr
    assert demo.returncode == 0, demo.stderr
    assert showing(DataDir(data)) == held  # the kiosk's content is as the sync left it
    assert (tmp_path / "own.png").read_bytes() != (tmp_path / "demo.png").read_bytes()


def test_a_kiosk_that_lost_its_content_gets_no_demo(run_kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    data.mkdir()
    (data / STATE_FILE).write_text('{"format": 1, "outcome": "failed"}', encoding="utf-8")

    drawn = run_kiosk("screenshot", "--page", "home", "--out", "x.png", "--data-dir", str(data))
    refused = run_kiosk(
        "screenshot", "--no-demo", "--page", "home", "--out", "y.png", "--data-dir", str(data)
    )

    assert drawn.returncode == 0, drawn.stderr  # the demo, drawn in a data dir of its own
    assert showing(DataDir(data)) is None
    assert refused.returncode == 1
    assert refused.stderr.startswith("kiosk: no content yet") and "Traceback" not in refused.stderr
