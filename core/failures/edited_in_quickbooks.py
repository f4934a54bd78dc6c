"""A HubSpot invoice's QBO copy was changed in QBO (lines, quantities, prices or total).

HubSpot owns the financial content of its invoices; once the QBO copy differs, HubSpot stops syncing it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

import sqlite_utils

from core.failures import evidence as ev
from core.failures.base import Failure, FailureKind, Fault, labels
from core.fixes import records as rec
from core.fixes import txn_words
from core.fixes.model import Action, Change, Choice, FieldChange, Plan
from core.fixes.words import FIELD, LINE_N, REMOVED, entity_label
from core.i18n import N_, Message, joined
from core.sync.payload import Line, LineRow, hubspot_lines, invoice_payload, pair_lines, qbo_lines

SUMMARY = N_("edited_in_quickbooks", "The QuickBooks copy (invoice {number} of {customer}) differs from HubSpot")
SUMMARY_BY_ID = N_("edited_in_quickbooks", "The QuickBooks copy (invoice {id}) differs from HubSpot")   # old evidence
REVERT_LABEL = N_("edited_in_quickbooks", "Put QuickBooks back to HubSpot's lines")
REVERT_DESCRIPTION = N_(
    "edited_in_quickbooks",
    "What HubSpot recommends: the QuickBooks invoice gets HubSpot's lines again (quantities, prices, amounts). Its "
    "customer, number, invoice and due dates and notes stay as they are; the Preview lists anything else that must "
    "change, with the reason.")
REVERT_WHY = N_("edited_in_quickbooks",
                "Recommended: what HubSpot recommends; the invoice was made in HubSpot, and its QuickBooks copy "
                "has not been paid.")
REVERT_PAID = N_("edited_in_quickbooks",
                 "Not recommended: {records} has payments; new lines would no longer match what was paid.")
KEEP_PAID = N_("edited_in_quickbooks",
               "Recommended: {records} has payments for its QuickBooks lines; HubSpot's invoice is corrected to "
               "match instead.")
KEEP_LABEL = N_("edited_in_quickbooks", "Keep the QuickBooks version")
KEEP_DESCRIPTION = N_(
    "edited_in_quickbooks",
    "If the change in QuickBooks is right, make the same change to the invoice in HubSpot. Sync Doctor lists what "
    "differs; you check again afterwards.")
GONE = N_("edited_in_quickbooks", "Its QuickBooks copy is no longer in the cache; refresh first.")
KEEP_OPEN = N_("edited_in_quickbooks",
               "Open invoice {number} in HubSpot and change its lines to match QuickBooks:")
KEEP_ADD = N_("edited_in_quickbooks", "  add {line}")
KEEP_REMOVE = N_("edited_in_quickbooks", "  remove {line}")
KEEP_CHANGE = N_("edited_in_quickbooks", "  change {line} to {new}")
KEEP_DRAFTS = N_(
    "edited_in_quickbooks",
    "HubSpot only lets you edit draft invoices: for an open or paid one, void it and issue a corrected invoice. "
    "Then check again in Sync Doctor.")


class EditedInQuickBooks(FailureKind):
    id = "edited_in_quickbooks"
    rank = 10
    priority = 30
    title = N_("edited_in_quickbooks", "Changed in QuickBooks")
    explanation = N_(
        "edited_in_quickbooks",
        "This invoice was created in HubSpot, but its copy in QuickBooks has been edited since (lines, quantities, "
        "prices or the total). Changes made in QuickBooks cannot flow back to HubSpot, so HubSpot stops updating "
        "this invoice.")
    fix_steps = (N_("edited_in_quickbooks", "Put the QuickBooks invoice back to HubSpot's lines."),
                 N_("edited_in_quickbooks", "Keep the QuickBooks version and make the same change in HubSpot."))
    evidence_labels = labels(qbo_invoice_id=ev.QBO_INVOICE, qbo_number=ev.QBO_INVOICE, qbo_customer=ev.QBO_CUSTOMER,
                             qbo_total=ev.QBO_TOTAL, hubspot_total=ev.HUBSPOT_TOTAL,
                             hubspot_lines=ev.HUBSPOT_LINES, qbo_lines=ev.QBO_LINES,
                             hubspot_line_count=ev.HUBSPOT_LINE_COUNT, qbo_line_count=ev.QBO_LINE_COUNT)
    internal_evidence = frozenset({"qbo_invoice_id"})   # the deep link's key; the bookkeeper reads number and customer
    found_where = """in_scope AND qbo_invoice_id IS NOT NULL
   AND (hs_line_sig <> qbo_line_sig
        OR (amount_billed IS NOT NULL AND abs(coalesce(qbo_total, 0) - amount_billed) > 0.005))"""
    sql = f"""
