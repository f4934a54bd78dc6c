"""v4 association writes of the sandbox over real HTTP, and the one-contact-per-invoice invariant."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from core.sandbox.server import Sandbox
from tests.helpers.hubspot import assert_error

AUTH = {"Authorization": "Bearer sandbox-hubspot-token"}
SCENARIO: dict[str, Any] = {
    "hubspot": {
        "companies": [{"id": "501", "name": "Acme"}, {"id": "502", "name": "Beta"}],
        "contacts": [{"id": "1", "email": "ana@acme.com", "company_id": "501"},
                     {"id": "2", "email": "bob@beta.io"}],
        "invoices": [{"id": "101", "number": "INV-1", "contact_id": "1",
                      "lines": [{"id": "201", "name": "Consulting", "quantity": 1, "price": 10}]},
                     {"id": "102", "number": "INV-2"}],
    },
}


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(SCENARIO) as sb:
        yield sb


def call(sb: Sandbox, method: str, path: str, body: Any = None) -> requests.Response:
    return requests.request(method, f"{sb.base_url}{path}", json=body, headers=AUTH, timeout=10)


def linked(sb: Sandbox, otype: str, oid: str, to: str) -> dict[int, list[int]]:
    reply = call(sb, "GET", f"/crm/v4/objects/{otype}/{oid}/associations/{to}")
    assert reply.status_code == 200
    return {r["toObjectId"]: [t["typeId"] for t in r["associationTypes"]] for r in reply.json()["results"]}


def test_default_put_creates_both_directions(sandbox: Sandbox) -> None:
    reply = call(sandbox, "PUT", "/crm/v4/objects/invoices/101/associations/default/companies/502")
    assert reply.status_code == 200
    body = reply.json()
    assert body["status"] == "COMPLETE" and body["startedAt"] and body["completedAt"]
    assert body["results"] == [
        {"from": {"id": "101"}, "to": {"id": "502"},
         "associationSpec": {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 179}},
        {"from": {"id": "502"}, "to": {"id": "101"},
         "associationSpec": {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 180}}]
    assert linked(sandbox, "invoices", "101", "companies") == {502: [179]}
    assert linked(sandbox, "companies", "502", "invoices") == {101: [180]}


def test_invoice_keeps_exactly_one_contact(sandbox: Sandbox) -> None:
    second = "/crm/v4/objects/invoices/101/associations/default/contacts/2"
    body = assert_error(call(sandbox, "PUT", second), 400, "VALIDATION_ERROR")
    assert "only one contact" in body["message"]
    # The same rule from the contact's side and through the labeled endpoint.
    assert_error(call(sandbox, "PUT", "/crm/v4/objects/contacts/2/associations/default/invoices/101"), 400,
                 "VALIDATION_ERROR")
    labeled = [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 177}]
    assert_error(call(sandbox, "PUT", "/crm/v4/objects/invoices/101/associations/contacts/2", labeled), 400,
                 "VALIDATION_ERROR")
    # Re-associating the same contact is harmless.
    assert call(sandbox, "PUT", "/crm/v4/objects/invoices/101/associations/default/contacts/1").status_code == 200
    assert linked(sandbox, "invoices", "101", "contacts") == {1: [177]}


def test_repoint_contact_by_delete_then_create(sandbox: Sandbox) -> None:
    deleted = call(sandbox, "DELETE", "/crm/v4/objects/invoices/101/associations/contacts/1")
    assert deleted.status_code == 204 and not deleted.content
    assert linked(sandbox, "invoices", "101", "contacts") == {}
    assert linked(sandbox, "contacts", "1", "invoices") == {}
    created = call(sandbox, "PUT", "/crm/objects/2026-03/invoices/101/associations/default/contacts/2")
    assert created.status_code == 200
    assert linked(sandbox, "invoices", "101", "contacts") == {2: [177]}


def test_labeled_put_sets_primary_company(sandbox: Sandbox) -> None:
    primary = [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 1}]
    reply = call(sandbox, "PUT", "/crm/v4/objects/contacts/1/associations/companies/502", primary)
    assert reply.status_code == 201
    assert reply.json() == {"fromObjectTypeId": "0-1", "fromObjectId": 1, "toObjectTypeId": "0-2",
                            "toObjectId": 502, "labels": ["Primary"]}
    links = linked(sandbox, "contacts", "1", "companies")
    assert sorted(links[502]) == [1, 279] and links[501] == [279]  # the primary label moved
    contact = call(sandbox, "GET", "/crm/v3/objects/contacts/1?properties=associatedcompanyid").json()
    assert contact["properties"]["associatedcompanyid"] == "502"
    assert call(sandbox, "DELETE", "/crm/v4/objects/contacts/1/associations/companies/502").status_code == 204
    contact = call(sandbox, "GET", "/crm/v3/objects/contacts/1?properties=associatedcompanyid").json()
    assert contact["properties"]["associatedcompanyid"] is None


@pytest.mark.parametrize(("path", "body", "status", "category"), [
    ("/crm/v4/objects/invoices/101/associations/companies/502",
     [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 999}], 400, "VALIDATION_ERROR"),
    ("/crm/v4/objects/invoices/101/associations/companies/502",
     [{"associationCategory": "USER_DEFINED", "associationTypeId": 179}], 400, "VALIDATION_ERROR"),
    ("/crm/v4/objects/invoices/101/associations/companies/502", [], 400, "VALIDATION_ERROR"),
    ("/crm/v4/objects/invoices/101/associations/companies/999",
     [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 179}], 404, "OBJECT_NOT_FOUND"),
    ("/crm/v4/objects/line_items/201/associations/contacts/1",
     [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 177}], 400, "VALIDATION_ERROR"),
    ("/crm/v4/objects/widgets/1/associations/contacts/1",
     [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 177}], 400, "VALIDATION_ERROR"),
])
def test_labeled_put_errors(sandbox: Sandbox, path: str, body: Any, status: int, category: str) -> None:
    assert_error(call(sandbox, "PUT", path, body), status, category)


def test_default_put_and_delete_on_missing_objects_are_404(sandbox: Sandbox) -> None:
    assert_error(call(sandbox, "PUT", "/crm/v4/objects/invoices/999/associations/default/contacts/1"), 404,
                 "OBJECT_NOT_FOUND")
    assert_error(call(sandbox, "DELETE", "/crm/v4/objects/invoices/101/associations/contacts/999"), 404,
                 "OBJECT_NOT_FOUND")


def test_batch_create_reports_per_input_errors(sandbox: Sandbox) -> None:
    spec = [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 179}]
    ok = call(sandbox, "POST", "/crm/v4/associations/invoices/companies/batch/create",
              {"inputs": [{"from": {"id": "101"}, "to": {"id": "501"}, "types": spec},
                          {"from": {"id": "102"}, "to": {"id": "502"}, "types": spec}]})
    assert ok.status_code == 201
    assert [r["toObjectId"] for r in ok.json()["results"]] == [501, 502]
    mixed = call(sandbox, "POST", "/crm/associations/2026-03/invoices/contacts/batch/create",
                 {"inputs": [{"from": {"id": "102"}, "to": {"id": "2"},
                              "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 177}]},
                             {"from": {"id": "101"}, "to": {"id": "2"},
                              "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 177}]}]})
    assert mixed.status_code == 207
    body = mixed.json()
    assert body["numErrors"] == 1 and body["errors"][0]["category"] == "VALIDATION_ERROR"
    assert body["errors"][0]["status"] == "error" and len(body["results"]) == 1
    assert linked(sandbox, "invoices", "102", "contacts") == {2: [177]}
    assert linked(sandbox, "invoices", "101", "contacts") == {1: [177]}


def test_batch_associate_default(sandbox: Sandbox) -> None:
    reply = call(sandbox, "POST", "/crm/v4/associations/invoices/contacts/batch/associate/default",
                 {"inputs": [{"from": {"id": "102"}, "to": {"id": "2"}}]})
    assert reply.status_code == 200 and len(reply.json()["results"]) == 2
    assert linked(sandbox, "contacts", "2", "invoices") == {102: [178]}


def test_batch_archive_removes_all_types_between_pairs(sandbox: Sandbox) -> None:
    reply = call(sandbox, "POST", "/crm/v4/associations/contacts/companies/batch/archive",
                 {"inputs": [{"from": {"id": "1"}, "to": [{"id": "501"}, {"id": "502"}]}]})
    assert reply.status_code == 204 and not reply.content
    assert linked(sandbox, "contacts", "1", "companies") == {}
    assert linked(sandbox, "companies", "501", "contacts") == {}
    bad = call(sandbox, "POST", "/crm/associations/2026-03/contacts/companies/batch/archive",
               {"inputs": [{"from": {"id": "1"}, "to": {"id": "501"}}]})
    assert_error(bad, 400, "VALIDATION_ERROR")
    dated = call(sandbox, "POST", "/crm/associations/2026-03/invoices/line_items/batch/archive",
                 {"inputs": [{"from": {"id": "101"}, "to": [{"id": "201"}]}]})
    assert dated.status_code == 204 and linked(sandbox, "invoices", "101", "line_items") == {}


def test_batch_input_must_be_a_list(sandbox: Sandbox) -> None:
    assert_error(call(sandbox, "POST", "/crm/v4/associations/invoices/contacts/batch/create", {"inputs": {}}), 400,
                 "VALIDATION_ERROR")
