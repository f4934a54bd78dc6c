"""HubSpot CRM reads: object lists (cursor paging), search by last-modified time, batch read, v4 associations.

`fetch_*` generators yield plain dicts page by page and do no database work (github-to-sqlite style).
"""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Self

import requests

from core import reply_checks, reply_words
from core.digits import ascii_digits
from core.errors import ApiError, UserError, one_line
from core.http import ApiSession, json_body, server_date
from core.hubspot.assoc_types import inline_type_id
from core.i18n import N_, verbatim
from core.throttle import Throttle
from core.types import JSON, Endpoints

LIST_LIMIT = 100
BATCH_READ = 100
ASSOC_BATCH = 1000
# 100 requests per rolling 10 s per token is HubSpot's floor (Free/Starter apps); the replies' own
# X-HubSpot-RateLimit-Max/-Interval-Milliseconds raise it where the account has more. A turn comes back a window
# after its reply (core.throttle), so network delays need no margin; this one only absorbs timer granularity.
REQUESTS_PER_10S = 100
WINDOW_GUARD = 0.05   # seconds
# CRM search has its own bucket: 5 requests per second per token (HUBSPOT_API.md §6). A turn comes back a second
# after its reply, so the pace stays under it, and under the 300 a minute also reported, whatever the latency. It is
# exempt from the ten-secondly one, so search calls do not wait on (nor use up) the list and batch reads' budget.
# A full refresh's four counts and first invoice page fit in one second: a small company waits on no turn.
SEARCHES_PER_S = 5
SEARCH_LIMIT = 200
# v4 association batch calls are exempt from the ten-secondly bucket too (§6), with no limit of their own stated:
# paced on a bucket of their own, as strict as the ten-secondly one, so they neither wait on nor use up its turns.
SEARCH_CAP = 10_000  # results reachable per search query; the next page is a 400
# The cursor property: contacts keep `lastmodifieddate`, the other objects `hs_lastmodifieddate` (§6).
MODIFIED = {"contacts": "lastmodifieddate"}

PROPERTIES = {
    "invoices": ["hs_number", "hs_invoice_status", "hs_currency", "hs_invoice_date", "hs_due_date",
                 "hs_amount_billed", "hs_balance_due", "hs_invoice_source", "hs_lastmodifieddate"],
    "contacts": ["email", "firstname", "lastname", "company", "associatedcompanyid", "lastmodifieddate"],
    "companies": ["name", "domain", "hs_lastmodifieddate"],
    "line_items": ["name", "quantity", "price", "amount", "hs_sku", "hs_product_id", "description",
                   "hs_lastmodifieddate"],
}


class SearchCapError(UserError):
    """More than 10,000 records share one last-modified millisecond: search cannot page past them."""


# {object_type} is HubSpot's own name for the records ("invoices", "line_items"), shown as it is.
SEARCH_CAPPED = N_("Refresh", "More than {cap} HubSpot {object_type} changed in the same millisecond; a full refresh "
                              "is needed.")
# An error reply: {status} is the HTTP status, {message} HubSpot's own words and {reason} the HTTP reason phrase
# of whatever answered in its place, both shown as they are.
ANSWERED = N_("HubSpot", "HubSpot answered {status}: {message}")
NO_DETAILS = N_("HubSpot", "HubSpot answered {status}: no details")
NOT_ITS_OWN = N_("HubSpot", "HubSpot answered {status}: {reason} (the reply was not HubSpot's own)")
NOT_ITS_OWN_ERROR = N_("HubSpot", "HubSpot answered {status}: an error (the reply was not HubSpot's own)")


def modified_property(object_type: str) -> str:
    return MODIFIED.get(object_type, "hs_lastmodifieddate")


def to_ms(value: object) -> int | None:
    """Epoch milliseconds from HubSpot's timestamp forms (ISO-8601 with Z, or epoch ms)."""
    text = str(value or "").strip()
    if ascii_digits(text):
        return int(text)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp() * 1000)