SELECT f.id AS invoice_id, f.number,
       json_object('qbo_invoice_id', f.qbo_invoice_id,
                   'qbo_number', coalesce((SELECT q.doc_number FROM qbo_invoices q WHERE q.id = f.qbo_invoice_id), ''),
                   'qbo_customer', coalesce((SELECT coalesce(nullif(q.customer_name, ''), c.display_name)
                                               FROM qbo_invoices q LEFT JOIN qbo_customers c ON c.id = q.customer_id
                                              WHERE q.id = f.qbo_invoice_id), ''),
                   'qbo_total', f.qbo_total,
                   'hubspot_total', coalesce(f.amount_billed, 0),
                   'hubspot_lines', f.hs_line_sig, 'qbo_lines', f.qbo_line_sig,
                   'hubspot_line_count', f.line_count, 'qbo_line_count', f.qbo_line_count) AS evidence
  FROM facts_invoices f
 WHERE {found_where}
"""

    class Option(StrEnum):
        REVERT = "revert_to_hubspot"
        KEEP = "keep_quickbooks"

    # Both need nothing typed: the lines are HubSpot's, or the steps list what differs.
    without_parameters = frozenset({Option.REVERT, Option.KEEP})

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        if not evidence.get("qbo_number") or not evidence.get("qbo_customer"):   # stored by an older version
            return SUMMARY_BY_ID.format(id=str(evidence.get("qbo_invoice_id") or ""))
        return SUMMARY.format(number=str(evidence["qbo_number"]), customer=str(evidence["qbo_customer"]))

    def matches(self, fault: Fault) -> bool:
        # HubSpot's own refusal to sync an invoice edited outside it (in English or Spanish).
        text = fault.message.lower()
        return fault.system == "hubspot" and (
            "cannot be made through external" in text or "no se pueden realizar a través" in text
            or ("native" in text and "invoice" in text and "modif" in text))

    def options(self, db: sqlite_utils.Database, failures: Sequence[Failure]) -> list[Choice]:
        preview = self.plan(db, failures, self.Option.REVERT, {})
        paid = [c for c in preview.changes if txn_words.paid_any(c.before)]
        records = joined([c.label for c in paid], ", ")
        # A copy the client has paid keeps its lines (they are what was paid); otherwise HubSpot's are restored.
        return [Choice(self.Option.REVERT, REVERT_LABEL, REVERT_DESCRIPTION, available=not preview.empty,
                       reason=rec.reasons(preview), recommended=not paid and not preview.empty,
                       why=REVERT_PAID.format(records=records) if paid else REVERT_WHY),
                Choice(self.Option.KEEP, KEEP_LABEL, KEEP_DESCRIPTION, recommended=bool(paid),
                       why=KEEP_PAID.format(records=records) if paid else None)]

    def plan(self, db: sqlite_utils.Database, failures: Sequence[Failure], option: str,
             params: Mapping[str, Any]) -> Plan:
        chosen = self.option(option)
        ids = rec.invoice_ids(failures)
        changes: list[Change] = []
        problems: list[tuple[str, Message]] = []
        notes: list[Message] = []
        for inv in ids:
            facts = rec.invoice_facts(db, inv)
            qid = str(facts["qbo_invoice_id"] or "")
            before = rec.qbo_raw(db, "Invoice", qid) if qid else None
            if before is None:
                problems.append((inv, GONE))
                continue
            hs_order, qbo_order = hubspot_lines(db, inv), qbo_lines(db, qid)
            rows = pair_lines(hs_order, qbo_order)
            if chosen is self.Option.KEEP:
                notes += _keep_steps(facts["number"] or inv, rows)
            else:
                changes.append(_revert(db, inv, before, (hs_order, qbo_order, rows), rec.per_invoice(params, inv)))
        return Plan(self.id, option, ids, tuple(changes), tuple(notes), tuple(problems), dict(params))


def _at(items: Sequence[Line], item: Line | None) -> int:
    """The position of this very object (equal lines are distinct lines)."""
    return next((i for i, x in enumerate(items) if x is item), -1)


def _revert(db: sqlite_utils.Database, inv: str, before: dict[str, Any],
            paired: tuple[list[Line], list[Line], list[LineRow]], params: Mapping[str, Any]) -> Change:
    """The QBO invoice as cached, with HubSpot's lines (paired QBO lines keep their Id, item and service date)."""
    hs_order, qbo_order, rows = paired
    hs_json = invoice_payload(db, inv)["Line"]           # in hubspot_lines order
    # qbo_lines reads the cached sales lines in their order: the same lines as these JSON ones
    qbo_json = [ln for ln in before.get("Line") or [] if ln.get("DetailType") == "SalesItemLineDetail"]
    needs_date = rec.revenue_recognition_on(db)
    default_date = str(params.get("service_date") or before.get("TxnDate") or "")
    lines, fields, dated = [], [], 0
    for n, row in enumerate(rows, start=1):
        if row.differs:
            fields.append(FieldChange(LINE_N.format(n=n), rec.line_text(row.quickbooks),
                                      rec.line_text(row.hubspot) or REMOVED))
        if row.hubspot is None:
            continue
        line = json.loads(json.dumps(hs_json[_at(hs_order, row.hubspot)]))
        detail = line["SalesItemLineDetail"]
        at = _at(qbo_order, row.quickbooks)
        twin = qbo_json[at] if 0 <= at < len(qbo_json) else None
        twin_detail = (twin or {}).get("SalesItemLineDetail") or {}
        if twin and twin.get("Id"):
            line["Id"] = twin["Id"]
        if "ItemRef" not in detail and twin_detail.get("ItemRef"):
            detail["ItemRef"] = twin_detail["ItemRef"]
        if twin_detail.get("ServiceDate"):
            detail["ServiceDate"] = twin_detail["ServiceDate"]
        elif needs_date and default_date:  # revenue recognition refuses a saved line without one
            detail["ServiceDate"] = default_date
            dated += 1
        lines.append(line)
    total = round(sum(float(ln["Amount"]) for ln in lines), 2)
    old_total = float(before.get("TotalAmt") or 0)
    if abs(total - old_total) > 0.005:
        fields.append(FieldChange(FIELD["TotalAmt"], old_total, total))
    if dated:
        fields.append(txn_words.service_date_field(default_date))
    # a full update: every other field as cached; the totals QBO computes itself are left out, not sent stale
    body = {k: v for k, v in before.items() if k not in ("TotalAmt", "Balance", "HomeBalance", "HomeTotalAmt")}
    body.update(Line=lines, sparse=False)
    return txn_words.confirm_sent(txn_words.described(Change(
        "quickbooks", "Invoice", Action.UPDATE, str(before["Id"]),
        entity_label("Invoice", str(before.get("DocNumber") or before["Id"])), tuple(fields),
        body=body, version=str(before["SyncToken"]), before=before, invoice_ids=(inv,))))


def _keep_steps(number: str, rows: list[LineRow]) -> list[Message]:
    steps = [KEEP_OPEN.format(number=number)]
    for row in rows:
        if not row.differs:
            continue
        if row.hubspot is None:
            steps.append(KEEP_ADD.format(line=rec.line_text(row.quickbooks)))
        elif row.quickbooks is None:
            steps.append(KEEP_REMOVE.format(line=rec.line_text(row.hubspot)))
        else:
            steps.append(KEEP_CHANGE.format(line=rec.line_text(row.hubspot), new=rec.line_text(row.quickbooks)))
    steps.append(KEEP_DRAFTS)
    return steps


KIND = EditedInQuickBooks()
