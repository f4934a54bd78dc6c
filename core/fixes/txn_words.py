"""QuickBooks invoices and credit memos as a bookkeeper names them: number and customer, and their state (sent,
paid, balance, deposited); and the reasons side effects carry. Read from the cached record, no network."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from core.fixes.model import Change, FieldChange
from core.fixes.words import FIELD, LINE_N, entity, field_value
from core.i18n import N_, Message, joined, verbatim

TXNS = ("Invoice", "CreditMemo")
OWNED = N_("Record", '{entity} "{number}" of {customer}')
SENT = N_("TxnState", "sent")
NOT_SENT = N_("TxnState", "not sent")
PAID = N_("TxnState", "paid")
PART_PAID = N_("TxnState", "partly paid, balance {balance}")
UNPAID = N_("TxnState", "unpaid, balance {balance}")
DEPOSITED = N_("TxnState", "deposited")
CREDIT_LEFT = N_("TxnState", "credit left {balance}")
SERVICE_DATE_WHY = N_("Reason", "QuickBooks requires a service date on every line while revenue recognition is on; "
                                "the invoice date is used where a line has none.")
REACTIVATED_WHY = N_("Reason", "QuickBooks does not accept invoices for an inactive customer, so it is made active "
                               "again.")
ONE_CONTACT_WHY = N_("Reason", "HubSpot bills one contact per invoice: the current one is removed first.")
CONFIRM_SENT = N_("Reason", "{record} is {state}: its lines and total change on a document the client may "
                            "already have.")
CONFIRM_OTHER = N_("Reason", "{record} belongs to another client and is already {state}: its number changes on a "
                             "document the client may have.")


def customer_of(before: Mapping[str, Any]) -> str:
    ref = before.get("CustomerRef") or {}
    return str(ref.get("name") or ref.get("value") or "") if isinstance(ref, Mapping) else ""


def doc_label(entity_name: str, before: Mapping[str, Any]) -> Message:
    """'Invoice "INV-1031" of Tech Hub Coworking': the number a bookkeeper knows, never the internal id alone."""
    number = str(before.get("DocNumber") or "")
    customer = customer_of(before)
    if not customer:
        return N_("Record", '{entity} "{name}"').format(entity=entity(entity_name), name=number or before.get("Id"))
    return OWNED.format(entity=entity(entity_name), number=number or str(before.get("Id") or ""), customer=customer)


def sent(before: Mapping[str, Any]) -> bool:
    return str(before.get("EmailStatus") or "") == "EmailSent" or bool(before.get("DeliveryInfo"))


def paid_any(before: Mapping[str, Any]) -> bool:
    total, balance = float(before.get("TotalAmt") or 0), float(before.get("Balance") or 0)
    return total > 0 and balance < total - 0.005


def state_of(before: Mapping[str, Any], entity_name: str = "Invoice") -> Message:
    """'sent, partly paid, balance 40.00, deposited' — what QuickBooks shows about the document."""
    total, balance = float(before.get("TotalAmt") or 0), float(before.get("Balance") or 0)
    parts = [SENT if sent(before) else NOT_SENT]
    if entity_name == "CreditMemo":   # a credit memo is not paid: it has credit left to apply
        left = before.get("RemainingCredit", before.get("Balance"))
        return joined([*parts, CREDIT_LEFT.format(balance=float(left or 0))], ", ")
    if total > 0 and balance <= 0.005:
        parts.append(PAID)
    elif paid_any(before):
        parts.append(PART_PAID.format(balance=balance))
    else:
        parts.append(UNPAID.format(balance=balance))
    linked = [str(t.get("TxnType") or "") for t in before.get("LinkedTxn") or [] if isinstance(t, Mapping)]
    if "Deposit" in linked:
        parts.append(DEPOSITED)
    return joined(parts, ", ")


def described(change: Change) -> Change:
    """A QuickBooks invoice or credit memo change named by number and customer, with its state; others as given."""
    if change.system != "quickbooks" or change.entity not in TXNS or not change.before:
        return change
    customer = customer_of(change.before)
    return replace(change, label=doc_label(change.entity, change.before),
                   owner=verbatim(customer) if customer else None,
                   state=state_of(change.before, change.entity))


def service_date_field(date: Any) -> FieldChange:
    """The service dates a save must add while revenue recognition is on, with that reason."""
    return FieldChange(FIELD["ServiceDate.missing"], None, date, reason=SERVICE_DATE_WHY)


def confirm_other_client(change: Change, own_customer_ids: set[str]) -> Change:
    """Another client's sent or paid document: applying it needs an explicit yes on the Preview."""
    ref = change.before.get("CustomerRef") or {}
    if str(ref.get("value") or "") in own_customer_ids:
        return change
    if not (sent(change.before) or paid_any(change.before)):
        return change
    return replace(change, confirm=CONFIRM_OTHER.format(record=change.label,
                                                        state=state_of(change.before, change.entity)))


NO_TAX = N_("Value", "none sent: QuickBooks adds tax by its own settings, if any")


def creation_lines(body: Mapping[str, Any]) -> list[FieldChange]:
    """A new invoice's lines, its tax and its total, as the Preview of a creation shows them."""
    lines = [ln for ln in body.get("Line") or [] if isinstance(ln, Mapping)
             and ln.get("DetailType") == "SalesItemLineDetail"]
    out = [FieldChange(LINE_N.format(n=n), None, field_value("Line", [ln])[0]) for n, ln in enumerate(lines, 1)]
    total = round(sum(float(ln.get("Amount") or 0) for ln in lines), 2)
    tax = body.get("TxnTaxDetail") or {}
    out.append(FieldChange(FIELD["TotalTax"], None, float(tax.get("TotalTax") or 0) if tax else NO_TAX))
    out.append(FieldChange(FIELD["TotalAmt"], None, total))
    return out


def confirm_sent(change: Change) -> Change:
    """A client's sent or paid document whose amounts change: applying it needs an explicit yes on the Preview."""
    if change.before and (sent(change.before) or paid_any(change.before)):
        return replace(change, confirm=CONFIRM_SENT.format(record=change.label,
                                                           state=state_of(change.before, change.entity)))
    return change


def reactivated() -> FieldChange:
    """The side effect of billing an inactive customer, with its reason."""
    return FieldChange(FIELD["Active"], False, True, reason=REACTIVATED_WHY)
