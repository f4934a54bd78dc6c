"""Scenario builders for tests: small, explicit companies where every invoice's expected kinds are known."""

from __future__ import annotations

import copy
from typing import Any

JSON = dict[str, Any]


def _line(qty: float, price: float, item: str = "1") -> JSON:
    return {"Amount": round(qty * price, 2), "DetailType": "SalesItemLineDetail",
            "SalesItemLineDetail": {"ItemRef": {"value": item}, "Qty": qty, "UnitPrice": price}}


def kinds_scenario(*, padding_invoices: int = 110, padding_customers: int = 1100,
                   revenue_recognition: bool = False) -> tuple[JSON, dict[str, set[str]]]:
    """A company with every failure kind, tricky cases, and enough rows to need paging on both sides.

    Returns the scenario and the expected kinds per HubSpot invoice number (empty set = syncs fine).
    """
    companies: list[JSON] = []
    contacts: list[JSON] = []
    invoices: list[JSON] = []
    customers: list[JSON] = []
    qbo_invoices: list[JSON] = []
    expected: dict[str, set[str]] = {}
    ids = iter(range(1000, 10**6))

    def company(name: str) -> str:
        cid = str(next(ids))
        companies.append({"id": cid, "name": name, "domain": f"{cid}.example"})
        return cid

    def contact(email: str, first: str, last: str, company_id: str | None = None) -> str:
        cid = str(next(ids))
        rec: JSON = {"id": cid, "email": email, "firstname": first, "lastname": last}
        if company_id:
            rec["company_id"] = company_id
        contacts.append(rec)
        return cid

    def invoice(number: str, contact_id: str, lines: list[tuple[float, float]], kinds: set[str],
                status: str = "open") -> None:
        invoices.append({"id": str(next(ids)), "number": number, "status": status, "currency": "USD",
                         "date": "2026-10-01", "due": "2026-10-31", "contact_id": contact_id,
                         "lines": [{"name": "Consulting", "quantity": q, "price": p, "sku": "CONS"}
                                   for q, p in lines]})
        expected[number] = kinds

    def customer(cid: str, name: str, email: str | None, active: bool = True) -> None:
        rec: JSON = {"Id": cid, "DisplayName": name, "Active": active}
        if email is not None:
            rec["PrimaryEmailAddr"] = {"Address": email}
        customers.append(rec)

    def qbo_invoice(qid: str, number: str, customer_id: str, lines: list[JSON]) -> None:
        qbo_invoices.append({"Id": qid, "DocNumber": number, "CustomerRef": {"value": customer_id},
                             "TxnDate": "2026-10-01", "Line": lines})

    rr = {"revenue_recognition_service_date"} if revenue_recognition else set()

    # Synced: emails differ only by case / surrounding spaces.
    c = contact("ana@clean.example", "Ana", "Ruiz", company("Clean Uno"))
    customer("1", "Clean Uno", "ANA@Clean.Example")
    invoice("T-001", c, [(2, 100.0)], set())
    qbo_invoice("101", "T-001", "1", [_line(2, 100.0)])
    c = contact("  bob@clean.example", "Bob", "Stone")
    customer("2", "Bob Stone", " bob@clean.example  ")
    invoice("T-002", c, [(1, 50.0), (3, 10.0)], set())
    qbo_invoice("102", "T-002", "2", [_line(3, 10.0), _line(1, 50.0)])  # line order does not matter

    # Edited in QuickBooks: a quantity changed; a line added.
    c = contact("edit1@x.example", "Eva", "Lind", company("Edit One"))
    customer("3", "Edit One", "edit1@x.example")
    invoice("T-010", c, [(10, 25.0)], {"edited_in_quickbooks"})
    qbo_invoice("110", "T-010", "3", [_line(8, 25.0)])
    c = contact("edit2@x.example", "Eli", "Moss")
    customer("4", "Eli Moss", "edit2@x.example")
    invoice("T-011", c, [(1, 500.0)], {"edited_in_quickbooks"})
    qbo_invoice("111", "T-011", "4", [_line(1, 500.0), _line(1, 18.0)])

    # Duplicate document number: an invoice of another customer; a credit memo of the same customer.
    c = contact("dup1@x.example", "Dan", "Park")
    customer("5", "Dan Park", "dup1@x.example")
    invoice("T-020", c, [(1, 100.0)], {"duplicate_document_number"} | rr)
    qbo_invoice("120", "T-020", "1", [_line(1, 75.0)])  # belongs to customer 1, not 5
    c = contact("dup2@x.example", "Dora", "Vega")
    customer("6", "Dora Vega", "dup2@x.example")
    invoice("T-021", c, [(1, 100.0)], {"duplicate_document_number"} | rr)
    credit_memos = [{"Id": "130", "DocNumber": "T-021", "CustomerRef": {"value": "6"}, "TxnDate": "2026-09-01",
                     "Line": [_line(1, 20.0)]}]

    # Duplicate display name: active customer (company name), inactive customer, vendor, employee,
    # case-only difference, accented name.
    c = contact("second@acme.example", "Second", "Person", company("Acme Ltd"))
    customer("7", "Acme Ltd", "first@acme.example")
    invoice("T-030", c, [(1, 10.0)], {"duplicate_display_name"} | rr)
    c = contact("new@old.example", "Nia", "Old", company("Old Client Inc"))
    customer("8", "Old Client Inc", "gone@old.example", active=False)
    invoice("T-031", c, [(1, 10.0)], {"duplicate_display_name"} | rr)
    c = contact("ven@x.example", "Vic", "Wu", company("Paper Supplies Co"))
    invoice("T-032", c, [(1, 10.0)], {"duplicate_display_name"} | rr)
    c = contact("emp@x.example", "marta", "RUIZ")  # no company: "marta RUIZ" vs employee "Marta Ruiz"
    invoice("T-033", c, [(1, 10.0)], {"duplicate_display_name"} | rr)
    c = contact("pan@x.example", "Lía", "Núñez", company("panadería núñez"))
    customer("9", "Panadería Núñez", "otra@x.example")
    invoice("T-034", c, [(1, 10.0)], {"duplicate_display_name"} | rr)

    # Missing customer: email matches nobody and the name is free (an apostrophe, accents).
    c = contact("obrien@x.example", "Sean", "O'Brien", company("O'Brien Design"))
    invoice("T-040", c, [(1, 10.0)], {"missing_customer"} | rr)
    c = contact("jose@x.example", "José", "Peña")
    customer("10", "Peña Consulting", "jose.old@x.example")  # same person, other email, other name
    invoice("T-041", c, [(1, 10.0)], {"missing_customer"} | rr)

    # Out of scope: draft and voided never fail.
    c = contact("draft@x.example", "Drew", "Draft")
    invoice("T-050", c, [(1, 10.0)], set(), status="draft")
    invoice("T-051", c, [(1, 10.0)], set(), status="voided")
    invoice("T-052", c, [(1, 10.0)], {"missing_customer"} | rr, status="paid")

    # Volume: clean invoices (> 100 HubSpot invoices) and filler customers (> 1000 QBO customers).
    for n in range(padding_invoices):
        c = contact(f"pad{n}@bulk.example", "Pad", f"Client {n}")
        qid = str(20_000 + n)
        customer(qid, f"Bulk Client {n}", f"PAD{n}@bulk.example")
        number = f"P-{n:04d}"
        invoice(number, c, [(1, 10.0 + n)], set())
        qbo_invoice(str(30_000 + n), number, qid, [_line(1, 10.0 + n)])
    for n in range(padding_customers):
        customer(str(50_000 + n), f"Walk-in {n}", f"walkin{n}@shop.example")

    scenario = {
        "name": "Kinds test company",
        "hubspot": {"companies": companies, "contacts": contacts, "invoices": invoices},
        "qbo": {
            "preferences": {"SalesFormsPrefs": {"CustomTxnNumbers": True},
                            "ProductAndServicesPrefs": {"RevenueRecognitionEnabled": revenue_recognition}},
            "Customer": customers,
            "Vendor": [{"Id": "200", "DisplayName": "Paper Supplies Co"}],
            "Employee": [{"Id": "300", "DisplayName": "Marta Ruiz"}],
            "Invoice": qbo_invoices,
            "CreditMemo": credit_memos,
        },
    }
    return copy.deepcopy(scenario), expected


