"""Customer writes over HTTP: create, sparse and full update, name rules (6080, 6240, characters, lengths),
SyncToken checks, delete refused, requestid replay, request format faults."""

from __future__ import annotations

import uuid

import pytest

from tests.helpers.qbo_sandbox import Qbo, fault

DUPLICATE_DETAIL = ("The name supplied already exists. : Another customer, vendor or employee is already using this "
                    "name. Please use a different name.")


def test_create_fills_what_the_service_fills(qbo: Qbo) -> None:
    reply = qbo.write("customer", {"DisplayName": "Nueva SL", "PrimaryEmailAddr": {"Address": "x@nueva.es"},
                                   "Balance": 999, "SyncToken": "7"})
    assert set(reply) == {"Customer", "time"}
    customer = reply["Customer"]
    assert customer["Id"] and customer["SyncToken"] == "0" and customer["Active"] is True
    assert customer["FullyQualifiedName"] == "Nueva SL" and customer["Balance"] == 0  # read-only values ignored
    meta = customer["MetaData"]
    assert meta["CreateTime"] == meta["LastUpdatedTime"]
    assert qbo.read("Customer", customer["Id"]) == customer
    assert qbo.count("Customer", "DisplayName = 'Nueva SL'") == 1


def test_display_name_is_generated_from_the_name_parts(qbo: Qbo) -> None:
    customer = qbo.write("customer", {"Title": "Dr", "GivenName": "Ana", "FamilyName": "Pérez", "Suffix": "Jr"})
    assert customer["Customer"]["DisplayName"] == "Dr Ana Pérez Jr"


@pytest.mark.parametrize("body", [{}, {"DisplayName": "   "}, {"CompanyName": "Only a company"},
                                  {"GivenName": "", "PrimaryEmailAddr": {"Address": "a@b.co"}}])
def test_no_name_is_6080(qbo: Qbo, body: dict[str, object]) -> None:
    error = fault(qbo.post("customer", body))
    assert error["code"] == "6080" and error["Message"] == "No Name Provided"


@pytest.mark.parametrize("name", ["Acme Corp", "acme corp", "  ACME CORP ", "Papelería Central", "marta ruiz",
                                  "Old Client"])
def test_duplicate_display_name_across_name_lists_and_inactive(qbo: Qbo, name: str) -> None:
    before = qbo.count("Customer", "Active IN (true, false)")
    error = fault(qbo.post("customer", {"DisplayName": name}, requestid=uuid.uuid4().hex))
    assert error == {"Message": "Duplicate Name Exists Error", "Detail": DUPLICATE_DETAIL, "code": "6240",
                     "element": ""}
    assert qbo.count("Customer", "Active IN (true, false)") == before


def test_rename_to_a_used_name_is_6240_but_keeping_ones_own_name_is_fine(qbo: Qbo) -> None:
    error = fault(qbo.post("customer", {"Id": "2", "SyncToken": "0", "sparse": True, "DisplayName": "MARTA RUIZ"}))
    assert error["code"] == "6240"
    kept = qbo.write("customer", {"Id": "2", "SyncToken": "0", "sparse": True, "DisplayName": "acme corp"})
    assert kept["Customer"]["DisplayName"] == "acme corp" and kept["Customer"]["SyncToken"] == "1"


@pytest.mark.parametrize("field", ["DisplayName", "Title", "GivenName", "MiddleName", "FamilyName", "Suffix",
                                   "PrintOnCheckName"])
@pytest.mark.parametrize("char", [":", "\t", "\n"])
def test_name_fields_refuse_colon_tab_and_newline(qbo: Qbo, field: str, char: str) -> None:
    body = {"DisplayName": "Fine Name", field: f"A{char}B"}
    error = fault(qbo.post("customer", body))
    assert error["code"] == "6000" and error["element"] == field
    assert error["Detail"].startswith(f"Business Validation Error: {field} cannot contain")


def test_display_name_longer_than_500_is_2050(qbo: Qbo) -> None:
    error = fault(qbo.post("customer", {"DisplayName": "x" * 501}))
    assert error["code"] == "2050" and error["element"] == "DisplayName"
    assert error["Message"] == "String length is either shorter or longer than supported by specification"
    assert error["Detail"].endswith("Min:0 Max:500 supported. Supplied length:501")
    assert qbo.write("customer", {"DisplayName": "y" * 500})["Customer"]["DisplayName"] == "y" * 500


