"""The report's words for people: feed names instead of ids where the report has them."""

from __future__ import annotations


def test_breakdowns_name_e_services_and_categories_for_people() -> None:
    from kiosk.ui.report.markup import label

    names = {"eservice_open:1177": {"sv": "1177 – vård och hälsa", "en": "1177 – health care"}}
    assert label("sv", "eservice_open", "1177", names) == "1177 – vård och hälsa"
    assert label("en", "eservice_open", "1177", names) == "1177 – health care"
    assert label("sv", "eservice_open", "skatteverket", names) == "skatteverket"  # not in the feed
    assert label("sv", "place_category", "nature") == "natur"
