"""The invoice date falls in a period the QBO books are closed for (error 6210)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.failures import evidence as ev
from core.failures.base import FailureKind, Fault, labels
from core.i18n import N_, Message

SUMMARY = N_("books_closed", "The invoice is dated {invoice_date}, and the books are closed up to {close_date}")


class BooksClosed(FailureKind):
    id = "books_closed"
    rank = 50
    priority = 50
    title = N_("books_closed", "Books are closed for this date")
    explanation = N_("books_closed", "The books in QuickBooks are closed up to a date on or after this invoice's "
                                     "date. QuickBooks will not record a new transaction in a closed period.")
    fix_steps = (N_("books_closed", "Ask whoever closed the books to move the closing date, or enter the password "
                                    "to override it."),
                 N_("books_closed", "Date the invoice in an open period in HubSpot."))
    evidence_labels = labels(invoice_date=ev.INVOICE_DATE, book_close_date=ev.BOOKS_CLOSED_UP_TO)
    sql = """
SELECT f.id AS invoice_id, f.number,
       json_object('invoice_date', f.invoice_date, 'book_close_date', p.book_close_date) AS evidence
  FROM facts_invoices f, qbo_preferences p
 WHERE p.id = 1 AND coalesce(p.book_close_date, '') <> '' AND f.invoice_date <> ''
   AND f.pending = 1 AND f.invoice_date <= substr(p.book_close_date, 1, 10)
"""

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        return SUMMARY.format(invoice_date=ev.day(evidence.get("invoice_date")),
                              close_date=ev.day(evidence.get("book_close_date")))

    def matches(self, fault: Fault) -> bool:
        # 6210 alone is ambiguous: an old Intuit post used it for duplicate numbers too, so the text must agree.
        text = fault.message.lower()
        return "period closed" in text or "period has closed" in text or (
            fault.code == "6210" and bool(text.strip()) and "dup" not in text)


KIND = BooksClosed()   # fixed in HubSpot or QuickBooks: the guide made of its fix steps
