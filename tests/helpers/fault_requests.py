"""A one-invoice company on both sides and the plain requests the sandbox's fault tests send to it."""

from __future__ import annotations

from typing import Any

import requests

from core.sandbox.server import Sandbox

REALM = "9341453050000001"
HS = {"Authorization": "Bearer sandbox-hubspot-token"}
QB = {"Authorization": "Bearer sandbox-qbo-token", "Accept": "application/json"}
SCENARIO: dict[str, Any] = {
    "hubspot": {"contacts": [{"id": "1001", "email": "ana@x.example", "firstname": "Ana", "lastname": "Ruiz"}],
                "invoices": [{"id": "9001", "number": "INV-1", "status": "open", "contact_id": "1001",
                              "lines": [{"name": "Consulting hour", "quantity": 2, "price": 150.0}]}]},
    "qbo": {"realm": REALM, "Customer": [{"Id": "1", "DisplayName": "Ana Ruiz"}],
            "Item": [{"Id": "1", "Name": "Consulting hour", "Type": "Service"}]},
}
INVOICE = {"CustomerRef": {"value": "1"}, "DocNumber": "INV-77",
           "Line": [{"Amount": 300.0, "DetailType": "SalesItemLineDetail",
                     "SalesItemLineDetail": {"ItemRef": {"value": "1"}, "Qty": 2, "UnitPrice": 150.0}}]}


def hs_list(sb: Sandbox) -> requests.Response:
    return requests.get(f"{sb.base_url}/crm/v3/objects/invoices", headers=HS, timeout=10)


def qbo_query(sb: Sandbox) -> requests.Response:
    return requests.get(f"{sb.base_url}/v3/company/{REALM}/query", params={"query": "select * from Customer"},
                        headers=QB, timeout=10)


def not_json(reply: requests.Response) -> bool:
    try:
        reply.json()
    except ValueError:
        return True
    return False
