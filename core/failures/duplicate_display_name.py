"""The customer the integration would create for the contact has a display name QBO already uses.

QBO keeps one name list across customers, vendors and employees, inactive ones included (error 6240).
HubSpot names the new customer after the contact's primary company, so a company's second contact collides
with the customer its first contact became.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import Any

import sqlite_utils

from core.failures import columns
from core.failures import evidence as ev
from core.failures.base import Failure, FailureKind, Fault, labels
from core.fixes import naming, recommend, txn_words
from core.fixes import records as rec
from core.fixes.errors import PlanError
from core.fixes.model import Change, Choice, FieldChange, Plan
from core.fixes.params import valid_email
from core.fixes.words import FIELD, entity_label
from core.i18n import N_, Message
from core.normalize import norm_text

SUMMARY = N_("duplicate_display_name", 'The name "{name}" is already used in QuickBooks')
NOT_A_CUSTOMER = N_("duplicate_display_name",
                    "The name belongs to a vendor or an employee, which Sync Doctor does not change. Create the "
                    "customer under another name instead.")
CREATE_LABEL = N_("duplicate_display_name", "Create the customer under a new name")
CREATE_DESCRIPTION = N_(
    "duplicate_display_name",
    "Create the QuickBooks customer with a name nobody uses yet, built from a pattern such as “Company (First "
    "Last)”, and the contact's email so the invoice finds it.")
RENAME_LABEL = N_("duplicate_display_name", "Rename the customer that has the name")
RENAME_DESCRIPTION = N_(
    "duplicate_display_name",
    "Give the existing QuickBooks customer a new, unique name, so the name is free for this contact. Its invoices "
    "and history stay as they are.")
MAP_LABEL = N_("duplicate_display_name", "It is the same client: use that customer")
MAP_DESCRIPTION = N_(
    "duplicate_display_name",
    "If the customer holding the name is this same client, give it the contact's email so the invoice is billed to "
    "it. Its current email is replaced.")
HOLDER_IN_USE = N_("duplicate_display_name",
                   "That customer is already part of this fix for another contact; create this contact's customer "
                   "under a new name.")
NO_EMAIL = N_("duplicate_display_name",
              "The contact has no usable email, so the invoice could not find the new customer.")
EMPTY_NAME = N_("duplicate_display_name", "The pattern gives an empty name for this contact.")
NO_HOLDER = N_("duplicate_display_name", "No QuickBooks customer holds this name (a vendor or an employee does).")
NOT_CACHED = N_("duplicate_display_name", "Customer {id} is not in the cache; refresh first.")
NO_EMAIL_TO_GIVE = N_("duplicate_display_name", "The contact has no usable email to give the customer.")
RENAME_NOTE = N_("duplicate_display_name",
                 "Once the name is free, the next sync creates the customer for the contact.")
MAP_NOTE = N_("duplicate_display_name",
              "Other HubSpot invoices ({count}) find {label} by {email}; after this change they will not find it.")


class DuplicateDisplayName(FailureKind):
    id = "duplicate_display_name"
    rank = 20
    priority = 10
    title = N_("duplicate_display_name", "Customer name already taken")
    explanation = N_(
        "duplicate_display_name",
        "The invoice's contact is not a QuickBooks customer yet, and the name it would get is already used by "
        "another customer, a vendor or an employee in QuickBooks (even an inactive one). QuickBooks requires every "
        "name to be unique, so the customer cannot be created and the invoice stays behind.")
    fix_steps = (N_("duplicate_display_name", "Create the customer under a different, unique name."),
                 N_("duplicate_display_name", "Rename the QuickBooks record that holds the name."),
                 N_("duplicate_display_name",
                    "If it is the same client, link the contact to the existing customer instead."))
    facts = (columns.CUSTOMERS_WITH_EMAIL, columns.NAMES_TAKEN)
    evidence_labels = labels(contact_id=ev.CONTACT_ID, contact_email=ev.CONTACT_EMAIL, display_name=ev.WOULD_BE_NAME,
                             conflicts=ev.ALREADY_USED_BY)
    internal_evidence = frozenset({"contact_id"})
    codes = frozenset({"6240"})
    sql = """
