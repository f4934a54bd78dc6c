"""The own sync engine's push: a HubSpot invoice becomes a QBO Invoice, through the journal like every fix.

The body is `core.sync.payload.invoice_payload` (built from the cache). The write is a Change(action=PUSH,
entity="Invoice") applied by apply_plan, so it carries a requestid: a retry or a resume after a crash never
creates the invoice twice. An invoice already linked — a counterpart in the cache, or a push the journal
recorded since the last refresh — is not pushed again.
"""

from __future__ import annotations

import sqlite_utils

from core.errors import UserError
from core.fixes.apply import ChangeResult, apply_plan
from core.fixes.clients import Clients
from core.fixes.model import Action, Change, EntryState, FieldChange, Plan
from core.fixes.words import FIELD, entity_label
from core.i18n import N_, Message, joined
from core.journal import Journal
from core.store import facts
from core.sync.payload import invoice_payload, payload_problems

KIND = "push"
NOT_CACHED = N_("Push", "HubSpot invoice {id} is not in the cache. Refresh, then try again.")
NOT_PUSHED = N_("Push", "Not pushed: {problems}")
ALREADY_LINKED = N_("Push", "Already in QuickBooks as invoice {id}.")


class PushRefused(UserError):
    """The invoice cannot be pushed as it is (not cached, or a body QuickBooks would not keep); `message` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)


def linked_invoice(db: sqlite_utils.Database, invoice_id: str, journal: Journal | None = None) -> str:
    """The QBO Invoice Id this HubSpot invoice already has, or ""."""
    pushed = journal.pushed_invoice(invoice_id) if journal is not None else ""
    if pushed:
        return pushed
    row = db.execute("SELECT qbo_invoice_id FROM v_counterparts WHERE invoice_id = ?", [invoice_id]).fetchone()
    return str(row[0]) if row and row[0] else ""


def push_change(db: sqlite_utils.Database, invoice_id: str, *, service_date: str | None = None,
                customer_id: str | None = None) -> Change:
    """The PUSH change for one invoice (no network). `customer_id` may be "$ref:N" (a customer the same plan
    creates first); by default the customer is found by the contact's email."""
    facts.ensure_fresh(db)
    try:
        body = invoice_payload(db, invoice_id, customer_id=customer_id, service_date=service_date)
    except KeyError:
        raise PushRefused(NOT_CACHED.format(id=invoice_id)) from None
    problems = payload_problems(body)
    if problems:
        raise PushRefused(NOT_PUSHED.format(problems=joined(problems)))
    customer = str((body.get("CustomerRef") or {}).get("value", ""))
    name = db.execute("SELECT display_name FROM qbo_customers WHERE id = ?", [customer]).fetchone()
    total = round(sum(float(line.get("Amount") or 0) for line in body["Line"]), 2)
    fields = [FieldChange(FIELD["DocNumber"], None, body.get("DocNumber")),
              FieldChange(FIELD["CustomerRef"], None, name[0] if name else customer or None),
              FieldChange(FIELD["TxnDate"], None, body.get("TxnDate")),
              FieldChange(FIELD["TotalAmt"], None, total),
              FieldChange(FIELD["Line"], None, len(body["Line"]))]
    if service_date:
        fields.append(FieldChange(FIELD["ServiceDate.every"], None, service_date))
    return Change("quickbooks", "Invoice", Action.PUSH, "", entity_label("Invoice", str(body.get("DocNumber") or
                                                                                        invoice_id)),
                  tuple(fields), body, invoice_ids=(invoice_id,))


def push_plan(db: sqlite_utils.Database, invoice_ids: list[str] | tuple[str, ...], *,
              service_date: str | None = None, customer_ids: dict[str, str] | None = None,
              journal: Journal | None = None) -> Plan:
    """A previewable push of several invoices; linked or unknown ones are listed in `problems`, not pushed."""
    changes: list[Change] = []
    problems: list[tuple[str, Message]] = []
    for invoice_id in invoice_ids:
        linked = linked_invoice(db, invoice_id, journal)
        if linked:
            problems.append((invoice_id, ALREADY_LINKED.format(id=linked)))
            continue
        try:
            changes.append(push_change(db, invoice_id, service_date=service_date,
                                       customer_id=(customer_ids or {}).get(invoice_id)))
        except PushRefused as exc:
            problems.append((invoice_id, exc.message))
    return Plan(kind=KIND, option=KIND, invoice_ids=tuple(invoice_ids), changes=tuple(changes),
                problems=tuple(problems), params={"service_date": service_date} if service_date else {})


def push_invoice(db: sqlite_utils.Database, invoice_id: str, clients: Clients, journal: Journal, *,
                 service_date: str | None = None, customer_id: str | None = None,
                 user: str | None = None) -> ChangeResult:
    """Push one invoice now. Already linked: DONE without writing (entry_id 0: nothing journaled)."""
    change = push_change(db, invoice_id, service_date=service_date, customer_id=customer_id)
    linked = linked_invoice(db, invoice_id, journal)
    if linked:
        return ChangeResult(change, 0, EntryState.DONE,
                            f"Already in QuickBooks as invoice {linked}; not pushed again.", linked)
    plan = Plan(kind=KIND, option=KIND, invoice_ids=(invoice_id,), changes=(change,))
    return apply_plan(plan, journal, clients, user=user).results[0]
