"""Generated companies of any size (`--scenario scale:N`), consistent on both sides, for tests and benchmarks.

`generate(n)` returns a scenario dict (SCENARIOS.md) plus `_expected`: the failure kinds each HubSpot invoice
must be diagnosed with, built alongside the data so a test can compare a diagnosis against it. Plain loops
over flat lists, one seeded `Random`: 100k invoices take about a second; `scenario.build` does the rest.

Shape: N invoices (1–5 lines), N/2 contacts, N/10 companies. Every contact is a QBO customer (same email, with
case/space noise) except the contacts that carry the `missing_customer` and `duplicate_display_name`
invoices. Clean in-scope invoices have an identical QBO counterpart, except a few still pending (no
counterpart yet, nothing wrong: with revenue recognition on, they fail too). Names are unique by
construction (numbered past the word lists), so the only name collisions are the intended ones.
"""

from __future__ import annotations

import functools
import gc
import math
from datetime import date, timedelta
from random import Random
from typing import Any

JSON = dict[str, Any]

FAILURE_KINDS = ("missing_customer", "duplicate_display_name", "duplicate_document_number", "edited_in_quickbooks")
REVREC = "revenue_recognition_service_date"
# ~10 % of invoices fail by default, in the proportions support sees them.
DEFAULT_MIX = {"missing_customer": 0.03, "duplicate_display_name": 0.03, "duplicate_document_number": 0.02,
               "edited_in_quickbooks": 0.02}
# Shares of the clean invoices: out of scope (draft, voided), and in scope but not pushed yet.
DRAFT, VOIDED, PENDING = 0.05, 0.03, 0.02

FIRST = ("Lucía", "Diego", "Siobhan", "Andrés", "Carmen", "Mateo", "Valentina", "Liam", "Sofía", "Noah",
         "Camila", "Ethan", "Isabella", "Santiago", "Olivia", "Joaquín", "Emma", "Tomás", "Ava", "Nicolás",
         "Mía", "Gabriel", "Chloe", "Martín", "Zoe", "Julián", "Grace", "Emilio", "Harper", "Rafael",
         "Aisha", "Kenji", "Priya", "Omar", "Ingrid", "Tariq", "Mei", "Björn", "Fatima", "Declan")
LAST = ("Morales", "O'Connor", "Peña", "Ibáñez", "García", "Smith", "Núñez", "Johnson", "Castillo", "Brown",
        "Gómez", "Williams", "Ruiz", "Taylor", "Herrera", "Anderson", "Vargas", "Thomas", "Rojas", "Moore",
        "Ortega", "Martin", "Delgado", "Lee", "Navarro", "Walker", "Silva", "Hall", "Mendoza", "Young",
        "Aguilar", "King", "Cruz", "Wright", "Flores", "Scott", "Reyes", "Green", "Medina", "Baker")
BIZ_A = ("Green", "Bright", "Blue", "Golden", "Silver", "North", "South", "Coastal", "Summit", "Pioneer",
         "Sunny", "Red", "Oak", "Pine", "River", "Lakeside", "Urban", "Harbor", "Valley", "Prairie",
         "Cedar", "Maple", "Iron", "Crystal", "Evergreen", "Rapid", "Central", "Royal", "Alta", "Nueva")
BIZ_B = ("Path", "Valley", "Peak", "Bridge", "Garden", "Stone", "Field", "Creek", "Ridge", "Harvest",
         "Spring", "Light", "Wave", "Forge", "Anchor", "Arrow", "Crest", "Horizon", "Meadow", "Point",
         "Montaña", "Espiga", "Sonrisa", "Raíces", "Brisa", "Cuates", "Burbujas", "Luna", "Sol", "Mar")
BIZ_SUFFIX = ("Landscaping", "Tutoring", "Law Group", "Dental", "Bakery", "Realty", "Fitness Studio", "Café",
              "Auto Repair", "Printing", "Consulting", "Design Co.", "Florist", "Plumbing", "Veterinary", "LLC")
VENDOR_SUFFIX = ("Supplies", "Wholesale", "Logistics", "Office Depot", "Utilities", "Insurance", "Rentals",
                 "Telecom", "Hosting", "Freight")
