"""The failure panel's rows, read lean: at 50,000 failures the table must load in well under a second.

`core.app.load_failure_rows` parses every row's evidence JSON up front; the panel only needs it for the one
invoice whose card is open, so `PanelRow` keeps the JSON text and parses it on first use. Same fields as
`core.app.FailureRow` (the wizards accept either), plus the contact's email for search.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.failures import registry
from core.store.db import COMPLETE, open_db

_SQL = """
SELECT f.kind, f.hubspot_invoice_id, coalesce(f.invoice_number, ''), coalesce(f.customer, ''), f.amount,
       coalesce(f.currency, ''), coalesce(f.invoice_date, ''), coalesce(f.summary, ''), f.evidence,
       coalesce(f.severity, 'failure'), f.root, {email}
  FROM failures f {join}
"""


class PanelRow:
    """One stored failure, evidence parsed when asked (not kept: the panel holds 100k of these, and only the rows
    a bookkeeper looks at ever need it)."""

    __slots__ = (
        "_evidence_json",
        "amount",
        "currency",
        "customer",
        "email",
        "hubspot_invoice_id",
        "invoice_date",
        "invoice_number",
        "kind",
        "root",
        "severity",
        "summary",
    )

    def __init__(self, kind: str, hubspot_invoice_id: str, invoice_number: str, customer: str,
                 amount: float | None, currency: str, invoice_date: str, summary: str, evidence_json: str | None,
                 severity: str, root: int | bool, email: str = "") -> None:
        self.kind, self.hubspot_invoice_id, self.invoice_number = kind, hubspot_invoice_id, invoice_number
        self.customer, self.amount, self.currency, self.invoice_date = customer, amount, currency, invoice_date
        self.summary, self._evidence_json, self.severity = summary, evidence_json, severity
        self.root, self.email = bool(root), email

    @property
    def evidence(self) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(self._evidence_json or "{}")
        return parsed

    def __repr__(self) -> str:
        return f"PanelRow({self.kind!r}, {self.hubspot_invoice_id!r}, {self.invoice_number!r})"


def load_panel_rows(db_path: Path) -> list[PanelRow]:
    """Every stored failure and warning of the newest diagnosis, with its contact's email."""
    db = open_db(db_path)
    try:
        if "failures" not in db.table_names():
            return []
        with_facts = "facts_invoices" in db.table_names()
        sql = _SQL.format(email="coalesce(fi.email, '')" if with_facts else "''",
                          join="LEFT JOIN facts_invoices fi ON fi.id = f.hubspot_invoice_id" if with_facts else "")
        # Row by row (no list of tuples beside the rows), unordered (the panel groups and sorts them itself).
        # Values that repeat across rows — causes, currencies, dates, customers, emails — are kept once, and the
        # stored English summary only for a kind this version does not know: a known kind's summary is rebuilt
        # from the evidence in the reader's language (FailureKind.summary).
        same: dict[str, str] = {}
        one = same.setdefault
        known = registry.BY_ID
        return [PanelRow(one(kind, kind), inv, number, one(customer, customer), amount, one(currency, currency),
                         one(date, date), "" if kind in known else summary, evidence, one(severity, severity), root,
                         one(email, email))
                for kind, inv, number, customer, amount, currency, date, summary, evidence, severity, root, email
                in db.execute(sql)]
    finally:
        db.close()


# ---- every other invoice: synced, ready to sync, out of scope ---------------------------------------------
SYNCED, READY, OUT_OF_SCOPE = "synced", "pending", "out_of_scope"   # core.diagnose's sync statuses

# The invoices with no stored failure or warning, straight from the facts the diagnosis read (one indexed
# probe of the failures' primary key per invoice). Same customer rule as core.diagnose.run.
_OTHERS_SQL = """
SELECT fi.id, coalesce(fi.number, ''), coalesce(nullif(fi.would_be_name, ''), nullif(fi.email, ''), ''),
       coalesce(fi.email, ''), fi.amount_billed, coalesce(fi.currency, ''), coalesce(fi.invoice_date, ''),
       CASE WHEN NOT fi.in_scope THEN 'out_of_scope' WHEN fi.qbo_invoice_id IS NOT NULL THEN 'synced'
            ELSE 'pending' END
  FROM facts_invoices fi
 WHERE NOT EXISTS (SELECT 1 FROM failures f WHERE f.hubspot_invoice_id = fi.id)
"""


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """An invoice nothing is wrong with (as far as the last diagnosis knows), for the panel's other statuses."""

    id: str
    number: str
    customer: str
    email: str
    amount: float | None
    currency: str
    invoice_date: str
    status: str       # SYNCED, READY or OUT_OF_SCOPE


def load_other_invoices(db_path: Path) -> list[InvoiceRow]:
    """Every diagnosed invoice without a failure or warning; none before the first diagnosis."""
    db = open_db(db_path)
    try:
        tables = db.table_names()
        if "facts_invoices" not in tables or "failures" not in tables:
            return []
        rows = db.execute(_OTHERS_SQL).fetchall()
    finally:
        db.close()
    return [InvoiceRow(*row) for row in rows]


