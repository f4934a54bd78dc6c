"""QBO revenue recognition needs a service date on every line, and HubSpot line items carry none."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from
from core.fixes import records as rec
from core.fixes.model import Option, Plan

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


# ---------------------------------------------------------------- fixes (plans are pure: cache in, Plan out)

PUSH_WITH_SERVICE_DATE, TURN_OFF = "push_with_service_date", "turn_off_in_quickbooks"
OPTIONS = (PUSH_WITH_SERVICE_DATE, TURN_OFF)
RULES = ("invoice_date", "due_date", "custom")
SETTINGS_LINK = "https://app.qbo.intuit.com/app/settings?panel=advanced"


def options(db: sqlite_utils.Database, failures: Sequence[Failure], lang: str = "en") -> list[Option]:
    preview = plan(db, failures, PUSH_WITH_SERVICE_DATE, {"rule": "invoice_date"}, lang)
    return [
        Option(PUSH_WITH_SERVICE_DATE, rec.tr(lang, "Send it with service dates", "Enviarla con fechas de servicio"),
               rec.tr(lang, "Sync Doctor sends the invoice to QuickBooks itself, with a service date on every line: "
                            "the invoice date, the due date or a date you choose. HubSpot then finds it there by "
                            "its number and email.",
                      "Sync Doctor envía la factura a QuickBooks por su cuenta, con fecha de servicio en cada "
                      "línea: la fecha de la factura, la de vencimiento o una que usted elija. Después HubSpot la "
                      "encuentra allí por su número y correo."),
               available=not preview.empty, reason="; ".join(dict.fromkeys(why for _, why in preview.problems)),
               params={"rule": "invoice_date", "rules": list(RULES), "date": ""}),
        Option(TURN_OFF, rec.tr(lang, "Turn off revenue recognition", "Desactivar el reconocimiento de ingresos"),
               rec.tr(lang, "What HubSpot recommends: turn the setting off in QuickBooks and handle revenue "
                            "recognition separately. Sync Doctor shows you where; you check again afterwards.",
                      "Lo que recomienda HubSpot: desactivar el ajuste en QuickBooks y llevar el reconocimiento de "
                      "ingresos por separado. Sync Doctor le indica dónde; después, vuelva a comprobar."),
               params={"link": SETTINGS_LINK}),
    ]


def plan(db: sqlite_utils.Database, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
         lang: str = "en") -> Plan:
    rec.require_option(KIND, option_id, OPTIONS)
    ids = rec.invoice_ids(failures)
    if option_id == TURN_OFF:
        return Plan(KIND, option_id, ids, (), _turn_off_steps(lang), params=dict(params))
    changes, problems = [], []
    for inv in ids:
        mine = rec.per_invoice(params, inv)
        try:
            date = _service_date(db, inv, mine, lang)
        except rec.PlanError as err:
            problems.append((inv, str(err)))
            continue
        change, why = rec.push_change(db, inv, lang, service_date=date, ignore=[KIND])
        if change is None:
            problems.append((inv, why))
        else:
            changes.append(change)
    notes = (rec.tr(lang, "HubSpot's own sync cannot add service dates, so Sync Doctor creates these invoices in "
                          "QuickBooks itself. HubSpot links them by number and email from then on.",
                    "La sincronización de HubSpot no puede añadir fechas de servicio, así que Sync Doctor crea "
                    "estas facturas en QuickBooks por su cuenta. Desde entonces HubSpot las enlaza por número y "
                    "correo."),)
    return Plan(KIND, option_id, ids, tuple(changes), notes, tuple(problems), dict(params))


def _service_date(db: sqlite_utils.Database, inv: str, params: Mapping[str, Any], lang: str) -> str:
    rule = str(params.get("rule") or "invoice_date")
    if rule not in RULES:
        raise rec.PlanError(f'rule must be one of {", ".join(RULES)}, not "{rule}"')
    if rule == "custom":
        date = str(params.get("date") or "")
    elif rule == "due_date":
        row = rec.one(db, "SELECT due_date FROM hs_invoices WHERE id = ?", [inv])
        date = str(row["due_date"] or "") if row else ""
    else:
        date = str(rec.invoice_facts(db, inv)["invoice_date"] or "")
    if not rec.valid_date(date):
        raise rec.PlanError(rec.tr(lang, f'No usable date ("{date}"); choose a date as YYYY-MM-DD.',
                                   f'No hay una fecha válida ("{date}"); elija una fecha como AAAA-MM-DD.'))
    return date


def _turn_off_steps(lang: str) -> tuple[str, ...]:
    return (
        rec.tr(lang, f"In QuickBooks, open Settings → Account and settings → Advanced: {SETTINGS_LINK}",
               f"En QuickBooks, abra Configuración → Cuenta y configuración → Avanzado: {SETTINGS_LINK}"),
        rec.tr(lang, "In the Revenue recognition section, turn revenue recognition off and save.",
               "En la sección Reconocimiento de ingresos, desactívelo y guarde."),
        rec.tr(lang, "Keep track of revenue recognition separately (in your reports or a spreadsheet).",
               "Lleve el reconocimiento de ingresos por separado (en sus informes o en una hoja de cálculo)."),
        rec.tr(lang, "Come back to Sync Doctor and refresh: the invoices can then sync without service dates.",
               "Vuelva a Sync Doctor y actualice: las facturas podrán sincronizarse sin fechas de servicio."),
    )
