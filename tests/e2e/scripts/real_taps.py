"""Every tap does what it shows, in a real full-screen window on X11 with the mouse as a finger.

Run by tests/e2e/test_real_window_taps.py under Xvfb at 1366x768 (the commonest cheap touch
panel). All input is real X input from xdotool: clicks where the button is on the screen and
Ctrl+Alt+O as key presses. Steps:

- one tap on the home screen's search bar: Search, the field focused, the keyboard up (built
  after the first frame, as `kiosk run` builds it);
- with the keyboard up, Tillbaka and Hem are on the screen and each goes home with one tap;
- Ctrl+Alt+O on the attract screen: the PIN pad, not speech mode, its keys apart;
- the shop owner types an event's title on the on-screen keyboard; the first tap on Spara saves.

Prints one line per step ('ok   …' or 'FAIL …'); exits 1 when a step failed. With a folder as
second argument it saves a screenshot of the screen at each stage there.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from itertools import combinations
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from steps import Steps

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for the keyboard's keys
from fingers import key_centre

from kiosk.afterpaint import warm_up
from kiosk.app import Kiosk, after_first_paint, build_kiosk
from kiosk.config import Config, load_config
from kiosk.paths import DataDir

PIN = "2468"


class Screen:
    """The real screen: taps at widgets' places with xdotool, and screenshots of it."""

    def __init__(self, kiosk: Kiosk, run: Steps, shots: Path | None) -> None:
        self.kiosk = kiosk
        self.run = run
        self.shots = shots

    def tap(self, widget: QWidget, hold: float = 0) -> None:
        """A click at `widget`'s centre, where it is on the screen now; `hold`: seconds the
        finger stays down (a click is over before Qt sees its press)."""
        spot = widget.mapToGlobal(widget.rect().center())
        move = ["mousemove", str(spot.x()), str(spot.y())]
        if hold:
            self.run.xdotool(*move, "mousedown", "1", "sleep", str(hold), "mouseup", "1")
        else:
            self.run.xdotool(*move, "click", "1")

    def tap_key(self, key: str) -> None:
        """A click on the on-screen keyboard's key labelled `key`."""
        window = self.kiosk.window
        spot = window.mapToGlobal(key_centre(window, key))
        self.run.xdotool("mousemove", str(spot.x()), str(spot.y()), "click", "1")

    def on_screen(self, widget: QWidget) -> bool:
        """Shown, with all of it inside the window and none of it under the keyboard."""
        window = self.kiosk.window
        if not widget.isVisible():
            return False
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        room = window.rect()
        if window.keyboard.isVisible():
            room.setBottom(window.keyboard.mapTo(window, QPoint(0, 0)).y() - 1)
        return room.contains(rect)

    def shot(self, name: str) -> None:
        """What the X screen shows now (the root window, not a render of the widgets)."""
        screen = QGuiApplication.primaryScreen()
        if self.shots is not None and screen is not None:
            screen.grabWindow(0).save(str(self.shots / f"{name}.png"))


