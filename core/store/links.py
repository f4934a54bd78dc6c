"""Our own record of which QBO invoice a HubSpot invoice became (ARCHITECTURE: linking rule 1).

A push under a new number (a renumbered copy, a shortened number) cannot be found by DocNumber, so every push
Sync Doctor made counts as the link. The journal beside the cache is the source of truth; the table is its
index in the cache, brought up to date before each diagnosis (a push undone removes its link).
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from core.fixes.model import Action, EntryState
from core.journal import Journal
from core.store import facts

TABLE = "sd_links"
JOURNAL_FILE = "journal.sqlite"  # core.journal keeps it beside the profile's cache


def current(db: sqlite_utils.Database) -> dict[str, str]:
    if TABLE not in db.table_names():
        return {}
    return {r["hubspot_invoice_id"]: r["qbo_invoice_id"] for r in db.table(TABLE).rows}


def from_journal(journal: Journal) -> dict[str, str]:
    """HubSpot invoice id → the QBO invoice our push created, for every push that is done and not undone."""
    links: dict[str, str] = {}
    for entry in reversed(journal.entries()):  # oldest first, so a later push of the same invoice wins
        if entry.action is Action.PUSH and entry.invoice_ids and entry.record_id:
            if entry.state is EntryState.DONE:
                links[entry.invoice_ids[0]] = entry.record_id
            elif entry.state is EntryState.UNDONE:
                links.pop(entry.invoice_ids[0], None)
    return links


def sync_from_journal(db: sqlite_utils.Database, db_path: Path) -> bool:
    """Make the table match the journal beside `db_path`; True (and facts marked stale) when it changed."""
    journal_path = Path(db_path).parent / JOURNAL_FILE
    if not journal_path.exists():
        return False
    with Journal(journal_path) as journal:
        wanted = from_journal(journal)
    if wanted == current(db):
        return False
    with db.atomic():
        db.execute(f"DELETE FROM {TABLE}")
        if wanted:
            db.table(TABLE).insert_all([{"hubspot_invoice_id": h, "qbo_invoice_id": q} for h, q in wanted.items()],
                                       pk="hubspot_invoice_id")
        facts.mark_changed(db)
    return True
