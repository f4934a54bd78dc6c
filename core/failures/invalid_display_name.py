"""The name the new QBO customer would get breaks QBO's rules: a colon, tab or new line, or over 500 characters."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

KIND = "invalid_display_name"
RANK = 15
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="Customer name not allowed in QuickBooks",
        explanation="The customer this contact would become needs a name without colons, tabs or line breaks, and "
                    "of at most 500 characters. QuickBooks uses the colon to separate customers from their "
                    "sub-customers, so it refuses names that contain one.",
        fix_steps=("Remove the colon, tab or line break from the company or contact name in HubSpot.",
                   "Create the customer in QuickBooks under a corrected name."),
    ),
    "es": Texts(
        title="Nombre de cliente no permitido en QuickBooks",
        explanation="El cliente en que se convertiría este contacto necesita un nombre sin dos puntos, "
                    "tabulaciones ni saltos de línea, y de 500 caracteres como máximo. QuickBooks usa los dos "
                    "puntos para separar clientes y subclientes, por eso rechaza los nombres que los contienen.",
        fix_steps=("Quitar los dos puntos, la tabulación o el salto de línea del nombre en HubSpot.",
                   "Crear el cliente en QuickBooks con el nombre corregido."),
    ),
}

SQL = """
SELECT f.id AS invoice_id, f.number,
       json_object('display_name', f.would_be_name, 'length', length(f.would_be_name),
                   'has_colon', instr(f.would_be_name, ':') > 0,
                   'has_tab_or_newline', instr(f.would_be_name, char(9)) + instr(f.would_be_name, char(10))
                                         + instr(f.would_be_name, char(13)) > 0) AS evidence,
       CASE WHEN length(f.would_be_name) > 500 THEN 'The customer name would be longer than 500 characters'
            ELSE 'The customer name "' || f.would_be_name || '" contains a colon, tab or line break' END AS summary
  FROM facts_invoices f
 WHERE f.pending = 1 AND f.contact_id IS NOT NULL AND f.customers_with_email = 0
   AND (instr(f.would_be_name, ':') > 0 OR instr(f.would_be_name, char(9)) > 0
        OR instr(f.would_be_name, char(10)) > 0 OR instr(f.would_be_name, char(13)) > 0
        OR length(f.would_be_name) > 500)
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    # QBO names the field only in `element`; the 500-character limit in the detail identifies DisplayName.
    text = message.lower().replace(" ", "")
    return "max:500" in text or ("displayname" in text and ("character" in text or "cannotcontain" in text))
