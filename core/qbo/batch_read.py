"""Reading a whole QuickBooks company in as few requests as the API allows: queries packed 30 to a `/batch`
request (QBO_API.md §7), 1000 rows each, the company's info and preferences riding in the first one.

The first batch asks, for every entity, how many rows it has and for its first page; the pages that count
calls for go in the next batches, 30 at a time. A page that comes back full where the count said it would be the
last (rows were added meanwhile) is followed by one more, so nothing added during the read is missed.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from core import reply_checks, reply_words
from core.errors import ApiError
from core.qbo.client import NAME_LISTS, PAGE, QboClient
from core.qbo.faults import QboFault
from core.types import JSON

BATCH_MAX = 30
QBO = "QuickBooks"


@dataclass(frozen=True)
class Refused:
    """A query item QuickBooks answered with a fault (the batch itself succeeded)."""

    entity: str
    error: ApiError


def _where(entity: str) -> str:
    return " WHERE Active IN (true, false)" if entity in NAME_LISTS else ""


def _page(entity: str, number: int) -> str:
    return f"SELECT * FROM {entity}{_where(entity)} STARTPOSITION {(number - 1) * PAGE + 1} MAXRESULTS {PAGE}"


def read_company(client: QboClient, entities: Sequence[str]) -> Iterator[tuple[str, Any]]:
    """Yields ("info", CompanyInfo), ("preferences", Preferences), (entity, rows) per page, and
    (entity, Refused) for an entity whose query QuickBooks refused; the caller decides what that means."""
    first: dict[str, str] = {"info": "SELECT * FROM CompanyInfo", "preferences": "SELECT * FROM Preferences"}
    for entity in entities:
        first[f"count {entity}"] = f"SELECT COUNT(*) FROM {entity}{_where(entity)}"
        first[f"{entity} 1"] = _page(entity, 1)
    answers = _batch(client, first)
    yield "info", _single(answers["info"], "CompanyInfo", "the company info")
    yield "preferences", _single(answers["preferences"], "Preferences", "the preferences")
    wanted: list[tuple[str, int]] = []
    for entity in entities:
        count, page = answers[f"count {entity}"], answers[f"{entity} 1"]
        if isinstance(count, Refused) or isinstance(page, Refused):
            yield entity, count if isinstance(count, Refused) else page
            continue
        rows = page.get(entity, [])
        if rows:
            yield entity, rows
        total = count.get("totalCount")
        pages = math.ceil(total / PAGE) if isinstance(total, int) and total >= 0 else 1
        if len(rows) == PAGE:
            wanted += [(entity, n) for n in range(2, max(pages, 2) + 1)]
    while wanted:
        chunk, wanted = wanted[:BATCH_MAX], wanted[BATCH_MAX:]
        answers = _batch(client, {f"{entity} {n}": _page(entity, n) for entity, n in chunk})
        for entity, n in chunk:
            answer = answers[f"{entity} {n}"]
            if isinstance(answer, Refused):
                raise answer.error
            rows = answer.get(entity, [])
            if rows:
                yield entity, rows
            last_planned = not any(e == entity and m > n for e, m in (*chunk, *wanted))
            if len(rows) == PAGE and last_planned:
                wanted.append((entity, n + 1))


def _batch(client: QboClient, queries: dict[str, str]) -> dict[str, Any]:
    """One `/batch` request of query items: bId → its QueryResponse (checked) or Refused."""
    ids = {f"q{n}": key for n, key in enumerate(queries)}
    what = "the company's lists (batch)"
    items = client.batch([{"bId": bid, "Query": queries[key]} for bid, key in ids.items()], what)
    out: dict[str, Any] = {}
    for index, item in enumerate(items):
        item = reply_checks.require_dict(QBO, what, item, f"BatchItemResponse {index + 1}")
        key = ids.get(str(item.get("bId")))
        if key is None:
            raise reply_checks.bad_reply(QBO, what, reply_words.UNASKED_ANSWER.format(number=index + 1))
        fault = item.get("Fault")
        if fault is not None:
            out[key] = Refused(key.split(" ")[-1], _refusal(fault, what))
        elif key in ("info", "preferences"):
            out[key] = reply_checks.require_dict(QBO, what, item.get("QueryResponse"), f"{key}'s QueryResponse")
        else:
            out[key] = reply_checks.qbo_query_response(item.get("QueryResponse"), what, f"{key}'s QueryResponse")
    missing = [key for key in queries if key not in out]
    if missing:
        raise reply_checks.bad_reply(QBO, what, reply_words.UNANSWERED.format(count=len(missing)))
    return out


def _refusal(fault: object, what: str) -> ApiError:
    fault = reply_checks.require_dict(QBO, what, fault, "Fault")
    errors = fault.get("Error")
    first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
    parsed = QboFault(400, str(first.get("code") or ""), str(first.get("Message") or ""),
                      str(first.get("Detail") or ""), str(fault.get("type") or ""))
    return ApiError(parsed.text, 400, parsed.code)


def _single(answer: Any, key: str, what: str) -> JSON:
    if isinstance(answer, Refused):
        raise answer.error
    rows = reply_checks.require_list(QBO, what, answer.get(key), key)
    if len(rows) != 1:
        raise reply_checks.bad_reply(QBO, what, reply_words.NOT_ONE.format(count=len(rows), key=key))
    if key == "Preferences":
        return reply_checks.qbo_preferences(rows[0], what)
    return reply_checks.qbo_company_info(rows[0], what)

