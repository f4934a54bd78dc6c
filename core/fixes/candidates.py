"""Other contacts an invoice could be billed to: ones whose email an active QBO customer already has.

Contacts of the same HubSpot company come first; the rest are ranked with rapidfuzz by how close their name,
email and email domain are to the failing contact's (and the QBO customer's name to the name it would get).
Also builds the re-assignment itself: HubSpot keeps exactly one contact on an invoice (typeId 177), so the
plan removes the current contact(s) and then adds the chosen one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import sqlite_utils
from rapidfuzz import fuzz, process

from core.fixes import fuzzy, memo
from core.fixes.errors import PlanError
from core.fixes.model import Action, Change, FieldChange
from core.fixes.records import contact, invoice_facts
from core.fixes.txn_words import ONE_CONTACT_WHY
from core.fixes.words import FIELD
from core.i18n import N_
from core.normalize import norm_text

NOT_CACHED = N_("Plan", "Contact {id} is not in the cache; refresh first.")
NO_ACTIVE_CUSTOMER = N_("Plan", "{contact} has no active QuickBooks customer with that email.")
REMOVE_CONTACT = N_("Plan", "Invoice {number}: remove contact {contact}")
BILL_TO = N_("Plan", "Invoice {number}: bill to {contact}")
INVOICE_TO_CONTACT = 177
SHORTLIST = 50            # fuzzy pre-selection per signal before the full score is computed
MIN_SCORE = 40.0          # below this a contact of another company is noise, not a suggestion
SIMILAR_MIN = 55.0        # a customer whose email may be the wrong one must look clearly alike
WEBMAIL = frozenset({"gmail.com", "googlemail.com", "hotmail.com", "outlook.com", "live.com", "yahoo.com",
                     "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "mail.example"})


@dataclass(frozen=True)
class Candidate:
    contact_id: str
    name: str
    email: str
    customer_id: str
    customer_name: str
    score: float
    same_company: bool
    company_id: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Row:
    contact_id: str
    name: str
    email: str
    company_id: str
    customer_id: str
    customer_name: str


def _split(email: str) -> tuple[str, str]:
    local, _, domain = norm_text(email).partition("@")
    return local, domain


class Pool:
    """The contacts that resolve to an active QBO customer by email, read once for many invoices."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        sql = """
            SELECT ct.id, ct.full_name, ct.email, coalesce(cc.company_id, '') AS company_id,
                   (SELECT cu.id FROM qbo_customers cu WHERE cu.email_norm = ct.email_norm AND cu.active
                     ORDER BY cu.id LIMIT 1) AS customer_id
              FROM hs_contacts ct LEFT JOIN v_contact_company cc ON cc.contact_id = ct.id
             WHERE ct.email_norm <> ''"""
        names = {r[0]: r[1] for r in db.execute("SELECT id, display_name FROM qbo_customers WHERE active")}
        self.rows = [_Row(str(r[0]), r[1] or "", r[2] or "", str(r[3] or ""), str(r[4]), names.get(r[4], ""))
                     for r in db.execute(sql) if r[4] is not None]
        self.names = [norm_text(r.name) for r in self.rows]
        self.customer_names = [norm_text(r.customer_name) for r in self.rows]
        self.locals = [_split(r.email)[0] for r in self.rows]
        self.domains = [_split(r.email)[1] for r in self.rows]
        self.by_company = fuzzy.index([r.company_id for r in self.rows])
        self.by_domain = fuzzy.index(self.domains)
        self.sorted = {"names": fuzzy.SortRatio(self.names), "customer_names": fuzzy.SortRatio(self.customer_names),
                       "locals": fuzzy.SortRatio(self.locals)}

    @classmethod
    def of(cls, db: sqlite_utils.Database) -> Pool:
        """The pool, read once per core.fixes.memo scope (else now)."""
        return memo.kept("contact_pool", lambda: cls(db))

    def rank(self, db: sqlite_utils.Database, invoice_id: str, limit: int = 10) -> list[Candidate]:
        inv = invoice_facts(db, invoice_id)
        me = contact(db, inv["contact_id"])
        name = norm_text(me["full_name"] if me else "")
        would_be = norm_text(inv["would_be_name"])
        local, domain = _split(inv["email"] or "")
        company_id = str(inv["company_id"] or "")
        picked: set[int] = set(self.by_company.get(company_id, ()) if company_id else ())
        if domain and domain not in WEBMAIL:
            picked.update(self.by_domain.get(domain, ()))
        for query, choices in ((name, "names"), (would_be, "customer_names"), (local, "locals")):
            if query:
                picked |= {i for _, i in self.sorted[choices].best(query, SHORTLIST)}
        found = []
        for i in picked:
            row = self.rows[i]
            if row.contact_id == inv["contact_id"]:
                continue
            same = bool(company_id) and row.company_id == company_id
            name_score = max(fuzz.token_sort_ratio(name, self.names[i]) if name else 0.0,
                             fuzz.token_set_ratio(would_be, self.customer_names[i]) if would_be else 0.0)
            if domain and self.domains[i] == domain and domain not in WEBMAIL:
                domain_score = 100.0
            else:
                domain_score = fuzz.ratio(domain, self.domains[i]) * 0.5 if domain else 0.0
            email_score = fuzz.ratio(local, self.locals[i]) if local else 0.0
            score = round(0.5 * name_score + 0.3 * domain_score + 0.2 * email_score, 1)
            if same or score >= MIN_SCORE:
                found.append(Candidate(row.contact_id, row.name, row.email, row.customer_id, row.customer_name,
                                       score, same, row.company_id))
        found.sort(key=lambda c: (not c.same_company, -c.score, norm_text(c.name), c.contact_id))
        return found[:limit]


def rank(db: sqlite_utils.Database, invoice_id: str, limit: int = 10) -> list[Candidate]:
    return Pool.of(db).rank(db, invoice_id, limit)


def _who(row: dict[str, Any] | None, contact_id: str) -> str:
    if row is None:
        return contact_id
    name = row["full_name"] or contact_id
    return f"{name} <{row['email']}>" if row["email"] else name


def reassign_changes(db: sqlite_utils.Database, invoice_id: str, new_contact_id: str) -> list[Change]:
    """Remove the invoice's current contact(s), then add `new_contact_id` as its one contact (typeId 177)."""
    inv = invoice_facts(db, invoice_id)
    new = contact(db, new_contact_id)
    if new is None:
        raise PlanError(NOT_CACHED.format(id=new_contact_id))
    if not db.execute("SELECT 1 FROM qbo_customers WHERE email_norm = ? AND email_norm <> '' AND active",
                      [new["email_norm"]]).fetchone():
        raise PlanError(NO_ACTIVE_CUSTOMER.format(contact=_who(new, new_contact_id)))
    current: dict[str, list[int]] = {}
    for to_id, type_id in db.execute(
            "SELECT to_id, type_id FROM hs_associations WHERE from_type = 'invoices' AND from_id = ? "
            "AND to_type = 'contacts' ORDER BY to_id, type_id", [invoice_id]).fetchall():
        current.setdefault(str(to_id), []).append(int(type_id))
    version = str(db.execute("SELECT updated_at FROM hs_invoices WHERE id = ?", [invoice_id]).fetchone()[0] or "")
    number = inv["number"] or invoice_id
    field = FIELD["contact"]
    changes = []
    for old_id, types in current.items():
        if old_id == new_contact_id:
            continue
        who = _who(contact(db, old_id), old_id)
        changes.append(Change(
            "hubspot", "association", Action.DISSOCIATE, f"invoices/{invoice_id}/contacts/{old_id}",
            REMOVE_CONTACT.format(number=number, contact=who),
            (FieldChange(field, who, None, reason=ONE_CONTACT_WHY),), body={}, version=version,
            before={"from_type": "invoices", "from_id": invoice_id, "to_type": "contacts", "to_id": old_id,
                    "type_ids": types},
            invoice_ids=(invoice_id,)))
    if new_contact_id not in current:
        who = _who(new, new_contact_id)
        changes.append(Change(
            "hubspot", "association", Action.ASSOCIATE, f"invoices/{invoice_id}/contacts/{new_contact_id}",
            BILL_TO.format(number=number, contact=who),
            (FieldChange(field, None, who),),
            # the one association type of the v4 PUT /crm/v4/objects/invoices/{id}/associations/contacts/{id}
            body={"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": INVOICE_TO_CONTACT},
            # checked once, by the removal just before it: that removal may itself move the invoice's updatedAt
            version="" if changes else version, invoice_ids=(invoice_id,)))
    return changes


