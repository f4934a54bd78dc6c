"""Refreshing the cache: full, incremental, or just the records a fix touched.

`refresh(mode="auto")` continues from the last successful refresh when it can and falls back to a full one
when it cannot: no earlier refresh (or it was of another portal/company, or an older cache schema), the last
one is older than QBO CDC's 30-day window, or a service cannot page the changes (10k search cap or 1000 CDC
objects sharing one timestamp). `mode="incremental"` raises IncrementalUnavailable instead of falling back.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from core import writer_lock
from core.errors import UserError
from core.hubspot.client import SearchCapError
from core.i18n import N_, Message
from core.qbo.client import CdcOverflowError
from core.refresh.full import full_refresh
from core.refresh.incremental import CdcWindowError, incremental_refresh
from core.refresh.records import Touched, refresh_records
from core.refresh.run import QBO_ENTITIES, REQUESTS, RefreshStats, source_of, watermark
from core.store import schema
from core.store.db import COMPLETE, get_meta, open_db
from core.types import Endpoints, Progress

__all__ = [
    "COMPLETE",
    "MODES",
    "QBO_ENTITIES",
    "REQUESTS",
    "CdcWindowError",
    "IncrementalUnavailable",
    "Progress",
    "RefreshStats",
    "Touched",
    "full_needed",
    "full_needed_message",
    "full_refresh",
    "incremental_refresh",
    "refresh",
    "refresh_records",
]

MODES = ("auto", "full", "incremental")
# CDC answers for changedSince up to 30 days back; keep a day in hand for clock differences and the margin.
CDC_WINDOW = timedelta(days=29)
log = logging.getLogger(__name__)


class IncrementalUnavailable(UserError):
    """An incremental refresh was asked for but the cache has nothing to continue from."""


# {reason} is one of the sentences below.
INCREMENTAL_UNAVAILABLE = N_("Refresh", "An incremental refresh is not possible: {reason} Run a full refresh.")
NOTHING_TO_CONTINUE = N_("Refresh", "No complete refresh to continue from.")
LAYOUT_CHANGED = N_("Refresh", "The cache's layout changed since the last refresh.")
OTHER_ACCOUNT = N_("Refresh", "The cache holds another HubSpot portal or QuickBooks company.")
TOO_OLD = N_("Refresh", "The last refresh is older than the 30 days QuickBooks keeps changes for.")


def full_needed(db: sqlite_utils.Database, endpoints: Endpoints, now: datetime | None = None) -> str:
    """Why the next refresh must be full (English); "" when an incremental one can continue from the last."""
    reason = full_needed_message(db, endpoints, now)
    return "" if reason is None else str(reason)


def full_needed_message(db: sqlite_utils.Database, endpoints: Endpoints,
                        now: datetime | None = None) -> Message | None:
    """full_needed() as a message, for a reader in any language; None when an incremental refresh can run."""
    hs_since, qbo_since = watermark(db, "hubspot"), watermark(db, "quickbooks")
    if hs_since is None or qbo_since is None or get_meta(db, COMPLETE) != "1":
        return NOTHING_TO_CONTINUE
    if get_meta(db, "refresh.schema") != str(schema.SCHEMA_VERSION):
        return LAYOUT_CHANGED
    if get_meta(db, "refresh.source") != source_of(endpoints):
        return OTHER_ACCOUNT
    if (now or datetime.now(UTC)) - qbo_since > CDC_WINDOW:
        return TOO_OLD
    return None


def refresh(endpoints: Endpoints, db_path: Path, mode: str = "auto", progress: Progress | None = None,
            cancel: threading.Event | None = None) -> RefreshStats:
    if mode not in MODES:
        raise ValueError(f"refresh mode must be one of {', '.join(MODES)}, not {mode!r}")
    # Held across the choice and the run, so a second refresh waits and then continues from this one's result.
    with writer_lock.hold(db_path.parent, "refresh"):
        return _refresh(endpoints, db_path, mode, progress, cancel)


def _refresh(endpoints: Endpoints, db_path: Path, mode: str, progress: Progress | None,
             cancel: threading.Event | None) -> RefreshStats:
    reason = ""
    if mode != "full":
        db = open_db(db_path)
        try:
            why = full_needed_message(db, endpoints)
        finally:
            db.close()
        if why is None:
            try:
                return incremental_refresh(endpoints, db_path, progress, cancel)
            except (SearchCapError, CdcOverflowError, CdcWindowError) as err:
                if mode == "incremental":
                    raise
                reason = str(err)
        elif mode == "incremental":
            raise IncrementalUnavailable(INCREMENTAL_UNAVAILABLE.format(reason=why))
        else:
            reason = str(why)
        log.info("Full refresh: %s", reason)
    stats = full_refresh(endpoints, db_path, progress, cancel)
    stats.reason = reason
    return stats
