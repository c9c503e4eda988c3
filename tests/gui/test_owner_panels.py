"""The status panel in each state, the service-point details editor and the usage overview."""

from __future__ import annotations

from datetime import timedelta

import pytest
from owner_helpers import open_owner_mode, with_pin
from PySide6.QtWidgets import QLabel

from kiosk.app import Kiosk
from kiosk.services.sync import SyncStatus
from kiosk.store.owner import offers_on
from kiosk.ui.owner.details import DetailsView
from kiosk.ui.owner.status import StatusView


@pytest.fixture
def owner(kiosk: Kiosk) -> Kiosk:
    with_pin(kiosk)
    open_owner_mode(kiosk)
    return kiosk


def status_view(kiosk: Kiosk) -> StatusView:
    assert kiosk.owner is not None
    kiosk.owner.panel.nav["status"].click()
    view: StatusView = kiosk.owner.panel.view("status")
    return view


def test_all_is_well_before_the_first_sync(owner: Kiosk) -> None:
    view = status_view(owner)
    assert view.overall.text() == "Allt fungerar"
    assert view.sync_now.isEnabled()
    assert view.values["sync"].text() == "inte sedan programmet startade"
    assert view.values["upload"].text() == "inte än"
    assert "ledigt av" in view.values["disk"].text()


def test_no_connection_since_the_first_failed_sync(owner: Kiosk) -> None:
    assert owner.owner is not None
    service = owner.owner.service
    now = service.clock()
    first = now - timedelta(minutes=40)
    service.on_sync_status(SyncStatus(first, "failed", False, "no network"))
    service.on_sync_status(SyncStatus(first + timedelta(minutes=30), "failed", False, "no network"))
    view = status_view(owner)
    assert view.overall.text().startswith("Ingen uppkoppling sedan ")
    assert view.overall.text().endswith(first.strftime("%H:%M"))
    service.on_sync_status(SyncStatus(now, "unchanged", True, "unchanged"))
    assert view.overall.text() == "Allt fungerar"
    assert view.values["sync"].text().endswith("inget nytt")


def test_old_content_says_how_many_days(owner: Kiosk) -> None:
    assert owner.owner is not None
    service = owner.owner.service
    # The fixture's kiosk syncs (it has a feed_url), so its SyncService reached the owner service
    # through the constructor as `kiosk run` wires it: only a kiosk that syncs calls old content
    # a problem.
    info = owner.content.info()
    assert info is not None
    later = info.loaded + timedelta(days=3)  # calendar days: +1 h would cross midnight after 23:00
    service.clock = lambda: later
    assert status_view(owner).overall.text() == "Innehållet är 3 dagar gammalt"


def test_restart_and_exit_ask_the_application_to_quit(qtbot, owner: Kiosk) -> None:  # type: ignore[no-untyped-def]
    assert owner.owner is not None
    # Only listen: the kiosk's own handler would end pytest's application (app.exit).
    owner.owner.service.quit_requested.disconnect()
    view = status_view(owner)
    with qtbot.waitSignal(owner.owner.service.quit_requested) as restart:
        view.restart.click()
    assert restart.args == [3]
    view.exit.click()
    assert view.exit.isHidden() and not view.confirm_exit.isHidden()
    with qtbot.waitSignal(owner.owner.service.quit_requested) as leave:
        view.confirm_exit.click()
    assert leave.args == [0]


def details_view(kiosk: Kiosk) -> DetailsView:
    assert kiosk.owner is not None
    kiosk.owner.panel.nav["details"].click()
    view: DetailsView = kiosk.owner.panel.view("details")
    return view


def test_saved_details_override_the_feed_on_the_about_page(owner: Kiosk) -> None:
    view = details_view(owner)
    view.hours[0].setText("8-20")
    view.hours[6].setText("")
    view.criteria["home_delivery"].setChecked(True)
    view.delivery_phone.setText("070-999 88 77")
    day, _span, note = view.exceptions[0]
    day.setText("2026-12-24")
    note.setText("Julafton")
    assert view.submit()
    point = owner.content.service_point()
    assert point is not None
    assert point.opening_hours[0] == "Mo 08:00-20:00"
    assert not any(h.startswith("Su") for h in point.opening_hours)
    assert point.home_delivery_telephone == "070-999 88 77"
    assert owner.owner is not None
    from datetime import date

    offers = offers_on(owner.owner.service.db, date(2026, 12, 24), point)
    assert not any(offers.values())
    owner.owner.panel.close_button.click()
    owner.window.open_page("about")
    about = owner.window.page["about"]
    texts = [w.text() for w in about.findChildren(type(view.message))]
    assert "08:00–20:00" in texts
    assert any("070-999 88 77" in t for t in texts)


