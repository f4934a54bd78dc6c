"""Opening a cache that already has this version's shape writes nothing (no schema lock to fight over), and
a cache from an older shape is brought up to date."""

from __future__ import annotations

from pathlib import Path

from core.store import db as store


def test_second_open_writes_nothing_and_a_changed_shape_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    first = store.open_db(path)
    assert store.get_meta(first, "shape") == store.SHAPE
    first.execute("DROP VIEW v_counterparts")
    store.set_meta(first, "shape", "older")
    first.conn.commit()
    first.close()

    again = store.open_db(path)   # an older shape: views come back, the shape is recorded
    assert "v_counterparts" in again.view_names() and store.get_meta(again, "shape") == store.SHAPE
    again.close()
    third = store.open_db(path)
    assert third.conn.total_changes == 0
    third.close()
