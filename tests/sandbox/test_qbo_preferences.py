"""Preferences over HTTP (GET, full and sparse POST, read-only fields, SyncToken, requestid), the other reads
(by id, companyinfo, query by POST, Preferences in queries) and faults in XML."""

from __future__ import annotations

import copy
import uuid

import pytest

from core.sandbox.server import Options
from tests.helpers.qbo_sandbox import JSON, Qbo, fault, line, reset, running, scenario, xml_fault

CUSTOM_ON = {"SalesFormsPrefs": {"CustomTxnNumbers": True, "AllowServiceDate": True}}


@pytest.fixture
def qbo(server: Qbo) -> Qbo:
    return reset(server, scenario(**CUSTOM_ON))


def prefs(qbo: Qbo) -> JSON:
    response = qbo.get("preferences")
    assert response.status_code == 200
    body: JSON = response.json()["Preferences"]
    return body


def test_turning_custom_numbers_off_lets_a_duplicate_number_through(qbo: Qbo) -> None:
    duplicate = {"CustomerRef": {"value": "1"}, "Line": [line(1, 10.0)], "DocNumber": "INV-1001"}
    assert fault(qbo.post("invoice", duplicate))["code"] == "6140"
    current = prefs(qbo)
    assert current["SyncToken"] == "0" and current["Id"] and current["MetaData"]["LastUpdatedTime"]
    current["SalesFormsPrefs"]["CustomTxnNumbers"] = False
    updated = qbo.write("preferences", current)["Preferences"]
    assert updated["SalesFormsPrefs"]["CustomTxnNumbers"] is False and updated["SyncToken"] == "1"
    assert prefs(qbo) == updated
    assert qbo.write("invoice", duplicate)["Invoice"]["DocNumber"] == "INV-1001"
    # And back on: the check returns.
    updated["SalesFormsPrefs"]["CustomTxnNumbers"] = True
    qbo.write("preferences", updated)
    assert fault(qbo.post("invoice", duplicate))["code"] == "6140"


def test_read_only_preferences_keep_the_server_values(server: Qbo) -> None:
    qbo = reset(server, scenario(ProductAndServicesPrefs={"RevenueRecognitionEnabled": True}))
    sent = prefs(qbo)
    sent["CurrencyPrefs"]["HomeCurrency"] = {"value": "EUR"}
    sent["ProductAndServicesPrefs"]["RevenueRecognitionEnabled"] = False
    sent["ProductAndServicesPrefs"]["RevenueRecognition"] = False
    updated = qbo.write("preferences", sent)["Preferences"]
    assert updated["CurrencyPrefs"]["HomeCurrency"] == {"value": "USD"}
    assert updated["ProductAndServicesPrefs"]["RevenueRecognitionEnabled"] is True
    assert "RevenueRecognition" not in updated["ProductAndServicesPrefs"]
    assert fault(qbo.post("invoice", {"CustomerRef": {"value": "1"}, "Line": [line(1, 1.0)]}))["code"] == "6000"


def test_full_update_resets_omitted_writable_fields_and_sparse_does_not(qbo: Qbo) -> None:
    sent = prefs(qbo)
    del sent["SalesFormsPrefs"]["AllowServiceDate"]
    updated = qbo.write("preferences", sent)["Preferences"]
    assert updated["SalesFormsPrefs"]["AllowServiceDate"] is False  # a new company's default
    assert updated["SalesFormsPrefs"]["CustomTxnNumbers"] is True
    sparse = qbo.write("preferences", {"SyncToken": updated["SyncToken"], "sparse": True,
                                       "SalesFormsPrefs": {"AllowServiceDate": True}})["Preferences"]
    assert sparse["SalesFormsPrefs"] == {**updated["SalesFormsPrefs"], "AllowServiceDate": True}
    assert sparse["CurrencyPrefs"] == updated["CurrencyPrefs"]


def test_preferences_sync_token_and_requestid(qbo: Qbo) -> None:
    current = prefs(qbo)
    assert fault(qbo.post("preferences", {**current, "SyncToken": "7"}))["code"] == "5010"
    assert fault(qbo.post("preferences", {k: v for k, v in current.items() if k != "SyncToken"}))["code"] == "2020"
    rid = str(uuid.uuid4())
    off = copy.deepcopy(current)
    off["SalesFormsPrefs"]["CustomTxnNumbers"] = False
    first = qbo.post("preferences", off, requestid=rid)
    again = qbo.post("preferences", current, requestid=rid)  # same id: not applied, first reply returned
    assert first.status_code == again.status_code == 200 and first.json() == again.json()
    assert prefs(qbo)["SyncToken"] == "1" and prefs(qbo)["SalesFormsPrefs"]["CustomTxnNumbers"] is False


# ---- other reads ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("entity", "oid"), [("Customer", "1"), ("Vendor", "50"), ("Employee", "80"),
                                             ("Item", "1"), ("Invoice", "301"), ("CreditMemo", "111")])
def test_read_by_id(qbo: Qbo, entity: str, oid: str) -> None:
    response = qbo.get(f"{entity.lower()}/{oid}")
    assert response.status_code == 200 and set(response.json()) == {entity, "time"}
    assert response.json()[entity]["Id"] == oid
    assert fault(qbo.get(f"{entity.lower()}/424242"))["code"] == "610"


def test_companyinfo_and_queries(qbo: Qbo) -> None:
    info = qbo.get(f"companyinfo/{qbo.sandbox.state.qbo.realm}")
    assert info.status_code == 200 and info.json()["CompanyInfo"]["CompanyName"]
    posted = qbo.http.post(f"{qbo.base}/query", data="SELECT COUNT(*) FROM Invoice", params={"minorversion": "75"},
                           headers={"Content-Type": "application/text"})
    assert posted.status_code == 200 and posted.json()["QueryResponse"] == {"totalCount": 2}
    assert qbo.query("SELECT * FROM Preferences")["Preferences"][0]["SalesFormsPrefs"]["CustomTxnNumbers"] is True
    assert fault(qbo.get("query", query="SELECT * FROM Customer WHERE Id != '1'"))["code"] == "4000"


def test_write_faults_in_xml() -> None:
    with running(scenario(), Options(qbo_limit=1_000_000, xml_faults=True)) as qbo:
        assert xml_fault(qbo.post("customer", {"DisplayName": "Acme Corp"}))["code"] == "6240"
        stale = xml_fault(qbo.post("customer", {"Id": "1", "SyncToken": "3", "sparse": True}))
        assert stale["code"] == "5010" and stale["element"] == "SyncToken"
        ref = xml_fault(qbo.post("invoice", {"CustomerRef": {"value": "1"}, "Line": [line(1, 1.0, item="9")]}))
        assert ref["code"] == "2500" and ref["element"] == "Line.SalesItemLineDetail.ItemRef"
        assert xml_fault(qbo.post("preferences", {"SyncToken": "9"}))["code"] == "5010"
        assert xml_fault(qbo.get("invoice/999"))["code"] == "610"
        # Successful replies stay JSON.
        assert qbo.write("customer", {"DisplayName": "Fine"})["Customer"]["DisplayName"] == "Fine"
