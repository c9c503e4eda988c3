"""Usage counters, hourly availability and the upload queue in the local database."""

from __future__ import annotations

from kiosk.store.local import Migration

MIGRATIONS: list[Migration] = []
"""Append-only; never edit or reorder a step that has shipped."""
