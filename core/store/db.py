"""Opening the cache: WAL, foreign keys, schema version, and one idempotent `ensure_shape`."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from core.error_text import is_damage, sqlite_message
from core.errors import CacheError
from core.i18n import N_
from core.paths import private_file
from core.store import schema, views

NEWER_CACHE = N_("Cache", "The local cache was written by a newer Sync Doctor. Update the app to open it.")


def open_db(path: Path | str, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open (and if needed create) the cache at `path`. Raises CacheError with a plain reason."""
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            private_file(Path(path))
            conn = sqlite3.connect(str(path), timeout=10)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA busy_timeout = 10000")
        if not readonly:
            _patiently(lambda: db.execute("PRAGMA journal_mode = WAL"))
            db.execute("PRAGMA foreign_keys = ON")
            _patiently(lambda: ensure_shape(db))
        else:
            check_version(db)
    except sqlite3.DatabaseError as exc:
        raise cache_error(exc, path) from exc
    return db


class DamagedCache(CacheError):
    """The cache file itself is damaged: only moving it aside and refreshing again gives a usable copy."""


def cache_error(exc: sqlite3.Error, path: Path | str) -> CacheError:
    """The typed error for a SQLite failure on the cache at `path`, in plain words."""
    return (DamagedCache if is_damage(exc) else CacheError)(sqlite_message(exc, path))


def _patiently(step: Callable[[], object], wait: float = 10.0) -> None:
    """Run a step that needs the file to itself for a moment (switching a new file to WAL, creating the tables)
    again while another connection holds it: SQLite answers those at once with "locked", without waiting."""
    deadline = time.monotonic() + wait
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
        time.sleep(0.05)


def check_version(db: sqlite_utils.Database) -> int:
    if "meta" not in db.table_names():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row else 0
    if version > schema.SCHEMA_VERSION:
        raise CacheError(NEWER_CACHE)
    return version


# What this app version expects of a cache; when the cache already records it, opening it writes nothing, so
# two queues (the panel's reads, a push's writes) never fight over a schema lock at open.
SHAPE = hashlib.sha256(repr((schema.SCHEMA_VERSION, schema.TABLES, schema.PKS, schema.OWN_TABLES, schema.OWN_PKS,
                             schema.INDEXES, views.VIEWS)).encode()).hexdigest()[:16]


def ensure_shape(db: sqlite_utils.Database) -> None:
    """Create missing tables, indexes and views; record the schema version. Safe to call every time."""
    check_version(db)
    if "meta" in db.table_names() and get_meta(db, "shape") == SHAPE:
        return
    with db.atomic():
        for name, cols in schema.TABLES.items():
            if name not in db.table_names():
                db.table(name).create(cols, pk=schema.PKS.get(name, "id"))
            else:  # a cache from an earlier release: columns added since (filled by the next full refresh)
                have = set(db.table(name).columns_dict)
                for column, kind in cols.items():
                    if column not in have:
                        db.table(name).add_column(column, kind)
        for name, cols in schema.OWN_TABLES.items():
            if name not in db.table_names():
                db.table(name).create(cols, pk=schema.OWN_PKS[name])
        for table, columns in schema.INDEXES:
            db.table(table).create_index(columns, if_not_exists=True)
        views.ensure_views(db)
        db.table("meta").upsert({"key": "schema_version", "value": str(schema.SCHEMA_VERSION)}, pk="key")
        db.table("meta").upsert({"key": "shape", "value": SHAPE}, pk="key")


COMPLETE = "cache.complete"   # "1" once a full refresh has been merged: the cache holds both systems whole


class IncompleteCache(CacheError):
    """No refresh has finished for this cache yet, so it cannot be diagnosed as if it held everything."""


def is_complete(db: sqlite_utils.Database) -> bool:
    """Whether a full refresh has ever been merged (refreshes merge atomically, so the cache is then whole)."""
    if "meta" not in db.table_names():
        return False
    flag = get_meta(db, COMPLETE)
    if flag is not None:
        return flag == "1"
    return get_meta(db, "last_full_refresh") is not None   # caches from releases before the flag


def last_refreshed(db: sqlite_utils.Database) -> str | None:
    """ISO time of the last refresh merged into a complete cache; None while no refresh has finished, so an
    interrupted first refresh never reads as "checked, nothing wrong"."""
    if not is_complete(db):
        return None
    return get_meta(db, "last_refresh") or get_meta(db, "last_full_refresh")


def require_complete(db: sqlite_utils.Database, path: Path | str) -> None:
    if not is_complete(db):
        raise IncompleteCache(
            f"The local copy at {path} is incomplete: no refresh of this client company has finished yet, so "
            "nothing can be diagnosed from it. Refresh first (main.py refresh, or Refresh in the app).")


def check_intact(db: sqlite_utils.Database, path: Path | str) -> None:
    """Read every page once (SQLite's quick_check): damage anywhere in the file is found before anything is
    reported from it, not halfway through or never. CacheError when the file is damaged."""
    try:
        verdict = [str(row[0]) for row in db.execute("PRAGMA quick_check(3)").fetchall()]
    except sqlite3.DatabaseError as exc:
        verdict = [str(exc)]
    if verdict != ["ok"]:
        detail = " ".join(verdict[0].split())[:120]
        raise DamagedCache(f"The local copy {path} is damaged ({detail}). Nothing in HubSpot or QuickBooks is "
                         "affected, and the journal of fixes is kept apart: move the file aside (or delete it) and "
                         "refresh to rebuild it.")


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.table("meta").upsert({"key": key, "value": value}, pk="key")
