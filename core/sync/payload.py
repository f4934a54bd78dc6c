"""The QBO Invoice a HubSpot invoice becomes, built from the cache alone (no network).

Used to preview a push (the invoice card, the wizards) and, later, by the sync engine itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from core.i18n import N_, Message
from core.qbo.marker import marker
from core.types import JSON


@dataclass(frozen=True)
class Line:
    name: str
    sku: str
    qty: float
    unit_price: float
    amount: float
    item_id: str = ""
    service_date: str = ""


@dataclass(frozen=True)
class LineRow:
    hubspot: Line | None
    quickbooks: Line | None
    differs: tuple[str, ...]  # names of the fields that differ: qty, unit_price, amount, or 'missing'


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


def hubspot_lines(db: sqlite_utils.Database, invoice_id: str) -> list[Line]:
    rows = db.query(
        """SELECT li.name, li.sku, coalesce(li.quantity, 0) AS qty, coalesce(li.price, 0) AS price,
                  coalesce(li.amount, coalesce(li.quantity, 0) * coalesce(li.price, 0)) AS amount,
                  coalesce((SELECT i.id FROM qbo_items i WHERE li.sku_norm <> '' AND i.sku_norm = li.sku_norm
                             ORDER BY i.active DESC LIMIT 1),
                           (SELECT i.id FROM qbo_items i WHERE i.name_norm = li.name_norm
                             ORDER BY i.active DESC LIMIT 1)) AS item_id
             FROM hs_associations a JOIN hs_line_items li ON li.id = a.to_id
            WHERE a.from_type = 'invoices' AND a.from_id = ? AND a.to_type = 'line_items'
            ORDER BY CAST(li.id AS INTEGER), li.id""", [invoice_id])
    return [Line(r["name"], r["sku"], float(r["qty"]), float(r["price"]), round(float(r["amount"]), 2),
                 r["item_id"] or "") for r in rows]


def qbo_lines(db: sqlite_utils.Database, qbo_invoice_id: str) -> list[Line]:
    rows = db.query(
        """SELECT coalesce(nullif(item_name, ''), description) AS name, item_id, coalesce(qty, 0) AS qty,
                  coalesce(unit_price, 0) AS price, coalesce(amount, 0) AS amount, service_date
             FROM qbo_txn_lines WHERE txn_type = 'Invoice' AND txn_id = ? AND detail_type = 'SalesItemLineDetail'
            ORDER BY idx""", [qbo_invoice_id])
    return [Line(r["name"] or "", "", float(r["qty"]), float(r["price"]), round(float(r["amount"]), 2),
                 r["item_id"] or "", r["service_date"] or "") for r in rows]


# QuickBooks' own limits on what an invoice carries (QBO_API.md §3): checked before sending, never trimmed.
LIMITS = {"DocNumber": 21, "Description": 4000, "PrivateNote": 4000, "BillEmail": 100}
_CONTROL = {c for c in range(32) if chr(c) not in "\t\n\r"} | {127}


WHERE = {"DocNumber": N_("Payload", "The number"), "PrivateNote": N_("Payload", "The private note"),
         "BillEmail": N_("Payload", "The billing email")}
LINE_DESCRIPTION = N_("Payload", "Line {n}'s description")
TOO_LONG = N_("Payload", "{what} is {length} characters long; QuickBooks keeps at most {limit}.")
CONTROL_CHARACTER = N_("Payload", "{what} contains an invisible control character QuickBooks would not keep.")


def payload_problems(body: JSON) -> list[Message]:
    """Why QuickBooks would refuse or silently change this invoice body: over-long fields, invisible control
    characters (a NUL byte, say). Empty when it can be sent as it is."""
    problems: list[Message] = []

    def check(what: Message, field: str, value: object) -> None:
        if not isinstance(value, str):
            return
        limit = LIMITS[field]
        if len(value) > limit:
            problems.append(TOO_LONG.format(what=what, length=len(value), limit=limit))
        if any(ord(ch) in _CONTROL for ch in value):
            problems.append(CONTROL_CHARACTER.format(what=what))

    check(WHERE["DocNumber"], "DocNumber", body.get("DocNumber"))
    check(WHERE["PrivateNote"], "PrivateNote", body.get("PrivateNote"))
    check(WHERE["BillEmail"], "BillEmail", (body.get("BillEmail") or {}).get("Address"))
    for n, line in enumerate(body.get("Line") or [], start=1):
        check(LINE_DESCRIPTION.format(n=n), "Description", line.get("Description"))
    return problems


def invoice_payload(db: sqlite_utils.Database, invoice_id: str, *, customer_id: str | None = None,
                    service_date: str | None = None) -> JSON:
    """The body of `POST /v3/company/{realm}/invoice` for this HubSpot invoice.

    `customer_id` overrides the customer found by email; `service_date` ('YYYY-MM-DD') is put on every line
    (what revenue recognition needs). Amount is always Qty × UnitPrice, as QBO checks (error 6070).
    """
    inv = next(db.query("SELECT * FROM facts_invoices WHERE id = ?", [invoice_id]), None)
    if inv is None:
        raise KeyError(invoice_id)
    if customer_id is None:
        row = db.execute(
            "SELECT id FROM qbo_customers WHERE email_norm = ? AND email_norm <> '' ORDER BY active DESC, id LIMIT 1",
            [inv["email_norm"]]).fetchone()
        customer_id = row[0] if row else None
    lines = []
    for line in hubspot_lines(db, invoice_id):
        detail: JSON = {"Qty": line.qty, "UnitPrice": line.unit_price}
        if line.item_id:
            detail["ItemRef"] = {"value": line.item_id}
        if service_date:
            detail["ServiceDate"] = service_date
        lines.append({"Amount": round(line.qty * line.unit_price, 2), "Description": line.name,
                      "DetailType": "SalesItemLineDetail", "SalesItemLineDetail": detail})
    payload: JSON = {"DocNumber": inv["number"], "Line": lines}
    if customer_id:
        payload["CustomerRef"] = {"value": customer_id}
    if inv["invoice_date"]:
        payload["TxnDate"] = inv["invoice_date"]
    due = db.execute("SELECT due_date FROM hs_invoices WHERE id = ?", [invoice_id]).fetchone()
    if due and due[0]:
        payload["DueDate"] = due[0]
    if inv["currency"]:
        payload["CurrencyRef"] = {"value": str(inv["currency"]).upper()}
    if inv["email"]:
        payload["BillEmail"] = {"Address": inv["email"]}
    payload["PrivateNote"] = marker(str(inv["number"] or ""), invoice_id)
    return payload
