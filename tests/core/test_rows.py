"""core.store.rows: the page writers a refresh uses behave as sqlite_utils' upsert_all / insert_all."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from core.store import rows


def table(db: sqlite_utils.Database, pk: str | tuple[str, ...]) -> sqlite_utils.db.Table:
    t = db.table("t")
    t.create({"a": str, "b": str, "c": int, "d": str}, pk=pk)
    return t


def test_upsert_inserts_or_updates_only_the_columns_given() -> None:
    mine, theirs = sqlite_utils.Database(memory=True), sqlite_utils.Database(memory=True)
    for db in (mine, theirs):
        table(db, "a")
        db.table("t").insert({"a": "1", "b": "old", "c": 1, "d": "kept"})
    page = [{"a": "1", "b": "new", "c": 2}, {"a": "2", "b": "x", "c": 3}, {"a": "3", "c": 4, "b": None}]
    rows.upsert(mine, "t", page, "a")
    theirs.table("t").upsert_all(page, pk="a")
    assert list(mine.table("t").rows) == list(theirs.table("t").rows)
    assert mine.table("t").get("1")["d"] == "kept"


def test_upsert_on_a_key_of_several_columns_and_rows_that_are_all_key() -> None:
    db = sqlite_utils.Database(memory=True)
    table(db, ("a", "c"))
    rows.upsert(db, "t", [{"a": "x", "c": 1}, {"a": "x", "c": 1}, {"a": "x", "c": 2}], ("a", "c"))
    rows.upsert(db, "t", [{"a": "x", "c": 1, "b": "set"}], ("a", "c"))
    assert [(r["a"], r["c"], r["b"]) for r in db.table("t").rows] == [("x", 1, "set"), ("x", 2, None)]


def test_a_list_or_dict_is_stored_as_json_text_and_a_taken_key_is_an_error_for_insert() -> None:
    db = sqlite_utils.Database(memory=True)
    table(db, "a")
    rows.insert(db, "t", [{"a": "1", "b": {"x": [1, "é"]}}])
    assert db.table("t").get("1")["b"] == '{"x": [1, "é"]}'
    with pytest.raises(sqlite3.IntegrityError):
        rows.insert(db, "t", [{"a": "1"}])
    rows.upsert(db, "t", [], "a")   # nothing to write is nothing written
    assert db.table("t").count == 1
