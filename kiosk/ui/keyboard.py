"""The on-screen keyboard: Qt Virtual Keyboard's InputPanel, docked at the foot of the kiosk window.

The platform plugin (QT_IM_MODULE=qtvirtualkeyboard) is chosen before the application exists, but
only its libraries load then; `kiosk run` builds the QML keyboard after the first frame
(kiosk/afterpaint.py), and anywhere else it is built the first time a text field (or a web page)
takes focus. It lives inside the kiosk's own window, never as a top-level window of its own,
and the page area above it shrinks, so it never covers the field being typed into.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QInputMethodQueryEvent, QResizeEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from kiosk.ui.state import ViewState
from kiosk.ui.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickItem
    from PySide6.QtQuickWidgets import QQuickWidget

log = logging.getLogger(__name__)
LAYOUTS = {"sv": "sv_SE", "en": "en_GB", "de": "de_DE", "fi": "fi_FI"}
"""The keyboard layout for each kiosk language: Swedish (å ä ö) unless the visitor switched."""
BASE_WIDTH = 1200
"""Keyboard width at text size A, in logical pixels; keys and labels grow with A+ and A++."""
MAX_HEIGHT_SHARE = 0.42
"""The keyboard never takes more of the window's height than this: the page must stay usable."""
_LIFTED = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)
_PRESSED = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)

QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

InputPanel {
    id: panel
    property string kioskLocale: "sv_SE"
    property var kioskColors: ({})
    function paint() {
        var style = panel.keyboard.style
        if (!style)
            return
        for (var name in panel.kioskColors)
            style[name] = panel.kioskColors[name]
    }
    onKioskColorsChanged: paint()
    Connections {
        target: panel.keyboard
        function onStyleChanged() { panel.paint() }
    }
    // One layout at a time, the visitor's language: the kiosk's own buttons switch it.
    Binding { target: VirtualKeyboardSettings; property: "activeLocales"; value: [panel.kioskLocale] }
    Binding { target: VirtualKeyboardSettings; property: "locale"; value: panel.kioskLocale }
    Binding {
        target: VirtualKeyboardSettings; property: "visibleFunctionKeys"
        value: QtVirtualKeyboard.KeyboardFunctionKeys.Hide
    }
    // Key clicks would load Qt Multimedia; the kiosk has its own sounds.
    Component.onCompleted: { panel.keyboard.soundEffect.enabled = false; panel.paint() }
}
"""


def prepare_environment() -> None:
    """Choose the virtual keyboard as input method, inside our window (before QApplication)."""
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"


def colours(theme: Theme) -> dict[str, str]:
    """The default style's colours, from the kiosk's palette (high contrast: yellow key gaps)."""
    p = theme.palette
    if theme.high_contrast:
        return {
            "keyboardBackgroundColor": p.accent,
            "normalKeyBackgroundColor": "#000000",
            "highlightedKeyBackgroundColor": "#303030",
            "primaryColor": "#000000",
            "primaryDarkColor": "#000000",
            "primaryLightColor": "#303030",
            "textOnPrimaryColor": "#FFFFFF",
            "keyTextColor": "#FFFFFF",
            "keySmallTextColor": "#FFFFFF",
            "modeKeyAccentColor": p.accent,
            "capsLockKeyAccentColor": p.accent,
            "secondaryColor": "#000000",
            "popupBackgroundColor": "#000000",
            "popupBorderColor": p.accent,
            "popupTextColor": "#FFFFFF",
            "popupHighlightColor": "#303030",
            "selectionListBackgroundColor": "#000000",
            "selectionListTextColor": "#FFFFFF",
        }
    return {
        "keyboardBackgroundColor": p.header,
        "primaryColor": p.header,
        "primaryDarkColor": "#0A2530",
        "primaryLightColor": "#2E5A6B",
        "normalKeyBackgroundColor": "#0A2530",
        "highlightedKeyBackgroundColor": "#2E5A6B",
        "secondaryColor": p.accent,
        "popupBackgroundColor": p.accent,
        "capsLockKeyAccentColor": "#7FC4F0",
        "selectionListBackgroundColor": p.header,
    }


def accepts_text(obj: QObject | None) -> bool:
    """True when `obj` (the application's focus object) takes typed text."""
    if obj is None:
        return False
    query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)
    QApplication.sendEvent(obj, query)
    return bool(query.value(Qt.InputMethodQuery.ImEnabled))


