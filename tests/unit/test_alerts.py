"""Public warnings (issue 24): the sources' answers parsed and judged for the kiosk's area."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from kiosk.alerts import krisinformation, smhi, vma
from kiosk.alerts.areas import checked_area, covers
from kiosk.alerts.crisis import crisis_alerts
from kiosk.alerts.geo import contains
from kiosk.alerts.model import ParseError
from kiosk.alerts.state import load_state
from kiosk.domain import Geo, Notice, Text
from kiosk.errors import ConfigError
from kiosk.feed.models import NoticeItem, ServicePointItem
from tests.alertfixtures import (
    AROUND_ORNSKOLDSVIK,
    BJORNA,
    IN_SKANE,
    cancel_of,
    kris_news,
    smhi_answer,
    smhi_warning,
    vma_alert,
    vma_answer,
)

NOW = datetime(2026, 12, 6, 8, 12, tzinfo=UTC)
HERE = Geo(*BJORNA)


def shown(alerts: list) -> list[str]:
    return [a.id for a in alerts if not a.held]


def reasons(alerts: list) -> dict[str, str]:
    return {a.id: a.held for a in alerts}


# --- VMA ------------------------------------------------------------------------------------


def test_an_actual_vma_for_the_municipality_is_shown_with_its_texts_per_language() -> None:
    [alert] = vma.judge(vma.parse(vma_answer(NOW, vma_alert(NOW))), "2284", NOW, True)
    assert not alert.held
    assert (
        alert.headline.get("sv") == "Viktigt meddelande till allmänheten (VMA)"
    )  # event: the title
    assert alert.headline.get("en") == "Important public announcement"
    assert "stäng dörrar" in alert.instruction.get("sv")
    assert alert.instruction.values.get("en") is None  # null instruction: no English one
    assert alert.area == "Örnsköldsviks kommun (Västernorrlands län)"


def test_test_exercise_other_county_and_expired_alerts_are_held_back_with_a_reason() -> None:
    answer = vma_answer(
        NOW,
        vma_alert(NOW, "T1", status="Test"),
        vma_alert(NOW, "E1", status="Exercise"),
        vma_alert(NOW, "S1", code="12", area_desc="Skåne län"),
        vma_alert(NOW, "X1", expires_in=timedelta(minutes=-1)),
        vma_alert(NOW, "A1"),
    )
    judged = vma.judge(vma.parse(answer), "2284", NOW, True)
    assert shown(judged) == ["A1"]
    held = reasons(judged)
    assert "test" in held["T1"] and "exercise" in held["E1"]
    assert held["S1"] == "another area" and held["X1"] == "expired"


def test_a_cancel_without_info_removes_the_alert_it_refers_to() -> None:
    alert = vma_alert(NOW, "A1")
    judged = vma.judge(
        vma.parse(vma_answer(NOW, cancel_of(NOW, alert, "C1"), alert)), "2284", NOW, True
    )
    assert shown(judged) == []
    assert reasons(judged)["A1"] == "cancelled"


def test_an_update_replaces_the_alert_it_refers_to() -> None:
    first = vma_alert(NOW, "A1")
    update = vma_alert(NOW, "A2", msg_type="Update", references=f"x,A1,{first['sent']}")
    judged = vma.judge(vma.parse(vma_answer(NOW, update, first)), "2284", NOW, True)
    assert shown(judged) == ["A2"]


def test_the_kiosk_checks_the_area_itself_whatever_the_server_filtered() -> None:
    assert covers("00", "2284") and covers("22", "2284") and covers("2284", "2284")
    assert covers("2284", "22")  # a county-wide kiosk hears of its municipalities
    assert not covers("2281", "2284") and not covers("12", "2284") and not covers("", "2284")
    assert not covers("22", "")  # no area configured: nothing matches


def test_an_alert_without_expires_fades_a_day_after_it_was_sent_only_when_unconfirmed() -> None:
    old = vma_alert(NOW, "A1", expires_in=None, sent_ago=timedelta(hours=25))
    parsed = vma.parse(vma_answer(NOW, old))
    assert shown(vma.judge(parsed, "2284", NOW, confirmed=True)) == ["A1"]  # the API still lists it
    assert shown(vma.judge(parsed, "2284", NOW, confirmed=False)) == []


# --- SMHI -----------------------------------------------------------------------------------


def test_an_smhi_warning_is_shown_where_its_area_holds_the_service_point() -> None:
    answer = smhi_answer(smhi_warning(NOW, 1), smhi_warning(NOW, 2, polygon=IN_SKANE))
    judged = smhi.judge(smhi.parse(answer, HERE), HERE, NOW)
    assert shown(judged) == ["1/10"]
    here = judged[0]
    assert here.level == "yellow" and here.headline.get("sv") == "Mycket snö (TESTVARNING)"
    assert here.description.get("sv") == "Händelsebeskrivning: 20–30 cm snö väntas."


def test_an_smhi_warning_is_gone_after_its_end_time() -> None:
    parsed = smhi.parse(smhi_answer(smhi_warning(NOW, ends_in=timedelta(hours=1))), HERE)
    assert shown(smhi.judge(parsed, HERE, NOW)) == ["3101/31010"]
    assert shown(smhi.judge(parsed, HERE, NOW + timedelta(hours=2))) == []


def test_point_in_polygon_respects_holes_and_multipolygons() -> None:
    hole = [[18.5, 63.5], [18.7, 63.5], [18.7, 63.6], [18.5, 63.6], [18.5, 63.5]]
    assert contains({"type": "Polygon", "coordinates": AROUND_ORNSKOLDSVIK}, *BJORNA)
    assert not contains({"type": "Polygon", "coordinates": [*AROUND_ORNSKOLDSVIK, hole]}, *BJORNA)
    multi = {"type": "MultiPolygon", "coordinates": [IN_SKANE, AROUND_ORNSKOLDSVIK]}
    assert contains(multi, *BJORNA)


# --- Krisinformation ---------------------------------------------------------------------------


def test_krisinformation_news_for_the_county_are_shown_older_and_other_counties_not() -> None:
    body = json.dumps(
        [
            kris_news(NOW, "K1"),
            kris_news(NOW, "K2", county="Skåne län"),
            kris_news(NOW, "K3", age=timedelta(days=8)),
        ]
    ).encode()
    judged = krisinformation.judge(krisinformation.parse(body), "2284", NOW)
    assert shown(judged) == ["K1"]
    assert reasons(judged)["K2"] == "another area"
    assert judged[0].description.get("sv") == "Flera orter i länet saknar ström efter stormen."


# --- Crisis notices -----------------------------------------------------------------------------


def test_a_crisis_notice_takes_over_until_its_end_time() -> None:
    notice = Notice(
        "kokning",
        "crisis",
        Text.of({"sv": "Kokningsrekommendation i Björna"}),
        expires=NOW + timedelta(hours=1),
    )
    info = Notice("info", "info", Text.of({"sv": "Vanlig notis"}))
    [alert] = crisis_alerts([notice, info], NOW)
    assert alert.takeover and not alert.held
    assert crisis_alerts([notice], NOW + timedelta(hours=2))[0].held == "ended"
    day = Notice("dag", "crisis", Text.of({"sv": "x"}), valid_through=date(2026, 12, 6))
    assert not crisis_alerts([day], NOW)[0].held


# --- Hostile input -----------------------------------------------------------------------------

HOSTILE = [
    b"",
    b"\xff\xfe not utf-8",
    b"[" * 100_000 + b"]" * 100_000,  # deep nesting
    b'{"alerts": {"not": "a list"}}',
    b"42",
    b"null",
]


@pytest.mark.parametrize("body", HOSTILE)
def test_every_parser_refuses_what_is_not_its_shape_with_a_parse_error(body: bytes) -> None:
    for parse in (vma.parse, lambda b: smhi.parse(b, HERE), krisinformation.parse):
        with pytest.raises(ParseError):
            parse(body)


def test_wrong_types_inside_an_answer_skip_that_item_only() -> None:
    good = vma_alert(NOW, "A1")
    weird = [
        None,
        7,
        "text",
        [],
        {"identifier": 5},
        {"identifier": "B1", "info": "x", "sent": 3},
        {"identifier": "B2", "info": [{"area": {"x": 1}, "event": ["list"]}]},
    ]
    parsed = vma.parse(json.dumps({"alerts": [*weird, good]}).encode())
    assert shown(vma.judge(parsed, "2284", NOW, True)) == ["A1"]
    bad_smhi = [
        1,
        {
            "warningAreas": [
                None,
                {"warningLevel": "RED"},
                {"warningLevel": {"code": "RED"}, "area": "x"},
            ]
        },
    ]
    assert shown(smhi.judge(smhi.parse(json.dumps(bad_smhi).encode(), HERE), HERE, NOW)) == []
    bad_news = [None, {"Identifier": 3}, {"Identifier": "K", "Headline": "h", "Area": "x"}]
    assert len(krisinformation.parse(json.dumps(bad_news).encode())) == 1


def test_huge_answers_are_cut_to_bounded_counts_and_lengths() -> None:
    many = [vma_alert(NOW, f"A{i}") for i in range(5000)]
    many[0]["info"][0]["description"] = "x" * 1_000_000
    parsed = vma.parse(json.dumps({"alerts": many}).encode())
    assert len(parsed) == vma.MAX_ALERTS
    assert len(parsed[0].description.get("sv")) <= 20_000


def test_a_polygon_with_too_many_vertices_contains_nothing() -> None:
    bottom = [[18.0 + i * 1e-6, 63.0] for i in range(300_000)]  # a square around Björna
    ring = [*bottom, [19.3, 63.0], [19.3, 63.9], [18.0, 63.9], [18.0, 63.0]]
    assert not contains({"type": "Polygon", "coordinates": [ring]}, *BJORNA)


def test_a_damaged_state_file_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "alerts.json"
    for raw in (b"{", b"[]", b'{"sources": {"vma": {"items": [1, {"source": "vma"}]}}}'):
        path.write_bytes(raw)
        states = load_state(path)
        assert all(not s.items for s in states.values())


def test_alert_area_must_be_a_known_county_or_municipality_code() -> None:
    assert (
        checked_area(" 2284 ") == "2284" and checked_area("22") == "22" and checked_area("") == ""
    )
    for bad in ("Björna", "99", "228", "22840"):
        with pytest.raises(ConfigError, match="alert_area"):
            checked_area(bad)


def test_the_feed_accepts_crisis_notices_with_an_end_time_and_area_codes() -> None:
    notice = NoticeItem.model_validate(
        {"id": "kokning", "level": "crisis", "title": {"sv": "Koka vattnet"},
         "expires": "2026-12-06T18:00:00+01:00"}
    )  # fmt: skip
    assert notice.level == "crisis" and notice.expires is not None
    point = {"id": "bjorna", "name": "B", "village": "Björna"}
    assert ServicePointItem.model_validate({**point, "area_code": "2284"}).area_code == "2284"
    with pytest.raises(ValidationError):
        ServicePointItem.model_validate({**point, "area_code": "Björna"})


def test_each_example_warning_reads_in_one_language_for_every_visitor() -> None:
    from kiosk.alerts.demo import demo_snapshot
    from kiosk.domain import FALLBACK

    for alert in demo_snapshot(datetime.now(UTC)).shown:
        fields = [t for t in (alert.headline, alert.description, alert.instruction) if t]
        for lang in FALLBACK:
            # the language each field is read in: a German visitor once read the headline and
            # the text in English and what to do in Swedish
            read_in = {next(k for k in FALLBACK[lang] if t.values.get(k)) for t in fields}
            assert len(read_in) == 1, f"{alert.id} in {lang}: read in {sorted(read_in)}"
