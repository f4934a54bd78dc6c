"""QBO revenue recognition needs a service date on every line, and HubSpot line items carry none."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

import sqlite_utils

from core.failures import evidence as ev
from core.failures.base import Failure, FailureKind, Fault, labels
from core.fixes import records as rec
from core.fixes.errors import PlanError
from core.fixes.model import Choice, Plan
from core.fixes.params import valid_date
from core.i18n import N_, Message

K = "revenue_recognition_service_date"
RULES = ("invoice_date", "due_date", "custom")
SETTINGS_LINK = "https://app.qbo.intuit.com/app/settings?panel=advanced"
# The context of N_ must be a literal for lupdate: each text names this kind's id itself.
SUMMARY = N_("revenue_recognition_service_date",
             "Revenue recognition is on in QuickBooks and the lines have no service date")
PUSH_LABEL = N_("revenue_recognition_service_date", "Send it with service dates")
PUSH_DESCRIPTION = N_(
    "revenue_recognition_service_date",
    "Sync Doctor sends the invoice to QuickBooks itself, with a service date on every line: the invoice date, the "
    "due date or a date you choose. HubSpot then finds it there by its number and email.")
TURN_OFF_LABEL = N_("revenue_recognition_service_date", "Turn off revenue recognition")
TURN_OFF_DESCRIPTION = N_(
    "revenue_recognition_service_date",
    "What HubSpot recommends: turn the setting off in QuickBooks and handle revenue recognition separately. Sync "
    "Doctor shows you where; you check again afterwards.")
PUSH_NOTE = N_(
    "revenue_recognition_service_date",
    "HubSpot's own sync cannot add service dates, so Sync Doctor creates these invoices in QuickBooks itself. "
    "HubSpot links them by number and email from then on.")
BAD_RULE = N_("revenue_recognition_service_date", 'The date rule must be one of {rules}, not "{rule}".')
NO_DATE = N_("revenue_recognition_service_date", 'No usable date ("{date}"); choose a date as YYYY-MM-DD.')
TURN_OFF_STEPS = (
    N_("revenue_recognition_service_date",
       "In QuickBooks, open Settings → Account and settings → Advanced: {link}").format(link=SETTINGS_LINK),
    N_("revenue_recognition_service_date",
       "In the Revenue recognition section, turn revenue recognition off and save."),
    N_("revenue_recognition_service_date",
       "Keep track of revenue recognition separately (in your reports or a spreadsheet)."),
    N_("revenue_recognition_service_date",
       "Come back to Sync Doctor and refresh: the invoices can then sync without service dates."),
)


class RevenueRecognitionServiceDate(FailureKind):
    id = K
    rank = 60
    priority = 40
    title = N_("revenue_recognition_service_date", "Service date required (revenue recognition)")
    explanation = N_(
        "revenue_recognition_service_date",
        "Revenue recognition is turned on in QuickBooks. It spreads income from each line's service date, so "
        "QuickBooks rejects invoices whose lines have none, and HubSpot's line items have no service date to send.")
    fix_steps = (N_("revenue_recognition_service_date",
                    "Let Sync Doctor send the invoice with a service date on every line."),
                 N_("revenue_recognition_service_date",
                    "Turn off revenue recognition in QuickBooks and handle it separately."))
    evidence_labels = labels(setting=ev.SETTING, lines_without_service_date=ev.LINES_WITHOUT_SERVICE_DATE)
    sql = """
SELECT f.id AS invoice_id, f.number,
       json_object('setting', 'ProductAndServicesPrefs.RevenueRecognitionEnabled',
                   'lines_without_service_date', f.line_count) AS evidence
  FROM facts_invoices f
 WHERE f.pending = 1
   AND (SELECT revenue_recognition FROM qbo_preferences WHERE id = 1) = 1
"""

    class Option(StrEnum):
        PUSH_WITH_SERVICE_DATE = "push_with_service_date"
        TURN_OFF = "turn_off_in_quickbooks"

    without_parameters = frozenset({Option.TURN_OFF})

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        del evidence
        return SUMMARY

    def matches(self, fault: Fault) -> bool:
        text = fault.message.lower()
        return ("service date" in text and ("revenue" in text or fault.code == "6000")) or "fecha de servicio" in text

    def options(self, db: sqlite_utils.Database, failures: Sequence[Failure]) -> list[Choice]:
        preview = self.plan(db, failures, self.Option.PUSH_WITH_SERVICE_DATE, {"rule": "invoice_date"})
        return [
            Choice(self.Option.PUSH_WITH_SERVICE_DATE, PUSH_LABEL, PUSH_DESCRIPTION, available=not preview.empty,
                   reason=rec.reasons(preview), params={"rule": "invoice_date", "rules": list(RULES), "date": ""}),
            Choice(self.Option.TURN_OFF, TURN_OFF_LABEL, TURN_OFF_DESCRIPTION, params={"link": SETTINGS_LINK}),
        ]

    def plan(self, db: sqlite_utils.Database, failures: Sequence[Failure], option: str,
             params: Mapping[str, Any]) -> Plan:
        chosen = self.option(option)
        ids = rec.invoice_ids(failures)
        if chosen is self.Option.TURN_OFF:
            return Plan(self.id, option, ids, (), TURN_OFF_STEPS, params=dict(params))
        changes, problems = [], []
        for inv in ids:
            try:
                date = _service_date(db, inv, rec.per_invoice(params, inv))
            except PlanError as err:
                problems.append((inv, err.message))
                continue
            change, why = rec.push_change(db, inv, service_date=date, ignore=[self.id])
            if change is None:
                problems.append((inv, why))
            else:
                changes.append(change)
        return Plan(self.id, option, ids, tuple(changes), (PUSH_NOTE,), tuple(problems), dict(params))


def _service_date(db: sqlite_utils.Database, inv: str, params: Mapping[str, Any]) -> str:
    rule = str(params.get("rule") or "invoice_date")
    if rule not in RULES:
        raise PlanError(BAD_RULE.format(rules=RULES, rule=rule))
    if rule == "custom":
        date = str(params.get("date") or "")
    elif rule == "due_date":
        row = rec.one(db, "SELECT due_date FROM hs_invoices WHERE id = ?", [inv])
        date = str(row["due_date"] or "") if row else ""
    else:
        date = str(rec.invoice_facts(db, inv)["invoice_date"] or "")
    if not valid_date(date):
        raise PlanError(NO_DATE.format(date=date))
    return date


KIND = RevenueRecognitionServiceDate()