class ShowWatch(QObject):
    """Whether `widget` was shown, even for a moment."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.shown = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown = True
        return False


def search_bar(kiosk: Kiosk, screen: Screen, run: Steps) -> None:
    window = kiosk.window
    check, wait = run.check, run.wait
    field = window.page["search"].field  # type: ignore[attr-defined]
    check(
        wait(lambda: window.keyboard.view is not None, 10) and not window.keyboard.isVisible(),
        "the keyboard is built before the first tap, and hidden",
    )
    screen.tap(window.page["home"].search)  # type: ignore[attr-defined]
    check(wait(lambda: window.current == "search", 10), "one tap on the search bar opens Search")
    check(
        wait(lambda: field.hasFocus() and window.keyboard.isVisible(), 10),
        "the same tap leaves the field focused and the keyboard up",
    )
    screen.shot("search-keyboard")
    screen.tap_key("s")
    screen.tap_key("k")
    check(wait(lambda: field.text().casefold() == "sk", 10), "the keyboard types into the field")


def keyboard_chrome(kiosk: Kiosk, screen: Screen, run: Steps) -> None:
    window = kiosk.window
    check, wait = run.check, run.wait
    home = window.page["home"].search  # type: ignore[attr-defined]
    for name, button in (("Tillbaka", window.navbar.back), ("Hem", window.navbar.home)):
        if window.current != "search":
            screen.tap(home)
            wait(lambda: window.current == "search" and window.keyboard.isVisible(), 10)
        check(window.keyboard.isVisible(), f"the keyboard is up before {name}")
        check(screen.on_screen(button), f"{name} is on the screen above the keyboard")
        screen.tap(button)
        check(wait(lambda: window.current == "home", 10), f"one tap on {name} goes home")
        check(wait(lambda: not window.keyboard.isVisible(), 10), f"{name} puts the keyboard away")


def next_visitor(kiosk: Kiosk, screen: Screen, run: Steps, who: str) -> None:
    """The visit ends (as at the idle timeout); the next visitor taps the attract screen."""
    window = kiosk.window
    check, wait = run.check, run.wait
    kiosk.idle.end_visit()
    check(wait(lambda: window.current == "attract", 10), f"{who}: the visit ends")
    check(not window.keyboard.isVisible(), f"{who}: the keyboard went with the visit")
    screen.tap(window.attract)
    check(wait(lambda: window.current == "home", 10), "a tap on the attract screen opens Hem")
    check(kiosk.state.lang == "sv", f"{who}: the next visitor meets Swedish")
    check(
        window.header.isVisible() and window.navbar.isVisible() and not window.keyboard.isVisible(),
        f"{who}: the next visitor meets the header and the bottom bar, no keyboard",
    )
    screen.shot(f"next-visitor-{who}")


def search_between_visits(kiosk: Kiosk, screen: Screen, run: Steps) -> None:
    """A German visitor leaves search typed with the keyboard up; the next one starts afresh."""
    window = kiosk.window
    field = window.page["search"].field  # type: ignore[attr-defined]
    screen.tap(window.navbar.languages["de"])
    screen.tap(window.page["home"].search)  # type: ignore[attr-defined]
    run.wait(window.keyboard.isVisible, 10)
    screen.tap_key("s")
    run.wait(field.text, 10)
    next_visitor(kiosk, screen, run, "search")
    screen.tap(window.page["home"].search)  # type: ignore[attr-defined]
    run.check(
        run.wait(lambda: field.hasFocus() and window.keyboard.isVisible(), 10),
        "the next visitor's one tap on the search bar gives field and keyboard",
    )
    run.check(field.text() == "", "the next visitor's search field is empty")
    screen.tap(window.navbar.home)


def owner_shortcut(kiosk: Kiosk, screen: Screen, run: Steps) -> None:
    window = kiosk.window
    check, wait = run.check, run.wait
    assert kiosk.owner is not None and kiosk.speech_mode is not None
    kiosk.idle.end_visit()
    wait(lambda: window.current == "attract", 10)
    # Shop-owner mode ends speech mode: what shows that it started is its bar, shown meanwhile.
    bar = ShowWatch(kiosk.speech_mode.bar)
    run.xdotool("key", "--clearmodifiers", "ctrl+alt+o")
    check(wait(lambda: window.current == "owner-pin", 10), "Ctrl+Alt+O opens the PIN pad")
    check(not bar.shown and not kiosk.speech_mode.active, "Ctrl+Alt+O does not start speech mode")
    check(not kiosk.speech_mode.bar.isVisible(), "no speech bar over the PIN pad")
    pad = kiosk.owner.pin_pad
    keys = {
        name: QRect(key.mapTo(window, QPoint(0, 0)), key.size()) for name, key in pad.keys.items()
    }
    overlaps = [(a, b) for a, b in combinations(keys, 2) if keys[a].intersects(keys[b])]
    check(not overlaps, f"the PIN pad's keys do not overlap {overlaps}")
    check(all(screen.on_screen(key) for key in pad.keys.values()), "every PIN key is on the screen")
    screen.shot("pin-pad")
    for digit in PIN:
        screen.tap(pad.keys[digit])
    screen.tap(pad.keys["ok"])
    check(wait(lambda: window.current == "owner", 10), "the PIN tapped on the pad opens the panel")


def save_with_keyboard_up(kiosk: Kiosk, screen: Screen, run: Steps) -> None:
    assert kiosk.owner is not None
    panel = kiosk.owner.panel
    screen.tap(panel.nav["events"])
    # A quick click, then a finger that rests on Spara: its press takes the focus from the
    # field and the keyboard goes while it is still down.
    post_event(kiosk, screen, run, "Pub", 0)
    post_event(kiosk, screen, run, "Kaffe", 0.4)
    screen.shot("owner-saved")
    # The owner walks away from a half-written event with the keyboard up.
    view = panel.view("events")
    screen.tap(view.new)
    run.wait(view.form.title.isVisible, 10)
    screen.tap(view.form.title)
    run.wait(kiosk.window.keyboard.isVisible, 10)
    screen.tap_key("x")
    next_visitor(kiosk, screen, run, "owner")
    run.check(not kiosk.owner.service.active, "owner: shop-owner mode ended with the visit")


def post_event(kiosk: Kiosk, screen: Screen, run: Steps, title: str, hold: float) -> None:
    """A new event, its title typed on the on-screen keyboard, saved with one tap on Spara."""
    window = kiosk.window
    check, wait = run.check, run.wait
    assert kiosk.owner is not None
    view = kiosk.owner.panel.view("events")
    before = [row.item.title for row in view.rows.values()]
    check(wait(view.new.isVisible, 10), "the events list shows Nytt evenemang")
    screen.tap(view.new)
    form = view.form
    check(wait(form.title.isVisible, 10), "the new event's form opens")
    form.day.setText((kiosk.owner.service.clock().date() + timedelta(days=1)).isoformat())
    form.start.setText("19:00")
    screen.tap(form.title)
    check(wait(window.keyboard.isVisible, 10), "a tap into the title brings the keyboard")
    for letter in title.casefold():  # the keyboard starts a sentence with a capital
        screen.tap_key(letter)
    check(wait(lambda: form.title.text() == title, 10), f"{title} is typed on the keyboard")
    wait(lambda: screen.on_screen(form.save), 10)
    check(screen.on_screen(form.save), "Spara is on the screen above the keyboard")
    screen.shot(f"owner-form-keyboard-{title}")
    screen.tap(form.save, hold=hold)
    check(
        wait(
            lambda: sorted(r.item.title for r in view.rows.values()) == sorted([*before, title]), 10
        ),
        f"the first tap on Spara saves {title} (finger down {hold} s)",
    )
    check(wait(lambda: not window.keyboard.isVisible(), 10), "and puts the keyboard away")


def main() -> int:
    data = DataDir(Path(sys.argv[1]))
    shots = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    values = dict(load_config(None, environ={}).values)
    values.update(speech_engine="mock")  # Qt's silent engine: speech mode without a voice
    kiosk = build_kiosk(Config(values), data, demo=True, sound=False, defer_input=True)
    window, app = kiosk.window, kiosk.app
    window.first_painted.connect(lambda: after_first_paint(kiosk, stats=False))
    window.first_painted.connect(lambda: warm_up(kiosk))  # pages and keyboard, as `kiosk run`
    screen_geometry = app.primaryScreen().geometry()
    window.setGeometry(screen_geometry)  # as `kiosk run` does: the whole screen, no window manager
    window.showFullScreen()
    run = Steps()
    screen = Screen(kiosk, run, shots)

    def scenario() -> None:
        window.activateWindow()  # no window manager under Xvfb gives the window the focus
        run.check(run.wait(window.isActiveWindow, 10), "the kiosk's window has the focus")
        assert kiosk.owner is not None
        kiosk.owner.service.pins.set(PIN)
        run.check(window.size() == screen_geometry.size(), f"the window fills the {window.size()}")
        screen.shot("home")
        for part in (
            search_bar, keyboard_chrome, search_between_visits, owner_shortcut,
            save_with_keyboard_up,
        ):  # fmt: skip
            part(kiosk, screen, run)

    def guarded() -> None:
        try:
            scenario()
        except Exception as error:  # a broken step must end the run, not hang it
            run.check(False, f"the scenario raised {error!r}")
        window.allow_close = True
        app.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(500, guarded))
    QTimer.singleShot(200_000, lambda: (run.check(False, "finished in time"), app.exit(1)))
    app.exec()
    kiosk.close()
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
