"""Another QBO document already carries the invoice's number (error 6140).

Invoices and credit memos share one sequence of numbers in QBO. A QBO invoice with the number is a
collision only when it belongs to another customer (else it is the counterpart); a credit memo always is.
Only while custom transaction numbers are on: with them off QBO numbers new documents itself and never refuses one.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableSet, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import Any

import sqlite_utils

from core.failures import evidence as ev
from core.failures.base import FactColumn, Failure, FailureKind, Fault, labels
from core.fixes import records as rec
from core.fixes import txn_words
from core.fixes.errors import PlanError
from core.fixes.model import Change, Choice, FieldChange, Plan
from core.fixes.params import doc_number_problem
from core.fixes.words import FIELD, entity_label
from core.i18n import N_, Message, joined
from core.normalize import norm_text

REVREC = "revenue_recognition_service_date"
DOCS_WITH_NUMBER = FactColumn(
    "docs_with_number",
    "(SELECT count(*) FROM qbo_invoices d WHERE d.doc_number = v.number AND v.number <> '')\n"
    "       + (SELECT count(*) FROM qbo_credit_memos d WHERE d.doc_number = v.number AND v.number <> '')",
    indexed=True)
SUMMARY = N_("duplicate_document_number", "Number {number} is already used in QuickBooks by {documents}")
SUMMARY_BY_ID = N_("duplicate_document_number", "Number {number} is already used by QuickBooks {documents}")
DOCUMENTS = {"Invoice": N_("duplicate_document_number", "invoice {id}"),
             "CreditMemo": N_("duplicate_document_number", "credit memo {id}")}
DOCUMENTS_OF = {"Invoice": N_("duplicate_document_number", "an invoice of {customer}"),
                "CreditMemo": N_("duplicate_document_number", "a credit memo of {customer}")}
RENUMBER_SAFE = N_("duplicate_document_number",
                   "Recommended: what HubSpot recommends; {records} gets a new number and this invoice keeps its "
                   "own. No other client's sent or paid document changes.")
RENUMBER_HELD = N_("duplicate_document_number",
                   "Not recommended: {records} was already sent or paid; the client may have it under its number.")
COPY_INSTEAD = N_("duplicate_document_number",
                  "Recommended: {records} was already sent or paid and keeps its number; this invoice goes to "
                  "QuickBooks under a new one instead.")
RENUMBER_LABEL = N_("duplicate_document_number", "Renumber the QuickBooks document")
RENUMBER_DESCRIPTION = N_(
    "duplicate_document_number",
    "What HubSpot recommends: give the QuickBooks invoice or credit memo that holds the number a new, unused "
    "number, so this invoice can take its own.")
COPY_LABEL = N_("duplicate_document_number", "Send this invoice under a new number")
COPY_DESCRIPTION = N_(
    "duplicate_document_number",
    "Sync Doctor sends the invoice to QuickBooks itself under a new, unused number. HubSpot keeps its own number, "
    "so the two will differ.")
TURN_OFF_LABEL = N_("duplicate_document_number", "Turn off custom transaction numbers")
TURN_OFF_DESCRIPTION = N_(
    "duplicate_document_number",
    "QuickBooks then numbers every new invoice itself and ignores HubSpot's numbers, so QuickBooks and HubSpot "
    "numbers will no longer match. This changes a company-wide setting.")
ALREADY_OFF = N_("duplicate_document_number", "Custom transaction numbers are already off.")
COPY_NOTE = N_("duplicate_document_number",
               "The QuickBooks copy gets the new number; the HubSpot invoice keeps its own.")
NOT_CACHED = N_("duplicate_document_number", "{record} is not in the cache; refresh first.")
NO_SETTINGS = N_("duplicate_document_number", "QuickBooks settings are not in the cache; refresh first.")


class DuplicateDocumentNumber(FailureKind):
    id = "duplicate_document_number"
    rank = 40
    priority = 20
    title = N_("duplicate_document_number", "Invoice number already used")
    explanation = N_(
        "duplicate_document_number",
        "QuickBooks already has an invoice or credit memo with this number that belongs to something else. While "
        "custom transaction numbers are on, QuickBooks refuses a second document with the same number.")
    fix_steps = (N_("duplicate_document_number", "Renumber the QuickBooks document that holds the number."),
                 N_("duplicate_document_number", "Give this invoice's QuickBooks copy a new number."),
                 N_("duplicate_document_number",
                    "Turn off custom transaction numbers in QuickBooks so it numbers documents itself."))
    facts = (DOCS_WITH_NUMBER,)
    evidence_labels = labels(doc_number=ev.NUMBER, collisions=ev.ALREADY_USED_BY)
    codes = frozenset({"6140"})   # per Intuit's error page; 6210 is also "Account Period Closed": text decides
    sql = """
