"""What every kind of refresh shares: one writer at a time, a scratch stage the pages go into, progress and
cancel, connection notes, watermarks, and the single merge that makes a finished refresh visible.

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
from pathlib import Path
from typing import NamedTuple

import sqlite_utils

from core import writer_lock
from core.errors import AuthError, Cancelled, NetworkError
from core.hubspot import save as hs_save
from core.hubspot.assoc_types import INVOICE_LINKS as INVOICE_LINKS
from core.hubspot.client import REQUESTS_PER_10S, HubSpotClient
from core.progress import REQUESTS as REQUESTS
from core.progress import TIME_LEFT as TIME_LEFT
from core.qbo import save as qbo_save
from core.qbo.client import QboClient
from core.refresh.estimate import Estimate, seconds_left
from core.store import facts, schema
from core.store.db import get_meta, open_db, set_meta
from core.store.stage import Stage, merge
from core.types import JSON, Endpoints, Progress

QBO_ENTITIES = ("Customer", "Vendor", "Employee", "Item", "Invoice", "CreditMemo")
HS_TYPES = ("companies", "contacts", "line_items", "invoices")
WATERMARKS = {"hubspot": "refresh.hubspot_since", "quickbooks": "refresh.qbo_since"}


class Sent(NamedTuple):
    hubspot: int
    qbo: int
    budgeted: int   # HubSpot requests drawn on its ten-secondly budget


@dataclass
class RefreshStats:
    counts: dict[str, int] = field(default_factory=dict)
    hubspot_requests: int = 0
    qbo_requests: int = 0
    mode: str = "full"      # what ran: "full", "incremental" or "records"
    reason: str = ""        # why a full refresh ran when an incremental one was asked for ("" = by request)
    facts_updated: int | None = None   # invoices whose facts were rebuilt alone; None = the facts rebuilt whole


class Run:
    """One refresh: `cache` is the cache as it stands (read it freely), `db` the stage where pages are saved,
    `meta` the settings the merge writes into the cache with the data."""

    def __init__(self, cache: sqlite_utils.Database, stage: Stage, progress: Progress | None,
                 cancel: threading.Event | None, mode: str) -> None:
        self.cache, self.stage, self.db = cache, stage, stage.db
        self.progress, self.cancel = progress, cancel
        self.requests: Callable[[], Sent] | None = None   # sent so far: the pool
        self.hubspot_budget: Callable[[], tuple[int, float]] | None = None   # HubSpot's (requests, seconds)
        self.expected: Estimate | None = None   # what a full refresh expects to ask of HubSpot
        self.stats = RefreshStats(mode=mode)
        self.started = datetime.now(UTC)
        self.refresh_id = int(get_meta(cache, "refresh_seq") or 0) + 1
        self.meta: dict[str, str] = {"refresh_seq": str(self.refresh_id)}

    def tick(self, step: str, done: int, total: int = 0) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("Refresh cancelled; the local copy is as it was before it started.")
        if self.progress:
            self.progress(step, done, total)
            if self.requests is not None:
                self._report_requests(self.requests())

    def _report_requests(self, sent: Sent) -> None:
        """REQUESTS (and TIME_LEFT once HubSpot's sizes are known): QuickBooks' few batched requests are counted
        as they go; HubSpot's against the estimate, and the time left from those on its ten-secondly budget, which
        pace the run."""
        assert self.progress is not None
        expected = self.expected
        hubspot = sent.hubspot
        total = max(expected.requests, hubspot) + sent.qbo if expected else 0
        self.progress(REQUESTS, hubspot + sent.qbo, total)
        if expected and self.hubspot_budget is not None:
            limit, window = self.hubspot_budget()
            self.progress(TIME_LEFT, seconds_left(expected.budgeted, sent.budgeted, limit, window), 0)

    def add(self, key: str, n: int) -> int:
        self.stats.counts[key] = self.stats.counts.get(key, 0) + n
        return self.stats.counts[key]

    def commit(self, *, full: bool) -> None:
        """Make the run visible: the stage merged into the cache with the run's settings, in one transaction;
        then the facts the rules read are rebuilt."""
        self.tick("Finishing", 0)
        generation = int(get_meta(self.cache, "cache_generation") or 0) + 1
        current = not full and facts.is_current(self.cache)   # else there is nothing whole to update
        touched = merge(self.cache, self.stage, full=full, meta={**self.meta, "cache_generation": str(generation)},
                        trace=current)
        self.tick("Preparing the diagnosis", 0)
        if touched is not None and not touched.everything:
            self.stats.facts_updated = facts.update(self.cache)
        else:
            facts.rebuild(self.cache)


@contextmanager
def running(db_path: Path, progress: Progress | None, cancel: threading.Event | None,
            mode: str) -> Iterator[Run]:
    """A run on the cache at `db_path`, holding the profile's writer lock; its stage is dropped however it ends
    (the merge in `Run.commit` is the only way its rows reach the cache)."""
    db_path = Path(db_path)
    with writer_lock.hold(db_path.parent, "refresh"):
        cache = open_db(db_path)
        try:
            stage = Stage(db_path)
            try:
                yield Run(cache, stage, progress, cancel, mode)
            finally:
                stage.discard()
        finally:
            cache.close()


class ClientPool:
    """The clients one run opens (one per thread that fetches); however the run ends, their requests are
    counted and they are closed."""

    def __init__(self, endpoints: Endpoints, run: Run) -> None:
        self.endpoints, self.run = endpoints, run
        self.hubspots: list[HubSpotClient] = []
        self.qbos: list[QboClient] = []
        self._lock = threading.Lock()
        run.requests, run.hubspot_budget = self.request_counts, self.hubspot_budget

    def request_counts(self) -> Sent:
        """The requests the run's clients sent so far (a live count, for progress)."""
        with self._lock:
            return Sent(sum(c.api.request_count for c in self.hubspots), sum(c.api.request_count for c in self.qbos),
                        sum(c.api.budget_count for c in self.hubspots))

    def hubspot_budget(self) -> tuple[int, float]:
        """HubSpot's budget as the clients pace by it: (requests, per seconds); the published one by default."""
        with self._lock:
            throttle = next((c.api.throttle for c in self.hubspots if c.api.throttle is not None), None)
        return (throttle.limit, throttle.seconds) if throttle is not None else (REQUESTS_PER_10S, 10.0)

    def hubspot(self) -> HubSpotClient:
        client = HubSpotClient.connect(self.endpoints)
        with self._lock:
            self.hubspots.append(client)
        return client

    def qbo(self) -> QboClient:
        client = QboClient.connect(self.endpoints)
        with self._lock:
            self.qbos.append(client)
        return client

    def first_reply(self, system: str) -> datetime | None:
        """The service's clock at the first reply any of its clients got: where the next refresh continues."""
        clients: list[HubSpotClient] | list[QboClient] = self.hubspots if system == "hubspot" else self.qbos
        moments = [c.first_reply_at for c in clients if c.first_reply_at is not None]
        return min(moments) if moments else None

    def close(self) -> None:
        with self._lock:
            self.run.stats.hubspot_requests = sum(c.api.request_count for c in self.hubspots)
            self.run.stats.qbo_requests = sum(c.api.request_count for c in self.qbos)
            for hubspot in self.hubspots:
                hubspot.close()
            for qbo in self.qbos:
                qbo.close()


@contextmanager
def pooled(endpoints: Endpoints, run: Run) -> Iterator[ClientPool]:
    pool = ClientPool(endpoints, run)
    try:
        yield pool
    finally:
        pool.close()


@contextmanager
def connected(endpoints: Endpoints, run: Run) -> Iterator[tuple[HubSpotClient, QboClient]]:
    """One client per service for a run that reads one thing after another."""
    with pooled(endpoints, run) as pool:
        yield pool.hubspot(), pool.qbo()


def save_hubspot_pages(run: Run, object_type: str, pages: Iterable[list[JSON]], step: str) -> list[str]:
    """Save each page of HubSpot objects into the stage as it arrives; returns the ids saved."""
    ids: list[str] = []
    for page in pages:
        with run.db.atomic():
            hs_save.save_objects(run.db, object_type, page, run.refresh_id)
        ids += [str(o["id"]) for o in page]
        run.tick(step, run.add(object_type, len(page)))
    return ids


def save_qbo_pages(run: Run, entity: str, pages: Iterable[list[JSON]]) -> list[str]:
    """Save each page of QBO entities into the stage as it arrives; returns the Ids saved."""
    ids: list[str] = []
    for page in pages:
        with run.db.atomic():
            qbo_save.save_entities(run.db, entity, page, run.refresh_id)
        ids += [str(o.get("Id")) for o in page]
        run.tick(f"QuickBooks {entity}", run.add(entity, len(page)))
    return ids


def guarded(run: Run, system: str, step: Callable[[], None]) -> None:
    """Run one system's part; remember a connection problem (shown once in the panel) or clear it."""
    try:
        step()
    except (AuthError, NetworkError) as err:
        note_connection(run, system, err)
        raise
    note_connection(run, system, None)


def note_connection(run: Run, system: str, error: BaseException | None) -> None:
    """Remember a lost login or connection to `system` (None: it answered). Written to the cache at once: it is
    about the connection, not the data, and must survive the failed run."""
    key = f"connection.{system}"
    if isinstance(error, (AuthError, NetworkError)):
        reason = "login" if isinstance(error, AuthError) else "unreachable"
        with run.cache.atomic():
            set_meta(run.cache, key, json.dumps(
                {"reason": reason, "message": str(error), "at": datetime.now(UTC).isoformat(timespec="seconds")}))
    elif error is None and get_meta(run.cache, key) is not None:
        run.cache.execute("DELETE FROM meta WHERE key = ?", [key])


def source_of(endpoints: Endpoints) -> str:
    """Which portal and company the cache mirrors (no token): another one means starting over."""
    return f"{endpoints.hubspot_api} {endpoints.qbo_api} {endpoints.qbo_realm}"


def finished(run: Run, endpoints: Endpoints, hubspot_at: datetime | None, qbo_at: datetime | None) -> None:
    """Record, for the merge, the watermarks an incremental refresh continues from. Only called once both
    systems were fetched completely."""
    for system, moment in (("hubspot", hubspot_at), ("quickbooks", qbo_at)):
        run.meta[WATERMARKS[system]] = (moment or run.started).astimezone(UTC).isoformat(timespec="milliseconds")
    run.meta.update({"refresh.schema": str(schema.SCHEMA_VERSION), "refresh.source": source_of(endpoints),
                     "refresh.mode": run.stats.mode,
                     "last_refresh": datetime.now(UTC).isoformat(timespec="seconds")})


def watermark(db: sqlite_utils.Database, system: str) -> datetime | None:
    raw = get_meta(db, WATERMARKS[system])
    try:
        return datetime.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
