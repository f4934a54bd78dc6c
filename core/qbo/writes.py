"""QuickBooks Online v3 writes: create, update (full or sparse), delete, preferences — always with a requestid.

Every write carries `?requestid=…&minorversion=75` and is sent as idempotent, so a retry after a 5xx, a 429 or
a dropped connection resends the SAME requestid and QBO answers with its first reply instead of writing twice.
A stale SyncToken (fault 5010) raises StaleRecordError carrying the record as it is now.
"""

from __future__ import annotations

from typing import Any

import requests

from core.errors import ApiError, MalformedReplyError
from core.fixes.errors import StaleRecordError
from core.qbo.client import MINOR_VERSION, QboClient, qbo_error
from core.qbo.faults import parse_fault

JSON = dict[str, Any]
STALE = "5010"


def entity_path(entity: str) -> str:
    """`Customer` → `customer`, `CreditMemo` → `creditmemo` (QBO's resource names are lower case)."""
    return entity.lower()


class QboWriter(QboClient):
    """QboClient plus the writes the fixes need. Entity names are QBO's (Customer, Invoice, CreditMemo)."""

    def read(self, entity: str, record_id: str) -> JSON:
        if entity == "Preferences":
            return self.preferences()
        body = self._json(self.api.request("GET", f"{self.prefix}/{entity_path(entity)}/{record_id}",
                                           params={"minorversion": MINOR_VERSION}))
        return _record(body, entity)

    def create(self, entity: str, body: JSON, request_id: str) -> JSON:
        return self._write(entity, body, request_id)

    def update(self, entity: str, body: JSON, request_id: str) -> JSON:
        """Full update, or sparse when body has `"sparse": true`; body carries Id and SyncToken."""
        if entity == "Preferences":
            return self.update_preferences(body, request_id)
        return self._write(entity, body, request_id, record_id=str(body.get("Id", "")))

    def delete(self, entity: str, record_id: str, sync_token: str, request_id: str) -> JSON:
        """`?operation=delete`; the reply is `{Id, status: "Deleted"}`."""
        return self._write(entity, {"Id": record_id, "SyncToken": sync_token}, request_id,
                           record_id=record_id, operation="delete")

    def update_preferences(self, body: JSON, request_id: str) -> JSON:
        response = self.api.request("POST", f"{self.prefix}/preferences", idempotent=True, json=body,
                                    params=_params(request_id))
        return _record(self._checked(response, "Preferences", "1"), "Preferences")

    def _write(self, entity: str, body: JSON, request_id: str, *, record_id: str = "", operation: str = "") -> JSON:
        params = _params(request_id)
        if operation:
            params["operation"] = operation
        response = self.api.request("POST", f"{self.prefix}/{entity_path(entity)}", idempotent=True, json=body,
                                    params=params)
        return _record(self._checked(response, entity, record_id), entity)

    def _checked(self, response: requests.Response, entity: str, record_id: str) -> JSON:
        """The reply body; a 5010 becomes StaleRecordError with the current record read back."""
        if response.status_code != 200:
            fault = parse_fault(response.status_code, response.text)
            if fault is not None and fault.code == STALE and record_id:
                try:
                    current = self.read(entity, record_id)
                except ApiError:
                    current = {}
                raise StaleRecordError(
                    f"{entity} {record_id} was changed in QuickBooks after the plan was made, so nothing was "
                    f"written. {fault.message}".strip(), current, status=response.status_code,
                    body=response.text[:2000])
            raise qbo_error(response)
        return self._json(response)


def _params(request_id: str) -> dict[str, str]:
    return {"requestid": request_id, "minorversion": MINOR_VERSION}


def _record(body: JSON, entity: str) -> JSON:
    record = body.get(entity)
    if not isinstance(record, dict):
        raise MalformedReplyError(f"QuickBooks' reply has no {entity}.", 200)
    return record
