"""CRM search (`POST /crm/v3/objects/{objectType}/search`) with HubSpot's limits (HUBSPOT_API.md §6).

Filter groups are ORed and filters within a group ANDed; at most 5 groups, 10 filters a group, 25 in all.
`limit` ≤ 200, no more than 10,000 results reachable per query, no associations in results, and a bucket of
5 requests per second per token of its own (search is exempt from the ten-secondly one: see is_search).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from werkzeug.wrappers import Request, Response

from core.sandbox import hubspot_pages
from core.sandbox.hubspot_common import (
    DEFAULT_PROPERTIES,
    json_body,
    object_type,
    parse_time_ms,
    project,
    unknown_type,
)
from core.sandbox.hubspot_properties import CATALOGUE, DATE_TYPES
from core.sandbox.replies import hs_error, json_reply
from core.sandbox.state import JSON, HubSpotState
from core.sandbox.tables import table_of

MAX_GROUPS = 5
MAX_FILTERS_PER_GROUP = 10
MAX_FILTERS = 25
MAX_LIMIT = 200
MAX_RESULTS = 10_000
MAX_QUERY = 3000
OPERATORS = ("EQ", "NEQ", "GT", "GTE", "LT", "LTE", "BETWEEN", "IN", "NOT_IN", "HAS_PROPERTY",
             "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN")
# Operators that also match records without a value: they say what a record is NOT.
NEGATIVE = {"NEQ": "EQ", "NOT_IN": "IN", "NOT_CONTAINS_TOKEN": "CONTAINS_TOKEN", "NOT_HAS_PROPERTY": "HAS_PROPERTY"}
# Where the free-text `query` looks, besides the type's default properties.
QUERY_EXTRA = {"contacts": ("phone", "company"), "companies": ("phone",), "invoices": (), "line_items": ("hs_sku",)}

Key = float | str


class SearchError(Exception):
    """A request HubSpot rejects with 400 VALIDATION_ERROR."""


@dataclass
class Filter:
    prop: str
    operator: str
    kind: str             # "date", "number" or "string": how values compare
    value: Key | None
    high: Key | None
    values: list[Key]
    raw: str              # the value as sent, for token matching


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _key(kind: str, text: str) -> Key | None:
    """The comparable form of a value, or None when it is not of the property's kind."""
    if kind == "date":
        ms = parse_time_ms(text)
        return None if ms is None else float(ms)
    if kind == "number":
        try:
            number = float(text)
        except ValueError:
            return None
        return number if number == number else None  # "nan" is no number: it would break any ordering
    return text.casefold()


def _kind(prop_type: str) -> str:
    return "date" if prop_type in DATE_TYPES else "number" if prop_type == "number" else "string"


def _filter_key(kind: str, value: Any, prop: str) -> Key:
    key = _key(kind, _text(value))
    if key is None:
        raise SearchError(f"'{_text(value)}' is not a valid {'date' if kind == 'date' else 'number'} "
                          f"for property {prop}")
    return key


def parse_filter(raw: Any, kinds: dict[str, str]) -> Filter:
    if not isinstance(raw, dict) or not raw.get("propertyName"):
        raise SearchError("Each filter needs a propertyName and an operator")
    prop, operator = str(raw["propertyName"]), str(raw.get("operator", "EQ")).upper()
    if operator not in OPERATORS:
        raise SearchError(f"Unknown operator {operator}; expected one of {', '.join(OPERATORS)}")
    kind = kinds.get(prop, "string")
    value = high = None
    values: list[Key] = []
    if operator in ("IN", "NOT_IN"):
        if not isinstance(raw.get("values"), list) or not raw["values"]:
            raise SearchError(f"Operator {operator} requires a non-empty 'values' list")
        values = [_filter_key(kind, v, prop) for v in raw["values"]]
    elif operator not in ("HAS_PROPERTY", "NOT_HAS_PROPERTY"):
        if raw.get("value") is None:
            raise SearchError(f"Operator {operator} requires a 'value'")
        value = _filter_key(kind, raw["value"], prop)
        if operator == "BETWEEN":
            if raw.get("highValue") is None:
                raise SearchError("Operator BETWEEN requires a 'highValue'")
            high = _filter_key(kind, raw["highValue"], prop)
    return Filter(prop, operator, kind, value, high, values, _text(raw.get("value")))


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^\w*]+", text.casefold()) if t]


