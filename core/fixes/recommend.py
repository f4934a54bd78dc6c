"""Which fix to recommend when the fix is a choice of client: the evidence of core.fixes.likeness, weighed.

A contact to bill instead, a QuickBooks customer whose email to correct, or a new customer: the best convincing
look-alike wins (ties go to correcting the customer, which keeps the invoice on its own contact; then an active
customer over an inactive one). Nothing convincing and nobody alike: create the customer. Nothing convincing but
someone alike: nothing is recommended, the bookkeeper decides. Each candidate carries its evidence for the wizard.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import sqlite_utils

from core.fixes import likeness, memo
from core.fixes.likeness import Client, Likeness, Tier
from core.fixes.model import Choice
from core.i18n import N_, Message

BILL_CONTACT = N_("Recommend", "Recommended: bill {contact}. {evidence}")
CORRECT_CUSTOMER = N_("Recommend", "Recommended: the QuickBooks customer “{customer}” is this client. {evidence}")
CREATE_NOBODY = N_("Recommend", "Recommended: no QuickBooks customer looks like this client.")
CREATE_OTHERS = N_("Recommend", "Recommended: the look-alikes belong to other companies, so this client has no "
                                "QuickBooks customer yet.")
ONLY_OTHERS = N_("Recommend", "Not recommended: {who} belongs to another company. {evidence}")
UNSURE = N_("Recommend", "Not recommended: nothing shows that {who} is this client. {evidence}")
CHECK_FIRST = N_("Recommend", "Not recommended: a customer may already exist for this client ({who}); check it "
                              "first.")
BULK_SAME = N_("Recommend", "Recommended: none of these clients looks like an existing QuickBooks customer.")


def _customers(db: sqlite_utils.Database, me: Client, found: Sequence[Mapping[str, Any]],
               domains: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for c in found:
        row = db.execute("SELECT raw FROM qbo_customers WHERE id = ?", [c["customer_id"]]).fetchone()
        judged = likeness.of_customer(me, row[0] if row else "{}", domains)
        out.append({**c, "likeness": judged, "evidence": judged.why(), "other_company": judged.other_company})
    out.sort(key=lambda c: (not c["likeness"].convincing, -c["likeness"].tier, not c.get("active", True),
                            -float(c.get("score") or 0)))
    return out


def _contacts(db: sqlite_utils.Database, me: Client, found: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    names: dict[str, str] = memo.kept("company_names", lambda: {
        str(r[0]): str(r[1] or "") for r in db.execute("SELECT id, name FROM hs_companies")})
    out = []
    for c in found:
        company_id = str(c.get("company_id") or "")
        judged = likeness.of_contact(me, str(c.get("name") or ""), str(c.get("email") or ""), company_id,
                                     names.get(company_id, ""))
        out.append({**c, "likeness": judged, "evidence": judged.why(), "other_company": judged.other_company})
    out.sort(key=lambda c: (not c["likeness"].convincing, -c["likeness"].tier, -float(c.get("score") or 0)))
    return out


def _best(items: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    return next((c for c in items if c["likeness"].convincing), None)


def _tier(item: Mapping[str, Any] | None) -> Tier:
    return item["likeness"].tier if item is not None else Tier.NONE


def judge(db: sqlite_utils.Database, invoice: dict[str, Any], contacts: Sequence[Mapping[str, Any]],
          customers: Sequence[Mapping[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    """The contacts and customers with their evidence, best first, and which wins: "contact", "customer", "create"
    (nobody alike, or only other companies) or "" (someone alike, nothing convincing)."""
    me = likeness.client(db, invoice)
    domains = likeness.company_domains(db)
    people, clients = _contacts(db, me, contacts), _customers(db, me, customers, domains)
    contact, customer = _best(people), _best(clients)
    if customer is not None and _tier(customer) >= _tier(contact):
        return people, clients, "customer"
    if contact is not None:
        return people, clients, "contact"
    alike = [c for c in (*people, *clients) if not c["other_company"] and c["likeness"].tier > Tier.NONE]
    return people, clients, "" if alike else "create"


def _who_contact(c: Mapping[str, Any]) -> str:
    return f"{c.get('name') or ''} <{c.get('email') or ''}>"


def _why_not(items: Sequence[Mapping[str, Any]], who: str) -> Message | None:
    if not items:
        return None
    first: Likeness = items[0]["likeness"]
    message = ONLY_OTHERS if first.other_company else UNSURE
    return message.format(who=who, evidence=first.why())


def apply(choices: list[Choice], reassign: str, correct: str, create: str,
          people: Sequence[Mapping[str, Any]], clients: Sequence[Mapping[str, Any]], winner: str,
          bulk: bool = False) -> list[Choice]:
    """The choices with `recommended` and `why` set from judge()'s verdict; the winner's record pre-chosen."""
    out = []
    for choice in choices:
        if choice.id == reassign:
            if winner == "contact":
                best = people[0]
                choice = replace(choice, recommended=choice.available, why=BILL_CONTACT.format(
                    contact=_who_contact(best), evidence=best["evidence"]),
                    params={**choice.params, "contact_id": best["contact_id"]})
            else:
                choice = replace(choice, why=_why_not(people, _who_contact(people[0]) if people else ""))
        elif choice.id == correct:
            if winner == "customer":
                best = clients[0]
                choice = replace(choice, recommended=choice.available, why=CORRECT_CUSTOMER.format(
                    customer=best["customer_name"], evidence=best["evidence"]),
                    params={**choice.params, "customer_id": best["customer_id"]})
            else:
                who = f"“{clients[0]['customer_name']}”" if clients else ""
                choice = replace(choice, why=_why_not(clients, who),
                                 params={**choice.params, "customer_id": ""})
        elif choice.id == create:
            if winner in ("contact", "customer"):
                choice = replace(choice, why=SECOND_CUSTOMER)
            elif winner == "create":
                others = any(c["other_company"] for c in (*people, *clients))
                why = BULK_SAME if bulk else CREATE_OTHERS if others else CREATE_NOBODY
                choice = replace(choice, recommended=choice.available, why=why)
            elif winner == "":
                alike = next((c for c in (*clients, *people) if not c["other_company"]), None)
                if alike is not None:
                    who = alike.get("customer_name") or alike.get("name") or ""
                    choice = replace(choice, why=CHECK_FIRST.format(who=who))
        out.append(choice)
    return out


def public(items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Candidates as plain data (the wizard's params): the evidence kept as a message, the likeness as words."""
    return [{k: v for k, v in c.items() if k != "likeness"} | {"tier": c["likeness"].tier.name.lower()}
            for c in items]


