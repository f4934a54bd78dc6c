"""QBO revenue recognition needs a service date on every line, and HubSpot line items carry none."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

KIND = "revenue_recognition_service_date"
RANK = 60
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="Service date required (revenue recognition)",
        explanation="Revenue recognition is turned on in QuickBooks. It spreads income from each line's service "
                    "date, so QuickBooks rejects invoices whose lines have none, and HubSpot's line items have no "
                    "service date to send.",
        fix_steps=("Let Sync Doctor send the invoice with a service date on every line.",
                   "Turn off revenue recognition in QuickBooks and handle it separately."),
    ),
    "es": Texts(
        title="Falta la fecha de servicio (reconocimiento de ingresos)",
        explanation="El reconocimiento de ingresos está activado en QuickBooks. Reparte los ingresos a partir de "
                    "la fecha de servicio de cada línea, por lo que QuickBooks rechaza las facturas cuyas líneas "
                    "no la tienen, y las líneas de HubSpot no incluyen esa fecha.",
        fix_steps=("Dejar que Sync Doctor envíe la factura con fecha de servicio en cada línea.",
                   "Desactivar el reconocimiento de ingresos en QuickBooks y llevarlo por separado."),
    ),
}

SQL = """
SELECT f.id AS invoice_id, f.number,
       json_object('setting', 'ProductAndServicesPrefs.RevenueRecognitionEnabled',
                   'lines_without_service_date', f.line_count) AS evidence,
       'Revenue recognition is on in QuickBooks and the lines have no service date' AS summary
  FROM facts_invoices f
 WHERE f.pending = 1
   AND (SELECT revenue_recognition FROM qbo_preferences WHERE id = 1) = 1
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return ("service date" in text and ("revenue" in text or code == "6000")) or "fecha de servicio" in text
