"""Another QBO document already carries the invoice's number (error 6140).

Invoices and credit memos share one sequence of numbers in QBO. A QBO invoice with the number is a
collision only when it belongs to another customer (else it is the counterpart); a credit memo always is.
Only while custom transaction numbers are on: with them off QBO numbers new documents itself and never refuses one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from
from core.fixes import records as rec
from core.fixes.model import Change, FieldChange, Option, Plan
from core.normalize import norm_text

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
 WHERE coalesce((SELECT custom_txn_numbers FROM qbo_preferences WHERE id = 1), 1) = 1
 GROUP BY f.id
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    # 6140 per Intuit's error page; a 2017 blog said 6210, which is also "Account Period Closed",
    # so only the text decides for anything but 6140.
    text = message.lower()
    return code == "6140" or "duplicate document number" in text or "duplicate doc num" in text


# ---------------------------------------------------------------- fixes (plans are pure: cache in, Plan out)

RENUMBER_QBO, RENUMBER_COPY, TURN_OFF = "renumber_quickbooks", "renumber_hubspot_copy", "turn_off_custom_numbers"
OPTIONS = (RENUMBER_QBO, RENUMBER_COPY, TURN_OFF)
REVREC = "revenue_recognition_service_date"


def options(db: sqlite_utils.Database, failures: Sequence[Failure], lang: str = "en") -> list[Option]:
    renumber = plan(db, failures, RENUMBER_QBO, {}, lang)
    copy = plan(db, failures, RENUMBER_COPY, {}, lang)
    prefs, flags = rec.preferences(db)
    custom_on = bool(flags.get("custom_txn_numbers"))
    collisions = [{**c, "invoice_id": f.hubspot_invoice_id, "doc_number": f.evidence.get("doc_number", "")}
                  for f in failures for c in f.evidence.get("collisions") or []]
    return [
        Option(RENUMBER_QBO, rec.tr(lang, "Renumber the QuickBooks document", "Cambiar el número del documento de "
                                                                             "QuickBooks"),
               rec.tr(lang, "What HubSpot recommends: give the QuickBooks invoice or credit memo that holds the "
                            "number a new, unused number, so this invoice can take its own.",
                      "Lo que recomienda HubSpot: dar un número nuevo y libre a la factura o nota de crédito de "
                      "QuickBooks que tiene el número, para que esta factura pueda usar el suyo."),
               available=not renumber.empty, reason=_why(renumber),
               params={"collisions": collisions,
                       "new_numbers": {f"{c.entity}:{c.record_id}": c.body["DocNumber"] for c in renumber.changes}}),
        Option(RENUMBER_COPY, rec.tr(lang, "Send this invoice under a new number",
                                     "Enviar esta factura con otro número"),
               rec.tr(lang, "Sync Doctor sends the invoice to QuickBooks itself under a new, unused number. HubSpot "
                            "keeps its own number, so the two will differ.",
                      "Sync Doctor envía la factura a QuickBooks por su cuenta con un número nuevo y libre. HubSpot "
                      "conserva su número, así que los dos serán distintos."),
               available=not copy.empty, reason=_why(copy),
               params={"new_numbers": {c.invoice_ids[0]: c.body["DocNumber"] for c in copy.changes}}),
        Option(TURN_OFF, rec.tr(lang, "Turn off custom transaction numbers", "Desactivar los números de transacción "
                                                                            "personalizados"),
               rec.tr(lang, "QuickBooks then numbers every new invoice itself and ignores HubSpot's numbers, so "
                            "QuickBooks and HubSpot numbers will no longer match. This changes a company-wide "
                            "setting.",
                      "QuickBooks numerará cada factura nueva por su cuenta e ignorará los números de HubSpot, así "
                      "que los números de QuickBooks y HubSpot dejarán de coincidir. Cambia un ajuste de toda la "
                      "empresa."),
               available=bool(prefs) and custom_on,
               reason="" if prefs and custom_on else rec.tr(lang, "Custom transaction numbers are already off.",
                                                             "Los números personalizados ya están desactivados.")),
    ]


def _why(result: Plan) -> str:
    return "; ".join(dict.fromkeys(why for _, why in result.problems))


def plan(db: sqlite_utils.Database, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
         lang: str = "en") -> Plan:
    rec.require_option(KIND, option_id, OPTIONS)
    ids = rec.invoice_ids(failures)
    if option_id == TURN_OFF:
        return Plan(KIND, option_id, ids, (_turn_off(db, ids, lang),), params=dict(params))
    taken = rec.doc_numbers_taken(db)
    done: dict[str, Change] = {}
    problems: list[tuple[str, str]] = []
    for failure in failures:
        inv = failure.hubspot_invoice_id
        mine = rec.per_invoice(params, inv)
        try:
            if option_id == RENUMBER_COPY:
                number = _number(mine.get("new_number") or (mine.get("new_numbers") or {}).get(inv), taken, lang) \
                    or rec.free_doc_number(failure.invoice_number, taken)
                date = rec.invoice_facts(db, inv)["invoice_date"] if rec.revenue_recognition_on(db) else None
                change, why = rec.push_change(db, inv, lang, number=number, service_date=date or None,
                                              ignore=[KIND, REVREC])
                if change is None:
                    raise rec.PlanError(why)
                done[inv] = change
                continue
            for collision in failure.evidence.get("collisions") or []:
                key = f"{collision['txn_type']}:{collision['id']}"
                if key in done:
                    done[key] = replace(done[key], invoice_ids=tuple(dict.fromkeys((*done[key].invoice_ids, inv))))
                else:
                    done[key] = _renumber(db, collision, mine, taken, inv, lang)
        except rec.PlanError as err:
            problems.append((inv, str(err)))
    notes = () if option_id == RENUMBER_QBO else (rec.tr(
        lang, "The QuickBooks copy gets the new number; the HubSpot invoice keeps its own.",
        "La copia de QuickBooks recibe el número nuevo; la factura de HubSpot conserva el suyo."),)
    return Plan(KIND, option_id, ids, tuple(done.values()), notes, tuple(problems), dict(params))


def _number(wanted: object, taken: set[str], lang: str) -> str:
    """A number the user typed, checked: at most 21 characters and not used by any document."""
    text = str(wanted or "").strip()
    if not text:
        return ""
    if len(text) > rec.DOC_NUMBER_MAX:
        raise rec.PlanError(rec.tr(lang, f'"{text}" is longer than the 21 characters QuickBooks allows.',
                                   f'"{text}" supera los 21 caracteres que admite QuickBooks.'))
    if norm_text(text) in taken:
        raise rec.PlanError(rec.tr(lang, f'The number "{text}" is already used.', f'El número "{text}" ya se usa.'))
    taken.add(norm_text(text))
    return text


def _renumber(db: sqlite_utils.Database, collision: Mapping[str, Any], params: Mapping[str, Any], taken: set[str],
              inv: str, lang: str) -> Change:
    entity, record_id = str(collision["txn_type"]), str(collision["id"])
    before = rec.qbo_raw(db, entity, record_id)
    if before is None:
        raise rec.PlanError(f"{entity} {record_id} is not in the cache; refresh first")
    old = str(before.get("DocNumber") or "")
    key = f"{entity}:{record_id}"
    new = _number((params.get("new_numbers") or {}).get(key) or params.get("new_number"), taken, lang) \
        or rec.free_doc_number(old, taken)
    body: dict[str, Any] = {"DocNumber": new}
    fields = [FieldChange(rec.tr(lang, "Number", "Número"), old, new)]
    if rec.revenue_recognition_on(db):
        # QBO checks the whole document on save: lines without a service date would make the renumbering fail
        lines, filled = rec.with_service_dates(before.get("Line") or [], str(before.get("TxnDate") or ""))
        if filled:
            body["Line"] = lines
            fields.append(FieldChange(rec.tr(lang, "Service date (lines without one)",
                                             "Fecha de servicio (líneas sin ella)"), None, before.get("TxnDate")))
    return rec.qbo_sparse_update(entity, before, body, rec.entity_label(entity, old, lang), fields, [inv])


def _turn_off(db: sqlite_utils.Database, ids: Sequence[str], lang: str) -> Change:
    before, flags = rec.preferences(db)
    if not before:
        raise rec.PlanError("QuickBooks settings are not in the cache; refresh first")
    return rec.qbo_sparse_update(
        "Preferences", before, {"SalesFormsPrefs": {"CustomTxnNumbers": False}}, rec.entity_label("Preferences", "",
                                                                                                 lang),
        [FieldChange(rec.tr(lang, "Custom transaction numbers", "Números de transacción personalizados"),
                     rec.yes_no(bool(flags.get("custom_txn_numbers")), lang), rec.yes_no(False, lang))], ids)
