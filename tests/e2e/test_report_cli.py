"""`kiosk report` as a subprocess: PDF (read back with poppler), CSV and JSON, and its errors."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from e2e_helpers import Run, kiosk_command
from usagesim import simulate_fleet, simulate_point

from kiosk.paths import DataDir
from kiosk.stats.dayfile import sha256
from kiosk.store import usage
from kiosk.store.local import open_local

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
]

YEAR = ("--from", "2025-01-01", "--to", "2025-12-31")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(next(ln for ln in info.stdout.splitlines() if ln.startswith("Pages:")).split()[1])


@pytest.fixture
def kiosk_data(tmp_path: Path) -> tuple[Path, int]:
    """A kiosk data dir whose local database holds a quarter of frozen day files; returns it
    and the quarter's visits."""
    data = DataDir(tmp_path / "data")
    db = open_local(data.local_db)
    files = simulate_point("bjorna", date(2025, 1, 1), date(2025, 3, 31), seed=5)
    for f in files:
        raw = f.to_bytes()
        usage.queue_day(db, f.day, raw, sha256(raw), datetime(2025, 4, 1))
    db.close()
    return data.root, sum(f.counters.get("visits", 0) for f in files)


def test_single_point_pdf_in_swedish_reads_as_the_agreement_report(
    run_kiosk: Run, kiosk_data: tuple[Path, int], tmp_path: Path
) -> None:
    data, visits = kiosk_data
    out = tmp_path / "bjorna.pdf"
    quarter = ("--from", "2025-01-01", "--to", "2025-03-31")
    env = {"KIOSK_SERVICE_POINT": "bjorna"}
    result = run_kiosk("report", "--data-dir", str(data), *quarter, "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    for heading in (
        "Servicepunkt – redovisning av användning",
        "Sammanfattning: de fem kriterierna",
        "1. Turistinformation",
        "2. Dator med internet",
        "3. Aktiviteter",
        "4. Caféhörna",
        "5. Hemleverans av dagligvaror",
        "Täckning",
        "1:a kvartalet 2025 (1 jan. – 31 mars)",
        "minst 3 krävs",
        f"Besök: {visits}",
        "<5",
    ):
        assert heading in text
    pages = pdf_pages(out)
    assert pages >= 2
    assert f"Sida {pages} av {pages}" in text


def test_single_point_json_and_csv(
    run_kiosk: Run, kiosk_data: tuple[Path, int], tmp_path: Path
) -> None:
    data, visits = kiosk_data
    env = {"KIOSK_SERVICE_POINT": "bjorna"}
    args = ("report", "--data-dir", str(data), "--from", "2025-01-01", "--to", "2025-03-31")
    assert run_kiosk(*args, "--format", "json", "--out", "r.json", env=env).returncode == 0
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["criteria"]["computer"]["measures"]["visits"] == visits
    assert report["coverage"]["days"] == 90
    assert run_kiosk(*args, "--format", "csv", "--out", "r.csv", env=env).returncode == 0
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert f"computer;Dator med internet;visits;Besök;;{visits}\r\n" in raw.decode("utf-8-sig")


def test_fleet_pdf_in_english_and_swedish(run_kiosk: Run, tmp_path: Path) -> None:
    fleet = tmp_path / "fleet"
    simulate_fleet(fleet, 3, date(2025, 1, 1), date(2025, 12, 31), seed=3)
    (fleet / "punkt02" / "2025-05-05.json").unlink()
    for lang, title, broken in (
        ("sv", "Servicepunkter – redovisning för kommunen", "ändrade"),
        ("en", "Service points – report for the municipality", "changed"),
    ):
        out = tmp_path / f"fleet-{lang}.pdf"
        result = run_kiosk(
            "report", *YEAR, "--fleet", str(fleet), "--lang", lang, "--out", str(out)
        )
        assert result.returncode == 0, result.stderr
        text = pdf_text(out)
        assert title in text
        assert all(f"punkt0{n}" in text for n in (1, 2, 3))
        assert broken in text
        assert "2025-05-05" in text
        # The table page, then a page per service point.
        assert pdf_pages(out) == 4


def test_fleet_json(run_kiosk: Run, tmp_path: Path) -> None:
    fleet = tmp_path / "fleet"
    simulate_fleet(fleet, 3, date(2025, 1, 1), date(2025, 3, 31), seed=3)
    out = tmp_path / "fleet.json"
    result = run_kiosk(
        "report",
        "--from",
        "2025-01-01",
        "--to",
        "2025-03-31",
        "--fleet",
        str(fleet),
        "--format",
        "json",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["rows"]) == 15
    assert sorted(data["points"]) == ["punkt01", "punkt02", "punkt03"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--from", "2025-02-30", "--to", "2025-03-01"), 2, "does not match the format"),
        (("--from", "2025-03-01", "--to", "2025-02-01"), 2, "--from is after --to"),
        (
            ("--from", "2025-01-01", "--to", "2025-02-01", "--out", "no/such/dir/r.pdf"),
            1,
            "does not exist",
        ),
        (
            ("--from", "2025-01-01", "--to", "2025-02-01", "--fleet", "empty"),
            1,
            "no service point folders",
        ),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(
    run_kiosk: Run, tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    (tmp_path / "empty").mkdir()
    full = [*args] if "--out" in args else [*args, "--out", "r.pdf"]
    result = run_kiosk("report", "--data-dir", str(tmp_path / "data"), *full)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def _no_room_to_write() -> None:
    """In the child: every write to a file fails (EFBIG), as on a full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


@pytest.mark.parametrize("fmt", ["pdf", "csv"])
def test_a_report_that_cannot_be_written_exits_1_and_leaves_no_file(
    tmp_path: Path, fmt: str
) -> None:
    fleet = tmp_path / "fleet"
    simulate_fleet(fleet, 2, date(2025, 7, 1), date(2025, 9, 30), seed=3)
    out = tmp_path / f"q3.{fmt}"
    result = subprocess.run(
        [
            *kiosk_command(),
            "report",
            "--quarter",
            "2025Q3",
            "--fleet",
            str(fleet),
            "--format",
            fmt,
            "--out",
            str(out),
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        preexec_fn=_no_room_to_write,
        check=False,
        timeout=120,
    )
    assert result.returncode == 1
    assert "was not written" in result.stderr or "cannot write" in result.stderr
    assert "wrote" not in result.stdout
    assert not out.exists()
    assert not list(tmp_path.glob(".q3*"))


def test_a_quarter_is_asked_for_by_name(run_kiosk: Run, tmp_path: Path) -> None:
    fleet = tmp_path / "fleet"
    simulate_fleet(fleet, 2, date(2025, 7, 1), date(2025, 9, 30), seed=3)
    result = run_kiosk("report", "--quarter", "2025Q3", "--fleet", str(fleet), "--out", "q.json",
                       "--format", "json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    assert (data["from"], data["to"]) == ("2025-07-01", "2025-09-30")
    assert data["period"]["title"]["sv"] == "3:e kvartalet 2025 (1 juli – 30 sept.)"
    bad = run_kiosk("report", "--quarter", "2025Q7", "--fleet", str(fleet), "--out", "q.pdf")
    assert bad.returncode == 2
    assert "2026Q3" in bad.stderr
    assert "Traceback" not in bad.stderr
