"""`kiosk feed build` refuses what kiosks refuse and tells which events it skips, as a command."""

from __future__ import annotations

import shutil
from pathlib import Path

from e2e_helpers import REPO, Run

BAD_DATE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//SV\r\n"
    "BEGIN:VEVENT\r\nUID:trasig@test\r\nDTSTAMP:20261101T080000Z\r\n"
    "DTSTART:2026-12-13 19:00\r\nSUMMARY:Julmarknad\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_source_kiosks_would_refuse_is_not_built_or_signed(
    run_kiosk: Run, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    shutil.copytree(REPO / "assets" / "demo-source", src)
    (src / "service_points.toml").unlink()
    made = run_kiosk("feed", "keygen", "--out", str(tmp_path / "keys"), "--no-password")
    assert made.returncode == 0, made.stderr
    key = tmp_path / "keys" / "kiosk-feed.key"
    built = run_kiosk("feed", "build", str(src), str(tmp_path / "out"), "--sign", str(key))
    assert built.returncode == 1
    assert built.stdout.startswith("service_points.toml: file is missing")
    assert built.stderr.strip() == f"kiosk: {src}: 1 problem(s); nothing was built or signed"
    assert not (tmp_path / "out").exists()


def test_an_event_with_a_bad_date_is_reported_by_build_and_validate(
    run_kiosk: Run, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    shutil.copytree(REPO / "assets" / "demo-source", src)
    (src / "events" / "jul.ics").write_text(BAD_DATE, encoding="utf-8")
    said = "event 'trasig@test' skipped: DTSTART '2026-12-13 19:00' is not a date or time"
    built = run_kiosk("feed", "build", str(src), str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr
    assert f"skipped: events/jul.ics: {said}" in built.stdout
    checked = run_kiosk("feed", "validate", str(tmp_path / "out"))
    assert checked.returncode == 0, checked.stdout
    assert said in checked.stdout
