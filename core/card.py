"""The invoice card: HubSpot beside QBO (the counterpart, or what a push would send), differences flagged."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from core.store import facts
from core.sync.payload import Line, hubspot_lines, qbo_lines


@dataclass(frozen=True)
class FieldRow:
    label: str
    hubspot: str
    quickbooks: str
    differs: bool


@dataclass(frozen=True)
class LineRow:
    hubspot: Line | None
    quickbooks: Line | None
    differs: tuple[str, ...]  # names of the fields that differ: qty, unit_price, amount, or 'missing'


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


def _money(value: object) -> str:
    return "" if value is None else f"{float(str(value)):.2f}"


def pair_lines(left: list[Line], right: list[Line]) -> list[LineRow]:
    """Pair identical lines first (order does not matter in QBO), then the rest in order, flagging fields."""
    rows: list[LineRow] = []
    pending = list(right)
    unmatched_left = []
    for line in left:
        twin = next((r for r in pending if (r.qty, r.unit_price, r.amount) == (line.qty, line.unit_price,
                                                                                 line.amount)), None)
        if twin is None:
            unmatched_left.append(line)
        else:
            pending.remove(twin)
            rows.append(LineRow(line, twin, ()))
    for line in unmatched_left:
        other = pending.pop(0) if pending else None
        if other is None:
            rows.append(LineRow(line, None, ("missing",)))
        else:
            diff = tuple(name for name in ("qty", "unit_price", "amount")
                         if getattr(line, name) != getattr(other, name))
            rows.append(LineRow(line, other, diff))
    rows.extend(LineRow(None, other, ("missing",)) for other in pending)
    return rows


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
    labels = {"number": "Number", "customer": "Customer", "email": "Email", "date": "Date",
              "currency": "Currency", "total": "Total"}
    rows = []
    for key, label in labels.items():
        a, b = str(hs_values[key] or ""), str(qbo_values[key] or "")
        same = a.strip().casefold() == b.strip().casefold() if key in ("email", "customer", "currency") else a == b
        # The customer's name may differ legitimately (matched by email), so only email decides the link.
        rows.append(FieldRow(label, a, b, differs=not same and key != "customer"))
    rows.insert(4, FieldRow("Due date", hs_due or "", q_due, differs=(hs_due or "") != q_due))
    return InvoiceCard(hubspot_invoice_id, inv["number"], sync_status, qid, rows, pair_lines(left, right))
