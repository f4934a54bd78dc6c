"""The name the new QBO customer would get breaks QBO's rules: a colon, tab or new line, or over 500 characters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import Any

import sqlite_utils

from core.failures import columns
from core.failures import evidence as ev
from core.failures.base import Failure, FailureKind, Fault, labels
from core.fixes import naming
from core.fixes import records as rec
from core.fixes.errors import PlanError
from core.fixes.model import Change, Choice, FieldChange, Plan
from core.fixes.words import FIELD, entity_label
from core.i18n import N_, Message

TOO_LONG = N_("invalid_display_name", "The customer name would be longer than 500 characters")
FORBIDDEN = N_("invalid_display_name", 'The customer name "{name}" contains a colon, tab or line break')
CREATE_LABEL = N_("invalid_display_name", "Create the customer under a corrected name")
CREATE_DESCRIPTION = N_(
    "invalid_display_name",
    "Create the QuickBooks customer with the name cleaned of colons, tabs and line breaks (and cut to 500 "
    "characters), with the contact's email so the invoice finds it.")
RENAME_LABEL = N_("invalid_display_name", "Correct the name in HubSpot")
RENAME_DESCRIPTION = N_(
    "invalid_display_name",
    "Remove the characters QuickBooks refuses from the company (or contact) name in HubSpot, so the next sync "
    "creates the customer.")
NOTHING_LEFT = N_("invalid_display_name", "Nothing is left of the name once cleaned.")
CLEANED_TAKEN = N_("invalid_display_name",
                   'The corrected name "{name}" is already used in QuickBooks; create the customer under another '
                   "name instead.")
NOT_CACHED = N_("invalid_display_name", "The HubSpot record is not in the cache; refresh first.")


class InvalidDisplayName(FailureKind):
    id = "invalid_display_name"
    rank = 15
    priority = 70
    title = N_("invalid_display_name", "Customer name not allowed in QuickBooks")
    explanation = N_(
        "invalid_display_name",
        "The customer this contact would become needs a name without colons, tabs or line breaks, and of at most "
        "500 characters. QuickBooks uses the colon to separate customers from their sub-customers, so it refuses "
        "names that contain one.")
    fix_steps = (N_("invalid_display_name",
                    "Remove the colon, tab or line break from the company or contact name in HubSpot."),
                 N_("invalid_display_name", "Create the customer in QuickBooks under a corrected name."))
    facts = (columns.CUSTOMERS_WITH_EMAIL,)
    evidence_labels = labels(display_name=ev.WOULD_BE_NAME, length=ev.CHARACTERS, has_colon=ev.HAS_COLON,
                             has_tab_or_newline=ev.HAS_TAB_OR_NEWLINE)
    sql = """
SELECT f.id AS invoice_id, f.number,
       json_object('display_name', f.would_be_name, 'length', length(f.would_be_name),
                   'has_colon', instr(f.would_be_name, ':') > 0,
                   'has_tab_or_newline', instr(f.would_be_name, char(9)) + instr(f.would_be_name, char(10))
                                         + instr(f.would_be_name, char(13)) > 0) AS evidence
  FROM facts_invoices f
 WHERE f.pending = 1 AND f.contact_id IS NOT NULL AND f.customers_with_email = 0
   AND (instr(f.would_be_name, ':') > 0 OR instr(f.would_be_name, char(9)) > 0
        OR instr(f.would_be_name, char(10)) > 0 OR instr(f.would_be_name, char(13)) > 0
        OR length(f.would_be_name) > 500)
"""

    class Option(StrEnum):
        CREATE_CLEANED = "create_cleaned"
        RENAME_IN_HUBSPOT = "rename_in_hubspot"

    # The corrected name is the cleaned one (a saved plan or the command line may name another).
    without_parameters = frozenset({Option.CREATE_CLEANED, Option.RENAME_IN_HUBSPOT})

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        if int(evidence.get("length") or 0) > naming.MAX_LENGTH:
            return TOO_LONG
        return FORBIDDEN.format(name=str(evidence.get("display_name") or ""))

    def matches(self, fault: Fault) -> bool:
        # QBO names the field only in `element`; the 500-character limit in the detail identifies DisplayName.
        text = fault.message.lower().replace(" ", "")
        return "max:500" in text or ("displayname" in text and ("character" in text or "cannotcontain" in text))

    def options(self, db: sqlite_utils.Database, failures: Sequence[Failure]) -> list[Choice]:
        create = self.plan(db, failures, self.Option.CREATE_CLEANED, {})
        rename = self.plan(db, failures, self.Option.RENAME_IN_HUBSPOT, {})
        return [
            Choice(self.Option.CREATE_CLEANED, CREATE_LABEL, CREATE_DESCRIPTION, available=not create.empty,
                   reason=rec.reasons(create),
                   params={"names": {c.invoice_ids[0]: c.body["DisplayName"] for c in create.changes}}),
            Choice(self.Option.RENAME_IN_HUBSPOT, RENAME_LABEL, RENAME_DESCRIPTION, available=not rename.empty,
                   reason=rec.reasons(rename)),
        ]

    def plan(self, db: sqlite_utils.Database, failures: Sequence[Failure], option: str,
             params: Mapping[str, Any]) -> Plan:
        chosen = self.option(option)
        namer = naming.Namer.from_db(db)
        done: dict[str, Change] = {}
        problems: list[tuple[str, Message]] = []
        for failure in failures:
            inv = failure.hubspot_invoice_id
            facts = rec.invoice_facts(db, inv)
            cleaned = naming.clean(facts["would_be_name"] or "")
            from_company = bool(str(facts["company_name"] or "").strip())
            key = f"company:{facts['company_id']}" if from_company else f"contact:{facts['contact_id']}"
            if key in done:
                done[key] = replace(done[key], invoice_ids=tuple(dict.fromkeys((*done[key].invoice_ids, inv))))
                continue
            if not cleaned:
                problems.append((inv, NOTHING_LEFT))
            elif chosen is self.Option.CREATE_CLEANED:
                name = namer.claim(str(rec.per_invoice(params, inv).get("name") or "") or cleaned)
                done[key] = rec.qbo_create("Customer", rec.new_customer_body(db, inv, name),
                                           entity_label("Customer", name), [inv])
            elif not namer.is_free(cleaned):
                problems.append((inv, CLEANED_TAKEN.format(name=cleaned)))
            else:
                try:
                    done[key] = _rename(db, facts, from_company, inv)
                    namer.claim(cleaned)
                except PlanError as err:
                    problems.append((inv, err.message))
        return Plan(self.id, option, rec.invoice_ids(failures), tuple(done.values()), (), tuple(problems),
                    dict(params))


def _rename(db: sqlite_utils.Database, facts: Mapping[str, Any], from_company: bool, inv: str) -> Change:
    if from_company:
        row = rec.one(db, "SELECT * FROM hs_companies WHERE id = ?", [facts["company_id"]])
        props = {"name": naming.clean(str(row["name"] or ""))} if row else {}
        object_type = "companies"
    else:
        row = rec.contact(db, facts["contact_id"])
        props = {k: naming.clean(str(row[k] or "")) for k in ("firstname", "lastname")} if row else {}
        props = {k: v for k, v in props.items() if row and v != (row[k] or "")}
        object_type = "contacts"
    if row is None:
        raise PlanError(NOT_CACHED)
    fields = [FieldChange(FIELD[k], row[k], v) for k, v in props.items()]
    label = entity_label(object_type, str(row["name"] if from_company else row["full_name"]))
    return rec.hs_patch(object_type, row, props, label, fields, [inv])


KIND = InvalidDisplayName()
