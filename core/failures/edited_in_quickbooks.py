"""A HubSpot invoice's QBO copy was changed in QBO (lines, quantities, prices or total).

HubSpot owns the financial content of its invoices; once the QBO copy differs, HubSpot stops syncing it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from core.card import LineRow, pair_lines
from core.failures.base import Failure, Texts
from core.failures.rows import failures_from
from core.fixes import records as rec
from core.fixes.model import Action, Change, FieldChange, Option, Plan
from core.sync.payload import Line, hubspot_lines, invoice_payload, qbo_lines

KIND = "edited_in_quickbooks"
RANK = 10
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="Changed in QuickBooks",
        explanation="This invoice was created in HubSpot, but its copy in QuickBooks has been edited since "
                    "(lines, quantities, prices or the total). Changes made in QuickBooks cannot flow back to "
                    "HubSpot, so HubSpot stops updating this invoice.",
        fix_steps=("Put the QuickBooks invoice back to HubSpot's lines.",
                   "Keep the QuickBooks version and make the same change in HubSpot."),
    ),
    "es": Texts(
        title="Modificada en QuickBooks",
        explanation="Esta factura se creó en HubSpot, pero su copia en QuickBooks se editó después (líneas, "
                    "cantidades, precios o el total). Los cambios hechos en QuickBooks no pueden volver a "
                    "HubSpot, así que HubSpot deja de actualizar esta factura.",
        fix_steps=("Devolver la factura de QuickBooks a las líneas de HubSpot.",
                   "Conservar la versión de QuickBooks y hacer el mismo cambio en HubSpot."),
    ),
}

SQL = """
SELECT f.id AS invoice_id, f.number,
       json_object('qbo_invoice_id', f.qbo_invoice_id, 'qbo_total', f.qbo_total,
                   'hubspot_total', coalesce(f.amount_billed, 0),
                   'hubspot_lines', f.hs_line_sig, 'qbo_lines', f.qbo_line_sig,
                   'hubspot_line_count', f.line_count, 'qbo_line_count', f.qbo_line_count) AS evidence,
       'The QuickBooks copy (invoice ' || f.qbo_invoice_id || ') differs from HubSpot' AS summary
  FROM facts_invoices f
 WHERE f.in_scope AND f.qbo_invoice_id IS NOT NULL
   AND (f.hs_line_sig <> f.qbo_line_sig
        OR (f.amount_billed IS NOT NULL AND abs(coalesce(f.qbo_total, 0) - f.amount_billed) > 0.005))
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return ("cannot be made through external" in text or "no se pueden realizar a través" in text
            or ("native" in text and "invoice" in text and "modif" in text))


# ---------------------------------------------------------------- fixes (plans are pure: cache in, Plan out)

REVERT, KEEP = "revert_to_hubspot", "keep_quickbooks"
OPTIONS = (REVERT, KEEP)


def options(db: sqlite_utils.Database, failures: Sequence[Failure], lang: str = "en") -> list[Option]:
    preview = plan(db, failures, REVERT, {}, lang)
    return [
        Option(REVERT, rec.tr(lang, "Put QuickBooks back to HubSpot's lines", "Devolver QuickBooks a las líneas de "
                                                                              "HubSpot"),
               rec.tr(lang, "What HubSpot recommends: the QuickBooks invoice gets HubSpot's lines again (quantities, "
                            "prices, amounts). Its customer, number, dates and notes stay as they are.",
                      "Lo que recomienda HubSpot: la factura de QuickBooks vuelve a tener las líneas de HubSpot "
                      "(cantidades, precios, importes). Su cliente, número, fechas y notas no cambian."),
               available=not preview.empty, reason="; ".join(dict.fromkeys(why for _, why in preview.problems))),
        Option(KEEP, rec.tr(lang, "Keep the QuickBooks version", "Conservar la versión de QuickBooks"),
               rec.tr(lang, "If the change in QuickBooks is right, make the same change to the invoice in HubSpot. "
                            "Sync Doctor lists what differs; you check again afterwards.",
                      "Si el cambio hecho en QuickBooks es correcto, haga el mismo cambio en la factura de HubSpot. "
                      "Sync Doctor le muestra qué es distinto; después, vuelva a comprobar.")),
    ]


def plan(db: sqlite_utils.Database, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
         lang: str = "en") -> Plan:
    rec.require_option(KIND, option_id, OPTIONS)
    ids = rec.invoice_ids(failures)
    changes, problems, notes = [], [], []
    for inv in ids:
        facts = rec.invoice_facts(db, inv)
        qid = str(facts["qbo_invoice_id"] or "")
        before = rec.qbo_raw(db, "Invoice", qid) if qid else None
        if before is None:
            problems.append((inv, rec.tr(lang, "Its QuickBooks copy is no longer in the cache; refresh first.",
                                         "Su copia de QuickBooks ya no está en la caché; actualice primero.")))
            continue
        hs_order, qbo_order = hubspot_lines(db, inv), qbo_lines(db, qid)
        rows = pair_lines(hs_order, qbo_order)
        if option_id == KEEP:
            notes += _keep_steps(facts["number"] or inv, rows, lang)
        else:
            changes.append(_revert(db, inv, before, (hs_order, qbo_order, rows), rec.per_invoice(params, inv), lang))
    return Plan(KIND, option_id, ids, tuple(changes), tuple(notes), tuple(problems), dict(params))