def candidates_json(found: Sequence[Candidate]) -> list[dict[str, Any]]:
    return [c.to_json() for c in found]


def similar_customers(db: sqlite_utils.Database, invoice_id: str, limit: int = 10) -> list[dict[str, Any]]:
    """QBO customers whose name or email look like the invoice's contact: the ones whose email may be wrong."""
    inv = invoice_facts(db, invoice_id)
    me = contact(db, inv["contact_id"])
    queries = dict.fromkeys(norm_text(q) for q in (inv["would_be_name"], me["full_name"] if me else "") if q)
    local, domain = _split(inv["email"] or "")
    rows, names, by_name, locals_, by_domain = memo.kept("customers", lambda: _customers(db))
    scores: dict[int, float] = {}
    # The cut-offs drop only what the SIMILAR_MIN filter below would drop.
    for query in queries:
        for score, i in by_name.best(query, SHORTLIST, SIMILAR_MIN):
            scores[i] = max(scores.get(i, 0.0), score)
    if local:
        for _, score, i in process.extract(local, locals_, scorer=fuzz.ratio, limit=SHORTLIST,
                                           score_cutoff=SIMILAR_MIN / 0.9):
            scores[i] = max(scores.get(i, 0.0), float(score) * 0.9)
    if domain and domain not in WEBMAIL:
        for i in by_domain.get(domain, ()):
            scores[i] = max(scores.get(i, 0.0), 90.0)
    best = sorted((i for i, s in scores.items() if s >= SIMILAR_MIN), key=lambda i: (-scores[i], names[i]))[:limit]
    return [{"customer_id": str(rows[i][0]), "customer_name": rows[i][1] or "", "email": rows[i][2] or "",
             "active": bool(rows[i][3]), "score": round(scores[i], 1)} for i in best]


def _customers(db: sqlite_utils.Database) -> tuple[list[Any], list[str], fuzzy.SetRatio, list[str],
                                                   dict[str, list[int]]]:
    """Every QBO customer (id, name, email, active), its normalised name (and their look-up), its email's part
    before the @, and the customers by email domain."""
    rows = db.execute("SELECT id, display_name, email, active FROM qbo_customers").fetchall()
    emails = [_split(r[2] or "") for r in rows]
    names = [norm_text(r[1]) for r in rows]
    return rows, names, fuzzy.SetRatio(names), [e[0] for e in emails], fuzzy.index([e[1] for e in emails])
