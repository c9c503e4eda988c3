"""The publisher's preview is the product: it equals `kiosk screenshot` of a kiosk synced to the published feed."""

from __future__ import annotations

from pathlib import Path

import pytest
from nginxsite import needs_nginx
from PySide6.QtGui import QImage

from kiosk.config import load_config
from kiosk.services.previewer import PreviewChoice, Previewer

pytestmark = [pytest.mark.slow, needs_nginx]

PAGES = ("home", "notices", "events", "about")


def differing(first: QImage, second: QImage) -> float:
    """The share of pixels that differ (1.0 when the sizes differ)."""
    if first.size() != second.size():
        return 1.0
    a, b = (
        first.convertToFormat(QImage.Format.Format_RGB32),
        second.convertToFormat(QImage.Format.Format_RGB32),
    )
    width, height = a.width(), a.height()
    bytes_a, bytes_b = bytes(a.constBits()), bytes(b.constBits())
    stride = a.bytesPerLine()
    changed = 0
    for row in range(height):
        start = row * stride
        line_a, line_b = bytes_a[start : start + width * 4], bytes_b[start : start + width * 4]
        if line_a != line_b:
            changed += sum(line_a[i : i + 4] != line_b[i : i + 4] for i in range(0, width * 4, 4))
    return changed / (width * height)


def test_the_preview_of_each_page_equals_the_synced_kiosks_screenshot(
    qtbot, run_kiosk, feed_site, src, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url, web = feed_site
    source = src
    built = run_kiosk("feed", "build", str(source), str(web))
    assert built.returncode == 0, built.stderr
    env = {"KIOSK_FEED_URL": url, "KIOSK_SERVICE_POINT": "trehorningsjo"}
    kiosk_data = str(tmp_path / "kiosk")
    synced = run_kiosk("sync", "--data-dir", kiosk_data, env=env)
    assert synced.returncode == 0, synced.stderr

    previewer = Previewer(load_config(None, environ={}), tmp_path / "preview")
    previewer.source_changed(source)
    shares = {}
    try:
        for page in PAGES:
            choice = PreviewChoice("trehorningsjo", page=page, size=(1366, 768))
            with qtbot.waitSignal(previewer.rendered, timeout=120_000) as rendered:
                previewer.render(choice)
            kiosk_png = tmp_path / f"kiosk-{page}.png"
            shot = run_kiosk(*choice.screenshot_args(kiosk_png), "--data-dir", kiosk_data, env=env)
            assert shot.returncode == 0, shot.stderr
            shares[page] = differing(QImage(rendered.args[0]), QImage(str(kiosk_png)))
    finally:
        previewer.close()
    print("share of differing pixels, preview vs synced kiosk:", shares)
    # The header's clock and "updated at" line may turn a minute between the two pictures.
    assert all(share < 0.01 for share in shares.values()), shares
