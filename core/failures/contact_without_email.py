"""The invoice's contact has no email, and QBO customers are found by email."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.failures import evidence as ev
from core.failures.base import FailureKind, labels
from core.i18n import N_, Message

SUMMARY = N_("contact_without_email", "The contact {name} has no email")


class ContactWithoutEmail(FailureKind):
    id = "contact_without_email"
    rank = 1
    priority = 140
    title = N_("contact_without_email", "Contact has no email")
    explanation = N_("contact_without_email", "QuickBooks customers are found by email, and the invoice's contact "
                                              "has none.")
    fix_steps = (N_("contact_without_email", "Add the contact's email in HubSpot."),
                 N_("contact_without_email", "Bill the invoice to another contact who has an email."))
    evidence_labels = labels(contact_id=ev.CONTACT_ID, contact_name=ev.CONTACT_NAME)
    internal_evidence = frozenset({"contact_id"})
    sql = """
SELECT f.id AS invoice_id, f.number,
       json_object('contact_id', f.contact_id, 'contact_name', f.full_name) AS evidence
  FROM facts_invoices f
 WHERE f.pending = 1 AND f.contact_id IS NOT NULL AND f.email_norm = ''"""

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        return SUMMARY.format(name=str(evidence.get("contact_name") or evidence.get("contact_id") or ""))

    # matches: never. HubSpot refuses to send these itself, so QuickBooks never answers about them.


KIND = ContactWithoutEmail()   # fixed in HubSpot: the guide made of its fix steps
