"""The invoice's contact has no QBO customer with the same email, and the integration would create one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

import sqlite_utils

from core.failures import columns
from core.failures import evidence as ev
from core.failures.base import Failure, FailureKind, Fault, labels
from core.fixes import candidates, naming, recommend, txn_words
from core.fixes import records as rec
from core.fixes.errors import PlanError
from core.fixes.model import Change, Choice, FieldChange, Plan
from core.fixes.params import email_problem
from core.fixes.words import FIELD, entity_label
from core.i18n import N_, Message
from core.normalize import norm_text

SUMMARY = N_("missing_customer", "No QuickBooks customer has the email {email}")
NO_EMAIL = N_("missing_customer", "(none)")
REASSIGN_LABEL = N_("missing_customer", "Bill another contact")
REASSIGN_DESCRIPTION = N_(
    "missing_customer",
    "Put the invoice on another HubSpot contact whose email a QuickBooks customer already uses. Contacts of the "
    "same company are listed first.")
NO_CANDIDATE = N_("missing_customer", "No other contact has an email that a QuickBooks customer uses.")
CORRECT_LABEL = N_("missing_customer", "Correct an email")
CORRECT_DESCRIPTION = N_(
    "missing_customer",
    "If the customer exists in QuickBooks under another email, make the two emails the same: change it on the "
    "QuickBooks customer or on the HubSpot contact.")
CREATE_LABEL = N_("missing_customer", "Create the customer")
CREATE_DESCRIPTION = N_(
    "missing_customer",
    "Create the customer in QuickBooks from the contact, with the name the integration would give it and the "
    "contact's email.")
NO_NAME = N_("missing_customer", "The contact has no name to give the customer.")
NAME_TAKEN = N_("missing_customer",
                'The name "{name}" is already used in QuickBooks; use the fix for a customer name already taken.')
CHOOSE_CONTACT = N_("missing_customer", "Choose the contact to bill.")
CHOOSE_CUSTOMER = N_("missing_customer", "Choose the QuickBooks customer to correct.")
BAD_TARGET = N_("missing_customer", 'The email to correct is on "quickbooks" or "hubspot", not "{target}".')
NO_CONTACT = N_("missing_customer", "The invoice has no contact.")
SAME_EMAIL = N_("missing_customer", "The contact already has {email}; choose the email of a QuickBooks customer.")
TWIN = N_("missing_customer",
          "The HubSpot contact {name} already has {email}; bill the invoice to that contact instead.")
NOBODY_HAS_IT = N_("missing_customer", "No QuickBooks customer has {email} yet.")
IN_USE = N_("missing_customer",
            "Other HubSpot invoices ({count}) find this customer by {email}; they will no longer find it.")


class MissingCustomer(FailureKind):
    id = "missing_customer"
    recommends_first = False   # core.fixes.recommend weighs the look-alikes
    rank = 30
    priority = 120
    title = N_("missing_customer", "No matching customer in QuickBooks")
    explanation = N_(
        "missing_customer",
        "QuickBooks links an invoice to a customer by email address. No QuickBooks customer has the email of this "
        "invoice's contact, so the invoice has nobody to be billed to.")
    fix_steps = (N_("missing_customer",
                    "Bill the invoice to another contact whose email a QuickBooks customer already uses."),
                 N_("missing_customer", "Correct the email on the QuickBooks customer or on the HubSpot contact."),
                 N_("missing_customer", "Create the customer in QuickBooks from the contact."))
    facts = (columns.CUSTOMERS_WITH_EMAIL, columns.NAMES_TAKEN)
    evidence_labels = labels(contact_id=ev.CONTACT_ID, contact_email=ev.CONTACT_EMAIL,
                             would_be_display_name=ev.WOULD_BE_NAME)
    internal_evidence = frozenset({"contact_id"})
    sql = """
SELECT f.id AS invoice_id, f.number,
       json_object('contact_id', f.contact_id, 'contact_email', coalesce(f.email, ''),
                   'would_be_display_name', coalesce(f.would_be_name, '')) AS evidence
  FROM facts_invoices f
 WHERE f.pending = 1 AND f.contact_id IS NOT NULL AND f.customers_with_email = 0
   AND f.names_taken = 0
