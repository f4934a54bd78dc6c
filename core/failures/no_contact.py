"""The invoice is addressed to no contact in HubSpot: HubSpot does not send it, so nothing reaches QBO."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.failures.base import FailureKind
from core.i18n import N_, Message

SUMMARY = N_("no_contact", "The invoice has no contact in HubSpot")


class NoContact(FailureKind):
    id = "no_contact"
    rank = 0
    priority = 130
    title = N_("no_contact", "Invoice has no contact")
    explanation = N_("no_contact", "The invoice is not addressed to any contact in HubSpot, so there is no one to "
                                   "match with a customer in QuickBooks.")
    fix_steps = (N_("no_contact", "Add the contact to bill to the invoice in HubSpot."),)
    sql = """
SELECT f.id AS invoice_id, f.number, json_object() AS evidence
  FROM facts_invoices f WHERE f.pending = 1 AND f.contact_id IS NULL"""

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        del evidence
        return SUMMARY

    # matches: never. HubSpot refuses to send these itself, so QuickBooks never answers about them.


KIND = NoContact()   # fixed in HubSpot: the guide made of its fix steps