def _at(items: Sequence[Line], item: Line | None) -> int:
    """The position of this very object (equal lines are distinct lines)."""
    return next((i for i, x in enumerate(items) if x is item), -1)


def _revert(db: sqlite_utils.Database, inv: str, before: dict[str, Any],
            paired: tuple[list[Line], list[Line], list[LineRow]], params: Mapping[str, Any], lang: str) -> Change:
    """The QBO invoice as cached, with HubSpot's lines (paired QBO lines keep their Id, item and service date)."""
    hs_order, qbo_order, rows = paired
    hs_json = invoice_payload(db, inv)["Line"]           # in hubspot_lines order
    # qbo_lines reads the cached sales lines in their order: the same lines as these JSON ones
    qbo_json = [ln for ln in before.get("Line") or [] if ln.get("DetailType") == "SalesItemLineDetail"]
    needs_date = rec.revenue_recognition_on(db)
    default_date = str(params.get("service_date") or before.get("TxnDate") or "")
    lines, fields, dated = [], [], 0
    for n, row in enumerate(rows, start=1):
        if row.differs:
            fields.append(FieldChange(rec.tr(lang, f"Line {n}", f"Línea {n}"), rec.line_text(row.quickbooks),
                                      rec.line_text(row.hubspot) or rec.tr(lang, "(removed)", "(eliminada)")))
        if row.hubspot is None:
            continue
        line = json.loads(json.dumps(hs_json[_at(hs_order, row.hubspot)]))
        detail = line["SalesItemLineDetail"]
        at = _at(qbo_order, row.quickbooks)
        twin = qbo_json[at] if 0 <= at < len(qbo_json) else None
        twin_detail = (twin or {}).get("SalesItemLineDetail") or {}
        if twin and twin.get("Id"):
            line["Id"] = twin["Id"]
        if "ItemRef" not in detail and twin_detail.get("ItemRef"):
            detail["ItemRef"] = twin_detail["ItemRef"]
        if twin_detail.get("ServiceDate"):
            detail["ServiceDate"] = twin_detail["ServiceDate"]
        elif needs_date and default_date:  # revenue recognition refuses a saved line without one
            detail["ServiceDate"] = default_date
            dated += 1
        lines.append(line)
    total = round(sum(float(ln["Amount"]) for ln in lines), 2)
    old_total = float(before.get("TotalAmt") or 0)
    if abs(total - old_total) > 0.005:
        fields.append(FieldChange(rec.tr(lang, "Total", "Total"), rec.money(old_total), rec.money(total)))
    if dated:
        fields.append(FieldChange(rec.tr(lang, "Service date (lines without one)", "Fecha de servicio (líneas sin "
                                                                                  "ella)"), None, default_date))
    # a full update: every other field as cached; the totals QBO computes itself are left out, not sent stale
    body = {k: v for k, v in before.items() if k not in ("TotalAmt", "Balance", "HomeBalance", "HomeTotalAmt")}
    body.update(Line=lines, sparse=False)
    return Change("quickbooks", "Invoice", Action.UPDATE, str(before["Id"]),
                  rec.entity_label("Invoice", str(before.get("DocNumber") or before["Id"]), lang), tuple(fields),
                  body=body, version=str(before["SyncToken"]), before=before, invoice_ids=(inv,))


def _keep_steps(number: str, rows: list[LineRow], lang: str) -> list[str]:
    steps = [rec.tr(lang, f"Open invoice {number} in HubSpot and change its lines to match QuickBooks:",
                    f"Abra la factura {number} en HubSpot y cambie sus líneas para que coincidan con QuickBooks:")]
    for row in rows:
        if not row.differs:
            continue
        if row.hubspot is None:
            steps.append(rec.tr(lang, f"  add {rec.line_text(row.quickbooks)}",
                                f"  añada {rec.line_text(row.quickbooks)}"))
        elif row.quickbooks is None:
            steps.append(rec.tr(lang, f"  remove {rec.line_text(row.hubspot)}",
                                f"  quite {rec.line_text(row.hubspot)}"))
        else:
            steps.append(rec.tr(lang, f"  change {rec.line_text(row.hubspot)} to {rec.line_text(row.quickbooks)}",
                                f"  cambie {rec.line_text(row.hubspot)} por {rec.line_text(row.quickbooks)}"))
    steps.append(rec.tr(lang, "HubSpot only lets you edit draft invoices: for an open or paid one, void it and "
                              "issue a corrected invoice. Then check again in Sync Doctor.",
                        "HubSpot solo deja editar facturas en borrador: si está abierta o pagada, anúlela y emita "
                        "una factura corregida. Después, vuelva a comprobar en Sync Doctor."))
    return steps