def test_sparse_update_changes_only_supplied_fields_and_moves_time_forward(qbo: Qbo) -> None:
    first = qbo.write("customer", {"Id": "1", "SyncToken": "0", "sparse": True, "CompanyName": "López SL"})
    second = qbo.write("customer", {"Id": "1", "SyncToken": "1", "sparse": True, "Active": False})
    customer = second["Customer"]
    assert customer["SyncToken"] == "2" and customer["Active"] is False and customer["CompanyName"] == "López SL"
    assert customer["PrimaryEmailAddr"] == {"Address": "ana@ferreterialopez.es"}
    assert first["Customer"]["MetaData"]["LastUpdatedTime"] < customer["MetaData"]["LastUpdatedTime"]
    # Made inactive: hidden from plain queries, visible with Active IN (true,false).
    assert qbo.count("Customer", "Id = '1'") == 0
    assert qbo.count("Customer", "Id = '1' AND Active IN (true, false)") == 1


def test_full_update_clears_omitted_fields(qbo: Qbo) -> None:
    customer = qbo.write("customer", {"Id": "1", "SyncToken": "0", "DisplayName": "Ferretería López"})["Customer"]
    assert "PrimaryEmailAddr" not in customer and customer["SyncToken"] == "1" and customer["Active"] is True


def test_stale_missing_and_unknown(qbo: Qbo) -> None:
    stale = fault(qbo.post("customer", {"Id": "1", "SyncToken": "5", "sparse": True, "Notes": "x"}))
    assert stale["code"] == "5010" and stale["Message"] == "Stale Object Error"
    assert stale["Detail"].startswith("Stale Object Error : You and ")
    assert fault(qbo.post("customer", {"Id": "1", "sparse": True, "Notes": "x"}))["code"] == "2020"
    missing = fault(qbo.post("customer", {"Id": "999", "SyncToken": "0", "DisplayName": "Ghost"}))
    assert missing["code"] == "610" and missing["Message"] == "Object Not Found"
    assert qbo.read("Customer", "1")["SyncToken"] == "0"


def test_customers_cannot_be_deleted(qbo: Qbo) -> None:
    error = fault(qbo.post("customer", {"Id": "2", "SyncToken": "0"}, operation="delete"))
    assert error["code"] == "500" and error["Detail"] == "Operation Delete is not supported."
    assert qbo.read("Customer", "2")["Active"] is True


def test_repeated_requestid_returns_the_first_reply_without_writing_again(qbo: Qbo) -> None:
    before = qbo.count("Customer")
    rid = str(uuid.uuid4())
    first = qbo.post("customer", {"DisplayName": "Once Only"}, requestid=rid)
    again = qbo.post("customer", {"DisplayName": "Once Only"}, requestid=rid)
    different = qbo.post("customer", {"DisplayName": "Something Else"}, requestid=rid)
    assert first.status_code == again.status_code == different.status_code == 200
    assert first.json() == again.json() == different.json()
    assert qbo.count("Customer") == before + 1
    # A fault is replayed as well, even after the cause went away.
    rid = str(uuid.uuid4())
    assert fault(qbo.post("customer", {"DisplayName": "Acme Corp"}, requestid=rid))["code"] == "6240"
    qbo.write("customer", {"Id": "2", "SyncToken": "0", "sparse": True, "DisplayName": "Acme Renamed"})
    assert fault(qbo.post("customer", {"DisplayName": "Acme Corp"}, requestid=rid))["code"] == "6240"
    assert fault(qbo.post("customer", {"DisplayName": "Acme Corp"}, requestid="x" * 51))["code"] == "6000"


def test_request_format_faults(qbo: Qbo) -> None:
    url = f"{qbo.base}/customer"
    not_json = qbo.http.post(url, data="DisplayName=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert fault(not_json)["code"] == "1050"
    broken = qbo.http.post(url, data="{not json", headers={"Content-Type": "application/json"})
    assert fault(broken)["code"] == "2010"
    assert fault(qbo.post("customer", ["DisplayName"]))["code"] == "2010"
    assert fault(qbo.post("vendor", {"DisplayName": "New Vendor"}))["code"] == "500"
    assert fault(qbo.post("gadget", {"Name": "x"}))["code"] == "2010"
