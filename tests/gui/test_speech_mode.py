"""Speech mode's rules: the countdown is heard, a listener gets more time, the PIN is never spoken."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import running_kiosk
from owner_helpers import PIN, with_pin
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from screeninput import touch, type_key
from test_speech_journeys import press, spoken, wake_with_a_key

from kiosk.app import Kiosk
from kiosk.services.idle import State

K = Qt.Key


def test_the_countdown_is_spoken_as_well_as_shown(qtbot, kiosk: Kiosk) -> None:
    with qtbot.waitSignal(kiosk.bridge.visit_started):
        touch(kiosk.window.page["home"].tiles["places"])  # type: ignore[attr-defined]
    with qtbot.waitSignal(kiosk.idle.countdown_started, timeout=5000):
        pass
    wanted = "Är du kvar? Tryck på valfri tangent eller på skärmen för att fortsätta."
    qtbot.waitUntil(lambda: any(wanted in s for s in spoken(kiosk)))
    assert kiosk.speech_mode is not None and not kiosk.speech_mode.active


def test_speech_mode_doubles_the_idle_time_until_the_visit_ends(qtbot, kiosk: Kiosk) -> None:
    timer = kiosk.idle._idle_timer
    assert timer.interval() == 1000
    wake_with_a_key(qtbot, kiosk, "sv")
    assert timer.interval() == 2000  # speech_idle_factor 2 of idle_timeout 1 s
    with qtbot.waitSignal(kiosk.bridge.visit_ended, timeout=15000):
        pass
    assert kiosk.speech_mode is not None and not kiosk.speech_mode.active
    assert timer.interval() == 1000
    assert kiosk.idle.state is State.IDLE


def test_a_language_without_a_voice_is_said_once_and_the_nearest_voice_used(
    qtbot, kiosk: Kiosk
) -> None:
    # Qt's mock engine has English, Norwegian and Finnish voices but no Swedish one.
    said = wake_with_a_key(qtbot, kiosk, "sv")
    assert said.startswith("Den här datorn har ingen röst för ditt språk")
    assert kiosk.speech is not None and kiosk.speech.voice.used.startswith("nb")
    said = press(qtbot, kiosk, K.Key_Down)
    assert "ingen röst" not in said
    touch(kiosk.window.navbar.languages["fi"])
    qtbot.waitUntil(lambda: "Suomi" in spoken(kiosk)[-1])
    assert not any("ääntä kielellesi" in s for s in spoken(kiosk))  # Finnish has its voice


def test_the_shop_owners_pin_is_never_spoken(qtbot, kiosk: Kiosk) -> None:
    with_pin(kiosk)
    wake_with_a_key(qtbot, kiosk, "sv")
    assert kiosk.owner is not None
    kiosk.owner.request()
    before = len(spoken(kiosk))
    for digit in PIN:
        type_key(kiosk.window, getattr(K, f"Key_{digit}"))
    type_key(kiosk.window, K.Key_Backspace)  # the pad's own backspace, not the kiosk's Back
    type_key(kiosk.window, getattr(K, f"Key_{PIN[-1]}"))
    type_key(kiosk.window, K.Key_Return)
    assert kiosk.window.current == "owner"
    assert kiosk.speech is not None
    # (Shop-owner mode ended the visitor's speech mode: a missing voice is named afresh.)
    kiosk.speech.say("slut")  # what was queued before this has been heard when it arrives
    qtbot.waitUntil(lambda: spoken(kiosk)[-1].endswith("slut"))
    heard = spoken(kiosk)[before:-1]
    assert not any(ch.isdigit() for s in heard for ch in s), heard


def test_a_visit_by_touch_stays_silent_until_listen_is_touched(qtbot, kiosk: Kiosk) -> None:
    assert kiosk.speech_mode is not None
    touch(kiosk.window.page["home"].tiles["events"])  # type: ignore[attr-defined]
    assert not kiosk.speech_mode.active
    touch(kiosk.speech_mode.listen)
    assert kiosk.speech_mode.active and kiosk.speech_mode.bar.isVisible()
    qtbot.waitUntil(lambda: bool(spoken(kiosk)))
    assert "Du är på Vad händer" in spoken(kiosk)[-1]
    touch(kiosk.speech_mode.bar.buttons[next(iter(kiosk.speech_mode.bar.buttons))])  # Quiet
    volume = kiosk.speech.volume if kiosk.speech else 0
    touch(kiosk.speech_mode.bar.buttons[list(kiosk.speech_mode.bar.buttons)[5]])  # Louder
    qtbot.waitUntil(lambda: spoken(kiosk)[-1].startswith("Volym"))
    assert kiosk.speech is not None and kiosk.speech.volume == volume + 10


def test_without_an_engine_the_kiosk_runs_and_the_status_panel_says_so(qtbot, kiosk: Kiosk) -> None:
    from owner_helpers import open_owner_mode

    from kiosk.services.speech import SpeechService

    missing = SpeechService("no-such-engine", parent=kiosk.app)  # as on a machine without one
    assert kiosk.speech_mode is not None and kiosk.owner is not None
    kiosk.speech_mode.speech = missing
    missing.missing_voice_notice = kiosk.speech_mode._missing_voice_notice
    kiosk.owner.service.speech_state = missing.status_text
    with qtbot.waitSignal(missing.status_changed, timeout=10_000):
        type_key(kiosk.window, K.Key_F1)  # speech asked for: the engine is looked for
    assert missing.state == "missing" and missing.spoken == []
    assert kiosk.window.current == "home"  # the kiosk carries on without a voice
    touch(kiosk.window.page["home"].tiles["events"])  # type: ignore[attr-defined]
    assert kiosk.window.current == "events"
    with_pin(kiosk)
    open_owner_mode(kiosk)
    status = kiosk.owner.panel.views["status"]
    # One language and one verdict: no English reason beside it, no "Allt fungerar" above it.
    assert status.values["speech"].text() == "fungerar inte: besökarna kan inte få texter upplästa"
    assert status.overall.text() == "Uppläsningen fungerar inte"
    missing.close()


def test_a_speech_engine_that_never_answers_leaves_the_kiosk_working(
    qtbot, kiosk: Kiosk, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A speech-dispatcher that takes the connection and never answers (a machine without a
    sound server): loaded in the kiosk's own process it held the interpreter lock and froze
    every screen. Now the kiosk answers taps meanwhile, and says the engine did not answer."""
    import socket
    import threading

    from kiosk.services.speech import SpeechService

    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(5)
    server.settimeout(0.1)
    held: list[socket.socket] = []
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            held.append(connection)  # connected, never answered

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    hung = SpeechService("speechd", parent=kiosk.app, start_timeout_ms=4000)
    assert kiosk.speech_mode is not None
    kiosk.speech_mode.speech = hung
    hung.missing_voice_notice = kiosk.speech_mode._missing_voice_notice
    type_key(kiosk.window, K.Key_F1)  # speech asked for: the engine starts, and hangs
    qtbot.waitUntil(lambda: len(held) > 0, timeout=10_000)
    assert hung.state == "starting"
    touch(kiosk.window.page["home"].tiles["events"])  # type: ignore[attr-defined]
    assert kiosk.window.current == "events", "a tap works while the engine hangs"
    qtbot.waitUntil(lambda: hung.state == "missing", timeout=10_000)
    assert "did not answer" in hung.problem
    hung.close()
    done.set()
    acceptor.join()
    for connection in [*held, server]:  # else a later test meets them as ResourceWarnings
        connection.close()


@pytest.fixture
def silent_kiosk(qtbot, tmp_path: Path, feed: Path) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    """A kiosk configured with `speech = false`."""
    data = tmp_path / "data"
    yield from running_kiosk(qtbot, data, (1280, 1024), feed_url=str(feed), speech=False)


def offered_listen(qtbot, kiosk: Kiosk) -> list[QPushButton]:  # type: ignore[no-untyped-def]
    """The 'Lyssna' buttons on the attract screen when a running kiosk goes idle."""
    window = kiosk.window
    qtbot.waitExposed(window)
    window.show_attract()
    qtbot.waitUntil(lambda: window.current == "attract" and window.attract.isVisible())
    return [b for b in window.attract.findChildren(QPushButton, "ListenButton") if b.isVisible()]


def test_with_speech_off_the_attract_screen_offers_no_listen(qtbot, silent_kiosk: Kiosk) -> None:
    assert offered_listen(qtbot, silent_kiosk) == []


def test_the_attract_screen_of_a_running_kiosk_offers_listen(qtbot, kiosk: Kiosk) -> None:
    assert len(offered_listen(qtbot, kiosk)) == 1
