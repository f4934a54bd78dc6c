"""When an invoice's failure was first seen and last checked, and what QuickBooks itself last replied.

`failure_seen` keeps, per (invoice, kind), the first diagnosis that found it; `core.diagnose.run` updates it
in the same transaction that replaces the failures: a failure still there keeps its date, a new one gets
this run's, and one that went away is forgotten (if it comes back, it is new again). QuickBooks' own reply
is the newest refusal of a write about the invoice in the profile's journal (core/journal.py stores the
fault as "QuickBooks error CODE: message (detail)", core/qbo/faults.py).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from core.fixes.model import EntryState
from core.store.db import get_meta

TABLE = "failure_seen"
_FAULT = re.compile(r"QuickBooks error (?P<code>\S+): (?P<text>.*)", re.S)


@dataclass(frozen=True)
class QuickBooksReply:
    code: str          # QuickBooks' error code ("6140"); "" when the reply had none
    text: str          # its message and detail, as QuickBooks wrote them
    at: str            # ISO time the refusal was recorded


@dataclass(frozen=True)
class FailureHistory:
    first_seen: str | None          # ISO time of the first diagnosis that found the invoice's current failures
    last_checked: str | None        # ISO time of the newest diagnosis
    reply: QuickBooksReply | None   # QuickBooks' last refusal of a write about this invoice


def ensure_table(db: sqlite_utils.Database) -> None:
    db.table(TABLE).create({"hubspot_invoice_id": str, "kind": str, "first_seen": str},
                           pk=("hubspot_invoice_id", "kind"), if_not_exists=True)


def record(db: sqlite_utils.Database) -> None:
    """After the failures were replaced (inside that transaction): keep the first sighting of each."""
    ensure_table(db)
    db.execute(f"INSERT OR IGNORE INTO {TABLE} (hubspot_invoice_id, kind, first_seen) "
               "SELECT hubspot_invoice_id, kind, diagnosed_at FROM failures")
    db.execute(f"DELETE FROM {TABLE} WHERE NOT EXISTS (SELECT 1 FROM failures f "
               f"WHERE f.hubspot_invoice_id = {TABLE}.hubspot_invoice_id AND f.kind = {TABLE}.kind)")


def history(db: sqlite_utils.Database, invoice_id: str, journal_path: Path | None = None) -> FailureHistory:
    first = None
    if TABLE in db.table_names():
        row = db.execute(f"SELECT min(first_seen) FROM {TABLE} WHERE hubspot_invoice_id = ?", [invoice_id]).fetchone()
        first = row[0] if row else None
    last = get_meta(db, "last_diagnose") or None
    return FailureHistory(first, last, last_reply(journal_path, invoice_id) if journal_path else None)


def last_reply(journal_path: Path, invoice_id: str) -> QuickBooksReply | None:
    """The newest QuickBooks refusal recorded for a write about `invoice_id`; None when there is none."""
    if not journal_path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{journal_path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(
            "SELECT error, updated FROM entries WHERE system = 'quickbooks' AND state = ? AND error <> ''"
            " AND EXISTS (SELECT 1 FROM json_each(entries.invoice_ids) WHERE value = ?) ORDER BY id DESC LIMIT 1",
            [EntryState.FAILED.value, invoice_id]).fetchone()
    except sqlite3.Error:   # a journal from another version, or none yet
        return None
    finally:
        conn.close()
    if row is None:
        return None
    error, at = str(row[0]), str(row[1])
    match = _FAULT.match(error)
    if match is None:
        return QuickBooksReply("", error, at)
    return QuickBooksReply(match["code"], match["text"].strip(), at)
