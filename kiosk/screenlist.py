"""The names of the kiosk's screens (`kiosk screenshot --page`), without the code that shows them.

Apart from kiosk/screens.py so that the command line can offer them without loading Qt.
"""

VISITOR_PAGES = (
    "home",
    "attract",
    "places",
    "events",
    "services",
    "brochures",
    "search",
    "about",
    "notices",
    "emergency",
)
ITEM_PAGES = ("detail-place", "detail-event", "qr", "reader", "countdown", "out-of-order")
KEYBOARD_PAGES = ("search-keyboard",)
"""The on-screen keyboard over search."""
SPEECH_PAGES = ("speech",)
"""Home in speech mode, its controls above the bottom bar, the focus ring on the first tile."""
BROWSER_PAGES = ("browser", "browser-hint", "browser-blocked", "browser-offline")
ALERT_PAGES = ("alert", "alert-band", "alert-attract")
"""Public warnings (issue 24) with example texts: the takeover over home and over the attract
screen, and home with the red band, SMHI's warning, a news item and the quiet line."""
OWNER_PAGES = (
    "owner-pin",
    "owner-status",
    "owner-events",
    "owner-event-form",
    "owner-event-edit",
    "owner-details",
    "owner-usage",
)
SCREENS = (
    VISITOR_PAGES
    + ITEM_PAGES
    + KEYBOARD_PAGES
    + SPEECH_PAGES
    + BROWSER_PAGES
    + OWNER_PAGES
    + ALERT_PAGES
)
LAYOUT_SCREENS = tuple(name for name in SCREENS if name not in BROWSER_PAGES)
"""What the layout check covers: the browser frame holds a web page, checked by its own tests."""
