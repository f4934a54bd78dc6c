"""What every kind of refresh shares: the run (refresh id, progress, cancel), connection notes, watermarks,
and the cache edits that are not plain upserts (records gone upstream, associations re-read whole).

Watermarks are the services' own clocks (HubSpot's Date header, QBO's reply `time`) at the first reply of the
last successful refresh, so a skewed local clock can neither skip changes nor fetch needlessly.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import sqlite_utils

from core.errors import AuthError, Cancelled, NetworkError
from core.hubspot import save as hs_save
from core.hubspot.client import JSON, HubSpotClient
from core.qbo import save as qbo_save
from core.qbo.client import QboClient
from core.store import facts, schema
from core.store.db import get_meta, set_meta

if TYPE_CHECKING:
    from core.app import Endpoints

Progress = Callable[[str, int, int], None]
QBO_ENTITIES = ("Customer", "Vendor", "Employee", "Item", "Invoice", "CreditMemo")
HS_TYPES = ("companies", "contacts", "line_items", "invoices")
INVOICE_LINKS = ("contacts", "companies", "line_items")
WATERMARKS = {"hubspot": "refresh.hubspot_since", "quickbooks": "refresh.qbo_since"}


@dataclass
class RefreshStats:
    counts: dict[str, int] = field(default_factory=dict)
    hubspot_requests: int = 0
    qbo_requests: int = 0
    mode: str = "full"      # what ran: "full", "incremental" or "records"
    reason: str = ""        # why a full refresh ran when an incremental one was asked for ("" = by request)


class Run:
    def __init__(self, db: sqlite_utils.Database, progress: Progress | None, cancel: threading.Event | None,
                 mode: str = "full") -> None:
        self.db, self.progress, self.cancel = db, progress, cancel
        self.stats = RefreshStats(mode=mode)
        self.started = datetime.now(UTC)
        self.refresh_id = int(get_meta(db, "refresh_seq") or 0) + 1
        set_meta(db, "refresh_seq", str(self.refresh_id))
        facts.mark_changed(db)

    def tick(self, step: str, done: int, total: int = 0) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("Refresh cancelled; the cache keeps what it had plus the pages already fetched.")
        if self.progress:
            self.progress(step, done, total)

    def add(self, key: str, n: int) -> int:
        self.stats.counts[key] = self.stats.counts.get(key, 0) + n
        return self.stats.counts[key]


@contextmanager
def connected(endpoints: Endpoints, run: Run) -> Iterator[tuple[HubSpotClient, QboClient]]:
    """Both services' clients for one run; however it ends, the run counts their requests and they are closed."""
    hubspot = HubSpotClient.connect(endpoints)
    qbo = QboClient.connect(endpoints)
    try:
        yield hubspot, qbo
    finally:
        run.stats.hubspot_requests = hubspot.api.request_count
        run.stats.qbo_requests = qbo.api.request_count
        hubspot.close()
        qbo.close()


def save_hubspot_pages(run: Run, object_type: str, pages: Iterable[list[JSON]], step: str) -> list[str]:
    """Save each page of HubSpot objects as it arrives, one transaction a page; returns the ids saved."""
    ids: list[str] = []
    for page in pages:
        with run.db.atomic():
            hs_save.save_objects(run.db, object_type, page, run.refresh_id)
        ids += [str(o["id"]) for o in page]
        run.tick(step, run.add(object_type, len(page)))
    return ids


def save_qbo_pages(run: Run, entity: str, pages: Iterable[list[JSON]]) -> list[str]:
    """Save each page of QBO entities as it arrives, one transaction a page; returns the Ids saved."""
    ids: list[str] = []
    for page in pages:
        with run.db.atomic():
            qbo_save.save_entities(run.db, entity, page, run.refresh_id)
        ids += [str(o.get("Id")) for o in page]
        run.tick(f"QuickBooks {entity}", run.add(entity, len(page)))
    return ids


def guarded(db: sqlite_utils.Database, system: str, step: Callable[[], None]) -> None:
    """Run one system's refresh; remember a connection problem (shown once in the panel) or clear it."""
    try:
        step()
    except (AuthError, NetworkError) as err:
        reason = "login" if isinstance(err, AuthError) else "unreachable"
        set_meta(db, f"connection.{system}", json.dumps(
            {"reason": reason, "message": str(err), "at": datetime.now(UTC).isoformat(timespec="seconds")}))
        raise
    db.execute("DELETE FROM meta WHERE key = ?", [f"connection.{system}"])