def test_details_mistakes_are_shown_next_to_the_field(owner: Kiosk) -> None:
    view = details_view(owner)
    view.hours[2].setText("nine to five")
    view.exceptions[1][0].setText("julafton")
    assert not view.submit()
    assert (
        view.hour_errors[2].text()
        == "Skriv tiden som 09:00–18:00, eller lämna tomt om det är stängt."
    )
    assert view.exception_errors[1].text() == "Skriv datumet som 2026-12-24."
    assert owner.owner is not None and owner.owner.service.details() is None
    # The fields themselves are marked too (the message alone sat a row away from them).
    marked = [field.property("invalid") is True for field in view.hours]
    assert marked == [False, False, True, False, False, False, False]
    assert view.exceptions[1][0].property("invalid") is True
    view.refresh()  # the saved details again: nothing marked
    assert not any(field.property("invalid") for field in view.hours)


def test_usage_charts_come_from_the_daily_counters(owner: Kiosk) -> None:
    assert owner.owner is not None
    service = owner.owner.service
    today = service.clock().date()
    service.daily_counters = lambda _db, _a, _b: {today: {"visits": 7, "section:events": 5}}
    owner.owner.panel.nav["usage"].click()
    view = owner.owner.panel.view("usage")
    assert view.charts.count() == 3
    assert view.rescan.isVisible()  # the kiosk wires the agreement report's exporter


def test_a_chart_with_nothing_counted_says_no_figures_yet(owner: Kiosk) -> None:
    assert owner.owner is not None
    service = owner.owner.service
    today = service.clock().date()
    service.daily_counters = lambda _db, _a, _b: {today: {"visits": 2}}
    owner.owner.panel.nav["usage"].click()
    view = owner.owner.panel.view("usage")
    empty = [w.text() for w in view.findChildren(QLabel, "NoFigures") if not w.isHidden()]
    assert empty == ["Inga siffror än"]  # the sections: none used yet; the visits are drawn


def test_the_report_is_saved_on_the_usb_stick_touched(owner: Kiosk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert owner.owner is not None
    service = owner.owner.service
    media = tmp_path / "media"
    service.media_roots = (media,)
    service.export_report = lambda folder: (folder / "rapport.pdf").resolve()
    owner.owner.panel.nav["usage"].click()
    view = owner.owner.panel.view("usage")
    assert not view.sticks
    assert view.export_note.text().startswith("Inget USB-minne hittades.")
    (media / "kiosk" / "KINGSTON").mkdir(parents=True)  # as udisks mounts a stick
    view.rescan.click()
    assert [b.text() for b in view.sticks.values()] == ["Spara på KINGSTON"]
    stick = view.sticks[media / "kiosk" / "KINGSTON"]
    stick.click()
    assert view.export_result.text() == "Sparad på KINGSTON som rapport.pdf"


def test_the_kiosk_exports_a_real_agreement_report_to_a_folder(
    qtbot, kiosk: Kiosk, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.owner is not None
    qtbot.waitUntil(kiosk.data.local_db.exists, timeout=10_000)  # opened by the statistics
    stick = tmp_path / "usb"
    stick.mkdir()
    written = kiosk.owner.service.export_report(stick)
    assert written.parent == stick and written.suffix == ".pdf"
    assert written.read_bytes().startswith(b"%PDF")


def test_a_day_the_owner_closes_says_so_on_the_about_page_and_in_open_now(owner: Kiosk) -> None:
    view = details_view(owner)
    today = owner.content.clock().date()
    day, _span, note = view.exceptions[0]
    day.setText(today.isoformat())
    note.setText("Inventering")
    soon, span, _note = view.exceptions[1]
    soon.setText((today + timedelta(days=3)).isoformat())
    span.setText("10-14")
    assert view.submit()
    assert owner.owner is not None
    owner.owner.panel.close_button.click()
    owner.window.open_page("about")
    about = owner.window.page["about"]
    texts = [w.text() for w in about.findChildren(type(view.message))]
    assert "Stängt i dag (Inventering)" in texts
    assert "Avvikande öppettider" in texts
    assert any(t.endswith(": 10:00–14:00") for t in texts)


def test_every_card_on_the_usage_page_has_its_title_in_one_size_and_inset(owner: Kiosk) -> None:
    from kiosk.ui.widgets import Card

    assert owner.owner is not None
    owner.owner.panel.nav["usage"].click()
    view = owner.owner.panel.view("usage")
    titles = []
    for card in view.findChildren(Card):
        layout = card.layout()
        first = layout.itemAt(0).widget() if layout is not None and layout.count() else None
        if isinstance(first, QLabel):
            titles.append(first)
    assert len(titles) >= 4  # visits per day and per week, most used, the report
    # the charts' titles were smaller and closer to the card's edge than the report's
    assert len({(t.font().pixelSize(), t.font().pointSize()) for t in titles}) == 1
    assert len({(t.x(), t.y()) for t in titles}) == 1
