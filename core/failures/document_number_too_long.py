"""The invoice number is longer than the 21 characters QBO allows in DocNumber."""

from __future__ import annotations

from collections.abc import Mapping, MutableSet, Sequence
from enum import StrEnum
from typing import Any

import sqlite_utils

from core.failures import evidence as ev
from core.failures.base import Failure, FailureKind, Fault, GuideOption, labels
from core.fixes import records as rec
from core.fixes.model import Choice, Plan
from core.fixes.params import DOC_NUMBER_MAX, doc_number_problem
from core.i18n import N_, Message
from core.normalize import norm_text

REVREC = "revenue_recognition_service_date"
SUMMARY = N_("document_number_too_long", "The number has {length} characters; QuickBooks allows {max_length}")
PUSH_LABEL = N_("document_number_too_long", "Send it with a shorter number")
PUSH_DESCRIPTION = N_("document_number_too_long", "Sync Doctor sends the invoice to QuickBooks itself with a "
                                                  "number of at most 21 characters that no other document uses. The "
                                                  "full HubSpot number is kept in the invoice's private note.")


class DocumentNumberTooLong(FailureKind):
    id = "document_number_too_long"
    rank = 35
    priority = 60
    title = N_("document_number_too_long", "Invoice number too long for QuickBooks")
    explanation = N_("document_number_too_long", "QuickBooks accepts invoice numbers of up to 21 characters. This "
                                                 "invoice's number is longer, so QuickBooks refuses it.")
    fix_steps = (N_("document_number_too_long", "Use a shorter number format for invoices in HubSpot."),
                 N_("document_number_too_long", "Let Sync Doctor send the invoice with a shortened number and note "
                                                "the original."))
    evidence_labels = labels(number=ev.NUMBER, length=ev.CHARACTERS, max_length=ev.MAX_CHARACTERS)
    sql = f"""
SELECT f.id AS invoice_id, f.number,
       json_object('number', f.number, 'length', length(f.number), 'max_length', {DOC_NUMBER_MAX}) AS evidence
  FROM facts_invoices f
 WHERE f.pending = 1 AND length(f.number) > {DOC_NUMBER_MAX}
"""

    class Option(StrEnum):
        PUSH_SHORT = "push_short_number"
        GUIDE = GuideOption.GUIDE

    # The shorter number is Sync Doctor's own pick (a saved plan or the command line may name one).
    without_parameters = frozenset({Option.PUSH_SHORT, Option.GUIDE})

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        return SUMMARY.format(length=int(evidence.get("length") or 0),
                              max_length=int(evidence.get("max_length") or DOC_NUMBER_MAX))

    def matches(self, fault: Fault) -> bool:
        text = fault.message.lower().replace(" ", "")
        return "max:21" in text or ("docnumber" in text and "length" in text)

    def options(self, db: sqlite_utils.Database, failures: Sequence[Failure]) -> list[Choice]:
        push = self.plan(db, failures, self.Option.PUSH_SHORT, {})
        return [Choice(self.Option.PUSH_SHORT, PUSH_LABEL, PUSH_DESCRIPTION, available=not push.empty,
                       reason=rec.reasons(push),
                       params={"new_numbers": {c.invoice_ids[0]: c.body["DocNumber"] for c in push.changes}}),
                self.guide_choice()]

    def plan(self, db: sqlite_utils.Database, failures: Sequence[Failure], option: str,
             params: Mapping[str, Any]) -> Plan:
        if self.option(option) is self.Option.GUIDE:
            return self.guide_plan(failures, option, params)
        taken = rec.doc_numbers_taken(db)
        changes, problems = [], []
        revrec = rec.revenue_recognition_on(db)
        for failure in failures:
            inv = failure.hubspot_invoice_id
            mine = rec.per_invoice(params, inv)
            wanted = str(mine.get("new_number") or (mine.get("new_numbers") or {}).get(inv) or "").strip()
            problem = doc_number_problem(wanted, taken) if wanted else None
            if problem is not None:
                problems.append((inv, problem))
                continue
            if wanted:
                taken.add(norm_text(wanted))
            number = wanted or shorten(failure.invoice_number, taken)
            date = rec.invoice_facts(db, inv)["invoice_date"] if revrec else None
            change, why = rec.push_change(db, inv, number=number, service_date=date or None, ignore=[self.id, REVREC])
            if change is None:
                problems.append((inv, why))
            else:
                changes.append(change)
        return Plan(self.id, option, rec.invoice_ids(failures), tuple(changes), (), tuple(problems), dict(params))


def shorten(number: str, taken: MutableSet[str]) -> str:
    """The number's last 21 characters (where numbers differ), or a numbered variant of them when taken."""
    tail = number.strip()[-DOC_NUMBER_MAX:].lstrip("-_/. ")
    if tail and norm_text(tail) not in taken:
        taken.add(norm_text(tail))
        return tail
    return rec.free_doc_number(tail or number.strip()[-DOC_NUMBER_MAX:], taken)


KIND = DocumentNumberTooLong()
