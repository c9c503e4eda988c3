"""Fixtures of the end-to-end tests."""

from e2e_helpers import run_kiosk

__all__ = ["run_kiosk"]
