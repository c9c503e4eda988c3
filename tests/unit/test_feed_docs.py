"""docs/feed.md's examples build: a reader who copies them gets a feed kiosks accept."""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path

from kiosk.feed.build import prepare_feed
from kiosk.feed.validate import FolderSource, check_feed

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "feed.md"
BLOCK = re.compile(
    r"^## (?P<heading>[^\n]+)\n(?:(?!^## ).)*?```(?P<lang>toml|ics)\n(?P<body>.*?)```", re.S | re.M
)


def _examples() -> dict[str, str]:
    """The first toml/ics block under each '## <file>' heading, by the file it shows."""
    found: dict[str, str] = {}
    for match in BLOCK.finditer(DOC.read_text(encoding="utf-8")):
        name = match["heading"].split()[0]
        if name.endswith(".toml"):
            found[name] = match["body"]
        elif match["lang"] == "ics":
            found["events/events.sv.ics"] = match["body"]
    return found


def _source_from_docs(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    for name, body in _examples().items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text(body.replace("\n", "\r\n") if name.endswith(".ics") else body)
        if name.endswith(".toml"):  # the files the example names, as a reader would add them
            for ref in re.findall(r'"((?:images|brochures)/[^"]+)"', body):
                (src / ref).parent.mkdir(parents=True, exist_ok=True)
                (src / ref).write_bytes(b"%PDF-1.4\n" if ref.endswith(".pdf") else b"\x89PNG")
    return src


def test_the_docs_show_every_source_file() -> None:
    assert set(_examples()) == {
        "feed.toml",
        "service_points.toml",
        "places.toml",
        "links.toml",
        "notices.toml",
        "brochures.toml",
        "events/events.sv.ics",
    }


def test_the_examples_in_the_docs_build_into_a_feed_kiosks_accept(tmp_path: Path) -> None:
    built = prepare_feed(_source_from_docs(tmp_path), now=datetime(2026, 11, 1, 8, tzinfo=UTC))
    out = tmp_path / "out"
    out.mkdir()
    for path, raw in built.files.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(raw)
    (out / "manifest.json").write_bytes(built.manifest_raw)
    assert check_feed(FolderSource(out)).errors == []
    assert built.skipped == []


def test_the_documented_version_has_as_many_digits_as_the_default() -> None:
    """A 10-digit version (2026110101) is below every default (YYYYMMDDHHMM): a rollback."""
    settings = tomllib.loads(_examples()["feed.toml"])["feed"]
    default = int(settings["generated"].strftime("%Y%m%d%H%M"))
    assert len(str(settings["version"])) == len(str(default))
    assert settings["version"] >= default
