"""`kiosk report` without the PDF: build the single-point or fleet report, write JSON or CSV."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from kiosk.domain import STOCKHOLM
from kiosk.errors import KioskError
from kiosk.paths import DataDir
from kiosk.stats.fleet import FleetReport, build_fleet
from kiosk.stats.fleet_export import fleet_csv_rows, fleet_dict, fleet_header
from kiosk.stats.report import Report
from kiosk.stats.report_csv import to_csv
from kiosk.stats.report_export import csv_rows, header, report_dict, to_json
from kiosk.stats.report_source import single_report


def check_out(out: Path) -> None:
    """Fail before the work when the report cannot be written where asked."""
    folder = out.absolute().parent
    if not folder.is_dir():
        raise KioskError(f"{out}: the folder {folder} does not exist")
    if out.is_dir():
        raise KioskError(f"{out}: is a folder; give a file name")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise KioskError(f"{out}: cannot write here (permission denied)")


def make_report(
    data: DataDir,
    service_point: str,
    start: date,
    end: date,
    fleet: Path | None,
    version: str,
    now: datetime | None = None,
) -> Report | FleetReport:
    """The fleet report of the folder `fleet`, else this kiosk's own report."""
    now = now or datetime.now(STOCKHOLM)
    if fleet is not None:
        return build_fleet(fleet, start, end, now, version)
    return single_report(data, service_point, start, end, now, version)


def write_data(made: Report | FleetReport, fmt: str, out: Path, lang: str) -> None:
    """Write the report as `fmt` (json or csv) to `out`, whole or not at all."""
    if isinstance(made, FleetReport):
        raw = (
            to_json(fleet_dict(made))
            if fmt == "json"
            else to_csv(fleet_csv_rows(made, lang), fleet_header(lang), lang)
        )
    else:
        raw = (
            to_json(report_dict(made))
            if fmt == "json"
            else to_csv(csv_rows(made, lang), header(lang), lang)
        )
    write_whole(out, lambda path: path.write_bytes(raw), lambda path: _same_size(path, raw))


def _same_size(path: Path, raw: bytes) -> None:
    if path.stat().st_size != len(raw):
        raise KioskError(f"wrote {path.stat().st_size} of {len(raw)} bytes (is the disk full?)")


@contextmanager
def _temporary_beside(out: Path) -> Iterator[Path]:
    """A temporary file in `out`'s folder (so the rename is atomic), removed unless renamed."""
    handle, name = tempfile.mkstemp(
        prefix=f".{out.name}.", suffix=".part", dir=out.absolute().parent
    )
    os.close(handle)
    temporary = Path(name)
    # mkstemp makes the file private (0600); the report gets the modes any new file would.
    mask = os.umask(0)
    os.umask(mask)
    temporary.chmod(0o666 & ~mask)
    try:
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)


def write_whole(out: Path, write: Callable[[Path], object], check: Callable[[Path], None]) -> None:
    """Write a report through `write` to a temporary file, `check` it, then rename it to `out`:
    a failed or short write leaves no file (and an older `out` untouched), never half a report.
    KioskError with a one-line reason when it fails."""
    try:
        with _temporary_beside(out) as temporary:
            write(temporary)
            check(temporary)
            os.replace(temporary, out)
    except OSError as error:
        raise KioskError(f"{out}: cannot write the report ({error.strerror})") from None
    except KioskError as error:
        raise KioskError(f"{out}: the report was not written: {error}") from None


_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def check_pdf(path: Path, pages: int) -> None:
    """KioskError unless `path` is a whole PDF with `pages` pages."""
    raw = path.read_bytes()
    if not raw:
        raise KioskError("the PDF is empty (is the disk full?)")
    if not raw.startswith(b"%PDF-") or b"%%EOF" not in raw[-1024:]:
        raise KioskError("the PDF is incomplete (is the disk full?)")
    found = len(_PAGE.findall(raw))
    if found != pages:
        raise KioskError(f"the PDF has {found} pages, not {pages}")
