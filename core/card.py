"""The invoice card: HubSpot beside QBO (the counterpart, or what a push would send), differences flagged.

Row labels are catalogue messages and values stay typed (amounts as numbers, dates as ISO text), so whoever
shows the card renders both in the reader's language with the one formatter. The causes the card lists are
their kinds' own summary messages (core.failures.base.FailureKind.summary).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from core.i18n import N_, Message
from core.store import facts
from core.sync.payload import LineRow, hubspot_lines, pair_lines, qbo_lines

Value = str | float | None    # text as it is, an amount (total), None when the side has none


@dataclass(frozen=True)
class FieldRow:
    label: Message
    hubspot: Value
    quickbooks: Value
    differs: bool
    key: str = ""   # number, customer, email, date, due_date, currency, total


@dataclass(frozen=True)
class InvoiceCard:
    hubspot_invoice_id: str
    number: str
    sync_status: str
    qbo_invoice_id: str | None       # None: the QuickBooks column shows what a push would send
    fields: list[FieldRow] = field(default_factory=list)
    lines: list[LineRow] = field(default_factory=list)

    @property
    def is_preview(self) -> bool:
        return self.qbo_invoice_id is None


LABELS: dict[str, Message] = {   # in the card's order
    "number": N_("Card", "Number"), "customer": N_("Card", "Customer"), "email": N_("Card", "Email"),
    "date": N_("Card", "Date"), "due_date": N_("Card", "Due date"), "currency": N_("Card", "Currency"),
    "total": N_("Card", "Total"),
}
DATES = ("date", "due_date")     # ISO dates: shown as dates


def _money(value: object) -> float | None:
    return None if value is None else round(float(str(value)), 2)


def _same(key: str, a: Value, b: Value) -> bool:
    if key == "total":
        if a is None or b is None:
            return a is None and b is None
        return abs(float(a) - float(b)) < 0.005
    if key in ("email", "customer", "currency"):
        return str(a or "").strip().casefold() == str(b or "").strip().casefold()
    return str(a or "") == str(b or "")


def invoice_card(db: sqlite_utils.Database, hubspot_invoice_id: str, sync_status: str = "") -> InvoiceCard:
    facts.ensure_fresh(db)
    inv = next(db.query("SELECT * FROM facts_invoices WHERE id = ?", [hubspot_invoice_id]), None)
    if inv is None:
        raise KeyError(hubspot_invoice_id)
    hs_due = db.execute("SELECT due_date FROM hs_invoices WHERE id = ?", [hubspot_invoice_id]).fetchone()[0]
    left = hubspot_lines(db, hubspot_invoice_id)
    qid = inv["qbo_invoice_id"]
    hs_customer = inv["would_be_name"] or ""
    hs_email = inv["email"] or ""
    if qid:
        q = next(db.query("SELECT * FROM qbo_invoices WHERE id = ?", [qid]))
        cust = next(db.query("SELECT display_name, email FROM qbo_customers WHERE id = ?", [q["customer_id"]]), {})
        right = qbo_lines(db, qid)
        qbo_values = {"number": q["doc_number"], "customer": cust.get("display_name", ""),
                      "email": cust.get("email", ""), "date": q["txn_date"] or "", "currency": q["currency"] or "",
                      "total": _money(q["total_amt"])}
        q_due = (db.execute("SELECT json_extract(raw, '$.DueDate') FROM qbo_invoices WHERE id = ?", [qid])
                 .fetchone()[0] or "")
    else:  # a preview of the push: same lines, the customer found by email or the one that would be created
        cust = next(db.query(
            "SELECT display_name, email FROM qbo_customers WHERE email_norm = ? AND email_norm <> '' "
            "ORDER BY active DESC LIMIT 1", [inv["email_norm"]]), {})
        right = left
        qbo_values = {"number": inv["number"], "customer": cust.get("display_name") or hs_customer,
                      "email": cust.get("email") or hs_email, "date": inv["invoice_date"] or "",
                      "currency": (inv["currency"] or "").upper(), "total": _money(sum(x.amount for x in left))}
        q_due = hs_due or ""
    hs_values = {"number": inv["number"], "customer": hs_customer, "email": hs_email,
                 "date": inv["invoice_date"] or "", "currency": (inv["currency"] or "").upper(),
                 "total": _money(inv["amount_billed"])}
    rows = []
    for key in ("number", "customer", "email", "date", "currency", "total"):
        a, b = hs_values[key], qbo_values[key]
        if key != "total":
            a, b = str(a or ""), str(b or "")
        # Every field that reads differently is marked, the customer's name too: the link is decided by email
        # (a name may differ legitimately), but a bookkeeper must see the difference rather than "nothing".
        rows.append(FieldRow(LABELS[key], a, b, differs=not _same(key, a, b), key=key))
    rows.insert(4, FieldRow(LABELS["due_date"], hs_due or "", q_due, differs=(hs_due or "") != q_due,
                            key="due_date"))
    return InvoiceCard(hubspot_invoice_id, inv["number"], sync_status, qid, rows, pair_lines(left, right))
