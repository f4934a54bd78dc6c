"""The invoice number is longer than the 21 characters QBO allows in DocNumber."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from
from core.fixes import records as rec
from core.fixes.model import Option, Plan
from core.normalize import norm_text

KIND = "document_number_too_long"
RANK = 35
SEVERITY = "failure"
MAX_LENGTH = 21
TEXTS = {
    "en": Texts(
        title="Invoice number too long for QuickBooks",
        explanation="QuickBooks accepts invoice numbers of up to 21 characters. This invoice's number is longer, "
                    "so QuickBooks refuses it.",
        fix_steps=("Use a shorter number format for invoices in HubSpot.",
                   "Let Sync Doctor send the invoice with a shortened number and note the original."),
    ),
    "es": Texts(
        title="Número de factura demasiado largo para QuickBooks",
        explanation="QuickBooks admite números de factura de hasta 21 caracteres. El número de esta factura es "
                    "más largo y QuickBooks lo rechaza.",
        fix_steps=("Usar un formato de numeración más corto en HubSpot.",
                   "Dejar que Sync Doctor envíe la factura con un número abreviado y anote el original."),
    ),
}

SQL = f"""
SELECT f.id AS invoice_id, f.number,
       json_object('number', f.number, 'length', length(f.number), 'max_length', {MAX_LENGTH}) AS evidence,
       'The number has ' || length(f.number) || ' characters; QuickBooks allows {MAX_LENGTH}' AS summary
  FROM facts_invoices f
 WHERE f.pending = 1 AND length(f.number) > {MAX_LENGTH}
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower().replace(" ", "")
    return "max:21" in text or ("docnumber" in text and "length" in text)


# ---------------------------------------------------------------- fixes (plans are pure: cache in, Plan out)

PUSH_SHORT, GUIDE = "push_short_number", rec.GUIDE
OPTIONS = (PUSH_SHORT, GUIDE)
REVREC = "revenue_recognition_service_date"


def options(db: sqlite_utils.Database, failures: Sequence[Failure], lang: str = "en") -> list[Option]:
    push = plan(db, failures, PUSH_SHORT, {}, lang)
    guide = rec.guide_option(TEXTS, lang)
    return [
        Option(PUSH_SHORT, rec.tr(lang, "Send it with a shorter number", "Enviarla con un número más corto"),
               rec.tr(lang, "Sync Doctor sends the invoice to QuickBooks itself with a number of at most 21 "
                            "characters that no other document uses. The full HubSpot number is kept in the "
                            "invoice's private note.",
                      "Sync Doctor envía la factura a QuickBooks por su cuenta con un número de 21 caracteres como "
                      "máximo que ningún otro documento usa. El número completo de HubSpot queda en la nota "
                      "privada de la factura."),
               available=not push.empty, reason="; ".join(dict.fromkeys(w for _, w in push.problems)),
               params={"new_numbers": {c.invoice_ids[0]: c.body["DocNumber"] for c in push.changes}}),
        guide,
    ]


def shorten(number: str, taken: set[str]) -> str:
    """The number's last 21 characters (where numbers differ), or a numbered variant of them when taken."""
    tail = number.strip()[-MAX_LENGTH:].lstrip("-_/. ")
    if tail and norm_text(tail) not in taken:
        taken.add(norm_text(tail))
        return tail
    return rec.free_doc_number(tail or number.strip()[-MAX_LENGTH:], taken)


def plan(db: sqlite_utils.Database, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
         lang: str = "en") -> Plan:
    rec.require_option(KIND, option_id, OPTIONS)
    if option_id == GUIDE:
        return rec.guide_plan(KIND, TEXTS, failures, option_id, params, lang)
    taken = rec.doc_numbers_taken(db)
    changes, problems = [], []
    revrec = rec.revenue_recognition_on(db)
    for failure in failures:
        inv = failure.hubspot_invoice_id
        mine = rec.per_invoice(params, inv)
        wanted = str(mine.get("new_number") or (mine.get("new_numbers") or {}).get(inv) or "").strip()
        if wanted and (len(wanted) > MAX_LENGTH or norm_text(wanted) in taken):
            problems.append((inv, rec.tr(lang, f'"{wanted}" is too long or already used.',
                                         f'"{wanted}" es demasiado largo o ya se usa.')))
            continue
        if wanted:
            taken.add(norm_text(wanted))
        number = wanted or shorten(failure.invoice_number, taken)
        date = rec.invoice_facts(db, inv)["invoice_date"] if revrec else None
        change, why = rec.push_change(db, inv, lang, number=number, service_date=date or None, ignore=[KIND, REVREC])
        if change is None:
            problems.append((inv, why))
        else:
            changes.append(change)
    return Plan(KIND, option_id, rec.invoice_ids(failures), tuple(changes), (), tuple(problems), dict(params))
