"""Speech mode: says where the visitor is and what has focus, and runs the kiosk from a keypad."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QLineEdit, QPushButton, QWidget

from kiosk.services.speech import SpeechService, Voice
from kiosk.ui.state import ViewState

from . import describe, keypad
from .controls import SpeechBar, listen_button, retranslate_listen, tr
from .keypad import Action, KeypadFilter
from .pages import announce_page, read_web_page, reader_page

if TYPE_CHECKING:
    from kiosk.ui.window import KioskWindow


class SpeechMode(QObject):
    """On for one visit: from 'Lyssna', or any key while the kiosk is idle; off when it ends."""

    def __init__(
        self,
        window: KioskWindow,
        state: ViewState,
        speech: SpeechService,
        stretch_idle: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.state = state
        self.speech = speech
        self.active = False
        self._stretch_idle = stretch_idle or (lambda _factor: None)
        self.idle_factor = 2.0
        self._fresh = False
        self._told_missing: set[str] = set()
        self._last_focus = ""
        self._last_widget: QWidget | None = None
        self._page_pending = False
        self.keypad = KeypadFilter(self._on_key, self._on_touch, self)
        self.bar = SpeechBar()
        self.bar.triggered.connect(self.do)
        self.listen = listen_button()
        self.listen.clicked.connect(self._on_listen_clicked)
        self._attract_listen: QPushButton | None = None
        self._place_controls()
        state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed()
        speech.missing_voice_notice = self._missing_voice_notice
        state.language_changed.connect(self._on_state_language_changed)
        window.page_changed.connect(self._on_window_page_changed)
        window.pages.currentChanged.connect(self._on_window_pages_current_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def _place_controls(self) -> None:
        """Listen in the bottom bar next to Back, the speech bar just above it."""
        self.window.navbar.add_leading(self.listen)
        layout = self.window.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(self.window.navbar), self.bar)

    # --- the visit ----------------------------------------------------------------------------

    def start(self) -> None:
        """Speech mode on: say where the visitor is and how to move."""
        if not self.speech.enabled:
            return
        self.speech.set_language(self.state.lang)
        self.speech.start()
        if not self.active:
            self.active = True
            self.bar.show()
            self.listen.setChecked(True)
            self._stretch_idle(self.idle_factor)
        self._focus_page()
        self.speech.say(describe.sentence(tr("Speech is on"), self._where(), self._focus_text()))

    def end(self) -> None:
        """The visit is over (or the visitor switched speech off)."""
        self._fresh = False
        self._told_missing.clear()
        if self.active:
            self.active = False
            self.bar.hide()
            self.listen.setChecked(False)
            self._stretch_idle(1.0)
        self.speech.reset()

    def visit_started(self) -> None:
        """A visit began: the next key (not a touch) of it may switch speech on."""
        self._fresh = True

    def countdown_started(self) -> None:
        """'Är du kvar?' is heard as well as seen (with or without speech mode)."""
        self.speech.set_language(self.state.lang)
        self.speech.say(
            describe.sentence(
                tr("Are you still there?"),
                tr("Press any key or touch the screen to continue"),
            )
        )

    # --- actions --------------------------------------------------------------------------------

    def do(self, action: Action) -> None:
        """One keypad action or one touch on the speech bar."""
        s = self.speech
        if action is Action.SILENCE:
            s.stop()
        elif action is Action.REPEAT:
            s.repeat()
        elif action in (Action.LOUDER, Action.SOFTER):
            volume = s.change_volume(1 if action is Action.LOUDER else -1)
            s.say(tr("Volume %1 percent").replace("%1", str(volume)))
        elif action in (Action.FASTER, Action.SLOWER):
            rate = s.change_rate(1 if action is Action.FASTER else -1)
            s.say(tr("Speed %1").replace("%1", str(rate)))
        elif action is Action.HELP:
            if not self.active:
                self.start()
            s.say(describe.sentence(self._where(), describe.instructions()))

    def _on_visitor_page(self) -> bool:
        """Shop-owner pages (the PIN pad above all) are never spoken and keep their own keys."""
        return not self.window.current.startswith("owner")

    def _on_key(self, event: QKeyEvent) -> bool:
        if not self._on_visitor_page() or keypad.is_chord(event):
            return False
        focus = QApplication.focusWidget()
        if self._fresh and self.speech.enabled and not self.active:
            self._fresh = False
            if self.window.current == "attract":
                self.window.go_home()
            self.start()
            return True
        self._fresh = False
        if self.window.current == "attract":  # a key on the attract screen wakes the kiosk
            self.window.go_home()
            return True
        action = keypad.action_for(event, focus)
        if self.active and isinstance(focus, QLineEdit) and event.text().strip():
            typed = event.text()  # echoed only in speech mode: the visitor asked for a voice
            QTimer.singleShot(0, self, lambda: self.speech.say(typed))
        if action is None:
            self._after_key()
            return False
        handled = self._navigate(action, focus)
        if not handled and self.active:
            self.do(action)
            handled = True
        self._after_key()
        return handled

    def _navigate(self, action: Action, focus: QWidget | None) -> bool:
        if action in (Action.NEXT, Action.PREVIOUS):
            keypad.step_focus(self.window, action is Action.NEXT)
            return True
        if action is Action.CHOOSE:
            return keypad.choose(focus)
        if action is Action.BACK:
            self.window.go_back()
            return True
        if action is Action.HOME:
            self.window.go_home()
            return True
        if action is Action.HELP and not self.active:
            self.do(action)
            return True
        return False

    def _after_key(self) -> None:
        if self.active:
            QTimer.singleShot(0, self, self._say_focus_if_changed)

    def _on_touch(self) -> None:
        self._fresh = False

    def _on_listen_clicked(self) -> None:
        if self.active:
            self.end()
        else:
            self.start()

    # --- what is said ---------------------------------------------------------------------------

    def _where(self) -> str:
        return announce_page(self.window)

    def _focus_text(self) -> str:
        focus = QApplication.focusWidget()
        if focus is None or not self.window.isAncestorOf(focus):
            return ""
        return describe.control(focus, echo_text=self.active)

    def _say_focus_if_changed(self) -> None:
        if self._page_pending or not self._on_visitor_page():
            return
        focus = QApplication.focusWidget()
        if focus is None or not focus.isVisible():
            return  # focus passing through a page that is being hidden
        if isinstance(focus, QLineEdit) and focus is self._last_widget:
            return  # typing in the same field: the letters are echoed, not the whole field
        self._last_widget = focus
        text = self._focus_text()
        if text and text != self._last_focus:
            self._last_focus = text
            self.speech.say(text)

    def _focus_page(self) -> None:
        """Focus the page's main content (its card grid), else its first control."""
        page = self.window.pages.currentWidget()
        if page is None:
            return
        typing = QApplication.focusWidget()
        if isinstance(typing, QLineEdit) and page.isAncestorOf(typing):
            self._last_focus = self._focus_text()
            return  # the visitor is typing here (search): speech mode must not take the field
        grid = describe.grid_of(page)
        if grid is not None and grid.model_.rows:
            grid.setFocus(Qt.FocusReason.OtherFocusReason)
            first = next((n for n, row in enumerate(grid.model_.rows) if row.cards), 0)
            grid.setCurrentIndex(grid.model_.index(first))
        else:
            focus = QApplication.focusWidget()
            if focus is None or not page.isAncestorOf(focus):
                # The page's own first control: stepping on from where Qt had put the focus
                # when the window opened ('Svenska' in the bottom bar) started on 'Lyssna'.
                keypad.focus_first(page) or keypad.step_focus(self.window, True)
        self._last_focus = self._focus_text()

    def _on_window_pages_current_changed(self, _index: int) -> None:
        """Shop-owner mode opened: the visitor's speech ends, and its bar no longer takes the
        room of the PIN pad's keys."""
        if self.active and not self._on_visitor_page():
            self.end()

    def _on_window_page_changed(self, name: str) -> None:
        if name == "attract":
            self._add_attract_listen()
        if not self.active or name in ("attract", "out-of-order"):
            return
        self._page_pending = True  # focus moves as the old page hides: the page speaks first
        QTimer.singleShot(0, self, self._announce_page)

    def _announce_page(self) -> None:
        self._page_pending = False
        if not self.active:
            return
        self._focus_page()
        self.speech.say(describe.sentence(self._where(), self._last_focus))
        page: Any = self.window.pages.currentWidget()
        if self.window.current == "browser":
            read_web_page(page, self._say_if_active)
        elif self.window.current == "reader" and not page.property("speech-hooked"):
            page.setProperty("speech-hooked", True)
            navigator = page.view.pageNavigator()
            navigator.currentPageChanged.connect(lambda _n: self._on_reader_changed(page))
            page.document.pageCountChanged.connect(lambda _n: self._on_reader_changed(page))

    def _on_reader_changed(self, page: Any) -> None:
        """A brochure page turned, or the brochure finished loading: its number and text."""
        if self.window.current == "reader" and page.page_count:
            self._say_if_active(reader_page(page))

    def _say_if_active(self, text: str) -> None:
        if self.active:
            self.speech.say(text)

    def _add_attract_listen(self) -> None:
        if self._attract_listen is not None or not self.speech.enabled:
            return  # with speech off (speech = false) the attract screen offers no 'Lyssna'
        attract = self.window.attract
        widget = self._attract_listen = listen_button(role="primary")
        widget.clicked.connect(self._on_attract_listen_clicked)
        self._on_state_theme_changed()
        layout = attract.layout()
        if isinstance(layout, QBoxLayout):
            layout.addSpacing(16)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            widget.show()  # added while the attract screen shows: Qt would leave it hidden

    def _on_state_theme_changed(self) -> None:
        """A speaker beside 'Lyssna', in the palette's colours, sized with the text."""
        theme = self.state.theme
        size = QSize(theme.px(26), theme.px(26))
        self.listen.setIconSize(size)
        self.listen.setIcon(theme.icon("speaker-high-bold", theme.palette.text))
        if self._attract_listen is not None:
            self._attract_listen.setIconSize(size)
            self._attract_listen.setIcon(theme.icon("speaker-high-bold", theme.palette.accent_text))

    def _on_attract_listen_clicked(self) -> None:
        self.window.go_home()
        self.start()

    def _missing_voice_notice(self, voice: Voice) -> str:
        if voice.lang in self._told_missing:
            return ""
        self._told_missing.add(voice.lang)
        return tr("This kiosk has no voice for your language; it reads with the nearest one.")

    def _on_state_language_changed(self, lang: str) -> None:
        self.speech.set_language(lang)
        retranslate_listen(self.listen)
        if self._attract_listen is not None:
            retranslate_listen(self._attract_listen)
        self.bar.retranslate()
        if self.active:
            QTimer.singleShot(0, self, self._say_focus_again)

    def _say_focus_again(self) -> None:
        self._last_focus = ""
        self._say_focus_if_changed()

    def _on_app_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self.active:
            QTimer.singleShot(0, self, self._say_focus_if_changed)


def install_speech_mode(
    window: KioskWindow, state: ViewState, speech: SpeechService, idle: Any, config: Any
) -> SpeechMode:
    """Speech mode wired to the visit cycle: longer idle time, spoken countdown, off at the end."""
    mode = SpeechMode(window, state, speech, idle.set_timeout_factor, parent=window)
    mode.idle_factor = float(config.values["speech_idle_factor"])
    mode.listen.setVisible(speech.enabled)
    idle.visit_started.connect(mode.visit_started)
    idle.visit_ended.connect(lambda _seconds: mode.end())
    idle.countdown_started.connect(lambda _seconds: mode.countdown_started())
    return mode
