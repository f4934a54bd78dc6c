"""The invoice has no line items in HubSpot, and QBO needs at least one line."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.failures.base import FailureKind, Fault
from core.i18n import N_, Message

SUMMARY = N_("no_line_items", "The invoice has no line items in HubSpot")


class NoLineItems(FailureKind):
    id = "no_line_items"
    rank = 2
    priority = 100
    title = N_("no_line_items", "Invoice has no line items")
    explanation = N_("no_line_items", "QuickBooks needs at least one line on an invoice, and this one has none in "
                                      "HubSpot.")
    fix_steps = (N_("no_line_items", "Add the products or services to the invoice in HubSpot."),)
    sql = """
SELECT f.id AS invoice_id, f.number, json_object() AS evidence
  FROM facts_invoices f WHERE f.pending = 1 AND f.line_count = 0"""

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        del evidence
        return SUMMARY

    def matches(self, fault: Fault) -> bool:
        return fault.code == "2020" and "line" in fault.message.lower()


KIND = NoLineItems()   # fixed in HubSpot: the guide made of its fix steps
