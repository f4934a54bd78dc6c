"""What the window asks core to do, as plain functions the task bridge runs (no Qt in here).

Each job returns plain data read in the worker, so the GUI thread never waits on SQLite: a `Snapshot` of the
panel (failures grouped per invoice, with ignores and search keys precomputed), an invoice card, an ignore.
The same functions run synchronously for `screenshot` and the benchmark.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import ignores
from core.i18n import render
from core.links import PORTAL_META
from core.panel import PanelRow, PanelSummary, load_other_invoices, load_panel_rows, load_panel_summary
from core.services.entries import CauseCount, InvoiceEntry, by_number, cause_counts, group_rows, other_entries
from core.store.db import cache_error, get_meta, last_refreshed, open_db

if TYPE_CHECKING:   # the start path imports none of these: requests, the rules and the card load when needed
    from core.card import InvoiceCard
    from core.failure_history import FailureHistory
    from core.failures import notices
    from core.types import Endpoints, Progress


@dataclass(frozen=True)
class Snapshot:
    """The cache as the window shows it."""

    rows: list[PanelRow]
    last_refreshed: str | None  # ISO time of the last completed refresh; None = never checked
    entries: list[InvoiceEntry] = field(default_factory=list)
    connection_problems: list[notices.Notice] = field(default_factory=list)
    portal_id: str | None = None
    counts: list[CauseCount] = field(default_factory=list)   # per kind, counted in the worker


def load_snapshot(db_path: Path) -> Snapshot:
    rows = load_panel_rows(db_path)
    others = load_other_invoices(db_path)
    db = open_db(db_path)   # once for the small reads (each open checks the schema)
    try:
        ignored = ignores.load(db)
        last = last_refreshed(db)   # None until a refresh has made the cache whole
        portal = get_meta(db, PORTAL_META) or None                                   # = links.hubspot_portal_id
        problems = _connection_problems(db)
    finally:
        db.close()
    entries = group_rows(rows, ignored)
    if others:   # every invoice is listed; the causes and counts only ever concern the first ones
        entries = sorted(entries + other_entries(others), key=by_number)
    return Snapshot(rows=rows, last_refreshed=last, entries=entries, connection_problems=problems,
                    portal_id=portal, counts=cause_counts(entries))


def _connection_problems(db: Any) -> list[notices.Notice]:
    if "facts_invoices" not in db.table_names():  # never diagnosed: nothing to say yet
        return []
    from core.failures import notices  # lazy for start-up time, like the kinds

    return [n for n in notices.detect(db) if n.kind == notices.CONNECTION_PROBLEM]


def load_summary(db_path: Path, progress: Progress, cancel: threading.Event) -> PanelSummary | None:
    """Job: the banner's and the cause cards' numbers, counted in SQL; shown while the rows are built."""
    del progress, cancel
    with plain_cache_errors(db_path):
        return load_panel_summary(db_path)


@dataclass(frozen=True)
class NoticeWords:
    title: str
    explanation: str
    fix_steps: tuple[str, ...]


def notice_texts(kind: str, lang: str) -> NoticeWords:
    """A company-level notice's texts in `lang`."""
    from core.failures import notices  # lazy for start-up time, like the kinds

    words = notices.TEXTS[kind]   # rendered with core's reader of the catalogue: jobs stays Qt-free
    return NoticeWords(render(words.title, lang), render(words.explanation, lang),
                       tuple(render(step, lang) for step in words.fix_steps))


def load_cached(db_path: Path, progress: Progress, cancel: threading.Event) -> Snapshot:
    """Job: what the cache already knows (offline, fast)."""
    del progress, cancel
    with plain_cache_errors(db_path):
        return load_snapshot(db_path)


@contextmanager
def plain_cache_errors(db_path: Path) -> Iterator[None]:
    """SQLite failures met while reading the cache, as a typed error in plain words (DamagedCache when the file
    itself is damaged, which the window answers by offering to rebuild it)."""
    try:
        yield
    except sqlite3.Error as exc:
        raise cache_error(exc, db_path) from exc


def refresh_and_diagnose(
    endpoints: Endpoints, db_path: Path, progress: Progress, cancel: threading.Event
) -> Snapshot | None:
    """Job: pull both systems, run the rules, read the result. None when cancelled."""
    import core.app as core_app  # lazy: requests, the HTTP clients and the rules are not on the start path

    with plain_cache_errors(db_path):
        core_app.refresh(endpoints, db_path, progress, cancel)
        if cancel.is_set():  # a cut-short refresh must not be diagnosed as if it were complete
            return None
        progress("diagnose", 0, 0)
        core_app.diagnose(db_path)
        return load_snapshot(db_path)


@dataclass(frozen=True)
class CardResult:
    invoice_id: str
    card: InvoiceCard | None   # None: the invoice is no longer in the cache
    error: str = ""
    history: FailureHistory | None = None   # first seen, last checked, QuickBooks' last refusal


def load_card(db_path: Path, invoice_id: str, status: str,
              progress: Progress, cancel: threading.Event) -> CardResult:
    """Job: HubSpot beside QuickBooks for one invoice."""
    del progress, cancel
    # lazy for start-up time: the card and its history load when an invoice is first opened
    from core.card import invoice_card
    from core.failure_history import history

    db = open_db(db_path)
    try:
        card = invoice_card(db, invoice_id, status)
        return CardResult(invoice_id, card, history=history(db, invoice_id, db_path.parent / "journal.sqlite"))
    except KeyError:
        return CardResult(invoice_id, None, "gone")
    finally:
        db.close()


@dataclass(frozen=True)
class IgnoreResult:
    kind: str
    invoice_ids: list[str]
    made: list[ignores.Ignore]   # empty for an unignore


def set_ignored(db_path: Path, invoice_ids: list[str], kind: str, reason: str | None,
                progress: Progress, cancel: threading.Event) -> IgnoreResult:
    """Job: ignore (reason given) or unignore (reason None) one kind on some invoices."""
    del progress, cancel
    if reason is None:
        ignores.unignore_at(db_path, invoice_ids, kind)
        return IgnoreResult(kind, invoice_ids, [])
    return IgnoreResult(kind, invoice_ids, ignores.ignore_at(db_path, invoice_ids, kind, reason))
