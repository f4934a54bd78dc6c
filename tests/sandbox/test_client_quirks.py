"""Requests as client libraries and hand-written scripts send them, over real HTTP with plain `requests`: each
test pins one thing the sandbox once refused or answered unlike the service (python-quickbooks' `SELECT *, Sku`,
its empty-string fields, intuit-oauth's discovery keys, hubspot-api-client's idProperty and
propertiesWithHistory, XML for a client that does not accept JSON). test_client_libraries.py drives the real
libraries."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from core.sandbox.server import Options, Sandbox
from tests.helpers.qbo_sandbox import BASE, line

NS = {"q": "http://schema.intuit.com/finance/v3"}
HS = {"Authorization": "Bearer sandbox-hubspot-token"}
QBO = {"Authorization": "Bearer sandbox-qbo-token", "Accept": "application/json"}
REALM = "9341453050000001"


def company() -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    data["qbo"]["Item"][0]["Sku"] = "CONS-H"
    data["hubspot"] = {
        "contacts": [{"id": "1001", "email": "Ana@Acme.example", "firstname": "Ana"},
                     {"id": "1002", "email": "bob@beta.example", "firstname": "Bob"}],
        "invoices": [{"id": "9001", "number": "INV-1", "status": "open", "contact_id": "1001"}],
    }
    return data


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(company(), options=Options(qbo_limit=1_000_000, hubspot_limit=1_000_000)) as sb:
        yield sb


def qbo_url(sb: Sandbox, path: str) -> str:
    return f"{sb.base_url}/v3/company/{REALM}/{path}"


def post_query(sb: Sandbox, text: str, headers: dict[str, str] = QBO) -> requests.Response:
    """A query as python-quickbooks sends it: POST, the SQL as an application/text body."""
    return requests.post(qbo_url(sb, "query"), data=text, params={"minorversion": 75},
                         headers={**headers, "Content-Type": "application/text"}, timeout=10)


# ---- QBO query ---------------------------------------------------------------------------------------------
def test_star_with_named_fields_is_every_property(sandbox: Sandbox) -> None:
    """python-quickbooks' Item.all() sends `SELECT *, Sku FROM Item` (QBO leaves Sku out of `*` otherwise)."""
    reply = post_query(sandbox, "SELECT *, Sku FROM Item ORDER BY Name STARTPOSITION 1 MAXRESULTS 100")
    assert reply.status_code == 200, reply.text
    items = reply.json()["QueryResponse"]["Item"]
    assert [(i["Id"], i["Name"], i.get("Sku")) for i in items] == [("1", "Consulting hour", "CONS-H")]
    lower = post_query(sandbox, "select *, sku from Item where Active in (true, false) orderby Id desc maxresults 5")
    assert [i["Id"] for i in lower.json()["QueryResponse"]["Item"]] == ["2", "1"]


def test_a_projection_without_star_stays_a_parse_error(sandbox: Sandbox) -> None:
    fault = post_query(sandbox, "SELECT Id, Name FROM Item").json()["Fault"]["Error"][0]
    assert fault["code"] == "4000" and 'Encountered "Id"' in fault["Detail"]


def test_query_spaces_encoded_either_way_and_headers_in_any_case(sandbox: Sandbox) -> None:
    url = qbo_url(sandbox, "query")
    for query in ("query=SELECT%20*%20FROM%20Customer%20WHERE%20Id%20%3D%20'2'",
                  "query=SELECT+*+FROM+Customer+WHERE+Id+%3D+%272%27"):
        reply = requests.get(f"{url}?{query}&minorversion=75", timeout=10,
                             headers={"authorization": "bearer sandbox-qbo-token", "accept": "application/json"})
        assert [c["DisplayName"] for c in reply.json()["QueryResponse"]["Customer"]] == ["Acme Corp"]
    slash = requests.get(f"{url}/", params={"query": "SELECT COUNT(*) FROM Vendor"}, headers=QBO, timeout=10)
    assert slash.json()["QueryResponse"] == {"totalCount": 1}