SECOND_CUSTOMER = N_("Recommend", "Not recommended: this client already looks like a QuickBooks customer; a new one "
                                  "would be a second customer for the same client.")
HOLDER_OTHER = N_("Recommend", "Recommended: “{name}” is another business. {evidence} This client gets a customer "
                               "of its own.")
HOLDER_COLLEAGUE = N_("Recommend", "Recommended: “{name}” is the same company but bills another person ({email}); "
                                   "this contact gets a customer of its own. {evidence}")
HOLDER_SAME = N_("Recommend", "Recommended: “{name}” is this client. {evidence} Its email {email} is replaced.")
MAP_OTHER = N_("Recommend", "Not recommended: “{name}” is another business. {evidence}")
MAP_COLLEAGUE = N_("Recommend", "Not recommended: “{name}” bills {email}; giving it this contact's email takes it "
                                "from them.")
RENAME_WHY = N_("Recommend", "Not recommended unless “{name}” should change its name: its invoices and history stay, "
                             "but it is known by the new name from now on.")
CREATE_SAME = N_("Recommend", "Not recommended: “{name}” is already this client's customer; a new one would be a "
                              "duplicate.")


def rename_why(holder: Mapping[str, Any], rename: Choice) -> Choice:
    return replace(rename, why=RENAME_WHY.format(name=str(holder.get("DisplayName") or ""))) if rename.available \
        else rename


def for_holder(db: sqlite_utils.Database, invoice: dict[str, Any], holder: Mapping[str, Any],
               create: Choice, mapping: Choice) -> tuple[Choice, Choice]:
    """The customer holding the name the contact would get: the same client (use it), a colleague's customer or
    another business (a customer of its own). Its email is shown either way: the bookkeeper can judge."""
    me = likeness.client(db, invoice)
    judged = likeness.of_customer(me, holder, likeness.company_domains(db))
    name = str(holder.get("DisplayName") or "")
    email = str((holder.get("PrimaryEmailAddr") or {}).get("Address") or "")
    person = " ".join(str(holder.get(k) or "").strip() for k in ("GivenName", "FamilyName")).strip()
    evidence = judged.why()
    if judged.other_company:
        return (replace(create, recommended=create.available, why=HOLDER_OTHER.format(name=name, evidence=evidence)),
                replace(mapping, why=MAP_OTHER.format(name=name, evidence=evidence)))
    same_person = not email or (bool(person) and person.casefold() == me.name.casefold())
    if judged.convincing and same_person and mapping.available:
        return (replace(create, why=CREATE_SAME.format(name=name)),
                replace(mapping, recommended=True, why=HOLDER_SAME.format(name=name, evidence=evidence,
                                                                           email=email or "—")))
    return (replace(create, recommended=create.available,
                    why=HOLDER_COLLEAGUE.format(name=name, email=email or "—", evidence=evidence)),
            replace(mapping, why=MAP_COLLEAGUE.format(name=name, email=email or "—")))