class HubSpotClient:
    @classmethod
    def connect(cls, endpoints: Endpoints) -> Self:
        """A client for the endpoints' HubSpot account that renews an expired access token by itself."""
        client = cls(endpoints.hubspot_api, endpoints.hubspot_token)
        client.api.renew = endpoints.renewer("hubspot")
        return client

    def __init__(self, base_url: str, token: str, session: ApiSession | None = None) -> None:
        self.api = session or ApiSession("HubSpot", base_url, token,
                                         throttle=_shared(_BUCKETS, base_url, token, REQUESTS_PER_10S,
                                                          10.0 + WINDOW_GUARD))
        self.search_throttle = _shared(_SEARCH_THROTTLES, base_url, token, SEARCHES_PER_S, 1.0)
        self.association_throttle = _shared(_ASSOCIATION_THROTTLES, base_url, token, REQUESTS_PER_10S,
                                            10.0 + WINDOW_GUARD)
        self.first_reply_at: datetime | None = None  # the server's clock (Date header) at its first reply

    def close(self) -> None:
        self.api.close()

    def _json(self, response: requests.Response, what: str, ok: tuple[int, ...] = (200,)) -> JSON:
        """The reply's JSON object; a typed error for any status outside `ok` or a body that is not an object."""
        if self.api.throttle is not None:
            _follow_budget(self.api.throttle, response)
        if response.status_code not in ok:
            raise hubspot_error(response)
        if self.first_reply_at is None:
            self.first_reply_at = server_date(response)
        body = json_body(response, "HubSpot", what)
        if not isinstance(body, dict):
            raise reply_checks.bad_reply("HubSpot", what, reply_words.NOT_JSON_OBJECT)
        return body

    def fetch_objects(self, object_type: str, properties: list[str] | None = None, *, archived: bool = False,
                      associations: Sequence[str] = (), rank: int = 1) -> Iterator[list[JSON]]:
        """Every object of a type (or every archived one), one page (≤ 100) at a time, following paging; with
        `associations`, each object carries its links to those types inline (read them with `inline_links`).
        Each page needs the last one's cursor: `rank` orders this list among the others for turns of the rate
        budget (core.throttle; 0 for a list other reads wait on)."""
        props = ",".join(properties or PROPERTIES[object_type])
        after: str | None = None
        while True:
            params = {"limit": str(LIST_LIMIT), "properties": props, "archived": "true" if archived else "false"}
            if associations:
                params["associations"] = ",".join(associations)
            if after:
                params["after"] = after
            what = f"the {'archived ' if archived else ''}{object_type} list"
            body = self._json(self.api.request("GET", f"/crm/v3/objects/{object_type}", params=params, what=what,
                                               chain=rank), what)
            results, after = reply_checks.hubspot_page(body, what)
            yield results
            if not after:
                return

    def count(self, object_type: str) -> int | None:
        """How many objects of a type the account holds (one search request, one record asked for); None when
        HubSpot's reply does not say. Sent once, never re-sent: a count is only worth its first answer. Counts
        come one after another and are only worth having early: they go ahead of other searches for turns."""
        what = f"the {object_type} count"
        body = self._json(self.api.request("POST", f"/crm/v3/objects/{object_type}/search", idempotent=False,
                                           bucket=self.search_throttle, chain=-1,
                                           json={"limit": 1, "properties": ["hs_object_id"]}, what=what), what)
        total = body.get("total")
        return total if isinstance(total, int) and not isinstance(total, bool) and total >= 0 else None

    def search_modified(self, object_type: str, since_ms: int,
                        properties: list[str] | None = None) -> Iterator[list[JSON]]:
        """Objects modified after `since_ms`, oldest first, 200 per page. Search stops at 10,000 results per
        query, so near that cap the query restarts from the last timestamp seen (GTE: the records sharing it come
        again, which upserts absorb)."""
        prop = modified_property(object_type)
        props = list(dict.fromkeys([*(properties or PROPERTIES[object_type]), prop]))
        bound, operator = since_ms, "GT"
        while True:
            after: str | None = None
            fetched, last_ms = 0, None
            while True:
                body: JSON = {"filterGroups": [{"filters": [
                                  {"propertyName": prop, "operator": operator, "value": str(bound)}]}],
                              "sorts": [{"propertyName": prop, "direction": "ASCENDING"}],
                              "properties": props, "limit": SEARCH_LIMIT}
                if after:
                    body["after"] = after
                what = f"the {object_type} search"
                reply = self._json(self.api.request("POST", f"/crm/v3/objects/{object_type}/search",
                                                    idempotent=True, bucket=self.search_throttle,
                                                    json=body, what=what), what)
                results, after = reply_checks.hubspot_page(reply, what)
                if results:
                    yield results
                    fetched += len(results)
                    last_ms = to_ms(results[-1]["properties"].get(prop)) or last_ms
                if not after:
                    return
                if fetched >= SEARCH_CAP:
                    break
            if last_ms is None or (operator == "GTE" and last_ms <= bound):
                raise SearchCapError(SEARCH_CAPPED.format(cap=SEARCH_CAP, object_type=object_type))
            bound, operator = last_ms, "GTE"

    def search_all(self, object_type: str, properties: list[str] | None = None,
                   rank: int = 0) -> Iterator[list[JSON]]:
        """Every object of a type through CRM search, in id order, 200 a page, on the search bucket (not the
        ten-secondly one the lists and batch reads share). Each page is a query of its own, `hs_object_id` GT the
        last id seen (keyset paging, HubSpot's own advice for large sets), so no query nears the 10,000-result
        cap. Search results carry no associations, and search lags writes by seconds: a full refresh reads links
        with `fetch_associations` and an incremental one re-reads a margin before its watermark."""
        props = list(properties or PROPERTIES[object_type])
        what = f"the {object_type} search"
        last: int | None = None
        while True:
            body: JSON = {"filterGroups": [] if last is None else [{"filters": [
                              {"propertyName": "hs_object_id", "operator": "GT", "value": str(last)}]}],
                          "sorts": [{"propertyName": "hs_object_id", "direction": "ASCENDING"}],
                          "properties": props, "limit": SEARCH_LIMIT}
            reply = self._json(self.api.request("POST", f"/crm/v3/objects/{object_type}/search", idempotent=True,
                                                bucket=self.search_throttle, chain=rank, json=body, what=what),
                               what)
            results, after = reply_checks.hubspot_page(reply, what)
            if results:
                yield results
            if not after:
                return
            # Keyset paging relies on the order asked for: a page out of order would skip records unseen, one that
            # does not move forward would page forever.
            ids = [_numeric_id(o.get("id")) for o in results]
            known = [i for i in ids if i is not None]
            start = -1 if last is None else last
            if not ids or len(known) < len(ids) or any(a >= b for a, b in itertools.pairwise([start, *known])):
                raise reply_checks.bad_reply("HubSpot", what, reply_words.PAGES_STUCK)
            last = known[-1]

    def batch_read(self, object_type: str, ids: Iterable[str],
                   properties: list[str] | None = None) -> Iterator[list[JSON]]:
        """Objects by id, 100 per request; ids HubSpot no longer has are skipped (207 errors)."""
        props = properties or PROPERTIES[object_type]
        what = f"the {object_type} batch read"
        for chunk in _chunks(list(dict.fromkeys(ids)), BATCH_READ):
            body = self._json(self.api.request(
                "POST", f"/crm/v3/objects/{object_type}/batch/read", idempotent=True, what=what,
                json={"inputs": [{"id": i} for i in chunk], "properties": props, "propertiesWithHistory": []},
            ), what, ok=(200, 207))
            results, _ = reply_checks.hubspot_page(body, what)
            yield results

    def fetch_associations(self, from_type: str, to_type: str,
                           ids: Iterable[str]) -> Iterator[list[tuple[str, str, int]]]:
        """(from_id, to_id, typeId) triples via v4 batch read, 1000 ids per request, following per-id paging."""
        what = f"the {from_type} → {to_type} associations"
        pending = [{"id": i} for i in dict.fromkeys(ids)]
        while pending:
            chunk, pending = pending[:ASSOC_BATCH], pending[ASSOC_BATCH:]
            body = self._json(self.api.request(
                "POST", f"/crm/v4/associations/{from_type}/{to_type}/batch/read", idempotent=True,
                bucket=self.association_throttle, json={"inputs": chunk}, what=what), what, ok=(200, 207))
            rows, more = reply_checks.hubspot_association_batch(body, what)
            pending.extend({"id": from_id, "after": after} for from_id, after in more)
            yield rows


