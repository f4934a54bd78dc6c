"""How sure a match is: the evidence that a QuickBooks customer, or another HubSpot contact, is the invoice's client.

Ranked as a bookkeeper weighs it: the same email, then the same company (HubSpot company name = QuickBooks company
name, or the email domain is the company's), then the same email domain, then the same person's name. A look-alike
that belongs to another company is labelled so and is never recommended, whatever else it shares (two businesses may
share a name, a surname is not a client). A similar name alone is evidence to show, never enough to recommend.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

import sqlite_utils
from rapidfuzz import fuzz

from core.fixes import memo
from core.fixes.candidates import WEBMAIL
from core.i18n import N_, Message, joined
from core.normalize import norm_text


class Tier(IntEnum):
    NONE = 0
    SIMILAR_NAME = 1     # shown, never recommended
    SAME_NAME = 2
    SAME_DOMAIN = 3
    SAME_COMPANY = 4
    SAME_EMAIL = 5


CONVINCING = Tier.SAME_NAME

SAME_EMAIL = N_("Likeness", "same email ({email})")
SAME_COMPANY = N_("Likeness", "same company ({company})")
SAME_DOMAIN = N_("Likeness", "same email domain ({domain})")
SAME_NAME = N_("Likeness", "same name ({name})")
SIMILAR_NAME = N_("Likeness", "similar name ({name})")
OTHER_COMPANY = N_("Likeness", "another company ({company})")
OTHER_BUSINESS = N_("Likeness", "another business with the same name (email at {domain}, not {mine})")
NOTHING_ALIKE = N_("Likeness", "nothing in common")
EVIDENCE = N_("Likeness", "Evidence: {evidence}.")


@dataclass(frozen=True)
class Client:
    """The invoice's contact as the evidence compares it: person, email, company."""

    name: str
    email: str
    company_id: str
    company: str
    company_domain: str

    @property
    def domain(self) -> str:
        return _domain(self.email)


@dataclass(frozen=True)
class Likeness:
    tier: Tier
    other_company: bool
    evidence: tuple[Message, ...]

    @property
    def convincing(self) -> bool:
        return not self.other_company and self.tier >= CONVINCING

    def why(self) -> Message:
        return EVIDENCE.format(evidence=joined(list(self.evidence) or [NOTHING_ALIKE], ", "))

    def to_json(self) -> dict[str, Any]:
        return {"tier": self.tier.name.lower(), "other_company": self.other_company,
                "why": str(self.why())}


def _domain(email: str) -> str:
    return norm_text(email).partition("@")[2]


def _company_domain(domain: str) -> bool:
    return bool(domain) and domain not in WEBMAIL


def client(db: sqlite_utils.Database, invoice: dict[str, Any]) -> Client:
    company_domain = ""
    if invoice.get("company_id"):
        row = db.execute("SELECT domain FROM hs_companies WHERE id = ?", [invoice["company_id"]]).fetchone()
        company_domain = norm_text(row[0] if row else "")
    return Client(str(invoice.get("full_name") or ""), str(invoice.get("email") or ""),
                  str(invoice.get("company_id") or ""), str(invoice.get("company_name") or ""), company_domain)


def company_domains(db: sqlite_utils.Database) -> dict[str, str]:
    """Every HubSpot company's email domain → its name: an email at one of them belongs to that company."""
    return memo.kept("company_domains", lambda: {norm_text(r[0]): str(r[1] or "") for r in db.execute(
        "SELECT domain, name FROM hs_companies WHERE coalesce(domain, '') <> ''")})


def _names(name: str, similar: float) -> tuple[Tier, Message | None]:
    if not name:
        return Tier.NONE, None
    if similar >= 100.0:
        return Tier.SAME_NAME, SAME_NAME.format(name=name)
    return (Tier.SIMILAR_NAME, SIMILAR_NAME.format(name=name)) if similar >= 60.0 else (Tier.NONE, None)


def of_customer(me: Client, raw: Mapping[str, Any] | str, domains: dict[str, str]) -> Likeness:
    """A QuickBooks customer (its cached JSON) against the invoice's contact."""
    cust: Mapping[str, Any] = json.loads(raw) if isinstance(raw, str) else raw
    email = str((cust.get("PrimaryEmailAddr") or {}).get("Address") or "")
    company = str(cust.get("CompanyName") or "").strip()
    person = " ".join(str(cust.get(k) or "").strip() for k in ("GivenName", "FamilyName")).strip()
    display = str(cust.get("DisplayName") or "")
    domain = _domain(email)
    found: list[tuple[Tier, Message]] = []
    other: Message | None = None
    if email and norm_text(email) == norm_text(me.email):
        found.append((Tier.SAME_EMAIL, SAME_EMAIL.format(email=email)))
    same_person = bool(me.name) and norm_text(me.name) in (norm_text(person), norm_text(display))
    names_company = bool(me.company) and norm_text(me.company) in (norm_text(company), norm_text(display))
    both_domains = _company_domain(domain) and _company_domain(me.domain)
    if names_company:
        if both_domains and domain != me.domain and domain != me.company_domain and not same_person:
            other = OTHER_BUSINESS.format(domain=domain, mine=me.domain)   # one name, two businesses
        else:
            found.append((Tier.SAME_COMPANY, SAME_COMPANY.format(company=me.company)))
    elif _company_domain(domain) and domain in (me.company_domain, me.domain) and me.company:
        found.append((Tier.SAME_COMPANY, SAME_COMPANY.format(company=me.company)))
    elif _company_domain(domain) and domain == me.domain:
        found.append((Tier.SAME_DOMAIN, SAME_DOMAIN.format(domain=domain)))
    if other is None and not any(t == Tier.SAME_COMPANY for t, _ in found):
        if company and me.company and not names_company:
            other = OTHER_COMPANY.format(company=company)
        elif _company_domain(domain) and domains.get(domain) and norm_text(domains[domain]) != norm_text(me.company):
            other = OTHER_COMPANY.format(company=domains[domain])
    similar = max(float(fuzz.token_sort_ratio(norm_text(me.name), norm_text(person or display))),
                  float(fuzz.token_sort_ratio(norm_text(me.name), norm_text(display)))) if me.name else 0.0
    tier, words = _names(person or display, 100.0 if same_person else similar)
    if words is not None:
        found.append((tier, words))
    return _likeness(found, other)


def of_contact(me: Client, name: str, email: str, company_id: str, company: str) -> Likeness:
    """Another HubSpot contact (whose email a QuickBooks customer has) against the invoice's contact."""
    found: list[tuple[Tier, Message]] = []
    other: Message | None = None
    domain = _domain(email)
    if me.company_id and company_id == me.company_id:
        found.append((Tier.SAME_COMPANY, SAME_COMPANY.format(company=me.company or company)))
    elif company_id and me.company_id:
        other = OTHER_COMPANY.format(company=company or company_id)
    elif _company_domain(domain) and domain == me.domain:
        found.append((Tier.SAME_DOMAIN, SAME_DOMAIN.format(domain=domain)))
    similar = float(fuzz.token_sort_ratio(norm_text(me.name), norm_text(name))) if me.name and name else 0.0
    tier, words = _names(name, similar)
    if words is not None:
        found.append((tier, words))
    return _likeness(found, other)


def _likeness(found: list[tuple[Tier, Message]], other: Message | None) -> Likeness:
    tier = max((t for t, _ in found), default=Tier.NONE)
    evidence = tuple(m for _, m in sorted(found, key=lambda x: -x[0]))
    return Likeness(tier, other is not None, ((other,) if other is not None else ()) + evidence)
