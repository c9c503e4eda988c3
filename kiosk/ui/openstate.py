"""'Open now until 18:00', 'Closed today (Julafton)': an OpenState in the visitor's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.opening import OpenState
from kiosk.ui import i18n


def open_state_text(state: OpenState, lang: str, around_the_clock: bool = False) -> str:
    """The state for people in `lang`; `around_the_clock` when the hours are 00:00-24:00 every
    day."""
    translate = QCoreApplication.translate
    if state.kind == "holiday":
        return translate("OpenState", "Closed today (%1)").replace("%1", state.holiday)
    if state.kind == "open" and around_the_clock:
        return translate("OpenState", "Open around the clock")
    texts = {
        "open": translate("OpenState", "Open now until %1"),
        "later": translate("OpenState", "Opens today at %1"),
        "closed_now": translate("OpenState", "Closed for the rest of today"),
        "closed": translate("OpenState", "Closed today"),
    }
    return texts[state.kind].replace("%1", i18n.times(state.time, lang))