def _numeric_id(value: object) -> int | None:
    text = str(value)
    return int(text) if ascii_digits(text) and len(text) < 30 else None


def _follow_budget(throttle: Throttle, response: requests.Response) -> None:
    """Pace by the budget HubSpot states for this account (its ten-secondly limit and window), when it does."""
    limit = response.headers.get("X-HubSpot-RateLimit-Max", "")
    window = response.headers.get("X-HubSpot-RateLimit-Interval-Milliseconds", "")
    if ascii_digits(limit) and ascii_digits(window) and 0 < int(limit) <= 10_000 and 0 < int(window) <= 600_000:
        throttle.adjust(int(limit), int(window) / 1000 + WINDOW_GUARD)


def inline_links(page: list[JSON], from_type: str, to_type: str,
                 what: str) -> tuple[list[tuple[str, str, int]], list[str]]:
    """The (from_id, to_id, typeId) links a list page carried inline, and the ids whose links HubSpot cut short
    (to be read with `fetch_associations`)."""
    rows: list[tuple[str, str, int]] = []
    cut: list[str] = []
    for obj in page:
        pairs, more = reply_checks.hubspot_inline(obj, to_type, what)
        from_id = str(obj["id"])
        rows += [(from_id, to_id, inline_type_id(from_type, to_type, name)) for to_id, name in pairs]
        if more:
            cut.append(from_id)
    return rows, cut


