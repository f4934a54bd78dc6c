"""A small company on both sides, hand-written Changes, and the sandbox/clients/journal fixtures for the fix
machinery's tests (journal, apply, undo…)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.fixes.clients import Clients
from core.fixes.model import Action, Change, FieldChange, Plan
from core.fixes.words import entity_label, field
from core.http import ApiSession
from core.hubspot.writes import HubSpotWriter
from core.i18n import verbatim
from core.journal import Journal
from core.qbo.writes import QboWriter
from core.sandbox.server import Sandbox
from core.types import Endpoints

JSON = dict[str, Any]

SCENARIO: JSON = {
    "name": "Fix test company",
    "hubspot": {
        "companies": [{"id": "5001", "name": "Acme Corp", "domain": "acme.example"}],
        "contacts": [
            {"id": "1001", "email": "ann@acme.example", "firstname": "Ann", "lastname": "Lee", "company_id": "5001"},
            {"id": "1002", "email": "bob@beta.example", "firstname": "Bob", "lastname": "Beta"},
            {"id": "1003", "email": "cy@acme.example", "firstname": "Cy", "lastname": "Moss", "company_id": "5001"},
        ],
        "invoices": [
            {"id": "9001", "number": "INV-1", "status": "open", "currency": "USD", "date": "2026-10-01",
             "due": "2026-10-31", "contact_id": "1001",
             "lines": [{"id": "7001", "name": "Consulting hour", "quantity": 2, "price": 150.0, "sku": "CONS-H"}]},
            {"id": "9002", "number": "INV-2", "status": "open", "currency": "USD", "date": "2026-10-02",
             "due": "2026-11-01", "contact_id": "1002",
             "lines": [{"id": "7002", "name": "Consulting hour", "quantity": 3, "price": 150.0, "sku": "CONS-H"}]},
            {"id": "9003", "number": "INV-3", "status": "open", "currency": "USD", "date": "2026-10-03",
             "due": "2026-11-02", "contact_id": "1003",
             "lines": [{"id": "7003", "name": "Consulting hour", "quantity": 1, "price": 150.0, "sku": "CONS-H"}]},
        ],
    },
    "qbo": {
        "preferences": {"SalesFormsPrefs": {"CustomTxnNumbers": True},
                        "ProductAndServicesPrefs": {"RevenueRecognitionEnabled": False}},
        "Customer": [{"Id": "1", "DisplayName": "Acme Corp", "PrimaryEmailAddr": {"Address": "ann@acme.example"},
                      "Active": True}],
        "Item": [{"Id": "1", "Name": "Consulting hour", "Sku": "CONS-H", "Type": "Service", "Active": True}],
        "Invoice": [{"Id": "301", "DocNumber": "INV-1", "CustomerRef": {"value": "1"}, "TxnDate": "2026-10-01",
                     "Line": [{"Amount": 300.0, "DetailType": "SalesItemLineDetail",
                               "SalesItemLineDetail": {"ItemRef": {"value": "1"}, "Qty": 2, "UnitPrice": 150.0}}]}],
    },
}


def scenario(**qbo_prefs: Any) -> JSON:
    out = copy.deepcopy(SCENARIO)
    out["qbo"]["preferences"].update(qbo_prefs)
    return out


def plan_of(*changes: Change, kind: str = "missing_customer", option: str = "create",
            invoice_ids: tuple[str, ...] = ("9002",)) -> Plan:
    return Plan(kind=kind, option=option, invoice_ids=invoice_ids, changes=tuple(changes))


def create_customer(name: str = "Bob Beta", email: str = "bob@beta.example") -> Change:
    body = {"DisplayName": name, "PrimaryEmailAddr": {"Address": email}}
    return Change("quickbooks", "Customer", Action.CREATE, "", entity_label("Customer", name),
                  (FieldChange(field("DisplayName"), None, name), FieldChange(field("email"), None, email)), body,
                  invoice_ids=("9002",))


def push_invoice(number: str = "INV-2", customer: str = "$ref:0", qty: float = 3, hs_id: str = "9002") -> Change:
    body = {"DocNumber": number, "CustomerRef": {"value": customer}, "TxnDate": "2026-10-02",
            "Line": [{"Amount": qty * 150.0, "DetailType": "SalesItemLineDetail", "Description": "Consulting hour",
                      "SalesItemLineDetail": {"ItemRef": {"value": "1"}, "Qty": qty, "UnitPrice": 150.0}}]}
    return Change("quickbooks", "Invoice", Action.PUSH, "", verbatim(f"Invoice {number}"),
                  (FieldChange(field("DocNumber"), None, number),), body, invoice_ids=(hs_id,))


def rename_customer(sb: Sandbox, customer_id: str, new_name: str, version: str | None = None) -> Change:
    current = sb.state.qbo.entities["Customer"][customer_id]
    token = current["SyncToken"] if version is None else version
    body = {"Id": customer_id, "SyncToken": token, "sparse": True, "DisplayName": new_name}
    label = entity_label("Customer", current["DisplayName"])
    return Change("quickbooks", "Customer", Action.UPDATE, customer_id, label,
                  (FieldChange(field("DisplayName"), current["DisplayName"], new_name),), body, version=token,
                  before=copy.deepcopy(current))


def patch_contact(sb: Sandbox, contact_id: str, version: str | None = None, **props: str) -> Change:
    obj = sb.state.hubspot.objects["contacts"][contact_id]
    before = copy.deepcopy(obj)
    fields = tuple(FieldChange(field(k), obj["properties"].get(k), v) for k, v in props.items())
    return Change("hubspot", "contacts", Action.UPDATE, contact_id, verbatim(f"Contact {contact_id}"), fields,
                  {"properties": dict(props)}, version=obj["updatedAt"] if version is None else version,
                  before=before)


def association(action: Action, invoice_id: str, contact_id: str) -> Change:
    return Change("hubspot", "association", action, f"invoices/{invoice_id}/contacts/{contact_id}",
                  verbatim(f"Invoice {invoice_id} → contact {contact_id}"),
                  (FieldChange(field("contact"), None if action == Action.ASSOCIATE else contact_id,
                               contact_id if action == Action.ASSOCIATE else None),),
                  {"associationTypeId": 177} if action == Action.ASSOCIATE else {}, invoice_ids=(invoice_id,))


def invoices_numbered(sb: Sandbox, number: str) -> list[JSON]:
    return [i for i in sb.state.qbo.entities["Invoice"].values() if i.get("DocNumber") == number]


def fast_clients(endpoints: Endpoints) -> Clients:
    """Clients whose retries do not wait (the tests' only stand-in for the clock)."""
    def session(service: str, base: str, token: str) -> ApiSession:
        return ApiSession(service, base, token, sleep=lambda _s: None, headers={"Accept": "application/json"})

    return Clients(HubSpotWriter(endpoints.hubspot_api, endpoints.hubspot_token,
                                 session=session("HubSpot", endpoints.hubspot_api, endpoints.hubspot_token)),
                   QboWriter(endpoints.qbo_api, endpoints.qbo_token, endpoints.qbo_realm,
                             session=session("QuickBooks", endpoints.qbo_api, endpoints.qbo_token)))


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    """The fix test company, served for one test. Test modules take it and the two fixtures below by assignment,
    `sb, clients, journal = fix_helpers.sb, fix_helpers.clients, fix_helpers.journal`, so pytest finds them."""
    with Sandbox(scenario()) as sandbox:
        yield sandbox


@pytest.fixture
def clients(sb: Sandbox) -> Iterator[Clients]:
    with Clients.connect(sb.endpoints()) as bundle:
        yield bundle


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite") as j:
        yield j