SELECT f.id AS invoice_id, f.number,
       json_object('contact_id', f.contact_id, 'contact_email', coalesce(f.email, ''),
                   'display_name', f.would_be_name,
                   'conflicts', (SELECT json_group_array(json_object('entity', n.entity, 'id', n.id,
                                         'display_name', n.display_name, 'active', json(CASE n.active
                                         WHEN 0 THEN 'false' ELSE 'true' END)))
                                   FROM (SELECT 'Customer' AS entity, id, display_name, active FROM qbo_customers
                                          WHERE name_norm = f.would_be_name_norm
                                         UNION ALL SELECT 'Vendor', id, display_name, active FROM qbo_vendors
                                          WHERE name_norm = f.would_be_name_norm
                                         UNION ALL SELECT 'Employee', id, display_name, active FROM qbo_employees
                                          WHERE name_norm = f.would_be_name_norm) n)) AS evidence
  FROM facts_invoices f
 WHERE f.pending = 1 AND f.contact_id IS NOT NULL AND f.customers_with_email = 0
   AND coalesce(f.would_be_name_norm, '') <> ''
   AND f.names_taken > 0
"""

    class Option(StrEnum):
        CREATE_NAMED = "create_named"
        RENAME_EXISTING = "rename_existing"
        MAP_EXISTING = "map_existing"

    without_parameters = frozenset({Option.MAP_EXISTING})   # the holder is the one customer with the name

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        return SUMMARY.format(name=str(evidence.get("display_name") or ""))

    def matches(self, fault: Fault) -> bool:
        text = fault.message.lower()
        return "duplicate name exists" in text or "already using this name" in text

    def options(self, db: sqlite_utils.Database, failures: Sequence[Failure]) -> list[Choice]:
        holders = [f for f in failures if _holder(f)]
        first = _holder(failures[0])
        preview = self.plan(db, failures, self.Option.CREATE_NAMED, {})
        names = {c.invoice_ids[0]: c.body["DisplayName"] for c in preview.changes}
        choices = [
            Choice(self.Option.CREATE_NAMED, CREATE_LABEL, CREATE_DESCRIPTION, available=bool(names),
                   reason=None if names else rec.reasons(preview),
                   params={"pattern": naming.DEFAULT_PATTERN, "patterns": list(naming.PATTERNS.values()),
                           "placeholders": [f"{{{p}}}" for p in naming.PLACEHOLDERS], "names": names}),
            Choice(self.Option.RENAME_EXISTING, RENAME_LABEL, RENAME_DESCRIPTION, available=bool(holders),
                   reason=None if holders else NOT_A_CUSTOMER,
                   params={"pattern": naming.DEFAULT_PATTERN, "also_create": False}),
            Choice(self.Option.MAP_EXISTING, MAP_LABEL, MAP_DESCRIPTION, available=bool(holders),
                   reason=None if holders else NOT_A_CUSTOMER,
                   params={"customer_id": str(first["id"]) if len(failures) == 1 and first else ""}),
        ]
        raw = rec.qbo_raw(db, "Customer", str(first["id"])) if first and len(failures) == 1 else None
        if raw is not None:
            inv = failures[0].hubspot_invoice_id
            choices[0], choices[2] = recommend.for_holder(db, rec.invoice_facts(db, inv), raw, choices[0], choices[2])
            choices[1] = recommend.rename_why(raw, choices[1])
        return choices

    def plan(self, db: sqlite_utils.Database, failures: Sequence[Failure], option: str,
             params: Mapping[str, Any]) -> Plan:
        chosen = self.option(option)
        pattern = str(params.get("pattern") or naming.DEFAULT_PATTERN)
        naming.check_pattern(pattern)
        namer = naming.Namer.from_db(db)
        problems: list[tuple[str, Message]] = []
        done: dict[str, Change] = {}   # in plan order: one change per contact (create) or per holder (rename, map)
        for failure in failures:
            inv = failure.hubspot_invoice_id
            mine = rec.per_invoice(params, inv)
            try:
                if chosen is self.Option.CREATE_NAMED:
                    key = f"contact:{failure.evidence.get('contact_id')}"
                    done[key] = _also(done[key], inv) if key in done else _create(db, inv, mine, pattern, namer)
                    continue
                holder = _pick_holder(failure, mine)
                key = f"holder:{holder}"
                if key in done and (chosen is self.Option.MAP_EXISTING or mine.get("also_create")):
                    raise PlanError(HOLDER_IN_USE)
                if key in done:
                    done[key] = _also(done[key], inv)
                elif chosen is self.Option.MAP_EXISTING:
                    done[key] = _map(db, holder, inv)
                else:
                    done[key] = _rename(db, holder, mine, pattern, namer, inv)
                    if mine.get("also_create"):  # after the rename (apply keeps plan order): the freed name
                        done[f"freed:{holder}"] = _create_freed(db, inv, done[key], namer)
            except PlanError as err:
                problems.append((inv, err.message))
        changes = tuple(done.values())
        return Plan(self.id, option, rec.invoice_ids(failures), changes, _notes(db, changes, chosen),
                    tuple(problems), dict(params))


def _holder(failure: Failure) -> dict[str, Any] | None:
    """The QBO customer holding the name; None when only a vendor or an employee holds it."""
    return next((c for c in failure.evidence.get("conflicts") or [] if c.get("entity") == "Customer"), None)


def _also(change: Change, inv: str) -> Change:
    return replace(change, invoice_ids=tuple(dict.fromkeys((*change.invoice_ids, inv))))


def _values(db: sqlite_utils.Database, inv: str) -> dict[str, str]:
    facts = rec.invoice_facts(db, inv)
    person = rec.contact(db, facts["contact_id"]) or {}
    return {"company": facts["company_name"] or "", "first": person.get("firstname") or "",
            "last": person.get("lastname") or "", "email": facts["email"] or "", "number": facts["number"] or ""}


def _create(db: sqlite_utils.Database, inv: str, params: Mapping[str, Any], pattern: str,
            namer: naming.Namer) -> Change:
    values = _values(db, inv)
    if not valid_email(values["email"]):
        raise PlanError(NO_EMAIL)
    wanted = str(params.get("name") or "") or naming.render(pattern, values)
    if not naming.clean(wanted):
        raise PlanError(EMPTY_NAME)
    name = namer.claim(wanted)
    return rec.qbo_create("Customer", rec.new_customer_body(db, inv, name), entity_label("Customer", name), [inv])


def _pick_holder(failure: Failure, params: Mapping[str, Any]) -> str:
    customers = [str(c["id"]) for c in failure.evidence.get("conflicts") or [] if c.get("entity") == "Customer"]
    chosen = str(params.get("customer_id") or (customers[0] if customers else ""))
    if not chosen or chosen not in customers:
        raise PlanError(NO_HOLDER)
    return chosen


def _rename(db: sqlite_utils.Database, holder: str, params: Mapping[str, Any], pattern: str, namer: naming.Namer,
            inv: str) -> Change:
    before = rec.qbo_raw(db, "Customer", holder)
    if before is None:
        raise PlanError(NOT_CACHED.format(id=holder))
    old = str(before.get("DisplayName") or "")
    values = {"company": str(before.get("CompanyName") or old), "first": str(before.get("GivenName") or ""),
              "last": str(before.get("FamilyName") or ""),
              "email": str((before.get("PrimaryEmailAddr") or {}).get("Address") or ""), "number": ""}
    wanted = str(params.get("new_name") or "") or naming.render(pattern, values) or old
    new = namer.claim(wanted)
    namer.release(old)
    return rec.qbo_sparse_update("Customer", before, {"DisplayName": new}, entity_label("Customer", old),
                                 [FieldChange(FIELD["DisplayName"], old, new)], [inv])


def _create_freed(db: sqlite_utils.Database, inv: str, rename: Change, namer: naming.Namer) -> Change:
    old = str(rename.before.get("DisplayName") or "")
    name = namer.claim(old)
    return rec.qbo_create("Customer", rec.new_customer_body(db, inv, name), entity_label("Customer", name), [inv])


def _map(db: sqlite_utils.Database, holder: str, inv: str) -> Change:
    before = rec.qbo_raw(db, "Customer", holder)
    if before is None:
        raise PlanError(NOT_CACHED.format(id=holder))
    email = str(rec.invoice_facts(db, inv)["email"] or "").strip()
    if not valid_email(email):
        raise PlanError(NO_EMAIL_TO_GIVE)
    old = str((before.get("PrimaryEmailAddr") or {}).get("Address") or "")
    body: dict[str, Any] = {"PrimaryEmailAddr": {"Address": email}}
    fields = [FieldChange(FIELD["PrimaryEmailAddr"], old, email)]
    if before.get("Active") is False:  # billing an inactive customer fails too: the same client is active again
        body["Active"] = True
        fields.append(txn_words.reactivated())
    return rec.qbo_sparse_update("Customer", before, body,
                                 entity_label("Customer", str(before.get("DisplayName") or holder)), fields, [inv])


def _notes(db: sqlite_utils.Database, changes: Sequence[Change], option: str) -> tuple[Message, ...]:
    notes = []
    if option == DuplicateDisplayName.Option.RENAME_EXISTING:
        notes.append(RENAME_NOTE)
    if option == DuplicateDisplayName.Option.MAP_EXISTING:
        for change in changes:
            old = str((change.before.get("PrimaryEmailAddr") or {}).get("Address") or "")
            count = db.execute("SELECT count(*) FROM facts_invoices WHERE in_scope AND email_norm = ? "
                               "AND email_norm <> ''", [norm_text(old)]).fetchone()[0]
            if count:
                notes.append(MAP_NOTE.format(count=int(count), label=change.label, email=old))
    return tuple(notes)


KIND = DuplicateDisplayName()