# Both buckets are per token: every client of one account in this process (the refresh's streams, a verify)
# draws from the same one, so together they stay under the limit.
_BUCKETS: dict[str, Throttle] = {}
_SEARCH_THROTTLES: dict[str, Throttle] = {}
_ASSOCIATION_THROTTLES: dict[str, Throttle] = {}
_SHARED_LOCK = threading.Lock()


def _shared(table: dict[str, Throttle], base_url: str, token: str, limit: int, seconds: float) -> Throttle:
    key = hashlib.sha256(f"{base_url} {token}".encode()).hexdigest()  # no token kept in the clear
    with _SHARED_LOCK:
        return table.setdefault(key, Throttle(limit, seconds))


def hubspot_error(response: requests.Response) -> ApiError:
    """A typed error from HubSpot's error body ({status, message, category, correlationId})."""
    try:
        body = response.json()
    except ValueError:
        body = None
    status = str(response.status_code)
    if isinstance(body, dict):
        message, category = one_line(body.get("message")), one_line(body.get("category"), 60)
        # HubSpot's own words, shown as they are
        said = ANSWERED.format(status=status, message=verbatim(message)) if message else NO_DETAILS.format(
            status=status)
    else:   # a proxy's page, not HubSpot's reply: its words are no help to a bookkeeper
        category = ""
        reason = one_line(response.reason, 60)
        said = (NOT_ITS_OWN.format(status=status, reason=verbatim(reason)) if reason
                else NOT_ITS_OWN_ERROR.format(status=status))
    return ApiError(said, response.status_code, category, response.text[:2000])


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
