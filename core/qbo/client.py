"""QuickBooks Online v3 reads: paged queries and preferences, with faults parsed in every shape."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import requests

from core.errors import ApiError, AuthError, MalformedReplyError
from core.http import ApiSession, Throttle
from core.qbo.faults import parse_fault

JSON = dict[str, Any]
MINOR_VERSION = "75"
PAGE = 1000  # MAXRESULTS ceiling
# 500 requests per minute per realm; keep a margin for other apps on the same company.
REQUESTS_PER_MIN = 450
NAME_LISTS = {"Customer", "Vendor", "Employee", "Item"}


class QboClient:
    def __init__(self, base_url: str, token: str, realm: str, session: ApiSession | None = None) -> None:
        self.realm = realm
        self.api = session or ApiSession("QuickBooks", base_url, token, throttle=Throttle(REQUESTS_PER_MIN, 60.0),
                                         headers={"Accept": "application/json"})
        self.prefix = f"/v3/company/{realm}"

    def close(self) -> None:
        self.api.close()

    def _json(self, response: requests.Response) -> JSON:
        if response.status_code != 200:
            raise qbo_error(response)
        try:
            body = response.json()
        except ValueError as exc:
            raise MalformedReplyError("QuickBooks sent a reply that is not valid JSON.", response.status_code,
                                      body=response.text[:500]) from exc
        if not isinstance(body, dict):
            raise MalformedReplyError("QuickBooks sent an unexpected reply.", response.status_code)
        return body

    def query(self, text: str) -> JSON:
        response = self.api.request("GET", f"{self.prefix}/query",
                                    params={"query": text, "minorversion": MINOR_VERSION})
        body = self._json(response)
        qr = body.get("QueryResponse")
        if not isinstance(qr, dict):
            raise MalformedReplyError("QuickBooks' query reply has no QueryResponse.", 200)
        return qr

    def fetch_all(self, entity: str, where: str = "") -> Iterator[list[JSON]]:
        """Every row of an entity, 1000 per page (STARTPOSITION is 1-based); inactive names included."""
        conditions = [c for c in (where, "Active IN (true, false)" if entity in NAME_LISTS else "") if c]
        clause = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        start = 1
        while True:
            qr = self.query(f"SELECT * FROM {entity}{clause} STARTPOSITION {start} MAXRESULTS {PAGE}")
            rows = qr.get(entity) or []  # the key is absent on an empty page
            if not isinstance(rows, list):
                raise MalformedReplyError(f"QuickBooks' {entity} page is not a list.", 200)
            if rows:
                yield rows
            if len(rows) < PAGE:
                return
            start += len(rows)

    def company_info(self) -> JSON:
        body = self._json(self.api.request("GET", f"{self.prefix}/companyinfo/{self.realm}",
                                           params={"minorversion": MINOR_VERSION}))
        info = body.get("CompanyInfo")
        if not isinstance(info, dict):
            raise MalformedReplyError("QuickBooks' company info reply has no CompanyInfo.", 200)
        return info

    def preferences(self) -> JSON:
        body = self._json(self.api.request("GET", f"{self.prefix}/preferences",
                                           params={"minorversion": MINOR_VERSION}))
        prefs = body.get("Preferences")
        if not isinstance(prefs, dict):
            raise MalformedReplyError("QuickBooks' preferences reply has no Preferences.", 200)
        return prefs


def qbo_error(response: requests.Response) -> ApiError:
    fault = parse_fault(response.status_code, response.text)
    if fault is None:
        return ApiError(f"QuickBooks answered {response.status_code} without details.", response.status_code,
                        body=response.text[:2000])
    if fault.code in ("3200", "100", "120"):
        raise AuthError(f"QuickBooks did not accept the login: {fault.message}. Reconnect to continue.")
    return ApiError(str(fault), response.status_code, fault.code, response.text[:2000])