WITH collisions AS (
    SELECT f.id AS invoice_id, 'Invoice' AS txn_type, q.id, q.customer_id, q.customer_name, q.total_amt,
           q.txn_date
      FROM facts_invoices f JOIN qbo_invoices q ON q.doc_number = f.number
     WHERE f.pending = 1 AND f.docs_with_number > 0
    UNION ALL
    SELECT f.id, 'CreditMemo', m.id, m.customer_id, m.customer_name, m.total_amt, m.txn_date
      FROM facts_invoices f JOIN qbo_credit_memos m ON m.doc_number = f.number
     WHERE f.pending = 1 AND f.docs_with_number > 0
)
SELECT f.id AS invoice_id, f.number,
       json_object('doc_number', f.number, 'collisions', json_group_array(json_object(
           'txn_type', c.txn_type, 'id', c.id, 'customer_id', c.customer_id,
           'customer_name', coalesce(nullif(c.customer_name, ''), cu.display_name, ''),
           'total', c.total_amt, 'date', c.txn_date))) AS evidence
  FROM collisions c
  JOIN facts_invoices f ON f.id = c.invoice_id
  LEFT JOIN qbo_customers cu ON cu.id = c.customer_id
 WHERE coalesce((SELECT custom_txn_numbers FROM qbo_preferences WHERE id = 1), 1) = 1
 GROUP BY f.id