"""

    class Option(StrEnum):
        REASSIGN = "reassign"
        CORRECT_EMAIL = "correct_email"
        CREATE_CUSTOMER = "create_customer"

    without_parameters = frozenset({Option.CREATE_CUSTOMER})   # the name the integration would give it

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        return SUMMARY.format(email=str(evidence.get("contact_email") or "") or NO_EMAIL)

    def matches(self, fault: Fault) -> bool:
        # HubSpot's own refusal, in English or Spanish: it found no customer to bill.
        text = fault.message.lower()
        return fault.system == "hubspot" and (
            "must have an associated customer" in text or "debe tener un cliente asociado" in text)

    def options(self, db: sqlite_utils.Database, failures: Sequence[Failure]) -> list[Choice]:
        ids = rec.invoice_ids(failures)
        pool = candidates.Pool.of(db)
        ranked = {inv: [{**c.to_json(), "invoice_id": inv} for c in pool.rank(db, inv)] for inv in ids}
        single = len(ids) == 1
        email = rec.invoice_facts(db, ids[0])["email"] if single else ""
        names = _new_names(db, failures)
        free = {inv: name for inv, (name, why) in names.items() if why is None}
        verdicts = {inv: recommend.judge(db, rec.invoice_facts(db, inv), ranked[inv],
                                         candidates.similar_customers(db, inv))
                    for inv in ids}
        people, clients, winner = verdicts[ids[0]]
        found = [c for inv in ids for c in recommend.public(verdicts[inv][0])]
        choices = [
            Choice(self.Option.REASSIGN, REASSIGN_LABEL, REASSIGN_DESCRIPTION, available=bool(found),
                   reason=None if found else NO_CANDIDATE, params={"candidates": found}),
            Choice(self.Option.CORRECT_EMAIL, CORRECT_LABEL, CORRECT_DESCRIPTION,
                   params={"target": "quickbooks", "email": email or "", "customer_id": "",
                           "customers": recommend.public(clients) if single else []}),
            Choice(self.Option.CREATE_CUSTOMER, CREATE_LABEL, CREATE_DESCRIPTION, available=bool(free),
                   reason=None if free else next(iter(names.values()))[1], params={"names": free}),
        ]
        if not single:   # many invoices: one fix for all, only when none of them has a convincing look-alike
            winner = "create" if all(v[2] == "create" for v in verdicts.values()) else ""
            people, clients = [], []
        return recommend.apply(choices, self.Option.REASSIGN, self.Option.CORRECT_EMAIL,
                               self.Option.CREATE_CUSTOMER, people, clients, winner, bulk=not single)

    def plan(self, db: sqlite_utils.Database, failures: Sequence[Failure], option: str,
             params: Mapping[str, Any]) -> Plan:
        chosen = self.option(option)
        changes: list[Change] = []
        problems: list[tuple[str, Message]] = []
        notes: list[Message] = []
        if chosen is self.Option.CREATE_CUSTOMER:
            for inv, (name, why) in _new_names(db, failures).items():
                if why is not None:
                    problems.append((inv, why))
                else:
                    changes.append(rec.qbo_create("Customer", rec.new_customer_body(db, inv, name),
                                                  entity_label("Customer", name), [inv]))
        else:
            for inv in rec.invoice_ids(failures):
                try:
                    if chosen is self.Option.REASSIGN:
                        changes += _reassign(db, inv, rec.per_invoice(params, inv))
                    else:
                        found, note = _correct_email(db, inv, rec.per_invoice(params, inv))
                        changes.append(found)
                        notes += [note] if note is not None and note not in notes else []
                except PlanError as err:
                    problems.append((inv, err.message))
        return Plan(self.id, option, rec.invoice_ids(failures), tuple(rec.merge(changes)), tuple(notes),
                    tuple(problems), dict(params))


def _new_names(db: sqlite_utils.Database, failures: Sequence[Failure]) -> dict[str, tuple[str, Message | None]]:
    """Per invoice: the new customer's name, or "" and why it cannot be created. One customer per contact."""
    namer = naming.Namer.from_db(db)
    by_contact: dict[str, str] = {}
    out: dict[str, tuple[str, Message | None]] = {}
    for inv in rec.invoice_ids(failures):
        facts = rec.invoice_facts(db, inv)
        name = naming.clean(facts["would_be_name"] or "")
        if facts["contact_id"] in by_contact:  # a second invoice of the same contact: same new customer
            out[inv] = (by_contact[facts["contact_id"]], None)
        elif not name:
            out[inv] = ("", NO_NAME)
        elif not namer.is_free(name):
            out[inv] = ("", NAME_TAKEN.format(name=name))
        else:
            by_contact[facts["contact_id"]] = namer.claim(name)
            out[inv] = (by_contact[facts["contact_id"]], None)
    return out