def _contains_token(text: str, token: str) -> bool:
    """CONTAINS_TOKEN: a whole word of the value, or `*` wildcards matched against the value or its words."""
    token, text = token.casefold(), text.casefold()
    if "*" in token:
        return fnmatch.fnmatchcase(text, token) or any(fnmatch.fnmatchcase(t, token) for t in _tokens(text))
    return token == text or token in _tokens(text)


def _positive(flt: Filter, operator: str, text: str | None) -> bool:
    if text is None or text == "":
        return False
    if operator == "HAS_PROPERTY":
        return True
    if operator == "CONTAINS_TOKEN":
        return _contains_token(text, flt.raw)
    key = _key(flt.kind, text)
    if key is None:
        return False
    if operator == "IN":
        return key in flt.values
    tests: dict[str, Callable[[Any, Any], bool]] = {
        "EQ": lambda a, b: a == b, "GT": lambda a, b: a > b, "GTE": lambda a, b: a >= b,
        "LT": lambda a, b: a < b, "LTE": lambda a, b: a <= b}
    if operator == "BETWEEN":
        return bool(flt.value <= key <= flt.high)  # type: ignore[operator]
    return tests[operator](key, flt.value)


def matches(flt: Filter, props: dict[str, str | None]) -> bool:
    text = props.get(flt.prop)
    if flt.operator in NEGATIVE:
        return not _positive(flt, NEGATIVE[flt.operator], text)
    return _positive(flt, flt.operator, text)


def parse_groups(body: JSON, kinds: dict[str, str]) -> list[list[Filter]]:
    groups = body.get("filterGroups") or []
    if not isinstance(groups, list):
        raise SearchError("filterGroups must be a list")
    if len(groups) > MAX_GROUPS:
        raise SearchError(f"Too many filter groups ({len(groups)}); the maximum is {MAX_GROUPS}")
    parsed: list[list[Filter]] = []
    for group in groups:
        filters = group.get("filters") if isinstance(group, dict) else None
        if not isinstance(filters, list):
            raise SearchError("Each filter group needs a 'filters' list")
        if len(filters) > MAX_FILTERS_PER_GROUP:
            raise SearchError(f"Too many filters in a group ({len(filters)}); the maximum is {MAX_FILTERS_PER_GROUP}")
        parsed.append([parse_filter(f, kinds) for f in filters])
    total = sum(len(g) for g in parsed)
    if total > MAX_FILTERS:
        raise SearchError(f"Too many filters ({total}); the maximum is {MAX_FILTERS} across all groups")
    return parsed


