"""PATCH of CRM objects and the Properties API of the sandbox, over real HTTP."""

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
        "contacts": [{"id": "1", "email": "ana@acme.com", "firstname": "Ana", "company_id": "501"},
                     {"id": "2", "email": "bob@beta.io", "firstname": "Bob"}],
        "invoices": [{"id": "101", "number": "INV-1", "status": "open", "contact_id": "1", "qbo_invoice_id": "77",
                      "hs_balance_due": 200,
                      "lines": [{"id": "201", "name": "Consulting", "quantity": 2, "price": 150},
                                {"id": "202", "name": "Travel", "quantity": 1, "price": 50}]}],
    },
}


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(SCENARIO) as sb:
        yield sb


def patch(sb: Sandbox, otype: str, oid: str, props: dict[str, Any], family: str = "/crm/v3/objects",
          **params: str) -> requests.Response:
    return requests.patch(f"{sb.base_url}{family}/{otype}/{oid}", json={"properties": props}, params=params,
                          headers=AUTH, timeout=10)


def get(sb: Sandbox, path: str) -> requests.Response:
    return requests.get(f"{sb.base_url}{path}", headers=AUTH, timeout=10)


def test_patch_updates_and_stamps_strictly_increasing(sandbox: Sandbox) -> None:
    before = get(sandbox, "/crm/v3/objects/contacts/2?properties=lastmodifieddate").json()
    first = patch(sandbox, "contacts", "2", {"firstname": "Robert", "lastname": "Stone"})
    assert first.status_code == 200
    body = first.json()
    assert body["id"] == "2" and body["properties"]["firstname"] == "Robert"
    assert body["properties"]["lastname"] == "Stone" and body["properties"]["email"] == "bob@beta.io"
    second = patch(sandbox, "contacts", "2", {"lastname": "Stoner"}).json()
    stamps = [before["updatedAt"], body["updatedAt"], second["updatedAt"]]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3  # strictly increasing, even within one ms
    assert second["properties"]["lastmodifieddate"] == second["updatedAt"]
    assert get(sandbox, "/crm/v3/objects/contacts/2?properties=lastname").json()["properties"]["lastname"] == "Stoner"


def test_unknown_property_is_a_validation_error_and_writes_nothing(sandbox: Sandbox) -> None:
    reply = patch(sandbox, "contacts", "2", {"firstname": "Robert", "favourite_colour": "blue"})
    body = assert_error(reply, 400, "VALIDATION_ERROR")
    assert body["errors"] == [{"message": 'Property "favourite_colour" does not exist', "code": "PROPERTY_DOESNT_EXIST",
                               "context": {"propertyName": ["favourite_colour"]}}]
    assert "favourite_colour" in body["message"]
    assert sandbox.state.hubspot.objects["contacts"]["2"]["properties"]["firstname"] == "Bob"


@pytest.mark.parametrize(("otype", "oid", "name"), [
    ("invoices", "101", "hs_amount_billed"), ("invoices", "101", "hs_balance_due"), ("line_items", "201", "amount"),
    ("contacts", "1", "hs_object_id"), ("contacts", "1", "createdate"), ("invoices", "101", "hs_lastmodifieddate"),
])
def test_read_only_properties_are_refused(sandbox: Sandbox, otype: str, oid: str, name: str) -> None:
    body = assert_error(patch(sandbox, otype, oid, {name: "1"}), 400, "VALIDATION_ERROR")
    assert [e["code"] for e in body["errors"]] == ["READ_ONLY_VALUE"]


def test_invalid_values_are_reported_together(sandbox: Sandbox) -> None:
    reply = patch(sandbox, "invoices", "101", {"hs_invoice_status": "lost", "hs_due_date": "soon"})
    codes = sorted(e["code"] for e in assert_error(reply, 400, "VALIDATION_ERROR")["errors"])
    assert codes == ["INVALID_DATE", "INVALID_OPTION"]
    codes = [e["code"] for e in assert_error(patch(sandbox, "line_items", "201", {"quantity": "two"}), 400,
                                             "VALIDATION_ERROR")["errors"]]
    assert codes == ["INVALID_FLOAT"]


def test_missing_object_and_unknown_type(sandbox: Sandbox) -> None:
    assert_error(patch(sandbox, "contacts", "999", {"firstname": "X"}), 404, "OBJECT_NOT_FOUND")
    assert_error(patch(sandbox, "widgets", "1", {"firstname": "X"}), 400, "VALIDATION_ERROR")
    bad = requests.patch(f"{sandbox.base_url}/crm/v3/objects/contacts/1", data="{", headers=AUTH, timeout=10)
    assert_error(bad, 400, "VALIDATION_ERROR")