def _reassign(db: sqlite_utils.Database, inv: str, params: Mapping[str, Any]) -> list[Change]:
    chosen = str(params.get("contact_id") or "")
    if not chosen:
        raise PlanError(CHOOSE_CONTACT)
    return candidates.reassign_changes(db, inv, chosen)


def _checked_email(value: object) -> str:
    email = str(value or "").strip()
    problem = email_problem(email)
    if problem is not None:
        raise PlanError(problem)
    return email


def _correct_email(db: sqlite_utils.Database, inv: str, params: Mapping[str, Any]) -> tuple[Change, Message | None]:
    target = params.get("target", "quickbooks")
    facts = rec.invoice_facts(db, inv)
    customer_id = str(params.get("customer_id") or "")
    if target == "quickbooks":
        before = rec.qbo_raw(db, "Customer", customer_id) if customer_id else None
        if before is None:
            raise PlanError(CHOOSE_CUSTOMER)
        email = _checked_email(params.get("email") or facts["email"])
        old = str((before.get("PrimaryEmailAddr") or {}).get("Address") or "")
        body: dict[str, Any] = {"PrimaryEmailAddr": {"Address": email}}
        fields = [FieldChange(FIELD["PrimaryEmailAddr"], old, email)]
        if before.get("Active") is False:  # an inactive customer would only trade this failure for another
            body["Active"] = True
            fields.append(txn_words.reactivated())
        name = str(before.get("DisplayName") or customer_id)
        return (rec.qbo_sparse_update("Customer", before, body, entity_label("Customer", name), fields, [inv]),
                _email_in_use_note(db, old))
    if target != "hubspot":
        raise PlanError(BAD_TARGET.format(target=str(target)))
    person = rec.contact(db, facts["contact_id"])
    if person is None:
        raise PlanError(NO_CONTACT)
    wanted = str(params.get("email") or "").strip()
    if not wanted and customer_id:
        row = rec.one(db, "SELECT email FROM qbo_customers WHERE id = ?", [customer_id])
        wanted = str(row["email"] if row else "").strip()
    email = _checked_email(wanted)
    if norm_text(email) == norm_text(person["email"]):
        raise PlanError(SAME_EMAIL.format(email=email))
    twin = rec.one(db, "SELECT id, full_name FROM hs_contacts WHERE email_norm = ? AND id <> ?",
                   [norm_text(email), person["id"]])
    if twin:
        raise PlanError(TWIN.format(name=str(twin["full_name"] or twin["id"]), email=email))
    known = rec.one(db, "SELECT 1 AS x FROM qbo_customers WHERE email_norm = ?", [norm_text(email)])
    label = entity_label("contacts", person["full_name"] or person["id"])
    return (rec.hs_patch("contacts", person, {"email": email}, label,
                         [FieldChange(FIELD["email"], person["email"], email)], [inv]),
            None if known else NOBODY_HAS_IT.format(email=email))


def _email_in_use_note(db: sqlite_utils.Database, old_email: str) -> Message | None:
    """A warning when the customer's current email is what other HubSpot invoices find it by."""
    if not norm_text(old_email):
        return None
    row = db.execute("SELECT count(*) FROM facts_invoices WHERE email_norm = ? AND in_scope",
                     [norm_text(old_email)]).fetchone()
    return IN_USE.format(count=int(row[0]), email=old_email) if row[0] else None


KIND = MissingCustomer()
