"""Another QBO document already carries the invoice's number (error 6140).

Invoices and credit memos share one sequence of numbers in QBO. A QBO invoice with the number is a
collision only when it belongs to another customer (else it is the counterpart); a credit memo always is.
"""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

KIND = "duplicate_document_number"
RANK = 40
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="Invoice number already used",
        explanation="QuickBooks already has an invoice or credit memo with this number that belongs to something "
                    "else. While custom transaction numbers are on, QuickBooks refuses a second document with "
                    "the same number.",
        fix_steps=("Renumber the QuickBooks document that holds the number.",
                   "Give this invoice's QuickBooks copy a new number.",
                   "Turn off custom transaction numbers in QuickBooks so it numbers documents itself."),
    ),
    "es": Texts(
        title="Número de factura ya utilizado",
        explanation="QuickBooks ya tiene una factura o nota de crédito con este número que corresponde a otra "
                    "operación. Mientras los números de transacción personalizados estén activados, QuickBooks "
                    "no acepta un segundo documento con el mismo número.",
        fix_steps=("Cambiar el número del documento de QuickBooks que lo ocupa.",
                   "Dar un número nuevo a la copia de esta factura en QuickBooks.",
                   "Desactivar los números de transacción personalizados para que QuickBooks numere solo."),
    ),
}

SQL = """
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
           'total', c.total_amt, 'date', c.txn_date))) AS evidence,
       'Number ' || f.number || ' is already used by QuickBooks ' ||
           group_concat(CASE c.txn_type WHEN 'CreditMemo' THEN 'credit memo' ELSE 'invoice' END || ' '
                        || c.id, ', ') AS summary
  FROM collisions c
  JOIN facts_invoices f ON f.id = c.invoice_id
  LEFT JOIN qbo_customers cu ON cu.id = c.customer_id
 GROUP BY f.id
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    # 6140 per Intuit's error page; a 2017 blog said 6210, which is also "Account Period Closed",
    # so only the text decides for anything but 6140.
    text = message.lower()
    return code == "6140" or "duplicate document number" in text or "duplicate doc num" in text