def test_line_item_change_recalculates_amount_and_invoice_totals(sandbox: Sandbox) -> None:
    invoice_before = get(sandbox, "/crm/v3/objects/invoices/101?properties=hs_amount_billed").json()
    line = patch(sandbox, "line_items", "201", {"quantity": 3}).json()
    assert line["properties"]["quantity"] == "3"
    assert get(sandbox, "/crm/v3/objects/line_items/201").json()["properties"]["amount"] == "450"
    invoice = get(sandbox, "/crm/v3/objects/invoices/101?properties=hs_amount_billed,hs_balance_due").json()
    assert invoice["properties"]["hs_amount_billed"] == "500"
    assert invoice["properties"]["hs_balance_due"] == "350"  # the 150 already paid stays paid
    assert invoice["updatedAt"] > invoice_before["updatedAt"]


def test_custom_and_date_properties_and_clearing(sandbox: Sandbox) -> None:
    reply = patch(sandbox, "invoices", "101", {"qbo_invoice_id": "78", "hs_due_date": "2026-12-01",
                                               "hs_comments": "note"}, family="/crm/objects/2026-03")
    props = reply.json()["properties"]
    assert props["qbo_invoice_id"] == "78" and props["hs_due_date"] == "2026-12-01T00:00:00Z"
    cleared = patch(sandbox, "invoices", "101", {"hs_comments": ""}).json()
    assert cleared["properties"]["hs_comments"] is None
    not_midnight = patch(sandbox, "invoices", "101", {"hs_due_date": "1764590400000"})
    assert [e["code"] for e in assert_error(not_midnight, 400, "VALIDATION_ERROR")["errors"]] == ["INVALID_DATE"]


def test_contact_email_is_unique_and_usable_as_id(sandbox: Sandbox) -> None:
    assert_error(patch(sandbox, "contacts", "2", {"email": "ANA@acme.com"}), 409, "CONFLICT")
    assert_error(patch(sandbox, "contacts", "2", {"email": "not-an-email"}), 400, "VALIDATION_ERROR")
    reply = patch(sandbox, "contacts", "bob@beta.io", {"firstname": "Bobby"}, idProperty="email")
    assert reply.status_code == 200 and reply.json()["id"] == "2"


def test_associatedcompanyid_moves_the_primary_company(sandbox: Sandbox) -> None:
    assert patch(sandbox, "contacts", "1", {"associatedcompanyid": "502"}).status_code == 200
    links = sandbox.state.hubspot.links("contacts", "1", "companies")
    assert 1 in links["502"] and 1 not in links["501"]
    assert_error(patch(sandbox, "contacts", "1", {"associatedcompanyid": "999"}), 400, "VALIDATION_ERROR")


def test_properties_list_marks_read_only_and_calculated(sandbox: Sandbox) -> None:
    for path in ("/crm/v3/properties/invoices", "/crm/properties/2026-03/0-53"):
        reply = get(sandbox, path)
        assert reply.status_code == 200
        props = {p["name"]: p for p in reply.json()["results"]}
        for name in ("hs_amount_billed", "hs_balance_due", "hs_object_id", "createdate", "hs_lastmodifieddate"):
            assert props[name]["modificationMetadata"]["readOnlyValue"] is True, name
        assert props["hs_amount_billed"]["calculated"] is True and props["hs_amount_billed"]["type"] == "number"
        assert props["hs_number"]["modificationMetadata"]["readOnlyValue"] is False
        assert [o["value"] for o in props["hs_invoice_status"]["options"]] == ["draft", "open", "paid", "voided"]
        assert props["qbo_invoice_id"]["hubspotDefined"] is False  # a scenario's custom property is listed too
        for prop in props.values():
            assert {"name", "label", "type", "fieldType", "groupName", "calculated", "hubspotDefined",
                    "modificationMetadata"} <= set(prop)
    line_items = {p["name"]: p for p in get(sandbox, "/crm/v3/properties/line_items").json()["results"]}
    assert line_items["amount"]["modificationMetadata"]["readOnlyValue"] is True
    contacts = {p["name"]: p for p in get(sandbox, "/crm/v3/properties/contacts").json()["results"]}
    assert contacts["email"]["hasUniqueValue"] is True


def test_single_property_and_errors(sandbox: Sandbox) -> None:
    one = get(sandbox, "/crm/v3/properties/invoices/hs_balance_due")
    assert one.status_code == 200 and one.json()["name"] == "hs_balance_due"
    assert_error(get(sandbox, "/crm/v3/properties/invoices/nope"), 404, "OBJECT_NOT_FOUND")
    assert_error(get(sandbox, "/crm/v3/properties/widgets"), 400, "VALIDATION_ERROR")
