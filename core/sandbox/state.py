"""The sandbox's in-memory company: HubSpot objects with their associations, and QBO entities.

Everything is kept in the services' own JSON shapes, so the API modules only select, page and wrap.
A single lock guards all state: the server is threaded, and writes must be atomic like the real thing.
"""

from __future__ import annotations

import copy
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from core.sandbox.limits import RollingWindow
from core.sandbox.oauth_store import OAuthStore
from core.sandbox.tables import Table

JSON = dict[str, Any]

# HubSpot's HUBSPOT_DEFINED association type ids (hubspot-api-python AssociationType), both directions.
ASSOC_TYPES: dict[tuple[str, str], int] = {
    ("invoices", "contacts"): 177, ("contacts", "invoices"): 178,
    ("invoices", "companies"): 179, ("companies", "invoices"): 180,
    ("invoices", "line_items"): 409, ("line_items", "invoices"): 410,
    ("contacts", "companies"): 279, ("companies", "contacts"): 280,
}
PRIMARY_CONTACT_COMPANY = (1, 2)  # contact→company "Primary" label and its reverse
ASSOC_LABELS: dict[int, str | None] = {1: "Primary", 2: "Primary"}
PRIMARY_TYPES: dict[tuple[str, str], int] = {("contacts", "companies"): 1, ("companies", "contacts"): 2}
REVERSE_TYPE: dict[int, int] = {**{v: ASSOC_TYPES[(b, a)] for (a, b), v in ASSOC_TYPES.items()}, 1: 2, 2: 1}

HUBSPOT_TYPES = ("contacts", "companies", "invoices", "line_items")
# objectTypeIds are accepted in URLs in place of names.
HUBSPOT_TYPE_IDS = {"0-1": "contacts", "0-2": "companies", "0-53": "invoices", "0-8": "line_items"}
QBO_ENTITIES = ("Customer", "Vendor", "Employee", "Item", "Invoice", "CreditMemo")


def iso_ms(moment: datetime) -> str:
    """HubSpot's timestamp format: ISO-8601 with milliseconds and Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def qbo_time(moment: datetime) -> str:
    """QBO's timestamp format: ISO-8601 with a -07:00 style offset (the service answers in Pacific time)."""
    pacific = moment.astimezone(UTC) - timedelta(hours=7)
    return pacific.strftime("%Y-%m-%dT%H:%M:%S") + "-07:00"


@dataclass
class HubSpotState:
    portal_id: str
    tokens: set[str]
    # Tables (tables.py): the sorted indexes behind list pages and searches follow in-place changes of records.
    objects: dict[str, Table] = field(default_factory=lambda: {t: Table() for t in HUBSPOT_TYPES})
    # (from_type, from_id, to_type) -> {to_id: [typeIds]}
    associations: dict[tuple[str, str, str], dict[str, list[int]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    next_id: int = 900_000
    token_expiry: dict[str, float] = field(default_factory=dict)  # epoch seconds; absent = never expires
    # CRM search has its own bucket, 5 requests per second per token (hubspot_search.py); tests may swap it.
    search_window: RollingWindow = field(default_factory=lambda: RollingWindow(5, 1.0))

    def associate(self, from_type: str, from_id: str, to_type: str, to_id: str, type_id: int) -> None:
        """Add one labelled link and its reverse, as HubSpot stores both directions."""
        types = self.associations[(from_type, from_id, to_type)].setdefault(to_id, [])
        if type_id not in types:
            types.append(type_id)
        back = self.associations[(to_type, to_id, from_type)].setdefault(from_id, [])
        if REVERSE_TYPE[type_id] not in back:
            back.append(REVERSE_TYPE[type_id])

    def links(self, from_type: str, from_id: str, to_type: str) -> dict[str, list[int]]:
        return self.associations.get((from_type, from_id, to_type), {})

    def dissociate(self, from_type: str, from_id: str, to_type: str, to_id: str,
                   type_ids: list[int] | None = None) -> bool:
        """Remove the given typeIds (all when None) between two records, in both directions.
        Returns whether anything was removed."""
        removed = False
        for (a, a_id, b, b_id, reverse) in ((from_type, from_id, to_type, to_id, False),
                                           (to_type, to_id, from_type, from_id, True)):
            links = self.associations.get((a, a_id, b))
            if not links or b_id not in links:
                continue
            drop = None if type_ids is None else {REVERSE_TYPE[t] if reverse else t for t in type_ids}
            kept = [] if drop is None else [t for t in links[b_id] if t not in drop]
            removed = removed or len(kept) < len(links[b_id])
            if kept:
                links[b_id] = kept
            else:
                del links[b_id]
        return removed


@dataclass
class QboState:
    realm: str
    tokens: set[str]
    preferences: JSON
    entities: dict[str, Table] = field(default_factory=lambda: {e: Table() for e in QBO_ENTITIES})
    company_name: str = "Sandbox Company"
    next_id: int = 10_000
    token_expiry: dict[str, float] = field(default_factory=dict)  # epoch seconds; absent = never expires
    # requestid → the reply first given, so a repeated write returns it instead of writing twice.
    replies_by_request_id: dict[str, tuple[int, str]] = field(default_factory=dict)
    # Added for QBO writes (qbo_store.py): tombstones of deleted objects, which CDC reports with
    # status "Deleted", and the last MetaData time handed out, so every change gets a strictly later one.
    deleted: dict[str, dict[str, JSON]] = field(default_factory=lambda: {e: {} for e in QBO_ENTITIES})
    last_change: datetime | None = None

    def all(self, entity: str) -> list[JSON]:
        return list(self.entities.get(entity, {}).values())


class BothLocks:
    """Both services' locks, always taken in the same order (HubSpot's, then QuickBooks')."""

    def __init__(self, *locks: threading.RLock) -> None:
        self.locks = locks

    def __enter__(self) -> BothLocks:
        for lock in self.locks:
            lock.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        for lock in reversed(self.locks):
            lock.release()


@dataclass
class State:
    name: str
    hubspot: HubSpotState
    qbo: QboState
    # Each service has its own lock, as the real ones do not wait on each other; `lock` holds both (OAuth, which
    # serves both, and tests that change either side).
    hubspot_lock: threading.RLock = field(default_factory=threading.RLock)
    qbo_lock: threading.RLock = field(default_factory=threading.RLock)
    clock: Any = None  # callable returning an aware datetime; tests may replace it
    oauth: OAuthStore = field(default_factory=OAuthStore)  # OAuth apps (scenario "oauth") and issued grants

    @property
    def lock(self) -> BothLocks:
        return BothLocks(self.hubspot_lock, self.qbo_lock)

    def now(self) -> datetime:
        return self.clock() if self.clock else datetime.now(UTC)

    def snapshot(self) -> JSON:
        """A deep copy of both sides, for tests that compare before and after."""
        with self.lock:
            return copy.deepcopy({"hubspot": self.hubspot.objects, "qbo": self.qbo.entities})
