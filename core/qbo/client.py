"""QuickBooks Online v3 reads: paged queries, change data capture, preferences; faults parsed in every shape."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, Self

import requests

from core import reply_checks, reply_words
from core.errors import ApiError, AuthError, UserError
from core.http import ApiSession, json_body, server_date
from core.i18n import N_, verbatim
from core.qbo.faults import parse_fault
from core.throttle import Throttle
from core.types import JSON, Endpoints

MINOR_VERSION = "75"
PAGE = 1000  # MAXRESULTS ceiling
# 500 requests per minute per realm; keep a margin for other apps on the same company.
REQUESTS_PER_MIN = 450
NAME_LISTS = {"Customer", "Vendor", "Employee", "Item"}
CDC_CAP = 1000  # objects per CDC reply (QBO_API.md §6; per entity or per reply is unverified)
FAULT_IN_200_STATUS = 400  # a 200 that carries a Fault is a refusal like a 400 (QBO_API.md §13)
_FROM = re.compile(r"\bFROM\s+(\w+)", re.IGNORECASE)


class CdcOverflowError(UserError):
    """More than 1000 changes share one LastUpdatedTime: CDC cannot page past them."""


CDC_CAPPED = N_("Refresh", "More than 1000 QuickBooks records changed at the same moment; a full refresh is needed.")
# {status} is the HTTP status; {reason} is QuickBooks' own words, shown as they are.
NO_DETAILS = N_("QuickBooks", "QuickBooks answered {status} without details.")
LOGIN_REFUSED = N_("QuickBooks", "QuickBooks did not accept the login: {reason}. Reconnect to continue.")


def qbo_instant(value: object) -> datetime | None:
    """An aware datetime from QBO's `2026-11-24T09:36:00.123-07:00` (naive values are taken as UTC)."""
    try:
        moment = datetime.fromisoformat(str(value or "").strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def changed_at(obj: JSON) -> datetime | None:
    meta = obj.get("MetaData")
    return qbo_instant(meta.get("LastUpdatedTime")) if isinstance(meta, dict) else None


class QboClient:
    @classmethod
    def connect(cls, endpoints: Endpoints) -> Self:
        """A client for the endpoints' QuickBooks company that renews an expired access token by itself."""
        client = cls(endpoints.qbo_api, endpoints.qbo_token, endpoints.qbo_realm)
        client.api.renew = endpoints.renewer("qbo")
        return client

    def __init__(self, base_url: str, token: str, realm: str, session: ApiSession | None = None) -> None:
        self.realm = realm
        self.api = session or ApiSession("QuickBooks", base_url, token, throttle=Throttle(REQUESTS_PER_MIN, 60.0),
                                         headers={"Accept": "application/json"})
        self.prefix = f"/v3/company/{realm}"
        self.first_reply_at: datetime | None = None  # the server's clock at its first reply (body `time`)

    def close(self) -> None:
        self.api.close()

    def _json(self, response: requests.Response, what: str) -> JSON:
        """The reply's JSON object. Any status but 200 is a typed error, and so is a 200 carrying a Fault
        (QBO_API.md §13: QBO sometimes refuses inside a 200)."""
        if response.status_code != 200:
            raise qbo_error(response)
        body = json_body(response, "QuickBooks", what)
        if not isinstance(body, dict):
            raise reply_checks.bad_reply("QuickBooks", what, reply_words.NOT_JSON_OBJECT)
        if has_fault(body):
            raise qbo_error(response, FAULT_IN_200_STATUS)
        if self.first_reply_at is None:
            self.first_reply_at = qbo_instant(body.get("time")) or server_date(response)
        return body

    def query(self, text: str) -> JSON:
        """The QueryResponse of one query, each of its records checked (an absent entity key: no rows)."""
        match = _FROM.search(text)
        what = f"the {match.group(1)} query" if match else "a query"
        response = self.api.request("GET", f"{self.prefix}/query", what=what,
                                    params={"query": text, "minorversion": MINOR_VERSION})
        return reply_checks.qbo_query(self._json(response, what), what)

    def fetch_all(self, entity: str, where: str = "") -> Iterator[list[JSON]]:
        """Every row of an entity, 1000 per page (STARTPOSITION is 1-based); inactive names included."""
        conditions = [c for c in (where, "Active IN (true, false)" if entity in NAME_LISTS else "") if c]
        clause = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        start = 1
        while True:
            qr = self.query(f"SELECT * FROM {entity}{clause} STARTPOSITION {start} MAXRESULTS {PAGE}")
            rows: list[JSON] = qr.get(entity, [])  # the key is absent on an empty page
            if rows:
                yield rows
            if len(rows) < PAGE:
                return
            start += len(rows)

    def cdc(self, entities: Sequence[str], changed_since: datetime) -> dict[str, list[JSON]]:
        """One CDC reply: entity → changed objects (deleted ones as `{Id, status: "Deleted", MetaData}`)."""
        what = "the list of changes (CDC)"
        body = self._json(self.api.request("GET", f"{self.prefix}/cdc", what=what, params={
            "entities": ",".join(entities), "minorversion": MINOR_VERSION,
            "changedSince": changed_since.astimezone(UTC).isoformat(timespec="milliseconds")}), what)
        return reply_checks.qbo_cdc(body, what)

    def fetch_changes(self, entities: Sequence[str], since: datetime) -> Iterator[dict[str, list[JSON]]]:
        """Every change since `since`, one CDC reply at a time. A full reply (1000 objects in all, or in one
        entity) is asked again from the newest time it holds for the capped entities, so nothing is lost
        whichever way QBO applies its cap; the overlap comes back again and is upserted twice."""
        cursor = since
        while True:
            changes = self.cdc(entities, cursor)
            if any(changes.values()):
                yield changes
            capped = [rows for rows in changes.values() if len(rows) >= CDC_CAP]
            if not capped and sum(len(rows) for rows in changes.values()) < CDC_CAP:
                return
            # Per-entity cap: resume at the earliest of the capped entities' newest. Cap in all: at the newest.
            newest = [max((t for r in rows if (t := changed_at(r))), default=None)
                      for rows in (capped or [[r for rows in changes.values() for r in rows]])]
            nxt = min((t for t in newest if t is not None), default=None)
            if nxt is None or nxt <= cursor:
                raise CdcOverflowError(CDC_CAPPED)
            cursor = nxt

    def batch(self, items: list[JSON], what: str) -> list[Any]:
        """One `/batch` request (≤ 30 items): its BatchItemResponse list, each item still to be checked."""
        body = self._json(self.api.request("POST", f"{self.prefix}/batch", idempotent=True, what=what,
                                           params={"minorversion": MINOR_VERSION},
                                           json={"BatchItemRequest": items}), what)
        return reply_checks.require_list("QuickBooks", what, body.get("BatchItemResponse"), "BatchItemResponse")

    def company_info(self) -> JSON:
        what = "the company info"
        return reply_checks.qbo_company_info(self._read_one(f"companyinfo/{self.realm}", what).get("CompanyInfo"),
                                             what)

    def preferences(self) -> JSON:
        what = "the preferences"
        return reply_checks.qbo_preferences(self._read_one("preferences", what).get("Preferences"), what)

    def _read_one(self, path: str, what: str) -> JSON:
        """GET one object of the company (its info, its preferences): the whole reply."""
        return self._json(self.api.request("GET", f"{self.prefix}/{path}", what=what,
                                           params={"minorversion": MINOR_VERSION}), what)


def has_fault(body: JSON) -> bool:
    """A reply object that carries a fault in either of QBO's shapes (`Fault`, or `fault` on auth errors)."""
    return body.get("Fault") is not None or body.get("fault") is not None


def qbo_error(response: requests.Response, status: int | None = None) -> ApiError:
    """The typed error for a QBO fault reply; `status` overrides the HTTP status (a Fault inside a 200 is
    treated as the 400 it stands for)."""
    status = response.status_code if status is None else status
    fault = parse_fault(status, response.text)
    if fault is None:
        return ApiError(NO_DETAILS.format(status=str(status)), status, body=response.text[:2000])
    if fault.code in ("3200", "100", "120"):
        raise AuthError(LOGIN_REFUSED.format(reason=verbatim(fault.message)))
    return ApiError(fault.text, status, fault.code, response.text[:2000])
