"""What the window asks core to do, as plain functions the task bridge runs (no Qt in here).

Each job returns plain data read in the worker, so the GUI thread never waits on SQLite: a `Snapshot` of the
panel (failures grouped per invoice, with ignores and search keys precomputed), an invoice card, an ignore.
The same functions run synchronously for `screenshot` and the benchmark.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import core.app as core_app
from core import ignores, links
from core.card import InvoiceCard, invoice_card
from core.failures import notices, registry
from core.failures.base import Texts
from core.panel import PanelRow, load_panel_rows
from core.store.db import open_db

FAILING, WARNING, IGNORED = "failing", "warning", "ignored"   # an invoice's status in the panel


@dataclass(eq=False)
class InvoiceEntry:
    """One table row: an invoice with every cause it fails for, root cause first."""

    id: str
    number: str
    customer: str
    email: str
    amount: float | None
    currency: str
    date: str
    rows: list[PanelRow]
    search: str                                   # lowercased number, customer and email: one `in` per keystroke
    ignored: dict[str, ignores.Ignore] = field(default_factory=dict)   # kind -> why it is ignored
    number_key: str = ""                          # natural sort key of the number (computed in the worker)
    status: str = FAILING                         # kept current by update_status()

    @property
    def kinds(self) -> list[str]:
        return [r.kind for r in self.rows]

    def update_status(self) -> None:
        live = [r for r in self.rows if r.kind not in self.ignored]
        if any(r.severity == "failure" for r in live):
            self.status = FAILING
        else:
            self.status = WARNING if live else IGNORED


@dataclass(frozen=True)
class Snapshot:
    """The cache as the window shows it."""

    rows: list[PanelRow]
    last_refreshed: str | None  # ISO time of the last completed refresh; None = never checked
    entries: list[InvoiceEntry] = field(default_factory=list)
    connection_problems: list[notices.Notice] = field(default_factory=list)
    portal_id: str | None = None
    counts: list[Any] = field(default_factory=list)   # cause_cards.CauseCount per kind, counted in the worker


def fold(text: str) -> str:
    """Accent- and case-insensitive form: "Peña" and "pena" match and sort together."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def natural(text: str) -> str:
    """Zero-padded digit runs: "INV-999" sorts before "INV-1000"."""
    return re.sub(r"\d+", lambda m: m.group().rjust(20, "0"), text.casefold())


def group_rows(rows: list[PanelRow], ignored: dict[tuple[str, str], ignores.Ignore]) -> list[InvoiceEntry]:
    by_id: dict[str, InvoiceEntry] = {}
    for row in rows:
        entry = by_id.get(row.hubspot_invoice_id)
        if entry is None:
            entry = by_id[row.hubspot_invoice_id] = InvoiceEntry(
                row.hubspot_invoice_id, row.invoice_number, row.customer, row.email, row.amount, row.currency,
                row.invoice_date, [row], fold(f"{row.invoice_number}\n{row.customer}\n{row.email}"))
        else:
            entry.rows.append(row)
        if ignored:
            hit = ignored.get((row.hubspot_invoice_id, row.kind))
            if hit is not None:
                entry.ignored[row.kind] = hit
    for entry in by_id.values():  # failures before warnings, root first, then the fix-first rank
        if len(entry.rows) > 1:
            entry.rows.sort(key=_cause_order)
        entry.number_key = natural(entry.number)
        entry.update_status()
    return sorted(by_id.values(), key=_by_number)   # the table's first order, so the GUI thread rarely re-sorts


def _by_number(entry: InvoiceEntry) -> str:
    return entry.number_key


def _cause_order(row: PanelRow) -> tuple[bool, bool, int, str]:
    return (row.severity != "failure", not row.root, getattr(registry.get(row.kind), "RANK", 999), row.kind)


def load_snapshot(db_path: Path) -> Snapshot:
    rows = load_panel_rows(db_path)
    entries = group_rows(rows, ignores.load_at(db_path))
    from gui.cause_cards import cause_counts  # Qt-free function; imported late to keep jobs Qt-free

    return Snapshot(rows=rows, last_refreshed=core_app.last_refreshed(db_path), entries=entries,
                    connection_problems=_connection_problems(db_path), portal_id=links.hubspot_portal_id(db_path),
                    counts=cause_counts(entries))


def _connection_problems(db_path: Path) -> list[notices.Notice]:
    db = open_db(db_path)
    try:
        if "facts_invoices" not in db.table_names():  # never diagnosed: nothing to say yet
            return []
        return [n for n in notices.detect(db) if n.kind == notices.CONNECTION_PROBLEM]
    finally:
        db.close()


def notice_texts(kind: str, lang: str) -> Texts:
    table = notices.TEXTS[kind]
    return table.get(lang[:2]) or table["en"]


def load_cached(db_path: Path, progress: core_app.Progress, cancel: threading.Event) -> Snapshot:
    """Job: what the cache already knows (offline, fast)."""
    del progress, cancel
    return load_snapshot(db_path)


def refresh_and_diagnose(
    endpoints: core_app.Endpoints, db_path: Path, progress: core_app.Progress, cancel: threading.Event
) -> Snapshot | None:
    """Job: pull both systems, run the rules, read the result. None when cancelled."""
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


def load_card(db_path: Path, invoice_id: str, status: str,
              progress: core_app.Progress, cancel: threading.Event) -> CardResult:
    """Job: HubSpot beside QuickBooks for one invoice."""
    del progress, cancel
    db = open_db(db_path)
    try:
        return CardResult(invoice_id, invoice_card(db, invoice_id, status))
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
                progress: core_app.Progress, cancel: threading.Event) -> IgnoreResult:
    """Job: ignore (reason given) or unignore (reason None) one kind on some invoices."""
    del progress, cancel
    if reason is None:
        ignores.unignore_at(db_path, invoice_ids, kind)
        return IgnoreResult(kind, invoice_ids, [])
    return IgnoreResult(kind, invoice_ids, ignores.ignore_at(db_path, invoice_ids, kind, reason))
