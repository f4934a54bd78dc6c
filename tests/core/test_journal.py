"""The write-ahead journal on real SQLite: states, read-back, run summaries, survival across reopen."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core import paths
from core.fixes.model import Action, Change, EntryState, FieldChange
from core.fixes.words import field
from core.i18n import verbatim
from core.journal import Journal
from tests.helpers.fix_helpers import create_customer, plan_of, push_invoice
from tests.helpers.journals import OLD_FIELDS, OLD_LABEL, previous_release_journal


class Clock:
    """The only fake in these tests: time moves one second per reading."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def test_lifecycle_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    journal = Journal(path, clock=Clock())
    plan = plan_of(create_customer(), push_invoice())
    run = journal.begin_run(plan, user="ann")
    first = journal.add(run, plan.changes[0])
    second = journal.add(run, plan.changes[1])
    journal.mark_sent(first, {"DisplayName": "Bob Beta"})
    journal.mark_done(first, {"Id": "58", "SyncToken": "0", "DisplayName": "Bob Beta"}, "0", created_id="58")
    journal.mark_sent(second)
    journal.close()

    reopened = Journal(path)
    entries = reopened.entries(run)
    assert [e.id for e in entries] == [second, first]  # newest first
    assert entries[1].state == EntryState.DONE and entries[1].record_id == "58"
    assert entries[1].user == "ann" and entries[1].kind == "missing_customer" and entries[1].option == "create"
    assert entries[1].at == "2026-11-24T09:00:02.000Z"
    assert entries[0].state == EntryState.SENT and len(entries[0].request_id) == 32
    assert entries[0].request_id != entries[1].request_id
    assert reopened.unfinished() == [run]

    stored = reopened.stored(first)
    assert stored.after["Id"] == "58" and stored.new_version == "0" and stored.created_id == "58"
    assert stored.change.body == {"DisplayName": "Bob Beta"}  # the body as sent
    assert reopened.change_of(second) == plan.changes[1]      # fields, body, invoice ids round-trip

    (summary,) = reopened.runs()
    assert summary.run_id == run and summary.user == "ann" and summary.invoice_ids == ("9002",)
    assert summary.counts == {EntryState.DONE: 1, EntryState.SENT: 1} and summary.unfinished

    reopened.mark_failed(second, "QuickBooks error 6240: Duplicate Name Exists Error")
    assert reopened.unfinished() == []
    assert reopened.entries(limit=1)[0].error.startswith("QuickBooks error 6240")
    reopened.close()


def test_conflict_keeps_current_record_and_undone_state(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite") as journal:
        change = Change("hubspot", "contacts", Action.UPDATE, "1001", verbatim("Contact Ann"),
                        (FieldChange(field("email"), "a@x.example", "b@x.example"),),
                        {"properties": {"email": "b@x.example"}},
                        version="2026-10-01T00:00:00.000Z", before={"properties": {"email": "a@x.example"}})
        run = journal.begin_run(plan_of(change, kind="edited_in_quickbooks"))
        eid = journal.add(run, change)
        journal.mark_conflict(eid, "changed since", {"id": "1001", "updatedAt": "2026-10-02T00:00:00.000Z"})
        stored = journal.stored(eid)
        assert stored.entry.state == EntryState.CONFLICT and stored.current["updatedAt"].startswith("2026-10-02")
        assert stored.change.before == {"properties": {"email": "a@x.example"}}
        journal.mark_undone(eid)
        assert journal.entries()[0].state == EntryState.UNDONE


def test_for_profile_lives_next_to_the_cache_in_wal_mode() -> None:
    journal = Journal.for_profile("Acme Books")
    try:
        assert journal.path == paths.profile_dir("Acme Books") / "journal.sqlite"
        assert journal.path.parent == paths.cache_path("Acme Books").parent
    finally:
        journal.close()
    db = sqlite3.connect(journal.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_undo_link_and_pushed_invoice_lookup(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite") as journal:
        run = journal.begin_run(plan_of(push_invoice(customer="1")))
        eid = journal.add(run, push_invoice(customer="1"))
        assert journal.pushed_invoice("9002") == ""
        journal.mark_done(eid, {"Id": "10000"}, "0", created_id="10000")
        assert journal.pushed_invoice("9002") == "10000"
        undo_run = journal.begin_run(plan_of(push_invoice(customer="1"), kind="undo"))
        undo_entry = journal.add(undo_run, push_invoice(customer="1"), undo_of=eid)
        assert journal.entries(undo_run)[0].undo_of == eid and undo_entry != eid
        journal.mark_undone(eid)
        assert journal.pushed_invoice("9002") == ""
        assert [r.kind for r in journal.runs()] == ["undo", "missing_customer"]


def test_a_journal_from_the_previous_release_still_displays(tmp_path: Path) -> None:
    """Its labels and field names are sentences (in the language of the window that wrote them): they show as
    written, in any language; entries written from now on are messages, and both live in one file."""
    path = tmp_path / "journal.sqlite"
    previous_release_journal(path)
    with Journal(path) as journal:
        (old,) = journal.entries()
        assert old.label == verbatim(OLD_LABEL)
        assert old.label.render("en") == old.label.render("es") == OLD_LABEL
        assert [(f.field.render("en"), f.before, f.after) for f in old.fields] == [tuple(f) for f in OLD_FIELDS]
        run = journal.begin_run(plan_of(create_customer()))
        journal.add(run, create_customer())
        new = journal.entries(run)[0]
        assert new.label.render("en") == 'Customer "Bob Beta"' and new.label.render("es") == 'Cliente "Bob Beta"'
        assert new.fields[0].field.render("es") == "Nombre"
    with sqlite3.connect(path) as db:
        stored = dict(db.execute("SELECT label, label_json FROM entries").fetchall())
    assert stored[OLD_LABEL] == ""                           # nothing invented for the old entry
    assert json.loads(stored['Customer "Bob Beta"'])["source"] == '{entity} "{name}"'   # a key, not a sentence


class CtrlCAfterCommit:
    """The journal's connection, except that Ctrl-C arrives the moment a COMMIT has gone through — the one
    instant where the write is already durable and a rollback has nothing left to undo."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __getattr__(self, name: str) -> object:
        return getattr(self.conn, name)

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        cursor = self.conn.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return cursor


def test_ctrl_c_just_after_a_commit_stays_ctrl_c(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite", clock=Clock())
    plan = plan_of(push_invoice())
    run = journal.begin_run(plan, user="ann")
    real = journal._db
    journal._db = CtrlCAfterCommit(real)  # type: ignore[assignment]
    with pytest.raises(KeyboardInterrupt):   # not "cannot rollback - no transaction is active"
        journal.add(run, plan.changes[0])
    journal._db = real
    assert [e.state for e in journal.entries(run)] == [EntryState.PENDING]   # journaled: the next push settles it
    journal.close()
