"""An e-service by keypad alone in speech mode: its title and main text are heard, Avsluta ends it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from feedmaker import write_source
from PySide6.QtCore import Qt
from pytest_httpserver import HTTPServer
from test_speech_journeys import press, press_until, spoken, wake_with_a_key
from webkit import QUIET

from kiosk.app import Kiosk
from kiosk.feed.build import build_feed

K = Qt.Key
PAGE = """<!doctype html><html><head><title>Färdtjänst – Exempelkommunen</title></head><body>
<nav>Meny Start Kontakt</nav>
<main><h1>Ansök om färdtjänst</h1><p>Du som har svårt att åka buss kan ansöka här.</p></main>
</body></html>"""
WORDS = {
    "sv": {"services": "E-tjänster", "end": "Avsluta"},
    "en": {"services": "E-services", "end": "End session"},
}


@pytest.fixture
def feed(tmp_path: Path, httpserver: HTTPServer) -> Path:
    """The generated feed with its one e-service served on loopback."""
    httpserver.expect_request("/fardtjanst").respond_with_data(
        PAGE, content_type="text/html; charset=utf-8"
    )
    src = write_source(tmp_path / "src", places=3, weekly_series=1)
    url = httpserver.url_for("/fardtjanst")
    (src / "links.toml").write_text(
        '[[link]]\nid = "fardtjanst"\ncategory = "municipality"\nname.sv = "Färdtjänst"\n'
        f'name.en = "Mobility service"\ndescription.sv = "Ansök om färdtjänst."\n'
        f'url = "{url}"\n',
        encoding="utf-8",
    )
    out = tmp_path / "feed"
    build_feed(src, out, now=datetime(2026, 11, 1, tzinfo=UTC))
    return out


@QUIET
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_keypad_opens_an_e_service_hears_its_main_text_and_ends_it(
    qtbot, kiosk: Kiosk, lang: str
) -> None:
    words = WORDS[lang]
    assert kiosk.speech_mode is not None
    kiosk.speech_mode.idle_factor = 60  # Chromium starting on two busy cores outlasts 2 s
    wake_with_a_key(qtbot, kiosk, lang)
    press_until(qtbot, kiosk, K.Key_Down, words["services"])
    said = press(qtbot, kiosk, K.Key_Return)
    assert kiosk.window.current == "services"
    assert "Färdtjänst" in said or "Mobility service" in said
    press(qtbot, kiosk, K.Key_Return)
    assert kiosk.window.current == "browser"
    qtbot.waitUntil(lambda: "Ansök om färdtjänst" in spoken(kiosk)[-1], timeout=30_000)
    heard = spoken(kiosk)[-1]
    assert heard.startswith("Färdtjänst – Exempelkommunen.")  # the page title first
    assert "svårt att åka buss" in heard and "Meny" not in heard  # the main text, not the menu
    press_until(qtbot, kiosk, K.Key_Down, words["end"])
    press(qtbot, kiosk, K.Key_Return)
    assert kiosk.window.current == "services"