"""

    class Option(StrEnum):
        RENUMBER_QBO = "renumber_quickbooks"
        RENUMBER_COPY = "renumber_hubspot_copy"
        TURN_OFF = "turn_off_custom_numbers"

    without_parameters = frozenset({Option.TURN_OFF})

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        found = [c for c in evidence.get("collisions") or [] if isinstance(c, Mapping)]
        documents = tuple(_document(c) for c in found)
        if not any(c.get("customer_name") for c in found):   # evidence without customers: by the documents' ids
            return SUMMARY_BY_ID.format(number=str(evidence.get("doc_number") or ""), documents=documents)
        return SUMMARY.format(number=str(evidence.get("doc_number") or ""), documents=documents)

    def matches(self, fault: Fault) -> bool:
        text = fault.message.lower()
        return "duplicate document number" in text or "duplicate doc num" in text

    def options(self, db: sqlite_utils.Database, failures: Sequence[Failure]) -> list[Choice]:
        renumber = self.plan(db, failures, self.Option.RENUMBER_QBO, {})
        copy = self.plan(db, failures, self.Option.RENUMBER_COPY, {})
        prefs, flags = rec.preferences(db)
        custom_on = bool(prefs) and bool(flags.get("custom_txn_numbers"))
        collisions = [{**c, "invoice_id": f.hubspot_invoice_id, "doc_number": f.evidence.get("doc_number", "")}
                      for f in failures for c in f.evidence.get("collisions") or []]
        # A document another client was sent or has paid keeps its number: this invoice takes a new one instead.
        held = [c for c in renumber.changes if c.confirm is not None]
        keep_theirs = bool(held) and not copy.empty
        records = joined([c.label for c in held or renumber.changes], ", ")
        return [
            Choice(self.Option.RENUMBER_QBO, RENUMBER_LABEL, RENUMBER_DESCRIPTION, available=not renumber.empty,
                   reason=rec.reasons(renumber), recommended=not keep_theirs and not renumber.empty,
                   why=(RENUMBER_HELD if keep_theirs else RENUMBER_SAFE).format(records=records)
                   if renumber.changes else None,
                   params={"collisions": collisions,
                           "new_numbers": {f"{c.entity}:{c.record_id}": c.body["DocNumber"]
                                           for c in renumber.changes}}),
            Choice(self.Option.RENUMBER_COPY, COPY_LABEL, COPY_DESCRIPTION, available=not copy.empty,
                   reason=rec.reasons(copy), recommended=keep_theirs,
                   why=COPY_INSTEAD.format(records=records) if keep_theirs else None,
                   params={"new_numbers": {c.invoice_ids[0]: c.body["DocNumber"] for c in copy.changes}}),
            Choice(self.Option.TURN_OFF, TURN_OFF_LABEL, TURN_OFF_DESCRIPTION, available=custom_on,
                   reason=None if custom_on else ALREADY_OFF),
        ]

    def plan(self, db: sqlite_utils.Database, failures: Sequence[Failure], option: str,
             params: Mapping[str, Any]) -> Plan:
        chosen = self.option(option)
        ids = rec.invoice_ids(failures)
        if chosen is self.Option.TURN_OFF:
            return Plan(self.id, option, ids, (_turn_off(db, ids),), params=dict(params))
        taken = rec.doc_numbers_taken(db)
        done: dict[str, Change] = {}
        problems: list[tuple[str, Message]] = []
        for failure in failures:
            inv = failure.hubspot_invoice_id
            mine = rec.per_invoice(params, inv)
            try:
                if chosen is self.Option.RENUMBER_COPY:
                    number = _number(mine.get("new_number") or (mine.get("new_numbers") or {}).get(inv), taken) \
                        or rec.free_doc_number(failure.invoice_number, taken)
                    date = rec.invoice_facts(db, inv)["invoice_date"] if rec.revenue_recognition_on(db) else None
                    change, why = rec.push_change(db, inv, number=number, service_date=date or None,
                                                  ignore=[self.id, REVREC])
                    if change is None:
                        raise PlanError(why)
                    done[inv] = change
                    continue
                for collision in failure.evidence.get("collisions") or []:
                    key = f"{collision['txn_type']}:{collision['id']}"
                    if key in done:
                        done[key] = replace(done[key], invoice_ids=tuple(dict.fromkeys((*done[key].invoice_ids, inv))))
                    else:
                        done[key] = _renumber(db, collision, mine, taken, inv)
            except PlanError as err:
                problems.append((inv, err.message))
        notes = () if chosen is self.Option.RENUMBER_QBO else (COPY_NOTE,)
        return Plan(self.id, option, ids, tuple(done.values()), notes, tuple(problems), dict(params))


def _document(collision: Mapping[str, Any]) -> Message:
    """'an invoice of Tech Hub Coworking': by its customer, the internal id only when no customer is known."""
    kind, customer = str(collision.get("txn_type")), str(collision.get("customer_name") or "")
    if customer:
        return DOCUMENTS_OF.get(kind, DOCUMENTS_OF["Invoice"]).format(customer=customer)
    return DOCUMENTS.get(kind, DOCUMENTS["Invoice"]).format(id=str(collision.get("id")))


def _number(wanted: object, taken: MutableSet[str]) -> str:
    """A number the user typed, checked (at most 21 characters, used by no document) and claimed; "" if none."""
    text = str(wanted or "").strip()
    if not text:
        return ""
    problem = doc_number_problem(text, taken)
    if problem is not None:
        raise PlanError(problem)
    taken.add(norm_text(text))
    return text


def _renumber(db: sqlite_utils.Database, collision: Mapping[str, Any], params: Mapping[str, Any],
              taken: MutableSet[str], inv: str) -> Change:
    entity, record_id = str(collision["txn_type"]), str(collision["id"])
    before = rec.qbo_raw(db, entity, record_id)
    if before is None:
        raise PlanError(NOT_CACHED.format(record=ev.document(entity, record_id)))
    old = str(before.get("DocNumber") or "")
    key = f"{entity}:{record_id}"
    new = _number((params.get("new_numbers") or {}).get(key) or params.get("new_number"), taken) \
        or rec.free_doc_number(old, taken)
    body: dict[str, Any] = {"DocNumber": new}
    fields = [FieldChange(FIELD["DocNumber"], old, new)]
    if rec.revenue_recognition_on(db):
        # QBO checks the whole document on save: lines without a service date would make the renumbering fail
        lines, filled = rec.with_service_dates(before.get("Line") or [], str(before.get("TxnDate") or ""))
        if filled:
            body["Line"] = lines
            fields.append(txn_words.service_date_field(before.get("TxnDate")))
    change = rec.qbo_sparse_update(entity, before, body, entity_label(entity, old), fields, [inv])
    email = norm_text(rec.invoice_facts(db, inv)["email"] or "")
    own = {str(r[0]) for r in db.execute("SELECT id FROM qbo_customers WHERE email_norm = ? AND email_norm <> ''",
                                         [email])}
    return txn_words.confirm_other_client(change, own)


def _turn_off(db: sqlite_utils.Database, ids: Sequence[str]) -> Change:
    before, flags = rec.preferences(db)
    if not before:
        raise PlanError(NO_SETTINGS)
    return rec.qbo_sparse_update(
        "Preferences", before, {"SalesFormsPrefs": {"CustomTxnNumbers": False}}, entity_label("Preferences"),
        [FieldChange(FIELD["SalesFormsPrefs"], bool(flags.get("custom_txn_numbers")), False)], ids)


KIND = DuplicateDocumentNumber()
