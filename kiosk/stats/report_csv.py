"""CSV for spreadsheets: each language in its own spreadsheet's convention, and no cell that a
spreadsheet would run as a formula.

Swedish Excel and LibreOffice expect `;` between fields and a decimal comma (the comma is the
decimal separator); English ones expect `,` and a decimal point. Neither gets thousands
separators: a spreadsheet reads "1 234" or "1,234" as text or as two fields. UTF-8 with a
byte-order mark, so Excel opens å, ä and ö intact; CRLF line ends, as Excel writes them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

SEPARATOR = {"sv": ";", "en": ","}

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets
(OWASP "CSV injection"): `=HYPERLINK(...)` in an activity's title would become a live link."""


def neutralise(cell: str) -> str:
    """`cell` made inert as OWASP advises: a leading apostrophe, which spreadsheets show as
    text and do not evaluate."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def csv_number(lang: str, value: float | None, decimals: int = 0) -> str:
    """`value` as a spreadsheet in `lang` reads a number: no thousands separator, a decimal
    comma in Swedish; '' when there is none."""
    if value is None:
        return ""
    raw = f"{value:.{decimals}f}"
    return raw if lang == "en" else raw.replace(".", ",")


def to_csv(rows: Sequence[Sequence[str]], header: Sequence[str], lang: str = "sv") -> bytes:
    """The rows under `header` as CSV bytes in `lang`'s convention, every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=SEPARATOR.get(lang, ";"), lineterminator="\r\n")
    writer.writerow([neutralise(cell) for cell in header])
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