def source_of(endpoints: Endpoints) -> str:
    """Which portal and company the cache mirrors (no token): another one means starting over."""
    return f"{endpoints.hubspot_api} {endpoints.qbo_api} {endpoints.qbo_realm}"


def save_watermarks(db: sqlite_utils.Database, endpoints: Endpoints, hubspot_at: datetime | None,
                    qbo_at: datetime | None, run: Run) -> None:
    """Called inside the run's final transaction, only when both systems were fetched completely."""
    for system, moment in (("hubspot", hubspot_at), ("quickbooks", qbo_at)):
        set_meta(db, WATERMARKS[system], (moment or run.started).astimezone(UTC).isoformat(timespec="milliseconds"))
    set_meta(db, "refresh.schema", str(schema.SCHEMA_VERSION))
    set_meta(db, "refresh.source", source_of(endpoints))
    set_meta(db, "refresh.mode", run.stats.mode)
    set_meta(db, "last_refresh", datetime.now(UTC).isoformat(timespec="seconds"))


def watermark(db: sqlite_utils.Database, system: str) -> datetime | None:
    raw = get_meta(db, WATERMARKS[system])
    try:
        return datetime.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def remove_hubspot(db: sqlite_utils.Database, object_type: str, ids: Iterable[str]) -> int:
    """Objects HubSpot no longer serves (archived): the rows and the associations read from them."""
    gone = 0
    for chunk in chunks(list(dict.fromkeys(ids)), 500):
        gone += db.execute(f"DELETE FROM {hs_save.TABLES[object_type]} WHERE id IN ({_marks(len(chunk))})",
                           chunk).rowcount
        db.execute(f"DELETE FROM hs_associations WHERE from_type = ? AND from_id IN ({_marks(len(chunk))})",
                   [object_type, *chunk])
    return gone


def remove_qbo(db: sqlite_utils.Database, entity: str, ids: Iterable[str]) -> int:
    """QBO objects deleted upstream (CDC tombstones, or an Id a read by id no longer finds)."""
    table = qbo_save.NAME_TABLES.get(entity) or qbo_save.TXN_TABLES.get(entity) or "qbo_items"
    gone = 0
    for chunk in chunks(list(dict.fromkeys(ids)), 500):
        gone += db.execute(f"DELETE FROM {table} WHERE id IN ({_marks(len(chunk))})", chunk).rowcount
        if entity in qbo_save.TXN_TABLES:
            db.execute(f"DELETE FROM qbo_txn_lines WHERE txn_type = ? AND txn_id IN ({_marks(len(chunk))})",
                       [entity, *chunk])
    return gone


def relink(run: Run, client: HubSpotClient, from_type: str, to_type: str, ids: Iterable[str]) -> None:
    """Re-read every association from these records to a type and replace the cached ones (so removed links
    go too), 1000 records per request; each chunk's rows are complete before its transaction starts."""
    for chunk in chunks(list(dict.fromkeys(ids)), 1000):
        rows = [row for page in client.fetch_associations(from_type, to_type, chunk) for row in page]
        with run.db.atomic():
            run.db.execute(f"DELETE FROM hs_associations WHERE from_type = ? AND to_type = ? AND from_id IN "
                           f"({_marks(len(chunk))})", [from_type, to_type, *chunk])
            hs_save.save_associations(run.db, from_type, to_type, rows, run.refresh_id)
        run.tick(f"HubSpot {from_type} → {to_type}", run.add(f"{from_type}_{to_type}", len(rows)))


def read_hubspot(run: Run, client: HubSpotClient, object_type: str, ids: Iterable[str]) -> list[str]:
    """Batch-read objects by id and save them; ids HubSpot no longer has are removed. Returns the ids read."""
    wanted = list(dict.fromkeys(ids))
    found = save_hubspot_pages(run, object_type, client.batch_read(object_type, wanted), f"HubSpot {object_type}")
    missing = set(wanted) - set(found)
    if missing:
        with run.db.atomic():
            remove_hubspot(run.db, object_type, missing)
    return found


def dangling(db: sqlite_utils.Database, to_type: str) -> list[str]:
    """Ids cached associations point to whose record is not cached (linked without being modified since)."""
    table = hs_save.TABLES[to_type]
    rows = db.execute(f"SELECT DISTINCT a.to_id FROM hs_associations a LEFT JOIN {table} t ON t.id = a.to_id "
                      "WHERE a.to_type = ? AND t.id IS NULL", [to_type]).fetchall()
    return [str(r[0]) for r in rows]