def ready_scenario(ready: int, *, custom_numbers: bool, seed: int = 3) -> tuple[JSON, list[str]]:
    """A generated company where every in-scope invoice is ready to push (its customer exists, nothing wrong,
    no QuickBooks copy yet): at least `ready` of them. Returns the scenario and the ready invoices' ids."""
    from core.sandbox.scale import generate

    n = ready
    while True:
        scenario = generate(n, mix={}, seed=seed)
        scenario["qbo"]["Invoice"] = []
        scenario["qbo"]["preferences"]["SalesFormsPrefs"]["CustomTxnNumbers"] = custom_numbers
        scenario.pop("_expected")
        ids = [i["id"] for i in scenario["hubspot"]["invoices"] if i["status"] in ("open", "paid")]
        if len(ids) >= ready:
            return scenario, ids
        n += ready - len(ids)


def every_kind_scenario() -> JSON:
    """A small company where every registered kind fails somewhere, each of its evidence shapes at least once:
    kinds_scenario's invoices (revenue recognition on) plus one or two per remaining kind."""
    scenario, _ = kinds_scenario(padding_invoices=0, padding_customers=0, revenue_recognition=True)
    hs, qbo = scenario["hubspot"], scenario["qbo"]
    ids = iter(range(900_000, 10**7))

    def contact(email: str, first: str = "Pat", last: str = "Doe", company: str | None = None) -> str:
        cid = str(next(ids))
        rec: JSON = {"id": cid, "email": email, "firstname": first, "lastname": last}
        if company is not None:
            rec["company_id"] = str(next(ids))
            hs["companies"].append({"id": rec["company_id"], "name": company})
        hs["contacts"].append(rec)
        return cid

    def invoice(number: str, contact_id: str | None, **extra: Any) -> None:
        rec: JSON = {"id": str(next(ids)), "number": number, "status": "open", "currency": "USD",
                     "date": "2026-10-01", "due": "2026-10-31",
                     "lines": [{"name": "Consulting", "quantity": 1, "price": 100.0, "sku": "CONS"}], **extra}
        if contact_id is not None:
            rec["contact_id"] = contact_id
        hs["invoices"].append(rec)

    def customer(email: str, name: str, **extra: Any) -> None:
        qbo["Customer"].append({"Id": str(next(ids)), "DisplayName": name, "PrimaryEmailAddr": {"Address": email},
                                **extra})

    invoice("K-INACTIVE", contact("gone@k.example"))
    customer("gone@k.example", "Gone Ltd", Active=False)
    invoice("K-COLON", contact("colon@k.example", company="Acme: West"))
    invoice("K-LONG", contact("long@k.example", company="L" * 501))
    invoice("K-NOCONTACT", None)
    invoice("K-NOEMAIL", contact("", first="Nomail", last="Person"))
    invoice("K-NOLINES", contact("lines@k.example"), lines=[])
    invoice("K-CLOSED", contact("closed@k.example"), date="2026-06-30")
    invoice("K-345678901234567890XY", contact("long-number@k.example"))
    invoice("K-EUR", contact("eur@k.example"), currency="EUR")
    customer("eur@k.example", "Euro Buyer")
    invoice("K-ITEM", contact("item@k.example"),
            lines=[{"name": "Mystery box", "quantity": 2, "price": 5.0, "sku": "MB"}])
    customer("item@k.example", "Item Buyer")
    qbo["Item"] = [{"Id": "1", "Name": "Consulting", "Sku": "CONS"}]
    qbo["preferences"]["AccountingInfoPrefs"] = {"BookCloseDate": "2026-06-30"}
    qbo["preferences"]["CurrencyPrefs"] = {"HomeCurrency": {"value": "USD"}, "MultiCurrencyEnabled": False}
    return scenario
