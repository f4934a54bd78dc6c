"""What the window asks core to do, as plain functions the task bridge runs (no Qt in here).

Each job returns plain data read in the worker, so the GUI thread never waits on SQLite: a `Snapshot` of the
panel (failures grouped per invoice, with ignores and search keys precomputed), an invoice card, an ignore.
The same functions run synchronously for `screenshot` and the benchmark.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import ignores
from core.i18n import render
from core.links import PORTAL_META
from core.panel import (
    OUT_OF_SCOPE,
    READY,
    SYNCED,
    InvoiceRow,
    PanelRow,
    PanelSummary,
    load_other_invoices,
    load_panel_rows,
    load_panel_summary,
)
from core.store.db import cache_error, get_meta, last_refreshed, open_db

if TYPE_CHECKING:   # the start path imports none of these: requests, the rules and the card load when needed
    from core.card import InvoiceCard
    from core.failure_history import FailureHistory
    from core.failures import notices
    from core.types import Endpoints, Progress

FAILING, WARNING, IGNORED = "failing", "warning", "ignored"   # an invoice's status in the panel

OTHER_STATUSES = (READY, SYNCED, OUT_OF_SCOPE)   # of the invoices nothing is wrong with (core.panel)
ATTENTION = "attention"   # a status filter, not a status: cannot sync or warning (the panel's default view)


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
        if not self.rows:   # synced, ready or out of scope: no cause to weigh
            return
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


class _Unmarked(dict[int, int | None]):
    """str.translate table that drops combining marks; filled per code point on first sight."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_UNMARKED = _Unmarked()
_DIGITS = re.compile(r"\d+")


def fold(text: str) -> str:
    """Accent- and case-insensitive form: "Peña" and "pena" match and sort together."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(_UNMARKED).casefold()


def _pad(match: re.Match[str]) -> str:
    return match.group().rjust(20, "0")


def natural(text: str) -> str:
    """Zero-padded digit runs: "INV-999" sorts before "INV-1000"."""
    return _DIGITS.sub(_pad, text.casefold())


def group_rows(rows: list[PanelRow], ignored: dict[tuple[str, str], ignores.Ignore]) -> list[InvoiceEntry]:
    by_id: dict[str, InvoiceEntry] = {}
    folded: dict[str, str] = {}   # customers repeat across invoices: fold each name once
    for row in rows:
        entry = by_id.get(row.hubspot_invoice_id)
        if entry is None:
            customer = row.customer
            name = folded.get(customer)
            if name is None:
                name = folded[customer] = fold(customer)
            number, email = row.invoice_number, row.email
            search = f"{number.lower() if number.isascii() else fold(number)}\n{name}\n" \
                     f"{email.lower() if email.isascii() else fold(email)}"
            entry = by_id[row.hubspot_invoice_id] = InvoiceEntry(
                row.hubspot_invoice_id, number, customer, email, row.amount, row.currency,
                row.invoice_date, [row], search)
        else:
            entry.rows.append(row)
        if ignored:
            hit = ignored.get((row.hubspot_invoice_id, row.kind))
            if hit is not None:
                entry.ignored[row.kind] = hit
    for entry in by_id.values():  # failures before warnings, root first, then the fix-first rank
        rows_of = entry.rows
        if len(rows_of) > 1:
            rows_of.sort(key=_cause_order)
            entry.update_status()
        elif entry.ignored:
            entry.update_status()
        elif rows_of[0].severity != "failure":   # one live row: no need for the general rule
            entry.status = WARNING
        entry.number_key = natural(entry.number)
    return sorted(by_id.values(), key=_by_number)   # the table's first order, so the GUI thread rarely re-sorts


def other_entries(rows: list[InvoiceRow]) -> list[InvoiceEntry]:
    """Table rows for the invoices without failures (synced, ready, out of scope): no causes, same search keys."""
    out = []
    for row in rows:
        search = f"{fold(row.number)}\n{fold(row.customer)}\n{fold(row.email)}"
        out.append(InvoiceEntry(row.id, row.number, row.customer, row.email, row.amount, row.currency,
                                row.invoice_date, [], search, number_key=natural(row.number), status=row.status))
    return out


def blocked_amounts(entries: list[InvoiceEntry]) -> dict[str, float]:
    """What the invoices that cannot sync add up to, per currency (upper-case ISO code; "" when unknown)."""
    totals: dict[str, float] = {}
    for entry in entries:
        if entry.status == FAILING and entry.amount is not None:
            currency = entry.currency.upper()
            totals[currency] = totals.get(currency, 0.0) + entry.amount
    return totals


def _by_number(entry: InvoiceEntry) -> str:
    return entry.number_key


def _cause_order(row: PanelRow) -> tuple[bool, bool, int, str]:
    from core.failures import registry  # lazy for start-up time: the kinds load once rows are grouped

    return (row.severity != "failure", not row.root, registry.rank(row.kind), row.kind)


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
        entries = sorted(entries + other_entries(others), key=_by_number)
    from gui.cause_cards import cause_counts  # Qt-free function; imported late to keep jobs Qt-free

    return Snapshot(rows=rows, last_refreshed=last, entries=entries, connection_problems=problems,
                    portal_id=portal, counts=cause_counts(entries))


def _connection_problems(db: Any) -> list[notices.Notice]:
    if "facts_invoices" not in db.table_names():  # never diagnosed: nothing to say yet
        return []
    from core.failures import notices

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
    import core.app as core_app  # requests, the HTTP clients and the rules: not on the start path

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