# (name, sku, unit price)
ITEMS = (("Consulting hour", "CONS-H", 125.0), ("Web design package", "DSN-WEB", 2400.0),
         ("Logo & brand identity package", "DSN-BRAND", 1850.0), ("Monthly retainer", "RET-M", 900.0),
         ("SEO audit", "SEO-AUD", 650.0), ("Photography session", "PHOTO-S", 380.0),
         ("Copywriting (per page)", "COPY-P", 95.5), ("Hosting (annual)", "HOST-Y", 240.0),
         ("Training workshop", "TRAIN-W", 1200.0), ("Support hour", "SUP-H", 79.99),
         ("Printed brochures (100)", "PRINT-100", 149.0), ("Travel expenses", "TRAVEL", 60.25))
QTYS = (1, 1, 1, 1, 2, 2, 3, 4, 5, 10, 0.5, 1.5)
LINE_COUNTS = (1, 1, 1, 2, 2, 2, 3, 3, 4, 5)  # 1–5 lines, mostly short invoices
FIRST_DAY = date(2025, 1, 1)
DATES = [(FIRST_DAY + timedelta(days=d)).isoformat() for d in range(365 + 30)]


_PLAIN = str.maketrans("áéíóúñüöÁÉÍÓÚÑ", "aeiounuoAEIOUN")


@functools.lru_cache(maxsize=4096)  # names repeat a lot; e-mail addresses and domains are built from them
def _ascii(word: str) -> str:
    return "".join(ch for ch in word.translate(_PLAIN).lower() if ch.isalnum())


def person(k: int) -> tuple[str, str]:
    """The k-th (first name, last name): distinct for every k (two surnames; numbered past 64,000)."""
    f, rest = k % len(FIRST), k // len(FIRST)
    last = f"{LAST[rest % len(LAST)]} {LAST[(rest // len(LAST)) % len(LAST)]}"
    lap = k // (len(FIRST) * len(LAST) * len(LAST))
    return FIRST[f], last if lap == 0 else f"{last} {lap + 1}"


def business(k: int, suffixes: tuple[str, ...]) -> str:
    """The k-th business name with the given suffixes: distinct for every k (numbered past the word lists)."""
    a, rest = k % len(BIZ_A), k // len(BIZ_A)
    b, rest = rest % len(BIZ_B), rest // len(BIZ_B)
    s, lap = rest % len(suffixes), rest // len(suffixes)
    name = f"{BIZ_A[a]} {BIZ_B[b]} {suffixes[s]}"
    return name if lap == 0 else f"{name} {lap + 1}"


def kind_counts(n: int, mix: dict[str, float]) -> dict[str, int]:
    unknown = [k for k in mix if k not in FAILURE_KINDS]
    if unknown:
        raise ValueError(f"unknown failure kind {', '.join(unknown)}; known: {', '.join(FAILURE_KINDS)}")
    if any(share < 0 for share in mix.values()) or sum(mix.values()) > 1.0 + 1e-9:
        shares = ", ".join(f"{k}={v:g}" for k, v in mix.items() if v)
        raise ValueError(f"failure shares must be ≥ 0 and add up to at most 1, not {shares}")
    counts = {k: round(n * mix.get(k, 0.0)) for k in FAILURE_KINDS}
    while sum(counts.values()) > n:  # rounding up several kinds can overshoot by one or two
        counts[max(counts, key=lambda k: counts[k])] -= 1
    return counts


MAX_INVOICES = 1_000_000


def generate(n: int, *, mix: dict[str, float] | None = None, seed: int = 1,
             revenue_recognition: bool = False) -> JSON:
    """A consistent company with n HubSpot invoices. `mix` gives each failure kind's share of the invoices
    (kinds left out get none; default DEFAULT_MIX). `revenue_recognition` turns the QBO setting on, which adds
    that kind to every in-scope invoice without a counterpart."""
    if n < 1:
        raise ValueError("a scale scenario needs at least one invoice")
    if n > MAX_INVOICES:   # beyond this, generating alone would exhaust memory instead of answering
        raise ValueError(f"a scale scenario has at most {MAX_INVOICES:,} invoices")
    counts = kind_counts(n, DEFAULT_MIX if mix is None else mix)
    # Only acyclic dicts and lists are made here; the cyclic collector's passes over the growing heap
    # would otherwise double the time for 100k invoices.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _Builder(n, counts, Random(seed), revenue_recognition).build()
    finally:
        if was_enabled:
            gc.enable()