def _in_web_view(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.inherits("QWebEngineView"):
            return True
        widget = widget.parentWidget()
    return False


ABOVE_FIELD = 40
"""Room kept above a revealed field: its caption shows with it."""
BELOW_FIELD = 20


def reveal(area: QScrollArea, field: QWidget) -> None:
    """Scroll `area` so that all of `field` shows, with its caption above it; a field taller
    than the area shows its text cursor. (QScrollArea.ensureWidgetVisible brings only the
    cursor line of a text field into sight: a tap into a description half under the keyboard
    left the rest of it there.)"""
    inner = area.widget()
    if inner is None:
        return
    bar = area.verticalScrollBar()
    height = area.viewport().height()
    top = field.mapTo(inner, QPoint(0, 0)).y() - ABOVE_FIELD
    bottom = top + ABOVE_FIELD + field.height() + BELOW_FIELD
    if bottom - top > height:
        area.ensureWidgetVisible(field, BELOW_FIELD, ABOVE_FIELD)
        return
    value = bar.value()
    if top < value:
        bar.setValue(top)
    elif bottom > value + height:
        bar.setValue(bottom - height)


class KeyboardDock(QWidget):
    """The strip at the foot of the window that holds the keyboard while it is shown."""

    shown_changed = Signal(bool)
    """The keyboard came up (True) or went away (False)."""

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KeyboardDock")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._state = state
        self.view: QQuickWidget | None = None
        self._watched: QObject | None = None
        self._broken = False
        self._holding: QWindow | None = None
        """The window watched for the finger to lift while the keyboard's room is held."""
        self.physical = False
        """A physical keyboard was used in this visit: the on-screen one stays out of the way."""
        self._key_up = False
        """A physical key is being let go: a text field asks for the panel again then."""
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The keys' fixed width must not become the window's minimum width: a stand turned to
        # portrait would keep a window wider than its screen. The dock takes the width it is
        # given and `_fit` sizes the keys to it.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # Widgets only: focusObjectChanged also hands Python QtWebEngine's half-native focus
        # items, and wrapping one crashed the kiosk (SIGSEGV) at a tap into a web page's field.
        app.focusChanged.connect(self._on_app_focus_changed)
        state.language_changed.connect(self._apply_language)
        state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed()

    @property
    def panel(self) -> QQuickItem | None:
        """The QML InputPanel, once built."""
        return self.view.rootObject() if self.view is not None else None

    def reset(self) -> None:
        """A new visit: the next visitor may have no physical keyboard."""
        self.physical = False
        QGuiApplication.inputMethod().hide()

    def release(self) -> None:
        """Destroy the QML keyboard now (the kiosk is closing): Qt's input method has one
        keyboard at a time, and one dying later would unhook the next window's."""
        if self.view is not None:
            QGuiApplication.inputMethod().visibleChanged.disconnect(
                self._on_input_method_visible_changed
            )
            view, self.view = self.view, None
            shiboken6.delete(view)
        self._watch(None)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_app_focus_changed)

    def show_for(self, field: QWidget) -> None:
        """Focus `field` and show the keyboard for it, as a tap would (for screenshots)."""
        window = self.window()
        window.activateWindow()
        QApplication.setActiveWindow(window) if hasattr(QApplication, "setActiveWindow") else None
        field.setFocus(Qt.FocusReason.MouseFocusReason)
        self.ensure_built()
        QGuiApplication.inputMethod().show()
        QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImQueryAll)

    # --- building on first use ---------------------------------------------------------------

    def build(self) -> bool:
        """Build the QML keyboard now, unless it is built (about 0.25 s of CPU, more on a slow
        PC); False when it cannot load, which is logged once and the kiosk goes on (a physical
        keyboard still types; the self-test names the failure)."""
        if self._broken:
            return False
        try:
            self.ensure_built()
        except RuntimeError:
            log.exception("the on-screen keyboard is not available")
            self._broken = True
        return not self._broken

    def ensure_built(self) -> None:
        """Build the QML keyboard (once), or raise RuntimeError saying why it cannot load."""
        if self.view is not None:
            return
        from PySide6.QtCore import QByteArray, QLoggingCategory, QUrl
        from PySide6.QtQml import QQmlComponent
        from PySide6.QtQuickWidgets import QQuickWidget

        # Qt's own keyboard QML is noisy about itself (and probes for PipeWire at import);
        # the multimedia rule repeats kiosk/services/sound.py's, as this call replaces it.
        QLoggingCategory.setFilterRules(
            "qt.multimedia.symbolsresolver=false\nqt.qml.propertyCache.append=false"
        )

        view = QQuickWidget(self)
        view.setObjectName("Keyboard")
        # Taps on keys must leave the focus in the text field they type into.
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        view.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        view.setClearColor(QColor(self._background()))
        component = QQmlComponent(view.engine())
        # A local URL: QML loads it synchronously (another scheme would count as remote).
        url = QUrl.fromLocalFile(str(Path(__file__).with_name("keyboard.qml")))
        component.setData(QByteArray(QML), url)
        root = component.create()
        if root is None:
            raise RuntimeError(f"the on-screen keyboard cannot load: {component.errorString()}")
        view.setContent(url, component, root)
        self.view = view
        self._layout.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
        root.implicitHeightChanged.connect(self._fit)  # type: ignore[attr-defined]
        QGuiApplication.inputMethod().visibleChanged.connect(self._on_input_method_visible_changed)
        self._apply_language()
        self._on_state_theme_changed()
        self._fit()

    # --- when to show --------------------------------------------------------------------------

    def _on_app_focus_changed(self, _old: QWidget | None, obj: QWidget | None) -> None:
        if _in_web_view(obj):
            # QtWebEngine shows and hides the input panel itself as page fields take focus; a
            # Python filter or query on its half-native focus object can crash the process.
            self._watch(None)
            if not self.build():
                return
            QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImQueryAll)
            return
        self._watch(obj)
        text = accepts_text(obj)
        if not text:
            return
        if not self.build():
            return
        if text and not self.physical:
            QGuiApplication.inputMethod().show()
            if self.isVisible():
                self._reveal_soon()
        # A field that had focus before the keyboard existed: let the keyboard see it now.
        QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImQueryAll)

    def _watch(self, obj: QObject | None) -> None:
        """Physical keys arrive at the focus object: watch it (and only it) for them."""
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # already destroyed
                self._watched.removeEventFilter(self)
        self._watched = obj
        if obj is not None:
            obj.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A key from a physical keyboard hides the on-screen one (its own keys are synthetic);
        the finger that held the keyboard's room lifts (the button under it clicks first)."""
        if watched is self._holding and event.type() in _LIFTED:
            QTimer.singleShot(0, self, self._on_finger_lifted)
            return False
        physical = event.type() == QEvent.Type.KeyPress and event.spontaneous()
        if physical and not self.physical:
            self.physical = True
            QGuiApplication.inputMethod().hide()
        if event.type() == QEvent.Type.KeyRelease and event.spontaneous() and self.physical:
            self._key_up = True  # until the field has handled the release
            QTimer.singleShot(0, self, self._on_key_handled)
        elif event.type() in _PRESSED:  # a tap asks for the keyboard
            self._key_up = False
        return False

    def _on_key_handled(self) -> None:
        self._key_up = False

    def _on_input_method_visible_changed(self) -> None:
        visible = QGuiApplication.inputMethod().isVisible()
        if visible and self._key_up:
            # Qt asks for the panel again at every key release in a text field: after a
            # physical key that brought the keyboard back over the page at once. (A tap into
            # a field still brings it: the visitor asks for it.)
            QGuiApplication.inputMethod().hide()
            return
        if not visible and self._finger_down():
            # The tap that took the focus from the field (on 'Spara', say) is still down: giving
            # the room back now would move the button from under it and the release would miss
            # it. The room goes when the finger lifts, after the button has had its click.
            self._hold_until_release()
            return
        self._show_room(visible)

    def _finger_down(self) -> bool:
        window = self.window().windowHandle()
        return (
            self.isVisible()
            and window is not None
            and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        )

    def _hold_until_release(self) -> None:
        window = self.window().windowHandle()
        if window is not None and self._holding is None:
            self._holding = window
            window.installEventFilter(self)

    def _on_finger_lifted(self) -> None:
        if self._holding is not None:
            with contextlib.suppress(RuntimeError):  # the window went meanwhile
                self._holding.removeEventFilter(self)
            self._holding = None
        self._show_room(QGuiApplication.inputMethod().isVisible())

    def _show_room(self, visible: bool) -> None:
        self.setVisible(visible)
        self.shown_changed.emit(visible)
        if visible:
            self._fit()
            QTimer.singleShot(0, self, self._reveal_focus)

    def _reveal_soon(self) -> None:
        """The keyboard was up already and another field took the focus (a tap into the
        description, half under the keyboard): scroll it into sight too. A finger still down
        would drag the page it moved, so the page moves when the finger lifts."""
        if self._finger_down():
            self._hold_until_release()  # on lift: the room stays, the field is revealed
        else:
            QTimer.singleShot(0, self, self._reveal_focus)

    def _reveal_focus(self) -> None:
        """The page above got shorter: scroll the field being typed into back into sight."""
        widget = QApplication.focusWidget()
        parent = widget.parentWidget() if widget is not None else None
        while widget is not None and parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None:
                reveal(parent, widget)
                return
            parent = parent.parentWidget()

    # --- size, language and colours ------------------------------------------------------------

    def _fit(self) -> None:
        root = self.panel
        window = self.window()
        if root is None or self.view is None or window is None:
            return
        width = min(window.width(), round(BASE_WIDTH * self._state.theme.scale))
        ratio = root.implicitHeight() / root.width() if root.width() > 0 else 0.3125
        if ratio > 0 and width * ratio > window.height() * MAX_HEIGHT_SHARE:
            width = int(window.height() * MAX_HEIGHT_SHARE / ratio)
        self.view.setFixedWidth(max(width, 320))
        root.setWidth(self.view.width())
        self.view.setFixedHeight(max(1, round(root.implicitHeight())))
        if self.height() != self.view.height():
            self.setFixedHeight(self.view.height())
            layout = window.layout()
            if layout is not None:  # the pages above give up the room at once, not next resize
                layout.invalidate()
                layout.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The window changed size (or turned to portrait): the keyboard follows."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit)

    def _apply_language(self, _lang: str = "") -> None:
        root = self.panel
        if root is not None:
            root.setProperty("kioskLocale", LAYOUTS.get(self._state.lang, LAYOUTS["sv"]))

    def _background(self) -> str:
        return colours(self._state.theme)["keyboardBackgroundColor"]

    def _on_state_theme_changed(self) -> None:
        self.setStyleSheet(f"QWidget#KeyboardDock {{ background: {self._background()}; }}")
        root = self.panel
        if root is not None and self.view is not None:
            self.view.setClearColor(QColor(self._background()))
            root.setProperty("kioskColors", colours(self._state.theme))
            QTimer.singleShot(0, self, self._fit)
