"""Invoice and CreditMemo writes over HTTP: totals and lines, references (2500), required fields (2020), amounts
(6070), revenue recognition (6000), document numbers (6140, 2050, numbering), void and delete."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.helpers.qbo_sandbox import JSON, Qbo, fault, line, reset, scenario

CUSTOM_ON = {"SalesFormsPrefs": {"CustomTxnNumbers": True}}


@pytest.fixture
def custom(server: Qbo) -> Qbo:
    """A company with custom transaction numbers on."""
    return reset(server, scenario(**CUSTOM_ON))


def invoice(customer: str = "1", *lines: JSON, **fields: Any) -> JSON:
    return {"CustomerRef": {"value": customer}, "Line": list(lines) or [line(2, 150.0)], **fields}


def test_create_computes_totals_and_line_ids(qbo: Qbo) -> None:
    body = invoice("2", line(2, 150.0), line(1, 20.5, ServiceDate="2026-10-01"),
                   {"Amount": 0, "DetailType": "DescriptionOnly", "Description": "thanks"},
                   TotalAmt=1, Balance=1)
    created = qbo.write("invoice", body)["Invoice"]
    assert created["TotalAmt"] == 320.5 and created["Balance"] == 320.5  # supplied values are ignored
    assert [(ln["Id"], ln["LineNum"]) for ln in created["Line"]] == [("1", 1), ("2", 2), ("3", 3)]
    assert created["CustomerRef"] == {"value": "2", "name": "Acme Corp"}
    assert created["Line"][0]["SalesItemLineDetail"]["ItemRef"]["name"] == "Consulting hour"
    assert created["SyncToken"] == "0" and created["CurrencyRef"] == {"value": "USD"} and created["TxnDate"]
    assert qbo.read("Invoice", created["Id"]) == created


@pytest.mark.parametrize(("body", "element"), [
    ({"CustomerRef": {"value": "1"}}, "Line"),
    ({"CustomerRef": {"value": "1"}, "Line": []}, "Line"),
    ({"Line": [line(1, 10.0)]}, "CustomerRef"),
])
def test_missing_line_or_customer_is_2020(qbo: Qbo, body: JSON, element: str) -> None:
    error = fault(qbo.post("invoice", body))
    assert error["code"] == "2020" and error["element"] == element
    assert error["Message"] == "Required param missing, need to supply the required value for the API"


@pytest.mark.parametrize(("body", "names"), [
    (invoice("999"), "Customer Id=999 does not exist"),
    (invoice("3"), 'Customer Id=3 "Old Client" is inactive'),
    (invoice("1", line(1, 10.0, item="77")), "Item Id=77 does not exist"),
    (invoice("1", line(1, 10.0, item="2")), 'Item Id=2 "Retired item" is inactive'),
])
def test_invalid_reference_is_2500(qbo: Qbo, body: JSON, names: str) -> None:
    error = fault(qbo.post("invoice", body))
    assert error["code"] == "2500" and error["Message"] == "Invalid Reference Id"
    assert error["Detail"].startswith("Invalid Reference Id : ") and names in error["Detail"]


def test_amount_must_equal_qty_times_unit_price(qbo: Qbo) -> None:
    wrong = line(2, 150.0)
    wrong["Amount"] = 299.0
    error = fault(qbo.post("invoice", invoice("1", wrong)))
    assert error["code"] == "6070" and error["Message"] == "Amount calculation incorrect in the request"
    assert error["Detail"].startswith("Amount is not equal to Qty * UnitPrice")
    rounded = line(3, 0.333)  # 0.999 rounds to 1.00
    rounded["Amount"] = 1.0
    assert qbo.write("invoice", invoice("1", rounded))["Invoice"]["TotalAmt"] == 1.0


@pytest.mark.parametrize("flag", ["RevenueRecognitionEnabled", "RevenueRecognition"])
def test_revenue_recognition_needs_a_service_date_on_every_line(server: Qbo, flag: str) -> None:
    qbo = reset(server, scenario(ProductAndServicesPrefs={flag: True}))
    error = fault(qbo.post("invoice", invoice("1", line(1, 10.0, ServiceDate="2026-10-01"), line(1, 5.0))))
    assert error["code"] == "6000"
    assert error["Message"] == "A business validation error has occurred while processing your request"
    assert error["Detail"] == "Business Validation Error: Enter a service date for the revenue recognition line item."
    # An update of an existing invoice is validated as saved, so it fails too until the lines get dates.
    assert fault(qbo.post("invoice", {"Id": "301", "SyncToken": "0", "sparse": True, "PrivateNote": "x"}))[
        "code"] == "6000"
    dated = invoice("1", line(1, 10.0, ServiceDate="2026-10-01"), line(1, 5.0, ServiceDate="2026-11-01"))
    assert qbo.write("invoice", dated)["Invoice"]["TotalAmt"] == 15.0


def test_service_date_not_needed_without_revenue_recognition(qbo: Qbo) -> None:
    assert qbo.write("invoice", invoice("1", line(1, 5.0)))["Invoice"]["TotalAmt"] == 5.0


# ---- document numbers -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("doc", "txn_type", "txn_id"), [
    ("INV-1001", "Invoice", "301"), ("INV-1", "Credit Memo", "111"), ("  inv-1 ", "Credit Memo", "111"),
])
def test_duplicate_document_number_is_6140(custom: Qbo, doc: str, txn_type: str, txn_id: str) -> None:
    before = custom.count("Invoice")
    error = fault(custom.post("invoice", invoice(DocNumber=doc), requestid=uuid.uuid4().hex))
    assert error["code"] == "6140" and error["Message"] == "Duplicate Document Number Error"
    assert error["Detail"] == ("Duplicate Document Number Error : You must specify a different number. This number "
                               f"has already been used. DocNumber={doc.strip()} is assigned to TxnType={txn_type} with "
                               f"TxnId={txn_id}")
    assert custom.count("Invoice") == before


def test_duplicates_between_credit_memos_and_invoices_and_on_renumbering(custom: Qbo) -> None:
    error = fault(custom.post("creditmemo", invoice(DocNumber="INV-1002")))
    assert error["code"] == "6140" and "TxnType=Invoice with TxnId=302" in error["Detail"]
    renumber = fault(custom.post("invoice", {"Id": "301", "SyncToken": "0", "sparse": True, "DocNumber": "INV-1"}))
    assert renumber["code"] == "6140"
    # Saving an invoice with its own number is no clash.
    kept = custom.write("invoice", {"Id": "301", "SyncToken": "0", "sparse": True, "DocNumber": "INV-1001"})
    assert kept["Invoice"]["DocNumber"] == "INV-1001"


def test_allowduplicatedocnum_bypasses_6140(custom: Qbo) -> None:
    created = custom.write("invoice", invoice(DocNumber="INV-1001"), include="allowduplicatedocnum")
    assert created["Invoice"]["DocNumber"] == "INV-1001"
    assert custom.count("Invoice", "DocNumber = 'INV-1001'") == 2


def test_custom_numbers_on_and_none_supplied_leaves_it_empty(custom: Qbo) -> None:
    assert "DocNumber" not in custom.write("invoice", invoice())["Invoice"]
    assert custom.write("invoice", invoice(DocNumber="AUTO_GENERATE"))["Invoice"]["DocNumber"] == "INV-2"


def test_custom_numbers_off_generates_and_accepts_anything(qbo: Qbo) -> None:
    # The credit memo INV-1 was created last, so the sequence continues from it, skipping numbers in use.
    assert qbo.write("invoice", invoice())["Invoice"]["DocNumber"] == "INV-2"
    assert qbo.write("creditmemo", invoice())["CreditMemo"]["DocNumber"] == "INV-3"
    assert qbo.write("invoice", invoice(DocNumber="INV-1001"))["Invoice"]["DocNumber"] == "INV-1001"


def test_doc_number_longer_than_21_is_2050(custom: Qbo) -> None:
    error = fault(custom.post("invoice", invoice(DocNumber="D" * 22)))
    assert error["code"] == "2050" and error["element"] == "DocNumber"
    assert f"{error['Message']}. {error['Detail']}".startswith(
        "String length is either shorter or longer than supported by specification.")
    assert error["Detail"].endswith("Min:0 Max:21 supported. Supplied length:22")
    assert custom.write("invoice", invoice(DocNumber="D" * 21))["Invoice"]["DocNumber"] == "D" * 21


# ---- updates ----------------------------------------------------------------------------------------------
def test_lines_are_all_or_nothing(qbo: Qbo) -> None:
    changed = line(1, 100.0)
    changed["Id"] = "1"
    full = qbo.write("invoice", {"Id": "301", "SyncToken": "0", "CustomerRef": {"value": "1"},
                                 "Line": [changed, line(1, 50.0), {**line(1, 7.0), "Id": "-3"}]})["Invoice"]
    assert [ln["Id"] for ln in full["Line"]] == ["1", "2", "3"] and full["TotalAmt"] == 157.0
    assert full["SyncToken"] == "1" and full["DocNumber"] == "INV-1001"  # kept on a full update
    second = {**full["Line"][1]}
    sparse = qbo.write("invoice", {"Id": "301", "SyncToken": "1", "sparse": True, "Line": [second]})["Invoice"]
    assert [ln["Id"] for ln in sparse["Line"]] == ["2"] and sparse["TotalAmt"] == 50.0
    note = qbo.write("invoice", {"Id": "301", "SyncToken": "2", "sparse": True, "PrivateNote": "hi"})["Invoice"]
    assert note["Line"] == sparse["Line"] and note["PrivateNote"] == "hi" and note["SyncToken"] == "3"
    times = [full, sparse, note]
    assert [t["MetaData"]["LastUpdatedTime"] for t in times] == sorted(t["MetaData"]["LastUpdatedTime"] for t in times)
    assert len({t["MetaData"]["LastUpdatedTime"] for t in times}) == 3


def test_update_keeps_what_was_paid(qbo: Qbo) -> None:
    # Invoice 302: 400 with 300 paid (Balance 100).
    updated = qbo.write("invoice", {"Id": "302", "SyncToken": "0", "sparse": True, "Line": [line(1, 500.0)]})
    assert updated["Invoice"]["TotalAmt"] == 500.0 and updated["Invoice"]["Balance"] == 200.0


def test_update_faults(qbo: Qbo) -> None:
    assert fault(qbo.post("invoice", {"Id": "301", "SyncToken": "3", "sparse": True, "PrivateNote": "x"}))[
        "code"] == "5010"
    assert fault(qbo.post("invoice", {"Id": "4040", "SyncToken": "0", **invoice()}))["code"] == "610"


# ---- void and delete --------------------------------------------------------------------------------------
def test_void_zeroes_amounts_and_keeps_the_number(qbo: Qbo) -> None:
    assert fault(qbo.post("invoice", {"Id": "301", "SyncToken": "9"}, operation="void"))["code"] == "5010"
    voided = qbo.write("invoice", {"Id": "301", "SyncToken": "0"}, operation="void")["Invoice"]
    assert voided["TotalAmt"] == 0 and voided["Balance"] == 0 and voided["PrivateNote"] == "Voided"
    assert voided["DocNumber"] == "INV-1001" and voided["SyncToken"] == "1"
    assert [ln["Amount"] for ln in voided["Line"]] == [0]
    assert qbo.read("Invoice", "301") == voided


def test_delete_removes_the_transaction(qbo: Qbo) -> None:
    assert fault(qbo.post("creditmemo", {"Id": "111", "SyncToken": "1"}, operation="delete"))["code"] == "5010"
    before = qbo.count("CreditMemo")
    deleted = qbo.write("creditmemo", {"Id": "111", "SyncToken": "0"}, operation="delete")
    assert deleted["CreditMemo"] == {"Id": "111", "status": "Deleted", "domain": "QBO"}
    assert qbo.count("CreditMemo") == before - 1
    assert fault(qbo.get("creditmemo/111"))["code"] == "610"
    assert fault(qbo.post("creditmemo", {"Id": "111", "SyncToken": "0"}, operation="delete"))["code"] == "610"
    assert fault(qbo.post("creditmemo", {"Id": "111", "SyncToken": "0", **invoice()}))["code"] == "610"


def test_credit_memo_create_and_read(qbo: Qbo) -> None:
    memo = qbo.write("creditmemo", invoice("2", line(1, 25.0)))["CreditMemo"]
    assert memo["TotalAmt"] == 25.0 and qbo.read("CreditMemo", memo["Id"])["DocNumber"] == memo["DocNumber"]


def test_invoice_requestid_replay(qbo: Qbo) -> None:
    before = qbo.count("Invoice")
    rid = str(uuid.uuid4())
    first = qbo.post("invoice", invoice(), requestid=rid)
    second = qbo.post("invoice", invoice(), requestid=rid)
    assert first.status_code == second.status_code == 200 and first.text == second.text
    assert qbo.count("Invoice") == before + 1
