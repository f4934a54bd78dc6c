"""A fix journal as the previous release wrote it: no message column, labels and field names as sentences."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

# The previous release's journal.sqlite layout, as it is on users' disks.
PREVIOUS_SCHEMA = """
CREATE TABLE runs (
    run_id TEXT PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, kind TEXT NOT NULL, option TEXT NOT NULL,
    invoice_ids TEXT NOT NULL, params TEXT NOT NULL);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL REFERENCES runs(run_id), seq INTEGER NOT NULL,
    at TEXT NOT NULL, updated TEXT NOT NULL, system TEXT NOT NULL, entity TEXT NOT NULL, action TEXT NOT NULL,
    record_id TEXT NOT NULL, label TEXT NOT NULL, fields TEXT NOT NULL, body TEXT NOT NULL,
    version TEXT NOT NULL, before TEXT NOT NULL, invoice_ids TEXT NOT NULL, request_id TEXT NOT NULL,
    state TEXT NOT NULL, error TEXT NOT NULL DEFAULT '', after TEXT NOT NULL DEFAULT '{}',
    new_version TEXT NOT NULL DEFAULT '', created_id TEXT NOT NULL DEFAULT '',
    current TEXT NOT NULL DEFAULT '{}', undo_of INTEGER REFERENCES entries(id));
CREATE INDEX entries_run ON entries(run_id, seq);
CREATE INDEX entries_state ON entries(state);
"""
OLD_LABEL = 'Cliente "Ferretería López"'          # written by a Spanish window: text, not a message
OLD_FIELDS = [["Correo", "ana@old.example", "ana@ferreterialopez.es"], ["Active", False, True]]


def previous_release_journal(path: Path, kind: str = "missing_customer") -> str:
    """Write `path` as the previous release did after one fix; the run id."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    try:
        db.executescript(PREVIOUS_SCHEMA)
        run_id = "run-from-the-previous-release"
        db.execute("INSERT INTO runs VALUES (?,?,?,?,?,?,?)",
                   [run_id, "2026-11-01T10:00:00.000Z", "ana", kind, "correct_email", json.dumps(["9001"]), "{}"])
        db.execute("INSERT INTO entries (run_id, seq, at, updated, system, entity, action, record_id, label, fields,"
                   " body, version, before, invoice_ids, request_id, state, after, new_version) VALUES"
                   " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   [run_id, 0, "2026-11-01T10:00:01.000Z", "2026-11-01T10:00:02.000Z", "quickbooks", "Customer",
                    "update", "1", OLD_LABEL, json.dumps(OLD_FIELDS), json.dumps({"Id": "1", "sparse": True}), "0",
                    json.dumps({"Id": "1", "SyncToken": "0"}), json.dumps(["9001"]), "a1b2", "done",
                    json.dumps({"Id": "1", "SyncToken": "1"}), "1"])
        db.commit()
    finally:
        db.close()
    return run_id
