"""Full refresh: fetch both systems whole into the stage, then replace the cache's copy in one transaction.

Few requests, and each on the budget that can take it (HUBSPOT_API.md §6–7): HubSpot's companies and contacts
lists (100 a page) carry their links inline; invoices come through CRM search (200 a page, on search's own
bucket, in id order) with their links read 1000 invoices at a time by v4 batch reads (exempt from the
ten-secondly budget), so the ten-secondly budget is left to the two short lists and the line items, read 100 by id
across the whole company as their ids arrive. Every QuickBooks query rides in `/batch` requests, 30 queries of 1000
rows each, with the company's info and preferences in the first (qbo/batch_read.py). HubSpot and QuickBooks are
read at the same time, all on threads drawing on the account's shared budgets (core/throttle.py), so the services'
limits set the pace rather than the latency of each request. A list would have made the invoices a chain of
⌈I/100⌉ requests, each waiting on the last, under the budget the line item reads need.
Search lags writes by seconds: a record changed in the last moments before the run may come as it was. The
watermark is HubSpot's clock at the run's first reply, and the next incremental refresh re-reads a margin of
minutes before it (refresh/incremental.py), so such a record is read again there.
Four more, HubSpot's counts (refresh/estimate.py), tell the window how long the run will take.

Nothing the cache held is deleted until everything that replaces it has arrived: a failed, cancelled or killed
run leaves the previous cache exactly as it was. Success also records the watermarks an incremental refresh
continues from (run.finished) and marks the cache complete.
"""

from __future__ import annotations

import logging
import queue
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.hubspot import save as hs_save
from core.hubspot.client import ASSOC_BATCH, BATCH_READ, HubSpotClient, inline_links
from core.qbo import save as qbo_save
from core.qbo.batch_read import Refused, read_company
from core.qbo.client import QboClient
from core.refresh import estimate
from core.refresh.run import (
    INVOICE_LINKS,
    QBO_ENTITIES,
    ClientPool,
    RefreshStats,
    Run,
    finished,
    note_connection,
    pooled,
    running,
)
from core.refresh.streams import Emit, StreamFailed, Streams
from core.store.db import COMPLETE
from core.types import Endpoints, Progress

OPTIONAL_ENTITIES = ("Item",)
SKIPPED = "refresh.qbo_skipped"  # entities QBO refused to list, so CDC does not ask for them either
LINE_ITEM_READERS = 10   # enough reads in flight that the last windows' turns are used as fast as they return
log = logging.getLogger(__name__)


