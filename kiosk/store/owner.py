"""Shop-owner data in the local database: local events and the service point's own details."""

from __future__ import annotations

from kiosk.store.local import Migration

MIGRATIONS: list[Migration] = []
"""Append-only; never edit or reorder a step that has shipped."""
