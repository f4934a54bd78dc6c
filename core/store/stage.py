"""Refreshes build aside: pages go into a scratch file beside the cache, merged into it in ONE transaction.

The cache a bookkeeper diagnoses therefore only ever changes from one finished refresh to the next: a refresh
that fails, is cancelled or is killed leaves it exactly as it was (the scratch file is thrown away next time).
A full refresh replaces every cached API table with the scratch copy; an incremental or targeted one merges:
rows saved replace the cached ones, rows recorded as gone are removed, and the associations of every record
whose links were re-read are replaced whole.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

import sqlite_utils

from core.paths import private_file
from core.store import schema
from core.store.db import set_meta
from core.store.touched import Touched

SUFFIX = ".stage"
# What the scratch file records beside the API rows: records gone upstream, links re-read whole.
OPS: dict[str, dict[str, type]] = {
    "sd_deleted": {"tbl": str, "otype": str, "id": str},
    "sd_relinked": {"from_type": str, "to_type": str, "from_id": str},
}
OPS_PKS: dict[str, tuple[str, ...]] = {"sd_deleted": ("tbl", "id"), "sd_relinked": ("from_type", "to_type", "from_id")}
TXN_TABLES = {"Invoice": "qbo_invoices", "CreditMemo": "qbo_credit_memos"}
PLAIN = [t for t in schema.TABLES if t not in ("hs_associations", "qbo_txn_lines")]


def stage_path(cache_path: Path) -> Path:
    return cache_path.with_name(cache_path.name + SUFFIX)


def remove_files(path: Path) -> None:
    for extra in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{extra}").unlink()


class Stage:
    """The scratch database of one refresh. `db` takes the same saves as the cache; `cache` names the cache
    attached read-only inside it, for lookups over both."""

    def __init__(self, cache_path: Path) -> None:
        self.cache_path = Path(cache_path)
        self.path = stage_path(self.cache_path)
        remove_files(self.path)   # what a killed refresh left behind
        private_file(self.path)   # private like the cache
        conn = sqlite3.connect(str(self.path), uri=True)
        self.db = sqlite_utils.Database(conn)
        # Disposable: no rollback journal, no fsync. The cache's own merge is the durable step.
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        with self.db.atomic():
            for name, cols in {**schema.TABLES, **OPS}.items():
                self.db.table(name).create(cols, pk=schema.PKS.get(name) or OPS_PKS.get(name) or "id")
            self.db.table("meta").create({"key": str, "value": str}, pk="key")
        if self.cache_path.exists():
            uri = "file:" + str(self.cache_path.resolve()).replace("?", "%3F").replace("#", "%23") + "?mode=ro"
            self.db.execute("ATTACH DATABASE ? AS cache", [uri])
            self.cache_attached = True
        else:
            self.cache_attached = False

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    def discard(self) -> None:
        self.close()
        remove_files(self.path)

    # ---- recording what an incremental refresh learnt besides rows ------------------------------------
    def deleted(self, table: str, otype: str, ids: Iterable[str]) -> None:
        rows = [{"tbl": table, "otype": otype, "id": i} for i in ids]
        if rows:
            self.db.table("sd_deleted").upsert_all(rows, pk=OPS_PKS["sd_deleted"])

    def relinked(self, from_type: str, to_type: str, from_ids: Iterable[str]) -> None:
        rows = [{"from_type": from_type, "to_type": to_type, "from_id": i} for i in from_ids]
        if rows:
            self.db.table("sd_relinked").upsert_all(rows, pk=OPS_PKS["sd_relinked"])


def merge(cache: sqlite_utils.Database, stage: Stage, *, full: bool, meta: Mapping[str, str],
          trace: bool = False) -> Touched | None:
    """Apply the stage to the cache in one transaction (with `meta` written in it too), then drop the stage.
    With `trace` (an incremental merge), also find the invoices it touched (core.store.touched), read before and
    after the change within the same transaction; returned for the facts to follow."""
    stage.close()
    cache.execute("ATTACH DATABASE ? AS stage", [str(stage.path)])
    touched: Touched | None = None
    try:
        with cache.atomic():
            if full:
                _replace(cache)
            else:
                touched = Touched(cache) if trace else None
                if touched is not None:
                    touched.before()
                _merge(cache)
                if touched is not None:
                    touched.after()
            for key, value in meta.items():
                set_meta(cache, key, value)
    finally:
        cache.execute("DETACH DATABASE stage")
    remove_files(stage.path)
    return touched


def _columns(table: str) -> str:
    return ", ".join(f'"{c}"' for c in schema.TABLES[table])


def _replace(cache: sqlite_utils.Database) -> None:
    for table in schema.TABLES:
        cols = _columns(table)
        cache.execute(f"DELETE FROM main.{table}")
        cache.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM stage.{table}")


def _merge(cache: sqlite_utils.Database) -> None:
    for table in PLAIN:
        cols = _columns(table)
        cache.execute(f"DELETE FROM main.{table} WHERE id IN (SELECT id FROM stage.sd_deleted WHERE tbl = ?)",
                      [table])
        cache.execute(f"INSERT OR REPLACE INTO main.{table} ({cols}) SELECT {cols} FROM stage.{table}")
    # A document's lines are replaced whole whenever the document was read again or is gone.
    for entity, table in TXN_TABLES.items():
        cache.execute(
            "DELETE FROM main.qbo_txn_lines WHERE txn_type = ? AND txn_id IN "
            f"(SELECT id FROM stage.{table} UNION SELECT id FROM stage.sd_deleted WHERE tbl = ?)", [entity, table])
    cols = _columns("qbo_txn_lines")
    cache.execute(f"INSERT OR REPLACE INTO main.qbo_txn_lines ({cols}) SELECT {cols} FROM stage.qbo_txn_lines")
    # Links read again replace the cached ones whole (so removed links go too); a record gone takes its links.
    cache.execute("DELETE FROM main.hs_associations WHERE EXISTS (SELECT 1 FROM stage.sd_relinked r WHERE "
                  "r.from_type = hs_associations.from_type AND r.to_type = hs_associations.to_type "
                  "AND r.from_id = hs_associations.from_id)")
    cache.execute("DELETE FROM main.hs_associations WHERE EXISTS (SELECT 1 FROM stage.sd_deleted d WHERE "
                  "d.otype = hs_associations.from_type AND d.id = hs_associations.from_id)")
    cols = _columns("hs_associations")
    cache.execute(f"INSERT OR REPLACE INTO main.hs_associations ({cols}) SELECT {cols} FROM stage.hs_associations")
