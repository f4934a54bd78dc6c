"""Shared by the QBO sandbox tests: a small company, and a client that talks to the sandbox over
real HTTP the way a QBO client does (Bearer token, Accept: application/json, minorversion=75, JSON bodies)."""

from __future__ import annotations

import copy
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import requests

from core.sandbox.scenario import load
from core.sandbox.server import Options, Sandbox

JSON = dict[str, Any]


def line(qty: float, price: float, item: str = "1", **detail: Any) -> JSON:
    return {"Amount": round(qty * price, 2), "DetailType": "SalesItemLineDetail",
            "SalesItemLineDetail": {"ItemRef": {"value": item}, "Qty": qty, "UnitPrice": price, **detail}}


BASE: JSON = {
    "name": "QBO write rules",
    "qbo": {
        "preferences": {},
        "Customer": [
            {"Id": "1", "DisplayName": "Ferretería López", "PrimaryEmailAddr": {"Address": "ana@ferreterialopez.es"}},
            {"Id": "2", "DisplayName": "Acme Corp"},
            {"Id": "3", "DisplayName": "Old Client", "Active": False},
        ],
        "Vendor": [{"Id": "50", "DisplayName": "Papelería Central"}],
        "Employee": [{"Id": "80", "DisplayName": "Marta Ruiz"}],
        "Item": [{"Id": "1", "Name": "Consulting hour", "Type": "Service"},
                 {"Id": "2", "Name": "Retired item", "Type": "Service", "Active": False}],
        "Invoice": [{"Id": "301", "DocNumber": "INV-1001", "CustomerRef": {"value": "1"}, "TxnDate": "2026-10-01",
                     "Line": [line(2, 150.0)]},
                    {"Id": "302", "DocNumber": "INV-1002", "CustomerRef": {"value": "2"}, "TxnDate": "2026-10-02",
                     "Line": [line(1, 400.0)], "Balance": 100.0}],
        "CreditMemo": [{"Id": "111", "DocNumber": "INV-1", "CustomerRef": {"value": "2"}, "Line": [line(1, 50.0)]}],
    },
}


def scenario(**preferences: JSON) -> JSON:
    """The base company with some preference blocks overridden, e.g. SalesFormsPrefs={"CustomTxnNumbers": True}."""
    data = copy.deepcopy(BASE)
    data["qbo"]["preferences"] = preferences
    return data


class Qbo:
    """requests against one sandbox's QBO API."""

    def __init__(self, sandbox: Sandbox) -> None:
        ep = sandbox.endpoints()
        self.sandbox = sandbox
        self.base = f"{ep.qbo_api}/v3/company/{ep.qbo_realm}"
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {ep.qbo_token}", "Accept": "application/json"})

    def get(self, path: str, **params: Any) -> requests.Response:
        return self.http.get(f"{self.base}/{path}", params={"minorversion": "75", **params}, timeout=10)

    def post(self, path: str, body: Any, **params: Any) -> requests.Response:
        return self.http.post(f"{self.base}/{path}", json=body, params={"minorversion": "75", **params}, timeout=10)

    def write(self, path: str, body: Any, **params: Any) -> JSON:
        """A write that must succeed, with a fresh requestid as a real client sends."""
        response = self.post(path, body, requestid=uuid.uuid4().hex, **params)
        assert response.status_code == 200, response.text
        reply: JSON = response.json()
        assert "time" in reply
        return reply

    def query(self, text: str) -> JSON:
        response = self.get("query", query=text)
        assert response.status_code == 200, response.text
        result: JSON = response.json()["QueryResponse"]
        return result

    def count(self, entity: str, where: str = "") -> int:
        return int(self.query(f"SELECT COUNT(*) FROM {entity}{' WHERE ' + where if where else ''}")["totalCount"])

    def read(self, entity: str, oid: str) -> JSON:
        response = self.get(f"{entity.lower()}/{oid}")
        assert response.status_code == 200, response.text
        obj: JSON = response.json()[entity]
        return obj


def fault(response: requests.Response, status: int = 400) -> JSON:
    """The single Error of a JSON Fault reply, after checking the envelope."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"Fault", "time"}
    assert body["Fault"]["type"] == "ValidationFault"
    errors = body["Fault"]["Error"]
    assert len(errors) == 1 and set(errors[0]) == {"Message", "Detail", "code", "element"}
    assert isinstance(errors[0]["code"], str)
    error: JSON = errors[0]
    return error


def xml_fault(response: requests.Response, status: int = 400) -> dict[str, str]:
    """code, element, Message and Detail of an XML IntuitResponse fault."""
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith("application/xml")
    ns = {"q": "http://schema.intuit.com/finance/v3"}
    root = ET.fromstring(response.text)
    error = root.find("q:Fault/q:Error", ns)
    assert error is not None
    return {"code": error.get("code", ""), "element": error.get("element", ""),
            "Message": error.findtext("q:Message", "", ns), "Detail": error.findtext("q:Detail", "", ns)}


@contextmanager
def running(data: JSON, options: Options | None = None) -> Iterator[Qbo]:
    """A started sandbox; the realm's rate limit is lifted unless `options` says otherwise, as one server is
    shared by a whole test module."""
    with Sandbox(data, options=options or Options(qbo_limit=1_000_000)) as sandbox:
        yield Qbo(sandbox)


def reset(client: Qbo, data: JSON) -> Qbo:
    """A fresh company in an already running sandbox (starting a server per test costs half a second)."""
    state = load(data)
    client.sandbox.state = state
    client.sandbox.app.state = state
    return client
