"""The running kiosk delivers its statistics by itself, through `kiosk stats upload` as a child."""

from __future__ import annotations

from pathlib import Path

from davstore import DavStore
from pytest_httpserver import HTTPServer

from kiosk.config import Config, load_config
from kiosk.paths import DataDir
from kiosk.services.uploads import UploadService


def test_an_upload_pass_runs_the_command_with_the_kiosks_settings(
    qtbot, httpserver: HTTPServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dav = DavStore(httpserver)
    values = dict(load_config(None, environ={}).values)
    values.update(upload_url=httpserver.url_for("/dav"), service_point="bjorna")
    service = UploadService(Config(values), DataDir(tmp_path / "data"))
    with qtbot.waitSignal(service.passed, timeout=60_000) as passed:
        service.upload_now()
    code, line = passed.args
    assert code == 0, line
    assert "events.ics delivered" in line
    assert dav.puts == {"/dav/bjorna/events.ics": 1}
    assert dav.files["/dav/bjorna/events.ics"].startswith(b"BEGIN:VCALENDAR")
