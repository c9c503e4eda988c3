"""A damaged or empty local.db: visitors still get every page, the owner's status says what happened.

Before, a 0-byte file was recreated empty without a word, and a damaged page made the kiosk
show the out-of-order page the first time What's on read the owner's events.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import running_kiosk
from owner_helpers import open_owner_mode, with_pin

from kiosk.app import Kiosk
from kiosk.domain import STOCKHOLM
from kiosk.store import owner
from kiosk.store.local import open_local
from kiosk.ui.owner.status import StatusView

PAGE = 4096


def posted(path: Path, count: int) -> None:
    """`count` events the owner posted for the coming days."""
    db = open_local(path)
    day = datetime.now(STOCKHOLM).date() + timedelta(days=1)
    for n in range(count):
        event = owner.LocalEvent(f"Kaffe {n:03d} " + "x" * 200, day, "10:00")
        owner.save_event(db, event, datetime.now(STOCKHOLM))
    db.conn.close()


def empty(path: Path) -> None:
    path.write_bytes(b"")  # what a power cut on ext4 can leave


def bad_page(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    page = raw.index(b"Kaffe 060 ") // PAGE
    raw[page * PAGE : page * PAGE + 64] = b"\xa5" * 64
    path.write_bytes(bytes(raw))


@pytest.fixture(params=[empty, bad_page], ids=["zero-bytes", "damaged-page"])
def damaged(request, qtbot, tmp_path: Path, feed: Path) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    posted(data / "local.db", 120)
    request.param(data / "local.db")
    yield from running_kiosk(qtbot, data, (1280, 1024), feed_url=str(feed), idle_timeout=30)


def whats_on(kiosk: Kiosk) -> list[str]:
    kiosk.window.open_page("events")
    return [e.title.get("sv") for e in kiosk.window.page["events"].shown]


def status_view(kiosk: Kiosk) -> StatusView:
    with_pin(kiosk)
    open_owner_mode(kiosk)
    assert kiosk.owner is not None
    kiosk.owner.panel.nav["status"].click()
    view: StatusView = kiosk.owner.panel.view("status")
    return view


def test_visitors_get_every_page_and_the_owner_reads_what_happened(
    damaged: Kiosk, request: pytest.FixtureRequest
) -> None:
    kept = list(damaged.data.local_db.parent.glob("local.db.damaged-*"))
    assert len(kept) == 1
    shown = whats_on(damaged)
    assert damaged.window.current == "events"
    assert damaged.owner is not None
    salvaged = damaged.owner.service.events()
    if "zero-bytes" in request.node.name:
        assert salvaged == [] and not any(t.startswith("Kaffe ") for t in shown)
    else:  # the rows off the damaged page are back, and in What's on
        assert 100 < len(salvaged) < 120
        assert any(t.startswith("Kaffe ") for t in shown)
    for page in ("home", "places", "events"):
        damaged.window.open_page(page)
        assert damaged.window.current == page
    view = status_view(damaged)
    assert view.overall.text() == "Datorns egna uppgifter var skadade"
    assert view.advice.text().startswith("Besökarna märker inget.")
    assert view.captions["data"].text() == "Egna uppgifter"
    line = view.values["data"].text()
    assert line.startswith("Den lokala databasen var ")
    assert line.endswith(f"Den gamla filen finns kvar som {kept[0].name}.")
    assert damaged.owner.service.problems() == (line,)


def test_owner_data_unreadable_while_running_costs_visitors_only_the_local_events(
    kiosk: Kiosk,
) -> None:
    assert kiosk.owner is not None
    service = kiosk.owner.service
    service.save_event(
        owner.LocalEvent("Pubkväll", datetime.now(STOCKHOLM).date() + timedelta(days=1), "19:00")
    )
    assert "Pubkväll" in whats_on(kiosk)
    service.db.execute("DROP TABLE local_events")  # as a page gone bad under a running kiosk
    kiosk.window.open_page("home")
    assert "Pubkväll" not in whats_on(kiosk)
    assert kiosk.window.current == "events"
    assert service.problems()[0].startswith("En del av den lokala databasen gick inte att läsa")
    assert status_view(kiosk).overall.text() == "Datorns egna uppgifter var skadade"
