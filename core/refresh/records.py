"""Targeted refresh: re-read just the records a fix touched (through the stage, like every refresh), then
rebuild the facts.

HubSpot: batch read by id (100 per request); a touched invoice also gets its associations and line items
re-read, a touched contact its companies. QuickBooks: one `Id IN (…)` query per entity (1000 ids a page,
inactive names included), preferences by GET. Records a service no longer has are removed. The watermarks
stay where they are: the next incremental refresh still looks at everything changed since the last one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from core.hubspot import save as hs_save
from core.hubspot.client import HubSpotClient
from core.qbo import save as qbo_save
from core.qbo.client import QboClient
from core.refresh.edits import read_hubspot, relink, remove_qbo
from core.refresh.run import (
    INVOICE_LINKS,
    RefreshStats,
    Run,
    chunks,
    connected,
    guarded,
    running,
    save_qbo_pages,
)
from core.types import Endpoints, Progress

QBO_CACHED = (*qbo_save.NAME_TABLES, "Item", *qbo_save.TXN_TABLES)


@dataclass(frozen=True)
class Touched:
    """Records to re-read: HubSpot object type → ids, QBO entity → ids ("Preferences" → any id)."""

    hubspot: Mapping[str, frozenset[str]] = field(default_factory=dict)
    qbo: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, records: Iterable[tuple[str, str, str]]) -> Touched:
        """From (system, entity, record id) triples as the journal names them: system "hubspot" or
        "quickbooks"; a HubSpot association's record id `from_type/from_id/to_type/to_id` touches both ends."""
        hubspot: dict[str, set[str]] = {}
        qbo: dict[str, set[str]] = {}
        for system, entity, record_id in records:
            if not record_id:
                continue
            if system == "hubspot":
                parts = record_id.split("/")
                pairs = [(parts[0], parts[1]), (parts[2], parts[3])] if len(parts) == 4 else [(entity, record_id)]
                for otype, oid in pairs:
                    if otype in hs_save.TABLES:
                        hubspot.setdefault(otype, set()).add(oid)
            elif entity in QBO_CACHED or entity == "Preferences":
                qbo.setdefault(entity, set()).add(record_id)
        return cls({k: frozenset(v) for k, v in hubspot.items()}, {k: frozenset(v) for k, v in qbo.items()})

    def __or__(self, other: Touched) -> Touched:
        return Touched({k: self.hubspot.get(k, frozenset()) | other.hubspot.get(k, frozenset())
                        for k in {*self.hubspot, *other.hubspot}},
                       {k: self.qbo.get(k, frozenset()) | other.qbo.get(k, frozenset())
                        for k in {*self.qbo, *other.qbo}})

    @property
    def empty(self) -> bool:
        return not any(self.hubspot.values()) and not any(self.qbo.values())


def refresh_records(endpoints: Endpoints, db_path: Path, touched: Touched, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> RefreshStats:
    with running(db_path, progress, cancel, "records") as run, connected(endpoints, run) as (hubspot, qbo):
        if any(touched.hubspot.values()):
            guarded(run, "hubspot", lambda: _hubspot(run, hubspot, touched.hubspot))
        if any(touched.qbo.values()):
            guarded(run, "quickbooks", lambda: _qbo(run, qbo, touched.qbo))
        run.commit(full=False)
        return run.stats


def _hubspot(run: Run, client: HubSpotClient, touched: Mapping[str, frozenset[str]]) -> None:
    for otype in ("companies", "contacts", "invoices", "line_items"):
        if touched.get(otype):
            read_hubspot(run, client, otype, sorted(touched[otype]))
    contacts = sorted(touched.get("contacts", ()))
    if contacts:
        relink(run, client, "contacts", "companies", contacts)
    invoices = sorted(touched.get("invoices", ()))
    if invoices:
        for to_type in INVOICE_LINKS:
            relink(run, client, "invoices", to_type, invoices)
        marks = ",".join("?" * len(invoices))
        items = [str(r[0]) for r in run.db.execute(
            "SELECT DISTINCT to_id FROM hs_associations WHERE from_type = 'invoices' AND to_type = 'line_items' "
            f"AND from_id IN ({marks})", invoices)]
        read_hubspot(run, client, "line_items", sorted(set(items) - set(touched.get("line_items", ()))))


def _qbo(run: Run, client: QboClient, touched: Mapping[str, frozenset[str]]) -> None:
    if touched.get("Preferences"):
        prefs = client.preferences()
        with run.db.atomic():
            qbo_save.save_preferences(run.db, prefs, run.refresh_id)
    for entity in QBO_CACHED:
        ids = sorted(touched.get(entity, ()))
        for chunk in chunks(ids, 1000):
            quoted = ", ".join("'" + i.replace("\\", "\\\\").replace("'", "\\'") + "'" for i in chunk)
            found = save_qbo_pages(run, entity, client.fetch_all(entity, f"Id IN ({quoted})"))
            removed = remove_qbo(run, entity, sorted(set(chunk) - set(found)))
            if removed:
                run.add(f"{entity}_removed", removed)
