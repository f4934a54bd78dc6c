"""Failures a bookkeeper chose to ignore, with why, who and when; kept in the profile's cache so they survive
every refresh and re-diagnosis (the `failures` table is replaced wholesale, this one never is).

The `ignored` table is created here, idempotently, rather than in core/store/schema.py: it is the panel's own
state, not a copy of an API, and adding it needs no schema version bump.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from core.store.db import open_db

TABLE = "ignored"
COLUMNS: dict[str, type] = {"hubspot_invoice_id": str, "kind": str, "reason": str, "who": str, "at": str}
PK = ("hubspot_invoice_id", "kind")


@dataclass(frozen=True)
class Ignore:
    hubspot_invoice_id: str
    kind: str
    reason: str
    who: str
    at: str  # ISO time, UTC


def ensure_table(db: sqlite_utils.Database) -> None:
    if TABLE not in db.table_names():
        db.table(TABLE).create(COLUMNS, pk=PK, if_not_exists=True)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers and services)
        return ""


def ignore(db: sqlite_utils.Database, invoice_ids: Iterable[str], kind: str, reason: str,
           who: str | None = None) -> list[Ignore]:
    """Mark (invoice, kind) pairs ignored; ignoring again replaces the reason. Returns what was stored."""
    ensure_table(db)
    at = datetime.now(UTC).isoformat(timespec="seconds")
    made = [Ignore(str(i), kind, reason.strip(), current_user() if who is None else who, at) for i in invoice_ids]
    with db.atomic():
        db.table(TABLE).upsert_all([vars(x) for x in made], pk=PK)
    return made


def unignore(db: sqlite_utils.Database, invoice_ids: Iterable[str], kind: str) -> int:
    """Undo `ignore`; returns how many pairs were ignored before."""
    ensure_table(db)
    ids = [str(i) for i in invoice_ids]
    with db.atomic():
        count = 0
        for inv in ids:
            count += db.execute(f"DELETE FROM {TABLE} WHERE hubspot_invoice_id = ? AND kind = ?", [inv, kind]).rowcount
    return count


def load(db: sqlite_utils.Database) -> dict[tuple[str, str], Ignore]:
    """Every ignored (invoice id, kind) pair."""
    if TABLE not in db.table_names():
        return {}
    rows = db.execute(f"SELECT hubspot_invoice_id, kind, reason, who, at FROM {TABLE}").fetchall()
    return {(r[0], r[1]): Ignore(r[0], r[1], r[2] or "", r[3] or "", r[4] or "") for r in rows}


# ---- path-level wrappers for jobs that run on a worker thread -------------------------------------------
def ignore_at(db_path: Path, invoice_ids: Iterable[str], kind: str, reason: str,
              who: str | None = None) -> list[Ignore]:
    db = open_db(db_path)
    try:
        return ignore(db, invoice_ids, kind, reason, who)
    finally:
        db.close()


def unignore_at(db_path: Path, invoice_ids: Iterable[str], kind: str) -> int:
    db = open_db(db_path)
    try:
        return unignore(db, invoice_ids, kind)
    finally:
        db.close()


def load_at(db_path: Path) -> dict[tuple[str, str], Ignore]:
    db = open_db(db_path)
    try:
        return load(db)
    finally:
        db.close()
