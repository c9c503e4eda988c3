"""Publishing to a folder (a USB stick, a share): versions, history, undo, and failures that change nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.feed.models import signature_name
from kiosk.feed.sign import generate_keypair, read_secret_key
from kiosk.feed.validate import FolderSource, check_feed
from kiosk.publish import history
from kiosk.publish.publish import SourceProblemsError, publish, undo
from kiosk.publish.source import SourceFolder
from kiosk.publish.target import FolderTarget, PublishError

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo-source"
NOW = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
PAIR = generate_keypair(None)
KEY = read_secret_key(PAIR.secret_key_file, None)


@pytest.fixture
def src(tmp_path: Path) -> Path:
    shutil.copytree(DEMO, tmp_path / "src")
    return tmp_path / "src"


def _version(folder: Path) -> int:
    return int(json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["version"])


def test_a_published_folder_is_a_signed_feed_kiosks_accept(src: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    steps: list[tuple[int, int, str]] = []
    done = publish(src, FolderTarget(stick), KEY, NOW, lambda *step: steps.append(step))
    checked = check_feed(FolderSource(stick), public_keys=[PAIR.public_key])
    assert checked.ok, checked.errors
    assert done.version == _version(stick) == 202612060930
    manifest = (stick / "manifest.json").read_bytes()
    sent = [step[2] for step in steps[:-1]]
    assert sent[-3:] == [signature_name(manifest), "manifest.json", "manifest.json.minisig"]
    assert steps[-1] == (done.uploaded, done.uploaded, "manifest.json.minisig")
    assert [step[0] for step in steps] == list(range(done.uploaded + 1))


def test_the_version_is_above_the_targets_even_when_another_pc_published_later(
    src: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    publish(src, FolderTarget(stick), KEY, NOW + timedelta(days=1))  # the other PC's clock
    again = publish(src, FolderTarget(stick), KEY, NOW)
    assert again.version == 202612070930 + 1
    assert again.previous == 202612070930


def test_objects_the_target_has_are_not_sent_again_and_changes_are_recorded(
    src: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    first = publish(src, FolderTarget(stick), KEY, NOW)
    folder = SourceFolder.open(src)
    folder.delete("places", folder.items("places")[0]["id"])
    folder.put("notices", {"id": "ny", "title": {"sv": "Ny"}, "validFrom": date(2026, 12, 6)})
    folder.save()
    second = publish(src, FolderTarget(stick), KEY, NOW + timedelta(minutes=5))
    assert second.uploaded == 5  # places and notices documents, two signatures, the manifest
    listed = json.loads((stick / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert second.already_there == len(listed) - 2
    assert second.entry.changes == {
        "notices": {"added": ["ny"], "changed": [], "removed": []},
        "places": {"added": [], "changed": [], "removed": ["skuleskogen"]},
    }
    assert [entry.version for entry in history.entries(src)] == [first.version, second.version]
    assert second.entry.summary_sv() == "1 tillagda, 1 borttagna"


def test_undo_publishes_the_previous_content_under_a_higher_version(
    src: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    publish(src, FolderTarget(stick), KEY, NOW)
    before = (src / "notices.toml").read_text(encoding="utf-8")
    folder = SourceFolder.open(src)
    folder.put("notices", {"id": "fel", "title": {"sv": "Publicerad av misstag"}})
    folder.save()
    publish(src, FolderTarget(stick), KEY, NOW + timedelta(minutes=1))
    undone = undo(src, FolderTarget(stick), KEY, NOW + timedelta(minutes=2))
    assert undone.version == 202612060932
    assert undone.entry.changes == {"notices": {"added": [], "changed": [], "removed": ["fel"]}}
    assert (src / "notices.toml").read_text(encoding="utf-8") == before
    documents = check_feed(FolderSource(stick)).documents.values()
    (notices,) = [doc for doc in documents if doc.kind == "notices"]
    assert "fel" not in [notice.id for notice in notices.items]


def test_an_undo_that_fails_puts_the_source_back_as_it_was(src: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    publish(src, FolderTarget(stick), KEY, NOW)
    (src / "notices.toml").write_text("# edited\n", encoding="utf-8")
    publish(src, FolderTarget(stick), KEY, NOW + timedelta(minutes=1))
    (src / "notices.toml").write_text("# not published yet\n", encoding="utf-8")
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(PublishError):
        undo(src, FolderTarget(tmp_path / "a-file" / "stick"), KEY, NOW)
    assert (src / "notices.toml").read_text(encoding="utf-8") == "# not published yet\n"


def test_undo_puts_back_a_replaced_brochure_and_picture_and_drops_one_added_since(
    src: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    pdf, cover = src / "brochures" / "servicepunkter-ovik.pdf", src / "images" / "trysunda.jpg"
    old_pdf, old_cover = pdf.read_bytes(), cover.read_bytes()
    publish(src, FolderTarget(stick), KEY, NOW)
    pdf.write_bytes(old_pdf + b"\n% a newer edition\n")
    cover.write_bytes(old_cover + b"\0")
    (src / "images" / "ny.png").write_bytes(
        (src / "images" / "cover-servicepunkter-ovik.png").read_bytes()
    )
    publish(src, FolderTarget(stick), KEY, NOW + timedelta(minutes=1))
    undone = undo(src, FolderTarget(stick), KEY, NOW + timedelta(minutes=2))
    assert pdf.read_bytes() == old_pdf and cover.read_bytes() == old_cover
    assert not (src / "images" / "ny.png").exists()
    listed = json.loads((stick / "manifest.json").read_text(encoding="utf-8"))["files"]
    hashes = {entry.get("name"): entry["sha256"] for entry in listed}
    assert hashes["brochures/servicepunkter-ovik.pdf"] == hashlib.sha256(old_pdf).hexdigest()
    assert undone.version == 202612060932


def test_a_failed_undo_keeps_the_pictures_edited_since(src: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    cover = src / "images" / "trysunda.jpg"
    publish(src, FolderTarget(stick), KEY, NOW)
    publish(src, FolderTarget(stick), KEY, NOW + timedelta(minutes=1))
    cover.write_bytes(b"not published yet")
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(PublishError):
        undo(src, FolderTarget(tmp_path / "a-file" / "stick"), KEY, NOW)
    assert cover.read_bytes() == b"not published yet"


def test_undo_without_an_earlier_publication_says_so(src: Path, tmp_path: Path) -> None:
    with pytest.raises(PublishError) as nothing:
        undo(src, FolderTarget(tmp_path / "stick"), KEY, NOW)
    assert nothing.value.sv == "Det finns ingen tidigare publicering att gå tillbaka till."


def test_a_source_with_problems_is_not_published(src: Path, tmp_path: Path) -> None:
    (src / "service_points.toml").unlink()
    with pytest.raises(SourceProblemsError) as refused:
        publish(src, FolderTarget(tmp_path / "stick"), KEY, NOW)
    assert refused.value.problems[0].file == "service_points.toml"
    assert not (tmp_path / "stick").exists()
