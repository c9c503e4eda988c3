"""Fixtures of the end-to-end tests."""

from e2e_helpers import run_kiosk
from nginxsite import feed_site, keys, server, src

__all__ = ["feed_site", "keys", "run_kiosk", "server", "src"]
