"""The local database's migrations: applied once, even when two parts of the kiosk open it at once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kiosk.store.local import apply_migrations, open_local


def test_two_openers_at_the_same_moment_both_get_a_migrated_database(tmp_path: Path) -> None:
    # The statistics' worker thread and shop-owner mode open local.db together at start-up.
    for attempt in range(15):
        path = tmp_path / f"local-{attempt}.db"
        start = threading.Barrier(2)
        problems: list[BaseException] = []

        def open_it(
            target: Path = path,
            barrier: threading.Barrier = start,
            found: list[BaseException] = problems,
        ) -> None:
            barrier.wait()
            try:
                open_local(target).conn.close()
            except BaseException as error:  # collected for the assertion below
                found.append(error)

        threads = [threading.Thread(target=open_it) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert problems == []
        db = open_local(path)
        names = [row[0] for row in db.execute("select name from _migrations").fetchall()]
        assert len(names) == len(set(names)) and "owner-0001-events" in names
        db.conn.close()


def test_a_failing_step_leaves_no_half_migration(tmp_path: Path) -> None:
    db = open_local(tmp_path / "local.db", migrations=[])

    def broken(db) -> None:  # type: ignore[no-untyped-def]
        db.execute("create table half (x)")
        raise RuntimeError("step failed")

    with pytest.raises(RuntimeError):
        apply_migrations(db, [("test-0001-half", broken)])
    assert "half" not in db.table_names()
    assert apply_migrations(db, [("test-0001-half", lambda db: None)]) == ["test-0001-half"]