# ---- the summary: what the window shows before the rows arrive ------------------------------------------
@dataclass(frozen=True)
class KindCount:
    """One cause's card: invoices failing for it (not ignored for it), distinct customers, root-cause count."""

    kind: str
    invoices: int
    customers: int
    roots: int
    severity: str


@dataclass(frozen=True)
class PanelSummary:
    """The panel's numbers, counted by SQLite: the banner and the cause cards, before any row is built."""

    kinds: list[KindCount]         # in card order (see `card_order`)
    invoices: int                  # invoices listed (failing, warning-only and ignored)
    failing: int                   # of which cannot sync (some failure not ignored)
    ignored: int                   # of which every cause is ignored
    last_refreshed: str | None
    blocked: dict[str, float] = field(default_factory=dict)   # currency -> amount of the failing invoices


# Per (kind, customer) sums, so the distinct customers per kind come out of ~one row per customer; the key is
# `(email or customer).casefold()` as in cause_counts (SQLite's lower() folds ASCII, Python the rest). GROUP BY
# by position: a name like `who` would bind to ignored.who.
_KINDS_SQL = """
SELECT f.kind, lower({who}), count(*), sum(coalesce(f.root, 0) != 0), max(coalesce(f.severity, 'failure'))
  FROM failures f {join}
 WHERE {live}
 GROUP BY 1, 2
"""
# Per currency, so the amount the failing invoices hold back comes out of the same single pass.
_INVOICES_SQL = """
SELECT upper(currency), count(*), sum(failing), sum(NOT live), sum(CASE WHEN failing THEN amount END)
  FROM (SELECT max({live} AND coalesce(f.severity, 'failure') = 'failure') AS failing, max({live}) AS live,
               max(f.amount) AS amount, max(coalesce(f.currency, '')) AS currency
          FROM failures f {join} GROUP BY f.hubspot_invoice_id)
 GROUP BY 1
"""


def card_order(kind: str, severity: str, roots: int) -> tuple[bool, bool, int, str]:
    """Failures before warnings, kinds that are some invoice's root cause first, then the fix-first rank."""
    from core.failures import registry  # lazy for start-up time: the kinds load only once there are cards to order

    return (severity != "failure", roots == 0, registry.rank(kind), kind)


def load_panel_summary(db_path: Path) -> PanelSummary | None:
    """The banner's and cards' numbers straight from SQL (~0.1 s at 50,000 failures, where building the rows
    takes seconds). Read-only; None when the cache cannot say (missing file or table): the rows will."""
    if not Path(db_path).exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        if "failures" not in tables:
            return None
        ignores, live = "", "1"
        if "ignored" in tables:
            ignores = " LEFT JOIN ignored ig ON ig.hubspot_invoice_id = f.hubspot_invoice_id AND ig.kind = f.kind"
            live = "ig.kind IS NULL"
        facts, who = "", "coalesce(f.customer, '')"
        if "facts_invoices" in tables:
            facts = " LEFT JOIN facts_invoices fi ON fi.id = f.hubspot_invoice_id"
            who = "coalesce(nullif(fi.email, ''), f.customer, '')"
        per_kind = conn.execute(_KINDS_SQL.format(who=who, join=facts + ignores, live=live)).fetchall()
        per_currency = conn.execute(_INVOICES_SQL.format(join=ignores, live=live)).fetchall()
        last = None
        if "meta" in tables:
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN "
                                     "('last_refresh', 'last_full_refresh', ?)", [COMPLETE]))
            if meta.get(COMPLETE, "1" if "last_full_refresh" in meta else "") == "1":   # = db.is_complete
                last = meta.get("last_refresh") or meta.get("last_full_refresh") or None
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    invoices: dict[str, int] = {}
    roots: dict[str, int] = {}
    severity: dict[str, str] = {}
    customers: dict[str, set[str]] = {}
    for kind, key, count, root_count, worst in per_kind:
        invoices[kind] = invoices.get(kind, 0) + count
        roots[kind] = roots.get(kind, 0) + (root_count or 0)
        severity[kind] = max(severity.get(kind, ""), worst)
        customers.setdefault(kind, set()).add(key.casefold() if not key.isascii() else key)
    kinds = [KindCount(k, invoices[k], len(customers[k]), roots[k], severity[k]) for k in invoices]
    kinds.sort(key=lambda k: card_order(k.kind, k.severity, k.roots))
    blocked = {str(cur): float(amount) for cur, _n, _failing, _ignored, amount in per_currency if amount is not None}
    return PanelSummary(kinds, sum(int(r[1]) for r in per_currency), sum(int(r[2] or 0) for r in per_currency),
                        sum(int(r[3] or 0) for r in per_currency), last, blocked)
