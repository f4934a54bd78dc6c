"""CRM search of the sandbox over real HTTP: operators, groups, sorts, paging, limits and its own rate bucket."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import requests

from core.sandbox.hubspot_api import is_search
from core.sandbox.limits import RollingWindow
from core.sandbox.server import Options, Sandbox

AUTH = {"Authorization": "Bearer sandbox-hubspot-token"}
SCENARIO: dict[str, Any] = {
    "name": "Search company",
    "hubspot": {
        "contacts": [
            {"id": "1", "email": "ana@acme.com", "firstname": "Ana", "lastname": "López"},
            {"id": "2", "email": "bob@beta.io", "firstname": "Bob", "lastname": "Stone"},
            {"id": "3", "email": "CARL@acme.com", "firstname": "Carl"},
            {"id": "4", "email": "dora@delta.org", "firstname": "Dora", "lastname": "Van Dee"},
        ],
        "invoices": [
            {"id": "101", "number": "INV-1", "status": "open", "date": "2026-10-01", "contact_id": "1",
             "lines": [{"id": "201", "name": "Consulting", "quantity": 2, "price": 150}]},
            {"id": "102", "number": "INV-2", "status": "paid", "date": "2026-11-15", "contact_id": "2",
             "lines": [{"id": "202", "name": "Widget", "quantity": 1, "price": 99.5}]},
            {"id": "103", "number": "INV-3", "status": "draft", "date": "2026-09-01", "contact_id": "3",
             "lines": [{"id": "203", "name": "Hours", "quantity": 10, "price": 10}]},
        ],
    },
}


def ms(day: str) -> str:
    return str(int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp() * 1000))


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    # Search is not yet exempt from the ten-secondly bucket in server.py: lift both limits for these tests.
    with Sandbox(SCENARIO, options=Options(hubspot_limit=100_000)) as sb:
        sb.state.hubspot.search_window = RollingWindow(100_000, 1.0)
        yield sb


def search(sb: Sandbox, otype: str, body: dict[str, Any], family: str = "/crm/v3/objects") -> requests.Response:
    return requests.post(f"{sb.base_url}{family}/{otype}/search", json=body, headers=AUTH, timeout=10)


def ids(sb: Sandbox, otype: str, *filters: dict[str, Any], groups: list[list[dict[str, Any]]] | None = None,
        **extra: Any) -> list[str]:
    body = {"filterGroups": [{"filters": g} for g in groups] if groups else [{"filters": list(filters)}], **extra}
    reply = search(sb, otype, body)
    assert reply.status_code == 200, reply.text
    return [r["id"] for r in reply.json()["results"]]


def f(prop: str, op: str, value: Any = None, **more: Any) -> dict[str, Any]:
    out = {"propertyName": prop, "operator": op, **more}
    if value is not None:
        out["value"] = value
    return out


def test_eq_and_neq_compare_strings_case_insensitively(sandbox: Sandbox) -> None:
    assert ids(sandbox, "invoices", f("hs_invoice_status", "EQ", "OPEN")) == ["101"]
    assert ids(sandbox, "contacts", f("email", "EQ", "carl@ACME.com")) == ["3"]
    assert ids(sandbox, "invoices", f("hs_invoice_status", "NEQ", "Open")) == ["102", "103"]
    # Our choice: NEQ also matches records that have no value at all.
    assert ids(sandbox, "contacts", f("lastname", "NEQ", "stone")) == ["1", "3", "4"]


def test_range_operators_compare_numbers_numerically(sandbox: Sandbox) -> None:
    # As strings "99.5" > "300"; numerically it is the smallest.
    assert ids(sandbox, "invoices", f("hs_amount_billed", "GT", "99.5")) == ["101", "103"]
    assert ids(sandbox, "invoices", f("hs_amount_billed", "GTE", 100)) == ["101", "103"]
    assert ids(sandbox, "invoices", f("hs_amount_billed", "LT", "100")) == ["102"]
    assert ids(sandbox, "invoices", f("hs_amount_billed", "LTE", "100")) == ["102", "103"]
    assert ids(sandbox, "contacts", f("hs_object_id", "GTE", "3")) == ["3", "4"]


def test_dates_compare_as_epoch_milliseconds_or_iso(sandbox: Sandbox) -> None:
    assert ids(sandbox, "invoices", f("hs_invoice_date", "GTE", ms("2026-10-01"))) == ["101", "102"]
    assert ids(sandbox, "invoices", f("hs_invoice_date", "LT", "2026-10-01T00:00:00Z")) == ["103"]
    second = sandbox.state.hubspot.objects["contacts"]["2"]["properties"]["lastmodifieddate"]
    cursor = str(int(datetime.fromisoformat(second.replace("Z", "+00:00")).timestamp() * 1000))
    assert ids(sandbox, "contacts", f("lastmodifieddate", "GT", cursor)) == ["3", "4"]
    assert ids(sandbox, "contacts", f("createdate", "LTE", cursor)) == ["1", "2"]


def test_between_is_inclusive(sandbox: Sandbox) -> None:
    between = f("hs_invoice_date", "BETWEEN", ms("2026-09-15"), highValue=ms("2026-10-01"))
    assert ids(sandbox, "invoices", between) == ["101"]
    assert ids(sandbox, "invoices", f("hs_amount_billed", "BETWEEN", "99.5", highValue="100")) == ["102", "103"]


def test_in_and_not_in(sandbox: Sandbox) -> None:
    assert ids(sandbox, "invoices", f("hs_invoice_status", "IN", values=["paid", "DRAFT"])) == ["102", "103"]
    assert ids(sandbox, "invoices", f("hs_invoice_status", "NOT_IN", values=["open"])) == ["102", "103"]
    assert ids(sandbox, "invoices", f("hs_amount_billed", "IN", values=["300", 99.5])) == ["101", "102"]


def test_has_property_and_not_has_property(sandbox: Sandbox) -> None:
    assert ids(sandbox, "contacts", f("lastname", "HAS_PROPERTY")) == ["1", "2", "4"]
    assert ids(sandbox, "contacts", f("lastname", "NOT_HAS_PROPERTY")) == ["3"]


def test_contains_token_words_and_wildcards(sandbox: Sandbox) -> None:
    assert ids(sandbox, "contacts", f("lastname", "CONTAINS_TOKEN", "dee")) == ["4"]
    assert ids(sandbox, "contacts", f("email", "CONTAINS_TOKEN", "*@acme.com")) == ["1", "3"]
    assert ids(sandbox, "contacts", f("email", "NOT_CONTAINS_TOKEN", "*@acme.com")) == ["2", "4"]


def test_groups_are_ored_and_filters_anded(sandbox: Sandbox) -> None:
    either = [[f("hs_invoice_status", "EQ", "paid")], [f("hs_invoice_status", "EQ", "draft")]]
    assert ids(sandbox, "invoices", groups=either) == ["102", "103"]
    both = f("hs_invoice_status", "NEQ", "open"), f("hs_amount_billed", "GT", "99.5")
    assert ids(sandbox, "invoices", *both) == ["103"]


def test_sorts_objects_and_plain_strings(sandbox: Sandbox) -> None:
    desc = [{"propertyName": "hs_amount_billed", "direction": "DESCENDING"}]
    assert ids(sandbox, "invoices", f("hs_number", "HAS_PROPERTY"), sorts=desc) == ["101", "103", "102"]
    assert ids(sandbox, "invoices", f("hs_number", "HAS_PROPERTY"), sorts=["hs_invoice_date"]) == ["103", "101", "102"]
    by_name = ids(sandbox, "contacts", f("email", "HAS_PROPERTY"), sorts=["-lastname"])
    assert by_name == ["4", "2", "1", "3"]  # records without the value come last


def test_reply_shape_properties_paging_and_no_associations(sandbox: Sandbox) -> None:
    reply = search(sandbox, "invoices", {"properties": ["hs_number"], "limit": 2})
    body = reply.json()
    assert reply.status_code == 200 and body["total"] == 3 and body["paging"] == {"next": {"after": "2"}}
    first = body["results"][0]
    assert set(first) == {"id", "properties", "createdAt", "updatedAt", "archived"}  # never associations
    assert first["properties"]["hs_number"] == "INV-1" and "hs_invoice_status" not in first["properties"]
    last = search(sandbox, "invoices", {"limit": 2, "after": "2"}).json()
    assert [r["id"] for r in last["results"]] == ["103"] and "paging" not in last
    dated = search(sandbox, "contacts", {"query": "acme"}, family="/crm/objects/2026-03")
    assert dated.status_code == 200 and [r["id"] for r in dated.json()["results"]] == ["1", "3"]


@pytest.mark.parametrize("body", [
    {"limit": 201},
    {"limit": -1},
    {"after": "abc"},
    {"filterGroups": [{"filters": [f("email", "HAS_PROPERTY")]}] * 6},
    {"filterGroups": [{"filters": [f("email", "HAS_PROPERTY")] * 11}]},
    {"filterGroups": [{"filters": [f("email", "HAS_PROPERTY")] * n} for n in (6, 5, 5, 5, 5)]},
    {"filterGroups": [{"filters": [f("email", "LIKE", "x")]}]},
    {"filterGroups": [{"filters": [f("hs_invoice_date", "GT", "next tuesday")]}]},
    {"filterGroups": [{"filters": [f("hs_amount_billed", "BETWEEN", "1")]}]},
    {"filterGroups": [{"filters": [f("hs_invoice_status", "IN")]}]},
    {"sorts": [{"propertyName": "hs_number", "direction": "SIDEWAYS"}]},
])
def test_invalid_requests_are_400_validation_errors(sandbox: Sandbox, body: dict[str, Any]) -> None:
    reply = search(sandbox, "invoices", body)
    assert reply.status_code == 400, body
    error = reply.json()
    assert error["status"] == "error" and error["category"] == "VALIDATION_ERROR"
    assert error["message"] and error["correlationId"]


def test_twenty_five_filters_and_limit_200_are_allowed(sandbox: Sandbox) -> None:
    groups = [{"filters": [f("email", "HAS_PROPERTY")] * 5} for _ in range(5)]
    reply = search(sandbox, "contacts", {"filterGroups": groups, "limit": 200})
    assert reply.status_code == 200 and reply.json()["total"] == 4


def test_unknown_object_type_is_400(sandbox: Sandbox) -> None:
    assert search(sandbox, "widgets", {}).status_code == 400


def test_paging_stops_at_ten_thousand_results() -> None:
    started = time.monotonic()
    big = {"hubspot": {"contacts": [{"id": str(i), "email": f"c{i}@x.io"} for i in range(1, 10_051)]}}
    with Sandbox(big) as sb:
        last_page = search(sb, "contacts", {"limit": 200, "after": 9800})
        body = last_page.json()
        assert last_page.status_code == 200 and body["total"] == 10_050
        assert len(body["results"]) == 200 and body["results"][-1]["id"] == "10000"
        assert body["paging"]["next"]["after"] == "10000"  # offered, but the service refuses it
        beyond = search(sb, "contacts", {"limit": 10, "after": body["paging"]["next"]["after"]})
        assert beyond.status_code == 400 and beyond.json()["category"] == "VALIDATION_ERROR"
        near = search(sb, "contacts", {"limit": 100, "after": 9950}).json()
        assert len(near["results"]) == 50  # no result past the 10,000th is ever served
        # The documented workaround: restart from a hs_object_id cursor.
        rest = search(sb, "contacts", {"limit": 200, "sorts": ["hs_object_id"],
                                       "filterGroups": [{"filters": [f("hs_object_id", "GT", "10000")]}]}).json()
        assert rest["total"] == 50 and rest["results"][0]["id"] == "10001"
    assert time.monotonic() - started < 5


def test_search_has_its_own_five_per_second_bucket() -> None:
    with Sandbox(SCENARIO) as sb:
        replies = [search(sb, "contacts", {}) for _ in range(6)]
        assert [r.status_code for r in replies[:5]] == [200] * 5
        limited = replies[5]
        assert limited.status_code == 429
        body = limited.json()
        assert body["status"] == "error" and body["errorType"] == "RATE_LIMIT" and body["policyName"] == "SECONDLY"
        assert body["message"] and body["correlationId"]
        # Other endpoints do not share it.
        listed = requests.get(f"{sb.base_url}/crm/v3/objects/contacts", headers=AUTH, timeout=10)
        assert listed.status_code == 200
        time.sleep(1.05)
        assert search(sb, "contacts", {}).status_code == 200


def test_is_search_names_only_search_paths() -> None:
    assert is_search("/crm/v3/objects/invoices/search")
    assert is_search("/crm/objects/2026-03/0-1/search")
    assert not is_search("/crm/v3/objects/invoices/search/extra")
    assert not is_search("/crm/v3/objects/invoices/batch/read")
    assert not is_search("/crm/v4/associations/invoices/contacts/batch/read")
