"""Getting into shop-owner mode: the ways in, the PIN pad, its lockout, and no PIN at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import running_kiosk
from owner_helpers import PIN, WallClock, open_owner_mode, type_pin, with_pin
from PySide6.QtCore import QPoint, Qt
from screeninput import type_key
from test_speech_journeys import wake_with_a_key

from kiosk.app import Kiosk
from kiosk.store.pin import FIRST_DELAY

CODE = "40271953"


def test_ctrl_alt_o_opens_the_pin_pad_past_the_kiosks_key_filter(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    with_pin(kiosk)
    kiosk.window.open_page("events")
    type_key(
        kiosk.window.page["events"],
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert kiosk.window.current == "owner-pin"
    assert not kiosk.window.header.isVisible()


def test_ctrl_alt_o_on_a_fresh_visit_does_not_start_speech_mode(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    # The first key of a visit starts speech mode; Ctrl and Alt pressed on the way to O are not
    # a visitor asking for a voice (its bar then lay over the PIN pad's keys).
    with_pin(kiosk)
    kiosk.window.show_attract()
    type_key(
        kiosk.window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert kiosk.window.current == "owner-pin"
    assert kiosk.speech_mode is not None and not kiosk.speech_mode.active
    assert not kiosk.speech_mode.bar.isVisible()


def test_shop_owner_mode_ends_a_visitors_speech_mode(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    with_pin(kiosk)
    wake_with_a_key(qtbot, kiosk, "sv")
    assert kiosk.owner is not None and kiosk.speech_mode is not None
    kiosk.owner.request()
    assert not kiosk.speech_mode.active and not kiosk.speech_mode.bar.isVisible()


def test_holding_the_shops_name_opens_the_pin_pad_and_a_tap_does_not(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.owner is not None
    press = kiosk.owner.long_press
    name = kiosk.window.header.name
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not press.pressing and kiosk.window.current == "home"
    press.set_hold_ms(300)
    with qtbot.waitSignal(press.held, timeout=5000):
        qtbot.mousePress(name, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert kiosk.window.current == "owner-pin"


def test_a_long_press_draws_a_growing_line_under_the_header(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.owner is not None
    press = kiosk.owner.long_press
    header = kiosk.window.header
    press.set_hold_ms(60_000)
    qtbot.mousePress(header.name, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: press.progress.isVisible() and press.progress.width() > 2)
    line = press.progress.geometry()
    pixel = header.grab().toImage().pixelColor(line.x() + 1, line.center().y())
    assert pixel.name() == kiosk.state.theme.palette.header_text.lower()  # seen on the header
    press.cancel()
    assert not press.progress.isVisible()


def test_the_right_pin_opens_the_panel(kiosk: Kiosk) -> None:
    with_pin(kiosk)
    open_owner_mode(kiosk)
    assert kiosk.owner is not None and kiosk.owner.panel.current == "status"


def test_a_physical_keyboard_types_the_pin(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    with_pin(kiosk)
    assert kiosk.owner is not None
    kiosk.owner.request()
    pad = kiosk.owner.pin_pad
    qtbot.keyClicks(pad, PIN)
    assert pad.dots.text() == "● ● ● ●"
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert kiosk.window.current == "owner"


def test_wrong_pins_lock_the_pad_with_a_countdown_and_growing_delays(kiosk: Kiosk) -> None:
    clock = WallClock()
    with_pin(kiosk, clock)
    assert kiosk.owner is not None
    kiosk.owner.request()
    pad = kiosk.owner.pin_pad
    type_pin(kiosk, "1111")
    assert pad.message.text() == "Fel PIN – försök igen."
    type_pin(kiosk, "1111")
    type_pin(kiosk, "1111")
    assert pad.message.text() == f"Fel PIN – försök igen om {FIRST_DELAY} s"
    assert not pad.keys["5"].isEnabled() and not pad.keys["ok"].isEnabled()
    clock.now += 10
    pad.update_lock()
    assert pad.message.text() == f"Fel PIN – försök igen om {FIRST_DELAY - 10} s"
    type_pin(kiosk, PIN)  # the keys are locked: nothing happens
    assert kiosk.window.current == "owner-pin"
    clock.now += FIRST_DELAY
    pad.update_lock()
    assert pad.keys["ok"].isEnabled() and pad.message.text() == ""
    type_pin(kiosk, "1111")
    assert pad.message.text() == f"Fel PIN – försök igen om {2 * FIRST_DELAY} s"
    clock.now += 2 * FIRST_DELAY
    pad.update_lock()
    type_pin(kiosk, PIN)
    assert kiosk.window.current == "owner"


def test_without_a_pin_or_setup_code_the_pad_says_whom_to_ask_and_stays_closed(
    kiosk: Kiosk,
) -> None:
    assert kiosk.owner is not None
    kiosk.owner.request()
    pad = kiosk.owner.pin_pad
    assert "Be kommunen om engångskoden" in pad.prompt.text()
    assert "kiosk pin set" not in pad.prompt.text()  # no terminal for the owner
    assert pad.pad.isHidden()
    pad.cancel.click()
    assert kiosk.window.current == "home"
    assert not kiosk.owner.service.active


def test_a_damaged_pin_file_says_so_and_whom_to_ask(kiosk: Kiosk) -> None:
    assert kiosk.owner is not None
    kiosk.owner.service.pins.path.write_text("{broken")
    kiosk.owner.request()
    text = kiosk.owner.pin_pad.prompt.text()
    assert "skadad" in text and "ny engångskod" in text and "kiosk pin set" not in text


@pytest.fixture
def with_code(qtbot, tmp_path: Path, feed: Path) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    """A new kiosk whose configuration holds the municipality's setup code."""
    yield from running_kiosk(
        qtbot, tmp_path / "data", (1280, 1024), feed_url=str(feed), setup_code=CODE
    )


