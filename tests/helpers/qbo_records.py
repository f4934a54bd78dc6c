"""QuickBooks customers and invoices as the API returns them, for the sandbox's query tests."""

from __future__ import annotations

from typing import Any

NOW = "2024-06-01T10:00:00.000-07:00"


def customer(oid: int, name: str, *, active: bool | None = True, email: str | None = None,
             updated: str = "2024-01-10T09:00:00-08:00", balance: float = 0) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "Id": str(oid), "SyncToken": "0", "DisplayName": name, "Balance": balance,
        "MetaData": {"CreateTime": "2023-01-01T00:00:00-08:00", "LastUpdatedTime": updated},
    }
    if active is not None:
        obj["Active"] = active
    if email is not None:
        obj["PrimaryEmailAddr"] = {"Address": email}
    return obj


def invoice(oid: int, doc: str, customer_id: str, total: float, txn_date: str) -> dict[str, Any]:
    return {"Id": str(oid), "SyncToken": "1", "DocNumber": doc, "TotalAmt": total, "Balance": total,
            "TxnDate": txn_date, "CustomerRef": {"value": customer_id, "name": f"Customer {customer_id}"},
            "MetaData": {"LastUpdatedTime": f"{txn_date}T12:00:00-07:00"}}