def expected_kinds(scenario: JSON) -> dict[str, int]:
    """How many invoices a correct diagnosis reports per kind (for a generated scenario)."""
    return dict(scenario["_expected"]["counts"])


def generate_from_spec(spec: str) -> JSON:
    """A scenario from 'N[,key=value...]': failures=SHARE (scales the default mix to that total),
    <kind>=SHARE (sets one kind), revrec=0|1, seed=N. E.g. '10000,failures=0.2,revrec=1'."""
    head, *options = [part.strip() for part in spec.split(",")]
    try:
        n = int(float(head[:-1]) * 1000) if head.lower().endswith("k") else int(head.replace("_", ""))
    except (ValueError, OverflowError):   # OverflowError: scale:infk
        raise ValueError(f"scale:{spec}: start with the number of invoices, e.g. scale:10000") from None
    failures: float | None = None
    shares: dict[str, float] = {}
    seed, revrec = 1, False
    for option in options:
        key, sep, value = (part.strip() for part in option.partition("="))
        try:
            if not sep:
                raise ValueError
            if key == "seed":
                seed = int(value)
            elif key in ("revrec", REVREC):
                revrec = value.lower() in ("1", "true", "yes", "on")
            elif key == "failures":
                failures = float(value)
            elif key in FAILURE_KINDS:
                shares[key] = float(value)
            else:
                raise KeyError(key)
        except KeyError:
            raise ValueError(f"scale:{spec}: unknown option '{key}'; known: failures, revrec, seed, "
                             f"{', '.join(FAILURE_KINDS)}") from None
        except ValueError:
            raise ValueError(f"scale:{spec}: '{option}' is not key=value with a number") from None
    scale = 1.0 if failures is None else failures / sum(DEFAULT_MIX.values())
    mix = {k: v * scale for k, v in DEFAULT_MIX.items()} | shares
    return generate(n, mix=mix, seed=seed, revenue_recognition=revrec)


