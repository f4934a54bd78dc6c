"""HubSpot CRM reads: object lists (cursor paging), batch read, v4 association batch read.

`fetch_*` generators yield plain dicts page by page and do no database work (github-to-sqlite style).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import requests

from core.errors import ApiError, MalformedReplyError
from core.http import ApiSession, Throttle

JSON = dict[str, Any]
LIST_LIMIT = 100
BATCH_READ = 100
ASSOC_BATCH = 1000
# 100 requests per rolling 10 s per token is HubSpot's floor (Free/Starter apps); stay a little under.
REQUESTS_PER_10S = 95

PROPERTIES = {
    "invoices": ["hs_number", "hs_invoice_status", "hs_currency", "hs_invoice_date", "hs_due_date",
                 "hs_amount_billed", "hs_balance_due", "hs_invoice_source", "hs_lastmodifieddate"],
    "contacts": ["email", "firstname", "lastname", "company", "associatedcompanyid", "lastmodifieddate"],
    "companies": ["name", "domain", "hs_lastmodifieddate"],
    "line_items": ["name", "quantity", "price", "amount", "hs_sku", "hs_product_id", "description",
                   "hs_lastmodifieddate"],
}


class HubSpotClient:
    def __init__(self, base_url: str, token: str, session: ApiSession | None = None) -> None:
        self.api = session or ApiSession("HubSpot", base_url, token, throttle=Throttle(REQUESTS_PER_10S, 10.0))

    def close(self) -> None:
        self.api.close()

    def _json(self, response: requests.Response, ok: tuple[int, ...] = (200,)) -> JSON:
        if response.status_code not in ok:
            raise hubspot_error(response)
        try:
            body = response.json()
        except ValueError as exc:
            raise MalformedReplyError("HubSpot sent a reply that is not valid JSON.", response.status_code,
                                      body=response.text[:500]) from exc
        if not isinstance(body, dict):
            raise MalformedReplyError("HubSpot sent an unexpected reply.", response.status_code)
        return body

    def fetch_objects(self, object_type: str, properties: list[str] | None = None) -> Iterator[list[JSON]]:
        """Every object of a type, one page (≤ 100) at a time, following paging.next.after."""
        props = ",".join(properties or PROPERTIES[object_type])
        after: str | None = None
        while True:
            params = {"limit": str(LIST_LIMIT), "properties": props, "archived": "false"}
            if after:
                params["after"] = after
            body = self._json(self.api.request("GET", f"/crm/v3/objects/{object_type}", params=params))
            results = body.get("results")
            if not isinstance(results, list):
                raise MalformedReplyError(f"HubSpot's {object_type} list has no results.", 200)
            yield results
            after = ((body.get("paging") or {}).get("next") or {}).get("after")
            if not after:
                return

    def batch_read(self, object_type: str, ids: Iterable[str],
                   properties: list[str] | None = None) -> Iterator[list[JSON]]:
        """Objects by id, 100 per request; ids HubSpot no longer has are skipped (207 errors)."""
        props = properties or PROPERTIES[object_type]
        for chunk in _chunks(list(dict.fromkeys(ids)), BATCH_READ):
            body = self._json(self.api.request(
                "POST", f"/crm/v3/objects/{object_type}/batch/read", idempotent=True,
                json={"inputs": [{"id": i} for i in chunk], "properties": props, "propertiesWithHistory": []},
            ), ok=(200, 207))
            yield list(body.get("results") or [])

    def fetch_associations(self, from_type: str, to_type: str,
                           ids: Iterable[str]) -> Iterator[list[tuple[str, str, int]]]:
        """(from_id, to_id, typeId) triples via v4 batch read, 1000 ids per request, following per-id paging."""
        pending = [{"id": i} for i in dict.fromkeys(ids)]
        while pending:
            chunk, pending = pending[:ASSOC_BATCH], pending[ASSOC_BATCH:]
            body = self._json(self.api.request(
                "POST", f"/crm/v4/associations/{from_type}/{to_type}/batch/read", idempotent=True,
                json={"inputs": chunk}), ok=(200, 207))
            rows: list[tuple[str, str, int]] = []
            for result in body.get("results") or []:
                from_id = str((result.get("from") or {}).get("id", ""))
                for link in result.get("to") or []:
                    for assoc_type in link.get("associationTypes") or [{"typeId": 0}]:
                        rows.append((from_id, str(link.get("toObjectId")), int(assoc_type.get("typeId") or 0)))
                after = ((result.get("paging") or {}).get("next") or {}).get("after")
                if after:
                    pending.append({"id": from_id, "after": after})
            yield rows


def hubspot_error(response: requests.Response) -> ApiError:
    """A typed error from HubSpot's error body ({status, message, category, correlationId})."""
    try:
        body = response.json()
        message = str(body.get("message") or "")
        category = str(body.get("category") or "")
    except ValueError:
        message, category = response.text[:200], ""
    return ApiError(f"HubSpot answered {response.status_code}: {message or 'no details'}",
                    response.status_code, category, response.text[:2000])


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
