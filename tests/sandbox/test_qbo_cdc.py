"""GET /cdc over HTTP: changes and deletions since a time, the 30-day window, the 1000-object cap."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.sandbox.server import Options
from tests.helpers.qbo_sandbox import JSON, Qbo, fault, line, reset, running, scenario, xml_fault


def ago(**delta: float) -> str:
    return (datetime.now(UTC) - timedelta(**delta)).isoformat(timespec="seconds")


def cdc(qbo: Qbo, entities: str, since: str) -> tuple[dict[str, JSON], str]:
    """{entity: its QueryResponse block} and the response time."""
    response = qbo.get("cdc", entities=entities, changedSince=since)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"CDCResponse", "time"} and len(body["CDCResponse"]) == 1
    blocks = body["CDCResponse"][0]["QueryResponse"]
    found: dict[str, JSON] = {}
    for block in blocks:
        if block:
            entity = next(k for k in block if k not in ("startPosition", "maxResults"))
            assert block["startPosition"] == 1 and block["maxResults"] == len(block[entity])
            found[entity] = block
    if not found:
        assert blocks == [{}]
    return found, body["time"]


def test_changes_and_deletions_since(qbo: Qbo) -> None:
    found, first_time = cdc(qbo, "Customer,Invoice,CreditMemo", ago(hours=1))
    assert found == {}
    customer = qbo.write("customer", {"DisplayName": "Changed Today"})["Customer"]
    qbo.write("customer", {"Id": "3", "SyncToken": "0", "sparse": True, "Notes": "still inactive"})
    invoice = qbo.write("invoice", {"Id": "301", "SyncToken": "0", "sparse": True, "PrivateNote": "x"})["Invoice"]
    qbo.write("creditmemo", {"Id": "111", "SyncToken": "0"}, operation="delete")
    found, _ = cdc(qbo, "customer,Invoice,CreditMemo,Item", first_time)
    assert set(found) == {"Customer", "Invoice", "CreditMemo"}
    assert [c["Id"] for c in found["Customer"]["Customer"]] == [customer["Id"], "3"]  # inactive ones too
    assert found["Customer"]["Customer"][0] == customer  # full payloads
    assert found["Invoice"]["Invoice"] == [invoice]
    tombstone = found["CreditMemo"]["CreditMemo"][0]
    assert set(tombstone) == {"Id", "status", "MetaData"} and tombstone["Id"] == "111"
    assert tombstone["status"] == "Deleted" and tombstone["MetaData"]["LastUpdatedTime"]
    # Only what changed at or after changedSince comes back.
    found, _ = cdc(qbo, "Invoice", invoice["MetaData"]["LastUpdatedTime"])
    assert [i["Id"] for i in found["Invoice"]["Invoice"]] == ["301"]
    found, _ = cdc(qbo, "Customer", invoice["MetaData"]["LastUpdatedTime"])
    assert found == {}


def test_back_to_back_changes_get_strictly_later_times(qbo: Qbo) -> None:
    times = [qbo.write("customer", {"Id": "2", "SyncToken": str(n), "sparse": True, "Notes": str(n)})
             ["Customer"]["MetaData"]["LastUpdatedTime"] for n in range(5)]
    instants = [datetime.fromisoformat(t) for t in times]
    assert instants == sorted(instants) and len(set(instants)) == 5
    found, _ = cdc(qbo, "Customer", times[-1])
    assert [c["SyncToken"] for c in found["Customer"]["Customer"]] == ["5"]


@pytest.mark.parametrize(("params", "code"), [
    ({"entities": "Customer", "changedSince": ago(days=31)}, "500"),
    ({"entities": "Customer"}, "2020"),
    ({"changedSince": ago(days=1)}, "2020"),
    ({"entities": "Customer", "changedSince": "yesterday"}, "2010"),
    ({"entities": "Payment", "changedSince": ago(days=1)}, "2010"),
])
def test_bad_parameters(qbo: Qbo, params: dict[str, str], code: str) -> None:
    assert fault(qbo.get("cdc", **params))["code"] == code


def test_the_30_day_window(qbo: Qbo) -> None:
    error = fault(qbo.get("cdc", entities="Customer", changedSince=ago(days=30, minutes=5)))
    assert "older than fixed days is not supported" in error["Detail"]
    assert cdc(qbo, "Customer", ago(days=29, hours=23))[0] == {}


def test_at_most_1000_objects_per_response_oldest_first(server: Qbo) -> None:
    created = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    data = scenario()
    data["created"] = created  # scenario objects are stamped one minute apart from here
    data["qbo"]["Customer"] = [{"Id": str(n), "DisplayName": f"Customer {n}"} for n in range(1, 601)]
    data["qbo"]["Invoice"] = [{"Id": str(n), "CustomerRef": {"value": "1"}, "Line": [line(1, 1.0)]}
                              for n in range(1001, 1601)]
    data["qbo"]["CreditMemo"] = []
    qbo = reset(server, data)
    found, _ = cdc(qbo, "Invoice,Customer", ago(days=3))
    assert list(found) == ["Invoice", "Customer"]  # blocks follow the requested order
    assert len(found["Customer"]["Customer"]) == 600 and len(found["Invoice"]["Invoice"]) == 400
    assert found["Invoice"]["Invoice"][-1]["Id"] == "1400"  # the newest 200 invoices are left for the next call


def test_cdc_faults_in_xml() -> None:
    with running(scenario(), Options(qbo_limit=1_000_000, xml_faults=True)) as qbo:
        error = xml_fault(qbo.get("cdc", entities="Customer", changedSince=ago(days=45)))
        assert error["code"] == "500" and "older than fixed days" in error["Detail"]