def test_the_setup_code_sets_the_first_pin_on_the_screen_once(with_code: Kiosk) -> None:
    owner = with_code.owner
    assert owner is not None
    owner.request()
    pad = owner.pin_pad
    assert pad.prompt.text() == "Ingen PIN-kod är satt än. Skriv engångskoden från kommunen."
    type_pin(with_code, "99999999")
    assert pad.message.text() == "Fel engångskod – försök igen."
    type_pin(with_code, CODE)
    assert pad.prompt.text().startswith("Välj din PIN-kod")
    type_pin(with_code, PIN)
    assert pad.prompt.text() == "Skriv samma PIN-kod en gång till."
    type_pin(with_code, "1357")
    assert pad.message.text() == "PIN-koderna var olika – välj igen."
    type_pin(with_code, PIN)
    type_pin(with_code, PIN)
    assert with_code.window.current == "owner"
    assert owner.service.pins.check(PIN).ok
    owner.close()
    owner.request()  # the code is used up: from now on the PIN
    assert pad.prompt.text() == "Skriv din PIN-kod"
    assert not owner.service.setup.available()


def test_wrong_setup_codes_lock_the_pad(with_code: Kiosk) -> None:
    owner = with_code.owner
    assert owner is not None
    owner.request()
    for _ in range(3):
        type_pin(with_code, "99999999")
    assert owner.pin_pad.message.text().startswith("Fel engångskod – försök igen om ")
    type_pin(with_code, CODE)  # locked: nothing happens
    assert owner.pin_pad.prompt.text().startswith("Ingen PIN-kod")


def test_cancel_goes_back_to_the_visitor_home(kiosk: Kiosk) -> None:
    with_pin(kiosk)
    assert kiosk.owner is not None
    kiosk.owner.request()
    kiosk.owner.pin_pad.cancel.click()
    assert kiosk.window.current == "home"
    assert kiosk.window.header.isVisible()


@pytest.mark.parametrize(
    "size", [(1366, 768), (1280, 720), (1080, 1920)], ids=["1366x768", "1280x720", "portrait"]
)
def test_the_pin_pads_heading_dots_and_keys_sit_together_centred_and_whole(
    qtbot, kiosk: Kiosk, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    with_pin(kiosk)
    kiosk.window.resize(*size)
    kiosk.owner.request()  # type: ignore[union-attr]
    pad = kiosk.owner.pin_pad  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: pad.height() > 0 and pad.keys["ok"].isVisible())
    qtbot.wait(50)  # the keys take their size from the height

    def top(widget) -> int:  # type: ignore[no-untyped-def]
        return widget.mapTo(pad, QPoint(0, 0)).y()

    prompt_bottom = top(pad.prompt) + pad.prompt.height()
    assert top(pad.keys["1"]) - prompt_bottom <= 80  # only the line of dots between them
    for key in pad.keys.values():  # every key whole, none cut off at the foot
        assert key.visibleRegion().boundingRect().size() == key.size()
        assert key.height() >= 64
    card_top, card_bottom = top(pad.card), top(pad.card) + pad.card.height()
    assert card_top >= 0 and card_bottom <= pad.height()
    assert abs(card_top - (pad.height() - card_bottom)) <= 2
