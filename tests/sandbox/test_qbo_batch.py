"""POST /batch over HTTP: per-item answers and faults, the 30-item limit, isolation between items, requestid."""

from __future__ import annotations

import uuid

from core.sandbox.server import Options
from tests.helpers.qbo_sandbox import JSON, Qbo, fault, line, running, scenario, xml_fault


def by_bid(reply: JSON) -> dict[str, JSON]:
    assert set(reply) == {"BatchItemResponse", "time"}
    return {item["bId"]: item for item in reply["BatchItemResponse"]}


def test_partial_success_answers_every_item(qbo: Qbo) -> None:
    items: list[JSON] = [
        {"bId": "new", "operation": "create", "Customer": {"DisplayName": "Batch Customer"}},
        {"bId": "dup", "operation": "create", "Customer": {"DisplayName": "acme corp"}},
        {"bId": "q", "Query": "SELECT * FROM Customer WHERE DisplayName = 'Acme Corp'"},
        {"bId": "upd", "operation": "update", "Invoice": {"Id": "302", "SyncToken": "0", "sparse": True,
                                                          "PrivateNote": "from batch"}},
        {"bId": "void", "operation": "update", "optionsData": "void", "Invoice": {"Id": "301", "SyncToken": "0"}},
        {"bId": "del", "operation": "delete", "CreditMemo": {"Id": "111", "SyncToken": "0"}},
        {"bId": "stale", "operation": "update", "Customer": {"Id": "1", "SyncToken": "4", "sparse": True}},
        {"bId": "badq", "Query": "SELECT * FROM Customer WHERE Id = '1' OR Id = '2'"},
    ]
    answers = by_bid(qbo.write("batch", {"BatchItemRequest": items}))
    assert list(answers) == [item["bId"] for item in items]  # one answer per item, in order
    assert answers["new"]["Customer"]["DisplayName"] == "Batch Customer"
    dup = answers["dup"]["Fault"]
    assert dup["type"] == "ValidationFault" and dup["Error"][0]["code"] == "6240"
    assert answers["q"]["QueryResponse"]["Customer"][0]["Id"] == "2"
    assert answers["upd"]["Invoice"]["PrivateNote"] == "from batch"
    assert answers["void"]["Invoice"]["PrivateNote"] == "Voided" and answers["void"]["Invoice"]["TotalAmt"] == 0
    assert answers["del"]["CreditMemo"]["status"] == "Deleted"
    assert answers["stale"]["Fault"]["Error"][0]["code"] == "5010"
    assert answers["badq"]["Fault"]["Error"][0]["code"] == "4000"
    assert qbo.count("Customer", "DisplayName = 'Batch Customer'") == 1
    assert qbo.count("CreditMemo") == 0


def test_more_than_30_items_is_refused_whole(qbo: Qbo) -> None:
    items = [{"bId": str(n), "operation": "create", "Customer": {"DisplayName": f"C{n}"}} for n in range(31)]
    before = qbo.count("Customer")
    error = fault(qbo.post("batch", {"BatchItemRequest": items}))
    assert error["code"] == "1040" and error["Message"] == "Batch size exceeds allowed limit"
    assert qbo.count("Customer") == before
    answers = by_bid(qbo.write("batch", {"BatchItemRequest": items[:30]}))
    assert len(answers) == 30 and all("Customer" in a for a in answers.values())
    assert qbo.count("Customer") == before + 30


def test_items_do_not_see_objects_created_earlier_in_the_batch(qbo: Qbo) -> None:
    created = by_bid(qbo.write("batch", {"BatchItemRequest": [
        {"bId": "c", "operation": "create", "Customer": {"DisplayName": "Fresh"}},
    ]}))["c"]["Customer"]["Id"]
    answers = by_bid(qbo.write("batch", {"BatchItemRequest": [
        {"bId": "c2", "operation": "create", "Customer": {"DisplayName": "Fresher"}},
        {"bId": "i", "operation": "create", "Invoice": {"CustomerRef": {"value": created}, "Line": [line(1, 5.0)]}},
    ]}))
    fresher = answers["c2"]["Customer"]["Id"]
    assert "Invoice" in answers["i"]  # a customer from an earlier batch is fine
    predicted = str(int(answers["i"]["Invoice"]["Id"]) + 1)  # Ids are handed out in sequence
    answers = by_bid(qbo.write("batch", {"BatchItemRequest": [
        {"bId": "c3", "operation": "create", "Customer": {"DisplayName": "Freshest"}},
        {"bId": "bad", "operation": "create", "Invoice": {"CustomerRef": {"value": predicted},
                                                          "Line": [line(1, 5.0)]}},
        {"bId": "upd", "operation": "update", "Customer": {"Id": predicted, "SyncToken": "0", "sparse": True}},
        {"bId": "q", "Query": "SELECT * FROM Customer WHERE DisplayName = 'Freshest'"},
        {"bId": "ok", "operation": "create", "Invoice": {"CustomerRef": {"value": fresher}, "Line": [line(1, 5.0)]}},
    ]}))
    new_id = answers["c3"]["Customer"]["Id"]
    assert new_id == predicted
    assert answers["bad"]["Fault"]["Error"][0]["code"] == "2500"
    assert answers["upd"]["Fault"]["Error"][0]["code"] == "610"
    assert answers["q"]["QueryResponse"] == {}
    assert "Invoice" in answers["ok"]
    late = by_bid(qbo.write("batch", {"BatchItemRequest": [
        {"bId": "x", "operation": "create", "Customer": {"DisplayName": "Other"}},
        {"bId": "y", "operation": "create", "Invoice": {"CustomerRef": {"value": new_id}, "Line": [line(1, 1.0)]}},
    ]}))
    assert "Invoice" in late["y"]  # visible to the next batch


def test_item_shape_faults(qbo: Qbo) -> None:
    answers = by_bid(qbo.write("batch", {"BatchItemRequest": [
        {"bId": "1", "operation": "merge", "Customer": {"DisplayName": "X"}},
        {"bId": "2", "operation": "create"},
        {"bId": "3", "operation": "delete", "Customer": {"Id": "2", "SyncToken": "0"}},
        {"bId": "4", "operation": "update", "Invoice": {"SyncToken": "0", "sparse": True}},
    ]}))
    assert [answers[b]["Fault"]["Error"][0]["code"] for b in "1234"] == ["2010", "2020", "500", "2020"]
    assert answers["4"]["Fault"]["Error"][0]["element"] == "Id"
    assert fault(qbo.post("batch", {"BatchItemRequest": []}))["code"] == "2020"


def test_batch_requestid_replay(qbo: Qbo) -> None:
    rid = str(uuid.uuid4())
    body = {"BatchItemRequest": [{"bId": "1", "operation": "create", "Customer": {"DisplayName": "Replayed"}}]}
    first = qbo.post("batch", body, requestid=rid)
    second = qbo.post("batch", body, requestid=rid)
    assert first.status_code == second.status_code == 200 and first.json() == second.json()
    assert "Customer" in first.json()["BatchItemResponse"][0]
    assert qbo.count("Customer", "DisplayName = 'Replayed'") == 1


def test_batch_envelope_fault_in_xml() -> None:
    with running(scenario(), Options(qbo_limit=1_000_000, xml_faults=True)) as qbo:
        items = [{"bId": str(n), "Query": "SELECT * FROM Item"} for n in range(31)]
        assert xml_fault(qbo.post("batch", {"BatchItemRequest": items}))["code"] == "1040"
