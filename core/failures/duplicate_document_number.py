"""Another QBO document already carries the invoice's number (error 6140).

Invoices and credit memos share one sequence of numbers in QBO. A QBO invoice with the number is a
collision only when it belongs to another customer (else it is the counterpart); a credit memo always is.
"""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts, tr_noop
from core.failures.rows import failures_from

KIND = "duplicate_document_number"
CTX = "failure.duplicate_document_number"
TEXTS = Texts(
    context=CTX,
    title=tr_noop(CTX, "Invoice number already used"),
    explanation=tr_noop(
        CTX,
        "QuickBooks already has an invoice or credit memo with this number, belonging to something else. "
        "While custom transaction numbers are on, QuickBooks refuses a second document with the same number.",
    ),
    fix_steps=(
        tr_noop(CTX, "Renumber the QuickBooks document that holds the number."),
        tr_noop(CTX, "Give this invoice's QuickBooks copy a new number."),
        tr_noop(CTX, "Turn off custom transaction numbers in QuickBooks so it numbers documents itself."),
    ),
)

SQL = """
WITH collisions AS (
    SELECT u.id AS invoice_id, 'Invoice' AS txn_type, q.id, q.doc_number, q.customer_id, q.customer_name,
           q.total_amt, q.txn_date
      FROM v_unlinked u JOIN qbo_invoices q ON q.doc_number = u.number
     WHERE u.number <> ''
    UNION ALL
    SELECT u.id, 'CreditMemo', m.id, m.doc_number, m.customer_id, m.customer_name, m.total_amt, m.txn_date
      FROM v_unlinked u JOIN qbo_credit_memos m ON m.doc_number = u.number
     WHERE u.number <> ''
)
SELECT u.id AS invoice_id, u.number,
       json_object('doc_number', u.number, 'collisions', json_group_array(json_object(
           'txn_type', c.txn_type, 'id', c.id, 'customer_id', c.customer_id,
           'customer_name', coalesce(nullif(c.customer_name, ''), cu.display_name, ''),
           'total', c.total_amt, 'date', c.txn_date))) AS evidence,
       'Number ' || u.number || ' is already used by QuickBooks ' ||
           group_concat(CASE c.txn_type WHEN 'CreditMemo' THEN 'credit memo' ELSE 'invoice' END || ' '
                        || c.id, ', ') AS summary
  FROM v_unlinked u
  JOIN collisions c ON c.invoice_id = u.id
  LEFT JOIN qbo_customers cu ON cu.id = c.customer_id
 GROUP BY u.id
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    # 6140 per Intuit's error page; a 2017 blog said 6210, which is also "Account Period Closed",
    # so only the text decides for anything but 6140.
    text = message.lower()
    return code == "6140" or "duplicate document number" in text or "duplicate doc num" in text
