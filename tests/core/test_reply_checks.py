"""Reply shape checks, through the real clients over real HTTP: a reply of the wrong shape is an error naming
the request and the field, never an empty result; lengths and ids are bounded; QBO's Fault inside a 200 is a
refusal; a write whose 2xx cannot be read is an unknown outcome."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from core.errors import ApiError, MalformedReplyError, NetworkError, OutcomeUnknownError
from core.fixes.errors import StaleRecordError
from core.http import ApiSession
from core.hubspot.writes import HubSpotWriter
from core.qbo.writes import QboWriter
from core.sandbox.server import Sandbox
from tests.helpers.hostile_server import Reply, Scripted, html, ok, send

JSON = dict[str, Any]
REALM = "42"


@contextmanager
def hubspot(*replies: Reply) -> Iterator[tuple[HubSpotWriter, Scripted]]:
    with Scripted(*replies) as server:
        api = ApiSession("HubSpot", server.url, "t", sleep=lambda _s: None)
        yield HubSpotWriter(server.url, "t", session=api), server


@contextmanager
def qbo(*replies: Reply) -> Iterator[tuple[QboWriter, Scripted]]:
    with Scripted(*replies) as server:
        api = ApiSession("QuickBooks", server.url, "t", sleep=lambda _s: None)
        yield QboWriter(server.url, "t", REALM, session=api), server


def contact(**changes: Any) -> JSON:
    obj: JSON = {"id": "1001", "properties": {"email": "ann@acme.example", "firstname": "Ann"},
                 "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-02T00:00:00Z", "archived": False}
    obj.update(changes)
    return obj


def refused(words: str) -> Any:
    return pytest.raises(MalformedReplyError, match=words)


# --- HubSpot pages ---------------------------------------------------------------------------------------------
def test_a_good_hubspot_page_passes() -> None:
    page = {"results": [contact(), contact(id=1002)], "paging": {"next": {"after": "1003"}}}
    with hubspot(ok(page), ok({"results": []})) as (client, server):
        assert [len(p) for p in client.fetch_objects("contacts")] == [2, 0]
        assert server.seen[1].query["after"] == ["1003"]


@pytest.mark.parametrize(("page", "words"), [
    ({}, "to the contacts list: results is null, not a list"),
    ({"results": None}, "results is null, not a list"),
    ({"results": {"0": contact()}}, "results is an object, not a list"),
    ({"results": ["1001"]}, "result 1 is text, not an object"),
    ({"results": [contact(id="")]}, "result 1's id is empty"),
    ({"results": [contact(id=None)]}, "result 1's id is null, not an id"),
    ({"results": [contact(id=True)]}, "result 1's id is true/false, not an id"),
    ({"results": [contact(id="1" * 65)]}, "result 1's id is 65 characters long"),
    ({"results": [contact(id="10\n01")]}, "result 1's id contains a control character"),
    ({"results": [contact(properties=None)]}, "result 1's properties is null, not an object"),
    ({"results": [contact(), contact(properties={"email": {"value": "x"}})]},
     "property email of result 2 is an object, not a value"),
    ({"results": [contact(properties={"notes": "x" * 65_537})]},
     "property notes of result 1 is 65,537 characters long"),
    ({"results": [contact(updatedAt=5)]}, "updatedAt is not a date"),
    ({"results": [contact()], "paging": {"next": {"after": 1003}}}, "paging.next.after is a number"),
    ({"results": [contact()], "paging": []}, "paging is a list, not an object"),
])
def test_a_bad_hubspot_page_is_refused(page: JSON, words: str) -> None:
    with hubspot(ok(page)) as (client, _), refused(f"^HubSpot sent an unexpected reply .*{words}"):
        list(client.fetch_objects("contacts"))


def test_numbers_and_booleans_in_properties_are_saved_as_text() -> None:
    import sqlite_utils

    from core.hubspot.save import save_objects
    from core.store.db import ensure_shape

    obj = contact(properties={"email": "ann@acme.example", "firstname": 7, "lastname": True, "company": None})
    with hubspot(ok({"results": [obj]})) as (client, _):
        [page] = list(client.fetch_objects("contacts"))
    db = sqlite_utils.Database(memory=True)
    ensure_shape(db)
    assert save_objects(db, "contacts", page, 1) == 1
    row = next(db["hs_contacts"].rows)
    assert (row["firstname"], row["lastname"], row["full_name"]) == ("7", "true", "7 true")


def test_a_property_at_hubspots_limit_passes() -> None:
    with hubspot(ok({"results": [contact(properties={"notes": "x" * 65_536, "n": 1.5, "ok": True})]})) as (c, _):
        assert len(next(c.fetch_objects("contacts"))) == 1


def test_a_search_without_results_is_refused_not_empty() -> None:
    with hubspot(ok({"total": 0})) as (client, _), refused("to the contacts search: results is null"):
        list(client.search_modified("contacts", 0))


def test_a_batch_read_207_with_errors_is_normal() -> None:
    reply = ok({"status": "COMPLETE", "results": [contact()],
                "errors": [{"status": "error", "category": "OBJECT_NOT_FOUND", "context": {"ids": ["9"]}}]}, 207)
    with hubspot(reply) as (client, _):
        assert [o["id"] for page in client.batch_read("contacts", ["1001", "9"]) for o in page] == ["1001"]


def test_a_batch_read_with_bad_objects_is_refused() -> None:
    with hubspot(ok({"results": [contact(properties=None)]}, 207)) as (client, _), refused("batch read"):
        list(client.batch_read("contacts", ["1001"]))


# --- HubSpot associations ------------------------------------------------------------------------------------
def link(to: Any = 1001, types: Any = None) -> JSON:
    return {"toObjectId": to, "associationTypes": [{"category": "HUBSPOT_DEFINED", "typeId": 177}]
            if types is None else types}


def test_good_association_pages_pass_and_follow_paging() -> None:
    first = {"results": [{"from": {"id": "9001"}, "to": [link(), link("1002")],
                          "paging": {"next": {"after": "x1"}}}]}
    second = {"results": [{"from": {"id": "9001"}, "to": [link(1003)]}]}
    with hubspot(ok(first), ok(second)) as (client, server):
        rows = [r for page in client.fetch_associations("invoices", "contacts", ["9001"]) for r in page]
        assert server.seen[1].body == b'{"inputs": [{"id": "9001", "after": "x1"}]}'
    assert rows == [("9001", "1001", 177), ("9001", "1002", 177), ("9001", "1003", 177)]


@pytest.mark.parametrize(("result", "words"), [
    ({"to": [link()]}, "result 1's from is null, not an object"),
    ({"from": {"id": "9001"}, "to": None}, "result 1's to is null, not a list"),
    ({"from": {"id": "9001"}, "to": [link("abc")]}, "toObjectId is not a number"),
    ({"from": {"id": "9001"}, "to": [link(None)]}, "toObjectId is null"),
    ({"from": {"id": "9001"}, "to": [{"toObjectId": 1}]}, "associationTypes is null, not a list"),
    ({"from": {"id": "9001"}, "to": [link(types=[{"typeId": "177"}])]}, "has no whole-number typeId"),
    ({"from": {"id": "9001"}, "to": [link(types=[None])]}, "association type 1 is null"),
])
def test_bad_association_pages_are_refused(result: JSON, words: str) -> None:
    with hubspot(ok({"results": [result]}, 207)) as (client, _), refused(words):
        list(client.fetch_associations("invoices", "contacts", ["9001"]))


def test_one_records_associations_are_checked_too() -> None:
    reply = ok({"results": [link(types=None), {"toObjectId": 5}]})
    with hubspot(reply) as (client, _), refused("contacts associations of invoices 9001: result 2's associationTypes"):
        client.associations("invoices", "9001", "contacts")


# --- HubSpot writes ---------------------------------------------------------------------------------------------
def test_an_unreadable_reply_to_a_hubspot_write_is_an_unknown_outcome() -> None:
    with hubspot(html()) as (client, server):
        with pytest.raises(OutcomeUnknownError, match="It is not known whether HubSpot saved the change to "
                                                      "contacts 1001") as info:
            client.patch_object("contacts", "1001", {"firstname": "Robert"})
        assert len(server.seen) == 8 and {s.method for s in server.seen} == {"PATCH"}
    assert isinstance(info.value, NetworkError) and not isinstance(info.value, ApiError)


def test_a_hubspot_write_refusal_stays_a_refusal() -> None:
    reply = ok({"status": "error", "message": "Property values were not valid", "category": "VALIDATION_ERROR"}, 400)
    with hubspot(reply) as (client, _), pytest.raises(ApiError, match="Property values were not valid") as info:
        client.patch_object("contacts", "1001", {"email": "nope"})
    assert not isinstance(info.value, MalformedReplyError) and info.value.status == 400


# --- QuickBooks queries ---------------------------------------------------------------------------------------
def customer(**changes: Any) -> JSON:
    obj: JSON = {"Id": "1", "DisplayName": "Acme Corp", "SyncToken": "0", "Active": True,
                 "MetaData": {"LastUpdatedTime": "2026-10-01T10:00:00-07:00"}}
    obj.update(changes)
    return obj


def test_an_absent_entity_key_is_an_empty_page() -> None:
    with qbo(ok({"QueryResponse": {"startPosition": 1, "maxResults": 0}, "time": "2026-10-01T10:00:00-07:00"})) \
            as (client, _):
        assert list(client.fetch_all("Customer")) == []


@pytest.mark.parametrize(("body", "words"), [
    ({"time": "x"}, "to the Customer query: QueryResponse is null, not an object"),
    ({"QueryResponse": None}, "QueryResponse is null, not an object"),
    ({"QueryResponse": {"Customer": None}}, "QueryResponse.Customer is null, not a list"),
    ({"QueryResponse": {"Customer": {"Id": "1"}}}, "QueryResponse.Customer is an object, not a list"),
    ({"QueryResponse": {"Customer": [customer(Id="")]}}, "Customer 1's Id is empty"),
    ({"QueryResponse": {"Customer": [customer(), customer(Id=None)]}}, "Customer 2's Id is null"),
    ({"QueryResponse": {"Customer": [customer(Id="7\x00")]}}, "control character"),
    ({"QueryResponse": {"Customer": [customer(DisplayName="n" * 501)]}},
     "Customer 1.DisplayName is 501 characters long \\(QuickBooks allows 500\\)"),
    ({"QueryResponse": {"Customer": [customer(Notes="n" * 4001)]}}, "Customer 1.Notes is 4,001 characters"),
    ({"QueryResponse": {"Customer": ["1"]}}, "Customer 1 is text, not an object"),
    ({"QueryResponse": {"Customer": [customer(DisplayName=7)]}}, "Customer 1.DisplayName is a number, not text"),
    ({"QueryResponse": {"Customer": [customer(MetaData="today")]}}, "Customer 1.MetaData is text, not an object"),
    ({"QueryResponse": {"Customer": [customer(PrimaryEmailAddr={"Address": ["a@b.co"]})]}},
     "Customer 1.PrimaryEmailAddr.Address is a list, not text"),
    ({"QueryResponse": {"Customer": [customer(CurrencyRef={"value": {"USD": 1}})]}},
     "Customer 1.CurrencyRef.value is an object"),
    ({"QueryResponse": {"Customer": [customer(Line={"Amount": 1})]}}, "Customer 1.Line is an object, not a list"),
    ({"QueryResponse": {"Customer": [customer(Line=[None])]}}, r"Customer 1.Line\[0\] is null"),
    ({"QueryResponse": {"Customer": [customer(Line=[{"DetailType": {"x": 1}}])]}}, "DetailType is an object"),
    ({"QueryResponse": {"Customer": [customer(Line=[{"DetailType": "SalesItemLineDetail",
                                                     "SalesItemLineDetail": {"ItemRef": "1"}}])]}},
     "SalesItemLineDetail.ItemRef is text, not an object"),
])
def test_a_bad_query_reply_is_refused(body: JSON, words: str) -> None:
    with qbo(ok(body)) as (client, _), refused(f"^QuickBooks sent an unexpected reply .*{words}"):
        list(client.fetch_all("Customer"))


def test_long_strings_anywhere_in_an_entity_are_named() -> None:
    invoice = {"Id": "301", "DocNumber": "INV-1",
               "Line": [{"Amount": 1}, {"Amount": 2, "Description": "d" * 5_000}]}
    words = r"Invoice 1\.Line\[1\]\.Description is 5,000 characters long"
    with qbo(ok({"QueryResponse": {"Invoice": [invoice]}})) as (client, _), refused(words):
        list(client.fetch_all("Invoice"))


def test_a_doc_number_over_21_characters_is_refused() -> None:
    invoice = {"Id": "301", "DocNumber": "N" * 22}
    with qbo(ok({"QueryResponse": {"Invoice": [invoice]}})) as (client, _), refused("DocNumber is 22 characters"):
        list(client.fetch_all("Invoice"))


def test_a_fault_inside_a_200_is_a_refusal() -> None:
    fault = {"Fault": {"Error": [{"Message": "Error parsing query", "Detail": "QueryParserError", "code": "4000"}],
                       "type": "ValidationFault"}, "time": "2026-10-01T10:00:00-07:00"}
    with qbo(ok(fault)) as (client, server), pytest.raises(ApiError, match="QuickBooks error 4000") as info:
        list(client.fetch_all("Customer"))
    assert (info.value.status, info.value.code) == (400, "4000") and len(server.seen) == 1
    assert not isinstance(info.value, MalformedReplyError)


# --- QuickBooks CDC, preferences, company info -----------------------------------------------------------------
def test_a_good_cdc_reply_passes() -> None:
    body = {"CDCResponse": [{"QueryResponse": [{"Customer": [customer()], "startPosition": 1},
                                               {"Invoice": [{"Id": "5", "status": "Deleted"}]}]}]}
    with qbo(ok(body)) as (client, _):
        from datetime import UTC, datetime
        changes = client.cdc(["Customer", "Invoice"], datetime(2026, 1, 1, tzinfo=UTC))
    assert [c["Id"] for c in changes["Customer"]] == ["1"] and changes["Invoice"][0]["status"] == "Deleted"


@pytest.mark.parametrize(("body", "words"), [
    ({}, "CDCResponse is null, not a list"),
    ({"CDCResponse": [None]}, "CDCResponse 1 is null, not an object"),
    ({"CDCResponse": [{"QueryResponse": {"Customer": []}}]}, "CDCResponse 1's QueryResponse is an object, not a "),
    ({"CDCResponse": [{"QueryResponse": [{"Customer": None}]}]}, "QueryResponse 1.Customer is null"),
])
def test_a_bad_cdc_reply_is_refused(body: JSON, words: str) -> None:
    from datetime import UTC, datetime
    with qbo(ok(body)) as (client, _), refused(f"changes \\(CDC\\): {words}"):
        client.cdc(["Customer"], datetime(2026, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize(("prefs", "words"), [
    ({"SalesFormsPrefs": None}, "SalesFormsPrefs is null, not an object"),
    ({"SalesFormsPrefs": {"CustomTxnNumbers": "yes"}}, "SalesFormsPrefs.CustomTxnNumbers is text, not true"),
    ({"ProductAndServicesPrefs": {"RevenueRecognitionEnabled": None}},
     "ProductAndServicesPrefs.RevenueRecognitionEnabled is null"),
    ({"CurrencyPrefs": {"MultiCurrencyEnabled": 1}}, "CurrencyPrefs.MultiCurrencyEnabled is a number"),
    ({"CurrencyPrefs": {"HomeCurrency": None}}, "CurrencyPrefs.HomeCurrency is null"),
    ({"AccountingInfoPrefs": {"BookCloseDate": 20261231}}, "AccountingInfoPrefs.BookCloseDate is a number, not text"),
    ({"AccountingInfoPrefs": []}, "AccountingInfoPrefs is a list"),
])
def test_bad_preferences_are_refused(prefs: JSON, words: str) -> None:
    with qbo(ok({"Preferences": prefs})) as (client, _), refused(f"to the preferences: {words}"):
        client.preferences()


def test_good_preferences_pass_with_string_flags() -> None:
    prefs = {"SalesFormsPrefs": {"CustomTxnNumbers": "true"}, "ProductAndServicesPrefs": {"RevenueRecognition": False},
             "CurrencyPrefs": {"HomeCurrency": {"value": "USD"}, "MultiCurrencyEnabled": "False"},
             "AccountingInfoPrefs": {"BookCloseDate": "2025-12-31"}, "SyncToken": "3"}
    with qbo(ok({"Preferences": prefs})) as (client, _):
        assert client.preferences() == prefs


def test_company_info_must_be_an_object() -> None:
    with qbo(ok({"CompanyInfo": [1]})) as (client, _), refused("to the company info: CompanyInfo is a list"):
        client.company_info()


# --- QuickBooks writes --------------------------------------------------------------------------------------------
def create(client: QboWriter) -> JSON:
    return client.create("Customer", {"DisplayName": "Bob Beta"}, "req-42")


def test_a_fault_inside_a_200_refuses_a_write() -> None:
    fault = {"Fault": {"Error": [{"Message": "Duplicate Name Exists Error", "Detail": "The name supplied already "
                                  "exists.", "code": "6240"}], "type": "ValidationFault"}}
    with qbo(ok(fault)) as (client, server), pytest.raises(ApiError, match="6240") as info:
        create(client)
    assert (info.value.status, info.value.code) == (400, "6240") and len(server.seen) == 1
    assert not isinstance(info.value, (MalformedReplyError, NetworkError))


def test_a_stale_fault_inside_a_200_is_a_stale_record() -> None:
    fault = {"Fault": {"Error": [{"Message": "Stale Object Error", "code": "5010"}], "type": "ValidationFault"}}
    body = {"Id": "1", "SyncToken": "3", "sparse": True, "DisplayName": "X"}
    with qbo(ok(fault), ok({"Customer": customer(SyncToken="4")})) as (client, _), \
            pytest.raises(StaleRecordError) as info:
        client.update("Customer", body, "req-7")
    assert info.value.current["SyncToken"] == "4"


@pytest.mark.parametrize("reply", [html(), send(200, b'{"Customer": {"Id": "9", "DisplayName": "Bob\xff"}}'),
                                   ok({"time": "2026-10-01T10:00:00-07:00"}), ok({"Customer": {"Id": ""}})])
def test_an_unusable_200_to_a_write_is_an_unknown_outcome(reply: Reply) -> None:
    with qbo(reply) as (client, server):
        with pytest.raises(OutcomeUnknownError, match="It is not known whether QuickBooks saved the new Customer"):
            create(client)
        assert {s.query["requestid"][0] for s in server.seen} == {"req-42"}


def test_a_write_that_lands_after_garbage_returns_the_record() -> None:
    with qbo(html(), ok({"Customer": customer(Id="9")})) as (client, server):
        assert create(client)["Id"] == "9"
        assert len(server.seen) == 2


# --- the sandbox's own replies pass every check -----------------------------------------------------------------
def test_sandbox_replies_pass() -> None:
    from tests.helpers.fix_helpers import SCENARIO, fast_clients

    with Sandbox(SCENARIO) as sb, fast_clients(sb.endpoints()) as clients:
        checks: list[Callable[[], object]] = [
            lambda: list(clients.hubspot.fetch_objects("contacts")),
            lambda: list(clients.hubspot.fetch_associations("invoices", "contacts", ["9001", "9002"])),
            lambda: clients.hubspot.associations("invoices", "9001", "contacts"),
            lambda: list(clients.qbo.fetch_all("Invoice")),
            lambda: clients.qbo.preferences(),
            lambda: clients.qbo.company_info(),
            lambda: clients.qbo.read("Customer", "1"),
        ]
        for check in checks:
            assert check()
