"""The widgets visitors touch: window, home, pages, attract screen, countdown, out-of-order page."""
