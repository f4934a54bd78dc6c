"""QBO revenue recognition needs a service date on every line, and HubSpot line items carry none."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts, tr_noop
from core.failures.rows import failures_from

KIND = "revenue_recognition_service_date"
CTX = "failure.revenue_recognition_service_date"
TEXTS = Texts(
    context=CTX,
    title=tr_noop(CTX, "Service date required (revenue recognition)"),
    explanation=tr_noop(
        CTX,
        "Revenue recognition is turned on in QuickBooks. It schedules income from each line's service date, "
        "so QuickBooks rejects invoices whose lines have none — and HubSpot's line items have no service "
        "date to send.",
    ),
    fix_steps=(
        tr_noop(CTX, "Let Sync Doctor send the invoice with a service date on every line."),
        tr_noop(CTX, "Turn off revenue recognition in QuickBooks and track it separately."),
    ),
)

SQL = """
SELECT u.id AS invoice_id, u.number,
       json_object('setting', 'ProductAndServicesPrefs.RevenueRecognitionEnabled',
                   'lines_without_service_date',
                   (SELECT count(*) FROM hs_associations a
                     WHERE a.from_type = 'invoices' AND a.from_id = u.id AND a.to_type = 'line_items'))
           AS evidence,
       'Revenue recognition is on in QuickBooks and the lines have no service date' AS summary
  FROM v_unlinked u
 WHERE (SELECT revenue_recognition FROM qbo_preferences WHERE id = 1) = 1
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return "service date" in text and ("revenue" in text or code == "6000")