def full_refresh(endpoints: Endpoints, db_path: Path, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> RefreshStats:
    with running(db_path, progress, cancel, "full") as run, pooled(endpoints, run) as pool:
        skipped: list[str] = []
        with Streams(cancel) as streams:
            _start(streams, pool)
            try:
                for kind, payload in streams.items():
                    _save(run, kind, payload, skipped)
            except StreamFailed as failed:
                note_connection(run, failed.system, failed.error)
                raise failed.error from None
        run.meta[SKIPPED] = ",".join(skipped)
        for system in ("hubspot", "quickbooks"):
            note_connection(run, system, None)
        finished(run, endpoints, pool.first_reply("hubspot"), pool.first_reply("quickbooks"))
        run.meta.update({COMPLETE: "1", "last_full_refresh": datetime.now(UTC).isoformat(timespec="seconds")})
        run.commit(full=True)
        return run.stats


# ---- the saving side (this thread) ----------------------------------------------------------------------
def _save(run: Run, kind: str, payload: Any, skipped: list[str]) -> None:
    db = run.db
    with db.atomic():
        if kind == "hubspot":
            object_type, objects = payload
            hs_save.save_objects(db, object_type, objects, run.refresh_id)
            step, done = f"HubSpot {object_type}", run.add(object_type, len(objects))
        elif kind == "links":
            from_type, to_type, rows = payload
            hs_save.save_associations(db, from_type, to_type, rows, run.refresh_id)
            step, done = f"HubSpot {from_type} → {to_type}", run.add(f"{from_type}_{to_type}", len(rows))
        elif kind == "quickbooks":
            entity, rows = payload
            qbo_save.save_entities(db, entity, rows, run.refresh_id)
            step, done = f"QuickBooks {entity}", run.add(entity, len(rows))
        elif kind == "estimate":   # HubSpot's sizes: the requests to come, for the time left
            run.expected = payload
            return
        elif kind == "preferences":
            qbo_save.save_preferences(db, payload, run.refresh_id)
            step, done = "QuickBooks preferences", 1
        elif kind == "info":
            # The company's own name heads the accountant's report and the window title.
            run.meta["qbo.company_name"] = str(payload.get("CompanyName") or "")
            step, done = "QuickBooks company", 1
        else:   # "skipped": an optional list QuickBooks refused
            skipped.append(str(payload))
            step, done = f"QuickBooks {payload}", 0
    run.tick(step, done)


# ---- the fetching side (worker threads) ----------------------------------------------------------------
def _start(streams: Streams, pool: ClientPool) -> None:
    invoice_ids: queue.Queue[list[str] | None] = queue.Queue()
    line_items: queue.Queue[list[str] | None] = queue.Queue()
    # The invoice search first: the counts share its bucket, and everything below waits on it.
    streams.start("hubspot", "invoices", lambda emit: _invoices(pool.hubspot(), invoice_ids, emit))
    streams.start("hubspot", "invoice links", lambda emit: _invoice_links(pool.hubspot(), invoice_ids, line_items,
                                                                           streams, emit))
    streams.start("hubspot", "estimate", lambda emit: emit("estimate", estimate.hubspot_requests(pool.hubspot())))
    streams.start("quickbooks", "QuickBooks", lambda emit: _quickbooks(pool.qbo(), emit))
    streams.start("hubspot", "companies", lambda emit: _objects(pool.hubspot(), "companies", (), emit))
    streams.start("hubspot", "contacts", lambda emit: _objects(pool.hubspot(), "contacts", ("companies",), emit))
    for n in range(LINE_ITEM_READERS):
        streams.start("hubspot", f"line items {n + 1}", lambda emit: _line_items(pool.hubspot(), line_items,
                                                                                   streams, emit))


def _objects(client: HubSpotClient, object_type: str, links: tuple[str, ...], emit: Emit) -> None:
    """Every object of a type with its links inline; links HubSpot cut short are read apart at the end."""
    cut: dict[str, list[str]] = {to: [] for to in links}
    what = f"the {object_type} list"
    for page in client.fetch_objects(object_type, associations=links):
        emit("hubspot", (object_type, page))
        for to_type in links:
            rows, more = inline_links(page, object_type, to_type, what)
            emit("links", (object_type, to_type, rows))
            cut[to_type] += more
    for to_type, ids in cut.items():
        for rows in client.fetch_associations(object_type, to_type, ids):
            emit("links", (object_type, to_type, rows))


def _invoices(client: HubSpotClient, invoice_ids: queue.Queue[list[str] | None], emit: Emit) -> None:
    """Invoices through search, on its own bucket: a list would be a chain of ⌈I/100⌉ pages, each waiting on the
    last, drawing on the ten-secondly budget the line item reads need. Their ids go to the link reader, the first
    page's at once (the line item reads start on it), then ASSOC_BATCH at a time."""
    pending: list[str] = []
    first = True
    try:
        for page in client.search_all("invoices"):
            emit("hubspot", ("invoices", page))
            pending += [str(o["id"]) for o in page]
            if first or len(pending) >= ASSOC_BATCH:
                invoice_ids.put(pending)
                pending, first = [], False
        if pending:
            invoice_ids.put(pending)
    finally:
        invoice_ids.put(None)


def _invoice_links(client: HubSpotClient, invoice_ids: queue.Queue[list[str] | None],
                   line_items: queue.Queue[list[str] | None], streams: Streams, emit: Emit) -> None:
    """The invoices' links (v4 batch reads, exempt from the ten-secondly budget); the line items' ids go to the
    readers in batches of 100 as they come, so the whole company's line items take ⌈L/100⌉ requests."""
    pending: list[str] = []
    seen: set[str] = set()
    try:
        while (chunk := _take(invoice_ids, streams)) is not None:
            for to_type in INVOICE_LINKS:
                for rows in client.fetch_associations("invoices", to_type, chunk):
                    emit("links", ("invoices", to_type, rows))
                    if to_type != "line_items":
                        continue
                    for _, line_item, _ in rows:
                        if line_item not in seen:
                            seen.add(line_item)
                            pending.append(line_item)
                    while len(pending) >= BATCH_READ:
                        line_items.put(pending[:BATCH_READ])
                        del pending[:BATCH_READ]
        if pending:
            line_items.put(list(pending))
    finally:
        for _ in range(LINE_ITEM_READERS):
            line_items.put(None)


def _take(chunks: queue.Queue[list[str] | None], streams: Streams) -> list[str] | None:
    """The next chunk, or None at the end or when the refresh stops."""
    while True:
        try:
            return chunks.get(timeout=0.1)
        except queue.Empty:
            if streams.stopped():
                return None


def _line_items(client: HubSpotClient, chunks: queue.Queue[list[str] | None], streams: Streams,
                emit: Emit) -> None:
    while (chunk := _take(chunks, streams)) is not None:
        for objects in client.batch_read("line_items", chunk):
            emit("hubspot", ("line_items", objects))


def _quickbooks(client: QboClient, emit: Emit) -> None:
    for kind, payload in read_company(client, QBO_ENTITIES):
        if isinstance(payload, Refused):
            # Items only feed a warning (unknown_item); a company or proxy that refuses the query must not stop
            # the refresh. The rule stays silent while no items are cached.
            if kind not in OPTIONAL_ENTITIES or payload.error.status != 400:
                raise payload.error
            log.warning("QuickBooks refused the %s query (%s); skipping it", kind, payload.error.code)
            emit("skipped", kind)
        elif kind in ("info", "preferences"):
            emit(kind, payload)
        else:
            emit("quickbooks", (kind, payload))
