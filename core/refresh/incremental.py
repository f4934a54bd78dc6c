"""Incremental refresh: what changed since the last successful refresh, at a cost that follows the changes.

- HubSpot: CRM search on the last-modified property (GT the watermark minus a safety margin, oldest first,
  200 per page; the client restarts near the 10,000-result cap) for companies, contacts, line items and
  invoices; archived records are listed apart (one page while few are archived) and dropped.
- Links: association writes do not move `hs_lastmodifieddate` (sandbox docs/hubspot.md; unverified on the
  service), so a link moved on an unchanged record is found by a sweep. Each refresh reads, per link the
  diagnosis uses (invoice → contact, invoice → line items, contact → company), one batch of SWEEP records:
  the changed ones first, then the next records of the cache in id order, going round. The sweep budget is
  therefore three association reads a refresh (more only when over SWEEP records changed), and every cached
  link is checked again within ⌈records / SWEEP⌉ refreshes — every refresh for a company of up to SWEEP
  invoices and contacts.
- QuickBooks: CDC since the watermark minus the margin, deletions included (status "Deleted" removes the
  row); preferences are not in CDC and are read again (one request).
Everything goes into the stage and is merged in one transaction, so a failed or cancelled run changes neither
the cache nor the watermarks: the next run fetches the same window again.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path

from core.errors import ApiError, UserError
from core.hubspot import save as hs_save
from core.hubspot.client import HubSpotClient
from core.i18n import N_
from core.qbo import save as qbo_save
from core.qbo.client import QboClient
from core.refresh.edits import dangling, read_hubspot, relink, remove_hubspot, remove_qbo
from core.refresh.full import SKIPPED
from core.refresh.run import (
    HS_TYPES,
    QBO_ENTITIES,
    RefreshStats,
    Run,
    connected,
    finished,
    guarded,
    running,
    save_hubspot_pages,
    watermark,
)
from core.store.db import get_meta, open_db
from core.types import Endpoints, Progress

# Re-read a little before the watermark: search indexing lags writes by seconds, and the services' clocks
# are only known to the second (HTTP Date). Records read twice are upserted twice, which is harmless.
MARGIN = timedelta(minutes=5)
# The links the diagnosis reads: (from type, to type). invoice → company is not read by any rule.
SWEPT_LINKS = (("contacts", "companies"), ("invoices", "contacts"), ("invoices", "line_items"))
SWEEP = 1000   # records whose links one association read checks (HubSpot's batch limit)


class CdcWindowError(UserError):
    """QuickBooks refused CDC because the last refresh is older than its 30-day window."""


# {error} is QuickBooks' refusal, in its own words.
CDC_WINDOW_PASSED = N_("Refresh", "QuickBooks no longer has the changes since {since}: {error}")


def incremental_refresh(endpoints: Endpoints, db_path: Path, progress: Progress | None = None,
                        cancel: threading.Event | None = None, *, sweep_links: bool = True) -> RefreshStats:
    db = open_db(db_path)
    try:
        hs_since, qbo_since = watermark(db, "hubspot"), watermark(db, "quickbooks")
    finally:
        db.close()
    if hs_since is None or qbo_since is None:
        raise ValueError("incremental_refresh needs the watermarks of an earlier full refresh")
    with running(db_path, progress, cancel, "incremental") as run, connected(endpoints, run) as (hubspot, qbo):
        guarded(run, "hubspot", lambda: _hubspot(run, hubspot, hs_since - MARGIN, sweep_links))
        guarded(run, "quickbooks", lambda: _qbo(run, qbo, qbo_since - MARGIN))
        finished(run, endpoints, hubspot.first_reply_at, qbo.first_reply_at)
        run.commit(full=False)
        return run.stats


def _hubspot(run: Run, client: HubSpotClient, since: datetime, sweep_links: bool) -> None:
    since_ms = int(since.timestamp() * 1000)
    changed = {otype: save_hubspot_pages(run, otype, client.search_modified(otype, since_ms),
                                         f"HubSpot {otype} changed") for otype in HS_TYPES}
    for otype in HS_TYPES:
        archived = [str(o["id"]) for page in client.fetch_objects(otype, ["hs_object_id"], archived=True)
                    for o in page]
        removed = remove_hubspot(run, otype, archived)
        if removed:
            run.add(f"{otype}_removed", removed)
    for from_type, to_type in SWEPT_LINKS:
        ids = list(dict.fromkeys(changed[from_type]))
        if sweep_links:   # fill the last read the changed records need (or one read) with the next slice
            room = SWEEP - len(ids) % SWEEP if ids and len(ids) % SWEEP else (0 if ids else SWEEP)
            ids += _next_slice(run, from_type, to_type, room, set(ids))
        relink(run, client, from_type, to_type, ids)
    # Records linked without being modified since the watermark (a line item attached to an invoice) are not
    # in the search results; read the few neither copy has.
    for to_type in ("line_items", "contacts", "companies"):
        missing = dangling(run, to_type)
        if missing:
            read_hubspot(run, client, to_type, missing)


def _next_slice(run: Run, from_type: str, to_type: str, room: int, taken: set[str]) -> list[str]:
    """The next `room` cached records whose links the sweep checks, after where the last refresh stopped (the
    cursor is saved with this refresh's data), starting over at the first id when it reaches the end."""
    if room <= 0:
        return []
    key = f"sweep.{from_type}.{to_type}"
    cursor = get_meta(run.cache, key) or ""
    table = hs_save.TABLES[from_type]
    picked = [str(r[0]) for r in run.cache.execute(
        f"SELECT id FROM {table} WHERE id > ? ORDER BY id LIMIT ?", [cursor, room + len(taken)])]
    if len(picked) < room + len(taken):   # the end: go round to the beginning
        picked += [str(r[0]) for r in run.cache.execute(
            f"SELECT id FROM {table} WHERE id <= ? ORDER BY id LIMIT ?", [cursor, room + len(taken)])]
    out = [i for i in dict.fromkeys(picked) if i not in taken][:room]
    if out:
        run.meta[key] = out[-1]
    return out


def _qbo(run: Run, client: QboClient, since: datetime) -> None:
    prefs = client.preferences()
    with run.db.atomic():
        qbo_save.save_preferences(run.db, prefs, run.refresh_id)
    if get_meta(run.cache, "qbo.company_name") is None:
        run.meta["qbo.company_name"] = str(client.company_info().get("CompanyName") or "")
    skipped = set(filter(None, (get_meta(run.cache, SKIPPED) or "").split(",")))
    entities = [e for e in QBO_ENTITIES if e not in skipped]
    try:
        for changes in client.fetch_changes(entities, since):
            for entity, rows in changes.items():
                if entity not in entities:
                    continue
                gone = [str(r.get("Id")) for r in rows if str(r.get("status", "")).lower() == "deleted"]
                live = [r for r in rows if str(r.get("status", "")).lower() != "deleted"]
                with run.db.atomic():
                    qbo_save.save_entities(run.db, entity, live, run.refresh_id)
                removed = remove_qbo(run, entity, gone)
                if removed:
                    run.add(f"{entity}_removed", removed)
                run.add(entity, len(live))
            run.tick("QuickBooks changes", sum(run.stats.counts.get(e, 0) for e in entities))
    except ApiError as err:
        if "changedsince" in f"{err} {err.body}".lower():
            raise CdcWindowError(CDC_WINDOW_PASSED.format(since=since.date(), error=err.message)) from err
        raise
