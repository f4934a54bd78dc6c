"""Ignored failures: stored with reason, who and when; replaced on re-ignore; removed by unignore; never
touched by a re-diagnosis (which replaces the failures table)."""

from __future__ import annotations

from pathlib import Path

from core import app, ignores
from core.store.db import COMPLETE, open_db, set_meta


def test_ignore_unignore_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    made = ignores.ignore_at(path, ["101", "102"], "missing_customer", "  test data  ", who="ana")
    assert [(m.hubspot_invoice_id, m.reason, m.who) for m in made] == [("101", "test data", "ana"),
                                                                        ("102", "test data", "ana")]
    assert made[0].at.endswith("+00:00")
    ignores.ignore_at(path, ["101"], "missing_customer", "another reason", who="bea")   # replaces
    ignores.ignore_at(path, ["101"], "duplicate_display_name", "kept apart")           # another kind
    stored = ignores.load_at(path)
    assert stored[("101", "missing_customer")].reason == "another reason"
    assert stored[("101", "missing_customer")].who == "bea"
    assert set(stored) == {("101", "missing_customer"), ("102", "missing_customer"),
                           ("101", "duplicate_display_name")}
    assert ignores.unignore_at(path, ["101", "999"], "missing_customer") == 1
    assert set(ignores.load_at(path)) == {("102", "missing_customer"), ("101", "duplicate_display_name")}


def test_table_is_created_idempotently_and_survives_diagnose(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    db = open_db(path)
    assert ignores.load(db) == {}                      # no table yet: nothing ignored, nothing created
    ignores.ensure_table(db)
    ignores.ensure_table(db)
    assert "ignored" in db.table_names()
    ignores.ignore(db, ["7"], "edited_in_quickbooks", "why", who="")
    set_meta(db, COMPLETE, "1")                         # as a finished refresh of an empty company leaves it
    db.close()
    app.diagnose(path)                                 # replaces the stored failures, not the ignores
    assert set(ignores.load_at(path)) == {("7", "edited_in_quickbooks")}


def test_current_user_is_text() -> None:
    assert isinstance(ignores.current_user(), str)
