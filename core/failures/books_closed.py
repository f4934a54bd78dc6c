"""The invoice date falls in a period the QBO books are closed for (error 6210)."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

KIND = "books_closed"
RANK = 50
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="Books are closed for this date",
        explanation="The books in QuickBooks are closed up to a date on or after this invoice's date. QuickBooks "
                    "will not record a new transaction in a closed period.",
        fix_steps=("Ask whoever closed the books to move the closing date, or enter the password to override it.",
                   "Date the invoice in an open period in HubSpot."),
    ),
    "es": Texts(
        title="El periodo contable está cerrado",
        explanation="Los libros de QuickBooks están cerrados hasta una fecha igual o posterior a la de esta "
                    "factura. QuickBooks no registra operaciones nuevas en un periodo cerrado.",
        fix_steps=("Pedir a quien cerró los libros que mueva la fecha de cierre o la desbloquee.",
                   "Fechar la factura en un periodo abierto desde HubSpot."),
    ),
}

SQL = """
SELECT f.id AS invoice_id, f.number,
       json_object('invoice_date', f.invoice_date, 'book_close_date', p.book_close_date) AS evidence,
       'The invoice is dated ' || f.invoice_date || ', and the books are closed up to ' || p.book_close_date
           AS summary
  FROM facts_invoices f, qbo_preferences p
 WHERE p.id = 1 AND coalesce(p.book_close_date, '') <> '' AND f.invoice_date <> ''
   AND f.pending = 1 AND f.invoice_date <= substr(p.book_close_date, 1, 10)
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    # 6210 alone is ambiguous: an old Intuit post used it for duplicate numbers too, so the text must agree.
    text = message.lower()
    return "period closed" in text or "period has closed" in text or (
        code == "6210" and bool(text.strip()) and "dup" not in text)


# Fixes: guidance only (the change is made in HubSpot or QuickBooks); core.fixes.plans builds it from TEXTS.