def parse_sorts(raw: Any) -> list[tuple[str, bool]]:
    """[(property, descending)] from `[{propertyName, direction}]` or plain strings (`"-name"` = descending)."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise SearchError("sorts must be a list")
    out = []
    for item in raw:
        if isinstance(item, str) and item.strip("-"):
            out.append((item.lstrip("-"), item.startswith("-")))
        elif isinstance(item, dict) and item.get("propertyName"):
            direction = str(item.get("direction", "ASCENDING")).upper()
            if direction not in ("ASCENDING", "DESCENDING"):
                raise SearchError(f"Unknown sort direction {direction}")
            out.append((str(item["propertyName"]), direction == "DESCENDING"))
        else:
            raise SearchError("Each sort needs a propertyName")
    return out


def _int_field(body: JSON, name: str, default: int) -> int:
    value = body.get(name, default)
    if value is None or value == "":
        return default
    try:
        number = int(str(value))
    except ValueError:
        raise SearchError(f"'{name}' must be an integer, got {value!r}") from None
    if number < 0:
        raise SearchError(f"'{name}' must not be negative")
    return number


def _query_hit(obj: JSON, otype: str, query: str) -> bool:
    needle = query.casefold().strip()
    fields = (*DEFAULT_PROPERTIES[otype], *QUERY_EXTRA[otype])
    return any(needle in str(obj["properties"].get(f) or "").casefold() for f in fields)


def _token(request: Request) -> str:
    header = request.headers.get("Authorization", "")
    return header[7:].strip() if header[:7].lower() == "bearer " else ""


def search(hs: HubSpotState, request: Request, otype: str) -> Response:
    allowed, _, _ = hs.search_window.hit(_token(request))
    if not allowed:
        return hs_error(429, "RATE_LIMITS", "You have reached your secondly limit.", errorType="RATE_LIMIT",
                        policyName="SECONDLY", groupName=f"publicapi:crm-search-secondly:{hs.portal_id}")
    found = object_type(otype)
    if found is None:
        return unknown_type(otype)
    body = json_body(request)
    if isinstance(body, Response):
        return body
    try:
        return json_reply(run(hs, found, body))
    except SearchError as err:
        return hs_error(400, "VALIDATION_ERROR", str(err))


def run(hs: HubSpotState, otype: str, body: JSON) -> JSON:
    """The search reply for a parsed request body (raises SearchError for what HubSpot answers with 400)."""
    # Scenario-only properties are text, the default; the defined ones give the kinds (no pass over records).
    kinds = {p.name: _kind(p.type) for p in CATALOGUE[otype]}
    groups = parse_groups(body, kinds)
    sorts = parse_sorts(body.get("sorts"))
    limit, after = _int_field(body, "limit", 10), _int_field(body, "after", 0)
    if limit > MAX_LIMIT:
        raise SearchError(f"limit must be at most {MAX_LIMIT}, got {limit}")
    if after >= MAX_RESULTS:
        raise SearchError(f"The search endpoints are limited to {MAX_RESULTS} total results for any given query; "
                          f"'after' {after} is past that")
    query = body.get("query")
    if query is not None and len(str(query)) > MAX_QUERY:
        raise SearchError(f"query must be at most {MAX_QUERY} characters")
    properties = [p for p in body.get("properties") or [] if isinstance(p, str)]
    order = tuple((prop, kinds.get(prop, "string"), desc) for prop, desc in sorts or [("hs_object_id", False)])
    only = groups[0] if len(groups) == 1 else []
    # An EQ filter on another property than the first sort leads the index: its records are then one range.
    eq = next((f for f in only if f.operator == "EQ" and f.prop != order[0][0]), None)
    lead = ((eq.prop, eq.kind, False),) if eq is not None else ()
    ix = hubspot_pages.search_index(table_of(hs.objects, otype), (*lead, *order), _key)
    prefix = ((0, eq.value),) if eq is not None else ()
    start, stop, used = hubspot_pages.bounds(ix, order[0], only, prefix)
    used += [eq] if eq is not None else []
    rest = [[f for f in g if f not in used] for g in groups]
    text = str(query) if query else ""

    def test(obj: JSON) -> bool:
        return (not rest or any(all(matches(f, obj["properties"]) for f in g) for g in rest)) \
            and (not text or _query_hit(obj, otype, text))

    end = min(after + limit, MAX_RESULTS)
    exact = not text and not any(rest)
    total, hits = hubspot_pages.page(ix, ix.table, hubspot_pages.signature_of(body), start, stop,
                                     None if exact else test, after, end)
    reply: JSON = {"total": total, "results": [project(o, otype, properties) for o in hits]}
    if limit and end < total:  # limit 0 only counts: no cursor that would never move
        # Also offered at exactly 10,000 so a client that pages blindly meets the real 400 on its next call.
        reply["paging"] = {"next": {"after": str(end)}}
    return reply
