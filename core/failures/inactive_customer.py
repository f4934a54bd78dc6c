"""The only QBO customers with the contact's email are inactive; QBO refuses invoices for inactive names."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

import sqlite_utils

from core.failures import columns
from core.failures import evidence as ev
from core.failures.base import FactColumn, Failure, FailureKind, Fault, labels
from core.fixes import candidates
from core.fixes import records as rec
from core.fixes.errors import PlanError
from core.fixes.model import Change, Choice, FieldChange, Plan
from core.fixes.words import FIELD, entity_label
from core.i18n import N_, Message

ACTIVE_CUSTOMERS_WITH_EMAIL = FactColumn(
    "active_customers_with_email",
    "(SELECT count(*) FROM qbo_customers c\n"
    "         WHERE c.email_norm = v.email_norm AND v.email_norm <> '' AND c.active)")
SUMMARY = N_("inactive_customer", "The QuickBooks customer with the email {email} is inactive")
REACTIVATE_LABEL = N_("inactive_customer", "Make the customer active again")
REACTIVATE_DESCRIPTION = N_("inactive_customer",
                            "Mark the QuickBooks customer active again, so invoices can be billed to it.")
REASSIGN_LABEL = N_("inactive_customer", "Bill another contact")
REASSIGN_DESCRIPTION = N_("inactive_customer",
                          "Put the invoice on another HubSpot contact whose QuickBooks customer is active.")
NO_OTHER_CONTACT = N_("inactive_customer", "No other contact has an active QuickBooks customer.")
SAME_EMAIL_WHY = N_("inactive_customer",
                    "Recommended: the inactive customer has the contact's own email ({email}), the strongest "
                    "evidence that it is this client.")
CHOOSE_CONTACT = N_("inactive_customer", "Choose the contact to bill.")
CHOOSE_CUSTOMER = N_("inactive_customer", "Choose which of the customers to make active.")


class InactiveCustomer(FailureKind):
    id = "inactive_customer"
    rank = 25
    priority = 80
    title = N_("inactive_customer", "Customer is inactive in QuickBooks")
    explanation = N_(
        "inactive_customer",
        "The QuickBooks customer with this contact's email has been made inactive (QuickBooks' way of deleting). "
        "QuickBooks does not accept new invoices for an inactive customer.")
    fix_steps = (N_("inactive_customer", "Make the customer active again in QuickBooks."),
                 N_("inactive_customer", "Bill the invoice to another contact whose customer is active."))
    facts = (columns.CUSTOMERS_WITH_EMAIL, ACTIVE_CUSTOMERS_WITH_EMAIL)
    evidence_labels = labels(contact_email=ev.CONTACT_EMAIL, customers=ev.CUSTOMERS_WITH_EMAIL)
    sql = """
SELECT f.id AS invoice_id, f.number,
       json_object('contact_email', f.email,
                   'customers', (SELECT json_group_array(json_object('id', c.id, 'display_name', c.display_name))
                                   FROM qbo_customers c WHERE c.email_norm = f.email_norm)) AS evidence
  FROM facts_invoices f
 WHERE f.pending = 1 AND f.customers_with_email > 0
   AND f.active_customers_with_email = 0
"""

    class Option(StrEnum):
        REACTIVATE = "reactivate"
        REASSIGN = "reassign"

    # The customer to reactivate is the one with the email; the contact to bill is a choice.
    without_parameters = frozenset({Option.REACTIVATE})

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        return SUMMARY.format(email=str(evidence.get("contact_email") or ""))

    def matches(self, fault: Fault) -> bool:
        # 610 "Object Not Found ... has been made inactive" and 2500 "Invalid Reference Id" name the customer.
        text = fault.message.lower()
        return (fault.code in ("610", "2500") and "customer" in text) or "made inactive" in text

    def options(self, db: sqlite_utils.Database, failures: Sequence[Failure]) -> list[Choice]:
        pool = candidates.Pool.of(db)
        found = [{**c.to_json(), "invoice_id": f.hubspot_invoice_id} for f in failures
                 for c in pool.rank(db, f.hubspot_invoice_id)]
        return [
            Choice(self.Option.REACTIVATE, REACTIVATE_LABEL, REACTIVATE_DESCRIPTION, recommended=True,
                   why=SAME_EMAIL_WHY.format(email=str(failures[0].evidence.get("contact_email") or "")),
                   params={"customers": [c for f in failures for c in f.evidence.get("customers") or []]}),
            Choice(self.Option.REASSIGN, REASSIGN_LABEL, REASSIGN_DESCRIPTION, available=bool(found),
                   reason=None if found else NO_OTHER_CONTACT, params={"candidates": found}),
        ]

    def plan(self, db: sqlite_utils.Database, failures: Sequence[Failure], option: str,
             params: Mapping[str, Any]) -> Plan:
        chosen = self.option(option)
        changes: list[Change] = []
        problems: list[tuple[str, Message]] = []
        for failure in failures:
            inv = failure.hubspot_invoice_id
            mine = rec.per_invoice(params, inv)
            try:
                if chosen is self.Option.REASSIGN:
                    if not mine.get("contact_id"):
                        raise PlanError(CHOOSE_CONTACT)
                    changes += candidates.reassign_changes(db, inv, str(mine["contact_id"]))
                    continue
                ids = [str(c["id"]) for c in failure.evidence.get("customers") or []]
                wanted = str(mine.get("customer_id") or (ids[0] if ids else ""))
                before = rec.qbo_raw(db, "Customer", wanted) if wanted in ids else None
                if before is None:
                    raise PlanError(CHOOSE_CUSTOMER)
                changes.append(rec.qbo_sparse_update(
                    "Customer", before, {"Active": True},
                    entity_label("Customer", str(before.get("DisplayName") or wanted)),
                    [FieldChange(FIELD["Active"], False, True)], [inv]))
            except PlanError as err:
                problems.append((inv, err.message))
        return Plan(self.id, option, rec.invoice_ids(failures), tuple(rec.merge(changes)), (), tuple(problems),
                    dict(params))


KIND = InactiveCustomer()
