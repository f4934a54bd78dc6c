"""The panel's rows: failures grouped per invoice (root cause first), the other invoices beside them, search and
sort keys computed once, and the cause cards' counts. Plain data built in the worker, read by the GUI.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from core import ignores
from core.panel import OUT_OF_SCOPE, READY, SYNCED, InvoiceRow, PanelRow, PanelSummary, card_order

FAILING, WARNING, IGNORED = "failing", "warning", "ignored"   # an invoice's status in the panel

OTHER_STATUSES = (READY, SYNCED, OUT_OF_SCOPE)   # of the invoices nothing is wrong with (core.panel)
ATTENTION = "attention"   # a status filter, not a status: cannot sync or warning (the panel's default view)


_NOTHING_IGNORED: Mapping[str, ignores.Ignore] = MappingProxyType({})


@dataclass(eq=False, slots=True)
class InvoiceEntry:
    """One table row: an invoice with every cause it fails for, root cause first. Slotted, and sharing one empty
    `ignored` until something is ignored: the panel holds one per invoice, 100k and more."""

    id: str
    number: str
    customer: str
    email: str
    amount: float | None
    currency: str
    date: str
    rows: list[PanelRow]
    search: str                                   # lowercased number, customer and email: one `in` per keystroke
    ignored: Mapping[str, ignores.Ignore] = field(default_factory=lambda: _NOTHING_IGNORED)   # kind -> why (ignore())
    number_key: str = ""                          # natural sort key of the number (computed in the worker)
    status: str = FAILING                         # kept current by update_status()

    @property
    def kinds(self) -> list[str]:
        return [r.kind for r in self.rows]

    def ignore(self, kind: str, why: ignores.Ignore | None) -> None:
        """Record `kind` as ignored for `why`, or no longer ignored when `why` is None."""
        mine = dict(self.ignored)
        if why is None:
            mine.pop(kind, None)
        else:
            mine[kind] = why
        self.ignored = mine or _NOTHING_IGNORED

    def update_status(self) -> None:
        if not self.rows:   # synced, ready or out of scope: no cause to weigh
            return
        live = [r for r in self.rows if r.kind not in self.ignored]
        if any(r.severity == "failure" for r in live):
            self.status = FAILING
        else:
            self.status = WARNING if live else IGNORED


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
                entry.ignore(row.kind, hit)
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
    return sorted(by_id.values(), key=by_number)   # the table's first order, so the GUI thread rarely re-sorts


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


def by_number(entry: InvoiceEntry) -> str:
    return entry.number_key


def _cause_order(row: PanelRow) -> tuple[bool, bool, int, str]:
    from core.failures import registry  # lazy for start-up time: the kinds load once rows are grouped

    return (row.severity != "failure", not row.root, registry.rank(row.kind), row.kind)


@dataclass(frozen=True)
class CauseCount:
    """One cause card's numbers."""

    kind: str
    invoices: int     # invoices failing for this kind (not ignored for it)
    customers: int    # distinct customers among them
    roots: int        # of which this kind is the cause to fix first
    severity: str


def cause_counts(entries: list[InvoiceEntry]) -> list[CauseCount]:
    """The cards counted from the rows (ignored causes left out), in the cards' order (core.panel.card_order)."""
    invoices: dict[str, int] = {}
    customers: dict[str, set[str]] = {}
    roots: dict[str, int] = {}
    severity: dict[str, str] = {}
    for entry in entries:
        for row in entry.rows:
            if row.kind in entry.ignored:
                continue
            invoices[row.kind] = invoices.get(row.kind, 0) + 1
            customers.setdefault(row.kind, set()).add((entry.email or entry.customer).casefold())
            roots[row.kind] = roots.get(row.kind, 0) + int(row.root)
            severity[row.kind] = row.severity

    def order(kind: str) -> tuple[bool, bool, int, str]:
        return card_order(kind, severity[kind], roots[kind])

    return [CauseCount(k, invoices[k], len(customers[k]), roots[k], severity[k]) for k in sorted(invoices, key=order)]


def summary_counts(summary: PanelSummary) -> list[CauseCount]:
    """The same cards counted by SQL (core.panel.load_panel_summary), before the rows are built."""
    return [CauseCount(k.kind, k.invoices, k.customers, k.roots, k.severity) for k in summary.kinds]