# ---- QBO replies in XML ------------------------------------------------------------------------------------
def test_a_client_that_does_not_accept_json_gets_xml(sandbox: Sandbox) -> None:
    """QBO_API.md §0: without Accept: application/json the service answers XML (requests sends `*/*`)."""
    bare = {"Authorization": QBO["Authorization"]}
    reply = requests.get(qbo_url(sandbox, "query"), params={"query": "SELECT * FROM Invoice WHERE Id = '301'"},
                         headers=bare, timeout=10)
    assert reply.status_code == 200 and reply.headers["Content-Type"].startswith("application/xml")
    root = ET.fromstring(reply.text)
    assert root.tag == f"{{{NS['q']}}}IntuitResponse" and root.get("time")
    response = root.find("q:QueryResponse", NS)
    assert response is not None and (response.get("startPosition"), response.get("maxResults")) == ("1", "1")
    invoice = response.find("q:Invoice", NS)
    assert invoice is not None and (invoice.get("domain"), invoice.get("sparse")) == ("QBO", "false")
    assert invoice.findtext("q:DocNumber", None, NS) == "INV-1001"
    ref = invoice.find("q:CustomerRef", NS)
    assert ref is not None and (ref.text, ref.get("name")) == ("1", "Ferretería López")
    assert [x.findtext("q:Amount", None, NS) for x in invoice.findall("q:Line", NS)] == ["300.0"]

    fault = requests.get(qbo_url(sandbox, "customer/999"), headers={**bare, "Accept": "application/xml"}, timeout=10)
    error = ET.fromstring(fault.text).find("q:Fault/q:Error", NS)
    assert fault.status_code == 400 and error is not None and error.get("code") == "610"
    unauthenticated = requests.get(qbo_url(sandbox, "customer/1"), timeout=10)
    assert unauthenticated.status_code == 401 and unauthenticated.text.lstrip().startswith("<?xml")
    mixed = requests.get(qbo_url(sandbox, "customer/1"), timeout=10,
                         headers={**bare, "Accept": "text/html, application/json;q=0.5, */*;q=0.1"})
    assert mixed.json()["Customer"]["DisplayName"] == "Ferretería López"


# ---- QBO writes with empty values --------------------------------------------------------------------------
def test_empty_strings_and_lists_are_absent(sandbox: Sandbox) -> None:
    """python-quickbooks sends every field it knows, unset ones as "" or []; the service keeps no empty value."""
    sent = {"DisplayName": "Lib Co", "CompanyName": "", "Notes": "", "Active": True, "Balance": 0, "Job": False,
            "BillAddr": {"Line1": "", "City": ""}, "PrimaryEmailAddr": {"Address": "lib@co.example"}}
    reply = requests.post(qbo_url(sandbox, "customer"), json=sent, headers=QBO, timeout=10).json()["Customer"]
    assert "CompanyName" not in reply and "Notes" not in reply and "BillAddr" not in reply
    assert reply["Job"] is False and reply["PrimaryEmailAddr"] == {"Address": "lib@co.example"}

    invoice = requests.get(qbo_url(sandbox, "invoice/301"), headers=QBO, timeout=10).json()["Invoice"]
    invoice.update(DueDate="", PrivateNote="", LinkedTxn=[], CustomField=[])
    invoice["Line"][0]["SalesItemLineDetail"].update(ServiceDate="", ItemRef={"value": "1", "name": "", "type": ""})
    saved = requests.post(qbo_url(sandbox, "invoice"), json=invoice, headers=QBO, timeout=10).json()["Invoice"]
    assert not {"DueDate", "PrivateNote", "LinkedTxn", "CustomField"} & set(saved)
    detail = saved["Line"][0]["SalesItemLineDetail"]
    assert "ServiceDate" not in detail and detail["ItemRef"] == {"value": "1", "name": "Consulting hour"}

    sparse = {"Id": reply["Id"], "SyncToken": reply["SyncToken"], "sparse": True, "Notes": "", "GivenName": "Lib"}
    cleared = requests.post(qbo_url(sandbox, "customer"), json={**sparse, "Notes": "x"}, headers=QBO, timeout=10)
    sparse["SyncToken"] = cleared.json()["Customer"]["SyncToken"]
    after = requests.post(qbo_url(sandbox, "customer"), json=sparse, headers=QBO, timeout=10).json()["Customer"]
    assert "Notes" not in after and after["GivenName"] == "Lib" and after["DisplayName"] == "Lib Co"


def test_an_empty_service_date_is_a_missing_one() -> None:
    data = copy.deepcopy(BASE)
    data["qbo"]["preferences"] = {"ProductAndServicesPrefs": {"RevenueRecognitionEnabled": True}}
    with Sandbox(data) as sb:
        body = {"CustomerRef": {"value": "1"}, "Line": [line(1, 10.0, ServiceDate="")]}
        fault = requests.post(qbo_url(sb, "invoice"), json=body, headers=QBO, timeout=10).json()["Fault"]
        assert fault["Error"][0]["code"] == "6000" and "service date" in fault["Error"][0]["Detail"]