class _Builder:
    def __init__(self, n: int, counts: dict[str, int], rng: Random, revrec: bool) -> None:
        self.n, self.counts, self.rng, self.revrec = n, counts, rng, revrec
        self.companies: list[JSON] = []
        self.contacts: list[JSON] = []
        self.customers: list[JSON] = []
        self.vendors: list[JSON] = []
        self.employees: list[JSON] = []
        self.qbo_ids = iter(range(1, 10**9))
        self.person_ids = iter(range(10**9))  # every person-name index is used once: names never clash

    def qbo_id(self) -> str:
        return str(next(self.qbo_ids))

    def contact(self, company: int | None) -> JSON:
        first, last = person(next(self.person_ids))
        k = len(self.contacts)
        domain = self.companies[company]["domain"] if company is not None else "mail.example"
        rec: JSON = {"id": str(20_000_000 + k), "email": f"{_ascii(first)}.{_ascii(last)}{k}@{domain}",
                     "firstname": first, "lastname": last}
        if company is not None:
            rec["company_id"] = self.companies[company]["id"]
        self.contacts.append(rec)
        return rec

    def customer(self, name: str, email: str, *, active: bool = True, company: str | None = None) -> JSON:
        k = len(self.customers)
        # QBO keeps what the bookkeeper typed; HubSpot matches emails trimmed and case-insensitively.
        noisy = email.upper() if k % 13 == 5 else f"  {email} " if k % 11 == 3 else email
        rec: JSON = {"Id": self.qbo_id(), "DisplayName": name, "PrimaryEmailAddr": {"Address": noisy}}
        if company:
            rec["CompanyName"] = company
        if not active:
            rec["Active"] = False
        self.customers.append(rec)
        return rec

    def build(self) -> JSON:
        n, rng = self.n, self.rng
        items = [{"Id": self.qbo_id(), "Name": name, "Sku": sku, "Type": "Service", "UnitPrice": price}
                 for name, sku, price in ITEMS]
        for k in range(max(1, n // 10)):
            name = business(k, BIZ_SUFFIX)
            self.companies.append({"id": str(10_000_000 + k), "name": name,
                                   "domain": f"{_ascii(name.split()[0])}{_ascii(name.split()[1])}{k}.example"})
        # Contacts per group in proportion to their invoices (about two invoices per contact overall).
        per = max(1, n // 2) / n
        missing = self.counts["missing_customer"]
        duplicate = self.counts["duplicate_display_name"]
        n_missing, n_dup = math.ceil(missing * per), math.ceil(duplicate * per)
        n_cust = max(max(1, n // 2) - n_missing - n_dup, 2 if n > missing + duplicate else 0)
        cust_contacts = [self.customer_contact(j) for j in range(n_cust)]
        missing_contacts = [self.contact(None) for _ in range(n_missing)]
        dup_contacts = [self.duplicate_name_contact(j, min(n_cust, len(self.companies))) for j in range(n_dup)]
        self.filler(n)

        kinds = [k for k in FAILURE_KINDS for _ in range(self.counts[k])]
        kinds += ["clean"] * (n - len(kinds))
        rng.shuffle(kinds)
        invoices: list[JSON] = []
        qbo_invoices: list[JSON] = []
        credit_memos: list[JSON] = []
        expected: dict[str, list[str]] = {}
        counterparts: dict[str, str] = {}
        cursor = {"missing_customer": 0, "duplicate_display_name": 0}
        rnd = rng.random
        for i, kind in enumerate(kinds):
            number = f"INV-{100_001 + i}"
            day = int(rnd() * 365)  # int(random() * k): a third of randrange's cost in this hot loop
            j = -1  # the customer contact's index, which is also its customer's (both made in step)
            if kind in cursor:  # round robin: every contact of the group carries some of its invoices
                group = missing_contacts if kind == "missing_customer" else dup_contacts
                contact = group[cursor[kind] % len(group)]
                cursor[kind] += 1
            else:
                j = int(rnd() * n_cust)
                contact = cust_contacts[j]
            cust = self.customers[j] if j >= 0 else None
            status = "open" if rnd() < 0.6 else "paid"
            if kind == "clean":
                r = rnd()
                status = "draft" if r < DRAFT else "voided" if r < DRAFT + VOIDED else status
                kind = "pending" if DRAFT + VOIDED <= r < DRAFT + VOIDED + PENDING else kind
            lines = [(int(rnd() * len(ITEMS)), QTYS[int(rnd() * len(QTYS))])
                     for _ in range(LINE_COUNTS[int(rnd() * len(LINE_COUNTS))])]
            invoice: JSON = {"id": str(30_000_000 + i), "number": number, "status": status, "currency": "USD",
                             "date": DATES[day], "due": DATES[day + 30], "contact_id": contact["id"],
                             "lines": [{"name": ITEMS[t][0], "quantity": q, "price": ITEMS[t][2], "sku": ITEMS[t][1]}
                                       for t, q in lines]}
            if "company_id" in contact:
                invoice["company_id"] = contact["company_id"]
            invoices.append(invoice)
            synced = kind in ("clean", "edited_in_quickbooks") and status in ("open", "paid")
            if synced and cust is not None:
                qbo_lines = self.edited(lines) if kind == "edited_in_quickbooks" else lines
                if rnd() < 0.2:
                    qbo_lines = qbo_lines[::-1]  # line order does not matter to the comparison
                doc = self.txn(number, cust["Id"], qbo_lines, items, DATES[day])
                if status == "paid":
                    doc["Balance"] = 0
                qbo_invoices.append(doc)
                counterparts[number] = doc["Id"]
            elif kind == "duplicate_document_number" and cust is not None:
                other = self.customers[(j + 1 + rng.randrange(n_cust - 1)) % n_cust] if n_cust > 1 else cust
                native = self.txn(number, other["Id"], [(rng.randrange(len(ITEMS)), 1)], items, DATES[day])
                # Another customer's QBO invoice, or a credit memo (any customer): both hold the number.
                (qbo_invoices if other is not cust and rng.random() < 0.5 else credit_memos).append(native)
            found = set() if kind in ("clean", "pending") else {kind}
            if self.revrec and status in ("open", "paid") and number not in counterparts:
                found.add(REVREC)
            if found:
                expected[number] = sorted(found)
        totals = {k: 0 for k in (*FAILURE_KINDS, REVREC)}
        for found_kinds in expected.values():
            for found_kind in found_kinds:
                totals[found_kind] += 1
        return {
            "name": f"Scale Company ({n:,} invoices)",
            "hubspot": {"companies": self.companies, "contacts": self.contacts, "invoices": invoices},
            "qbo": {
                "preferences": {"SalesFormsPrefs": {"CustomTxnNumbers": True, "AllowServiceDate": True},
                                "ProductAndServicesPrefs": {"RevenueRecognitionEnabled": self.revrec}},
                "Customer": self.customers, "Vendor": self.vendors, "Employee": self.employees, "Item": items,
                "Invoice": qbo_invoices, "CreditMemo": credit_memos,
            },
            "_expected": {"counts": totals, "kinds": expected, "counterparts": counterparts},
        }

    def customer_contact(self, j: int) -> JSON:
        """A contact who is a QBO customer. The first contact of each company gives the customer its name,
        as HubSpot's integration does; later ones (and contacts without a company) go by their own name."""
        n_comp = len(self.companies)
        company = j if j < n_comp else (self.rng.randrange(n_comp) if self.rng.random() < 0.7 else None)
        rec = self.contact(company)
        company_name = self.companies[company]["name"] if company is not None else None
        name = company_name if j < n_comp and company_name else f"{rec['firstname']} {rec['lastname']}"
        self.customer(name, rec["email"], company=company_name)
        return rec

    def duplicate_name_contact(self, j: int, named_companies: int) -> JSON:
        """A contact without a customer whose would-be customer name is taken: mostly by the customer named
        after its company; else by a vendor, an employee or an inactive customer with its own name."""
        variant = j % 10
        if variant < 7 and named_companies:
            return self.contact(self.rng.randrange(named_companies))
        rec = self.contact(None)
        name = f"{rec['firstname']} {rec['lastname']}"
        name = name.upper() if j % 20 == 7 else name  # QBO compares names case-insensitively
        if variant == 9:
            self.customer(name, f"old{j}@{_ascii(rec['lastname'])}.example", active=False)
        elif variant == 8:
            self.employees.append({"Id": self.qbo_id(), "DisplayName": name, "GivenName": rec["firstname"],
                                   "FamilyName": rec["lastname"]})
        else:
            self.vendors.append({"Id": self.qbo_id(), "DisplayName": name})
        return rec

    def filler(self, n: int) -> None:
        """Vendors and employees (a few hundred) and QBO-only customers: names nobody in HubSpot would get."""
        for k in range(min(300, max(10, n // 200))):
            self.vendors.append({"Id": self.qbo_id(), "DisplayName": business(k, VENDOR_SUFFIX)})
        for _ in range(min(200, max(5, n // 500))):
            first, last = person(next(self.person_ids))
            self.employees.append({"Id": self.qbo_id(), "DisplayName": f"{first} {last}", "GivenName": first,
                                   "FamilyName": last})
        for k in range(n // 100):
            first, last = person(next(self.person_ids))
            self.customer(f"{first} {last}", f"walkin{k}@shop.example", active=k % 4 != 0)

    def edited(self, lines: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The QBO copy after a bookkeeper's edit: a quantity changed, or a line added."""
        if self.rng.random() < 0.5:
            item, qty = lines[0]
            return [(item, qty + 1), *lines[1:]]
        return [*lines, (self.rng.randrange(len(ITEMS)), 1)]

    def txn(self, number: str, customer_id: str, lines: list[tuple[int, float]], items: list[JSON],
            day: str) -> JSON:
        return {"Id": self.qbo_id(), "DocNumber": number, "CustomerRef": {"value": customer_id}, "TxnDate": day,
                "Line": [{"Amount": round(q * ITEMS[t][2], 2), "DetailType": "SalesItemLineDetail",
                          "SalesItemLineDetail": {"ItemRef": {"value": items[t]["Id"], "name": ITEMS[t][0]},
                                                  "Qty": q, "UnitPrice": ITEMS[t][2]}}
                         for t, q in lines]}
