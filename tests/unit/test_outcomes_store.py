"""The shop's answers on past activities in local.db: kept, taken back, read by period."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.store import outcomes
from kiosk.store.local import open_local


def test_answers_are_kept_changed_and_taken_back(tmp_path: Path) -> None:
    db = open_local(tmp_path / "local.db")
    outcomes.set_outcome(db, "2026-08-01T18:00", "Loppis", "feed", "held")
    outcomes.set_outcome(db, "2026-08-09", "Midsommar", "local", "cancelled")
    outcomes.set_outcome(db, "2026-10-01T10:00", "Höstmarknad", "local", "held")
    outcomes.set_outcome(db, "2026-08-01T18:00", "Loppis", "feed", "cancelled")
    db.conn.close()
    db = open_local(tmp_path / "local.db")  # kept across a restart
    assert outcomes.outcomes(db, date(2026, 7, 1), date(2026, 9, 30)) == {
        ("2026-08-01T18:00", "Loppis"): "cancelled",
        ("2026-08-09", "Midsommar"): "cancelled",
    }
    outcomes.set_outcome(db, "2026-08-09", "Midsommar", "local", "")
    assert list(outcomes.outcomes(db, date(2026, 8, 9), date(2026, 8, 9))) == []


def test_only_held_or_cancelled_can_be_said(tmp_path: Path) -> None:
    db = open_local(tmp_path / "local.db")
    with pytest.raises(ValueError, match="maybe"):
        outcomes.set_outcome(db, "2026-08-01T18:00", "Loppis", "feed", "maybe")