# ---- Intuit discovery ----------------------------------------------------------------------------------------
def test_discovery_has_every_key_intuit_oauth_reads(sandbox: Sandbox) -> None:
    doc = requests.get(f"{sandbox.base_url}/.well-known/openid_sandbox_configuration", timeout=10).json()
    for key in ("authorization_endpoint", "token_endpoint", "revocation_endpoint", "issuer", "jwks_uri",
                "userinfo_endpoint"):
        assert doc[key], key


# ---- HubSpot reads ---------------------------------------------------------------------------------------
def test_get_and_batch_read_by_id_property(sandbox: Sandbox) -> None:
    base = f"{sandbox.base_url}/crm/v3/objects/contacts"
    one = requests.get(f"{base}/ana@acme.example", params={"idProperty": "email", "archived": "false"},
                       headers=HS, timeout=10)
    assert one.status_code == 200 and one.json()["id"] == "1001"
    body = {"inputs": [{"id": "BOB@beta.example"}, {"id": "nobody@x.example"}], "idProperty": "email",
            "properties": ["email"], "propertiesWithHistory": None}
    batch = requests.post(f"{base}/batch/read", json=body, headers=HS, timeout=10)
    assert batch.status_code == 207
    assert [r["id"] for r in batch.json()["results"]] == ["1002"]
    assert batch.json()["errors"][0]["context"] == {"ids": ["nobody@x.example"]}
    nulls = requests.post(f"{base}/batch/read", headers=HS, timeout=10, json={
        "inputs": [{"id": "1001"}], "properties": None, "propertiesWithHistory": None, "idProperty": None})
    assert nulls.status_code == 200 and nulls.json()["results"][0]["properties"]["firstname"] == "Ana"


def test_properties_with_history(sandbox: Sandbox) -> None:
    base = f"{sandbox.base_url}/crm/v3/objects/contacts"
    page = requests.get(base, params={"propertiesWithHistory": "email,firstname", "limit": 1}, headers=HS,
                        timeout=10).json()["results"][0]
    history = page["propertiesWithHistory"]
    assert set(history) == {"email", "firstname"}
    assert history["firstname"][0]["value"] == "Ana" and history["firstname"][0]["timestamp"] == page["updatedAt"]
    assert history["firstname"][0]["sourceType"]
    one = requests.get(f"{base}/1002", params=[("propertiesWithHistory", "firstname")], headers=HS, timeout=10)
    assert one.json()["propertiesWithHistory"]["firstname"][0]["value"] == "Bob"
    batch = requests.post(f"{base}/batch/read", headers=HS, timeout=10,
                          json={"inputs": [{"id": "1002"}], "properties": [], "propertiesWithHistory": ["email"]})
    assert batch.json()["results"][0]["propertiesWithHistory"]["email"][0]["value"] == "bob@beta.example"


def test_archived_records_are_read_with_archived_true(sandbox: Sandbox) -> None:
    sandbox.state.hubspot.objects["contacts"]["1002"]["archived"] = True
    try:
        base = f"{sandbox.base_url}/crm/v3/objects/contacts"
        assert requests.get(f"{base}/1002", headers=HS, timeout=10).status_code == 404
        archived = requests.get(f"{base}/1002", params={"archived": "true"}, headers=HS, timeout=10)
        assert archived.status_code == 200 and archived.json()["archived"] is True
        batch = requests.post(f"{base}/batch/read", params={"archived": "true"}, headers=HS, timeout=10,
                              json={"inputs": [{"id": "1002"}], "properties": []})
        assert [r["id"] for r in batch.json()["results"]] == ["1002"]
    finally:
        sandbox.state.hubspot.objects["contacts"]["1002"]["archived"] = False


def test_search_body_with_nulls_for_unset_fields(sandbox: Sandbox) -> None:
    body = {"filterGroups": None, "sorts": None, "query": None, "properties": None, "limit": None, "after": None}
    reply = requests.post(f"{sandbox.base_url}/crm/v3/objects/contacts/search/", json=body, headers=HS, timeout=10)
    assert reply.status_code == 200 and reply.json()["total"] == 2
