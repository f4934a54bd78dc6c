"""The QuickBooks Online v3 query language, evaluated over the sandbox's in-memory entities.

Grammar (keywords case-insensitive, entity name case-sensitive):

    SELECT * [, field ...] | COUNT(*) FROM Entity
        [WHERE cond [AND cond ...]]
        [ORDERBY | ORDER BY field [ASC|DESC] [, field [ASC|DESC] ...]]
        [STARTPOSITION n] [MAXRESULTS n]

    cond := field (= | < | > | <= | >=) value | field IN (value, ...) | field LIKE 'pattern'
    value := 'string' (\\' and \\\\ escapes) | true | false | number

Errors mirror the real service: code 4000 "Error parsing query" for anything the parser rejects (OR,
parentheses, !=, a curly apostrophe outside a string, an unknown entity) and code 4001 "Invalid query"
for valid syntax the service refuses (MAXRESULTS over 1000, a field that is not queryable).

Choices where the service is silent or undocumented:
- Named fields after `*` (`SELECT *, Sku FROM Item`) are accepted and change nothing: every property comes
  back, as the service documents. A list without `*` (a projection) is a 4000.
- Without ORDERBY, rows come back by Id ascending (numerically); ORDERBY ties are also broken by Id.
- Missing or null values never match a condition and sort before every other value.
- Naive datetimes (and bare dates) compared with offset datetimes are taken as UTC.
- ``=``/``IN`` between two strings is a casefolded string comparison, even when both look numeric, so
  DocNumber '0012' does not equal '12'; a bare number on either side makes the comparison numeric.
"""

from __future__ import annotations

import copy
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from core.sandbox.qbo_query_parse import (  # re-exported: the public API of the query language
    DEFAULT_MAX_RESULTS,
    MAX_MAX_RESULTS,
    Condition,
    Parser,
    Query,
    QueryError,
    Scalar,
    parse,
    parse_error,
)

__all__ = ["DEFAULT_MAX_RESULTS", "MAX_MAX_RESULTS", "NAME_LISTS", "Condition", "Query", "QueryError", "parse", "run"]

Row = Mapping[str, Any]

# Name-list entities hide inactive records unless the WHERE clause mentions Active.
NAME_LISTS: frozenset[str] = frozenset({
    "Customer", "Vendor", "Employee", "Item", "Account", "Class", "Term", "Department", "PaymentMethod",
    "TaxCode",
})


# Fields accepted in WHERE even when no stored object has them (besides any field some object has).
_COMMON_FIELDS = ("Id", "SyncToken", "MetaData.CreateTime", "MetaData.LastUpdatedTime")
_PARTY_FIELDS = ("Active", "DisplayName", "GivenName", "FamilyName", "CompanyName", "PrimaryEmailAddr",
                 "PrimaryPhone", "PrintOnCheckName", "Balance")
_TXN_FIELDS = ("DocNumber", "TxnDate", "DueDate", "CustomerRef", "TotalAmt", "Balance", "EmailStatus",
               "PrintStatus")
_ALLOW_LIST: dict[str, tuple[str, ...]] = {
    "Customer": (*_PARTY_FIELDS, "FullyQualifiedName", "Job", "ParentRef"),
    "Vendor": _PARTY_FIELDS,
    "Employee": _PARTY_FIELDS,
    "Item": ("Active", "Name", "Sku", "Type", "FullyQualifiedName"),
    "Invoice": _TXN_FIELDS,
    "CreditMemo": _TXN_FIELDS,
    "Account": ("Active", "Name", "AccountType", "Classification", "FullyQualifiedName"),
}
_DEFAULT_ALLOW = tuple(dict.fromkeys(f for fields in _ALLOW_LIST.values() for f in fields))




# ---- evaluation --------------------------------------------------------------------------------------
# Everything below runs once per row on lists of 100,000 objects, so it avoids isinstance() against
# collections.abc classes (slow) in favour of exact type tests, with a Mapping fallback.
class _Missing:
    """The sentinel for a path that is absent from an object."""


_MISSING: Any = _Missing()
_PLAIN = frozenset({str, int, float, bool, type(None)})
_NUMERIC = re.compile(r"-?\d+(?:\.\d+)?\Z")
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge,
}


def _is_mapping(value: Any) -> bool:
    return type(value) is dict or (type(value) not in _PLAIN and isinstance(value, Mapping))


def _getter(path: tuple[str, ...], scalar: bool = True) -> Callable[[Row], Any]:
    """Resolve a dotted path with case-insensitive segments (MetaData vs Metadata); _MISSING if absent.

    Each segment's actual spelling is remembered, so on uniform data every row costs one dict lookup per
    segment; only objects lacking that spelling pay for a scan of their keys.
    """
    spelled = list(path)

    def scan(current: Mapping[str, Any], i: int) -> Any:
        for actual in current:
            if isinstance(actual, str) and actual.casefold() == path[i]:
                spelled[i] = actual
                return current[actual]
        return _MISSING

    def get(row: Row) -> Any:
        current: Any = row
        for i, key in enumerate(spelled):
            kind = type(current)
            if kind is not dict and (kind in _PLAIN or not isinstance(current, Mapping)):
                return _MISSING
            value = current.get(key, _MISSING)
            if value is _MISSING:
                value = scan(current, i)
                if value is _MISSING:
                    return _MISSING
            current = value
        # Reference and complex types compare on their scalar: CustomerRef.value, PrimaryEmailAddr.Address.
        if scalar and type(current) not in _PLAIN and _is_mapping(current):
            return current.get("value", current.get("Address", _MISSING))
        return current

    return get


def _number(value: Any) -> float | None:
    """A JSON number or a numeric string as a float; None for anything else (booleans included)."""
    kind = type(value)
    if kind is str:
        if value.isdigit() and value.isascii():  # the common case (Id, DocNumber): skip the regex
            return float(value)
        first = value[:1]
        return float(value) if first and first in "-0123456789" and _NUMERIC.match(value) else None
    if kind is int or kind is float:
        return float(value)
    return None


def _has_time(value: str) -> bool:
    """Cheaper than a regex: does this look like 'YYYY-MM-DDThh...'?"""
    return value[10:11] == "T" and value[4:5] == "-"


def _instant(value: Any) -> datetime | None:
    """An ISO-8601 date or datetime as an aware UTC datetime (naive taken as UTC); None if not one.

    Converting to UTC makes later comparisons cheap (same tzinfo) and correct across offsets.
    """
    if type(value) is not str or value[4:5] != "-" or value[7:8] != "-":
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _equals(values: tuple[Scalar, ...]) -> Callable[[Any], bool]:
    """Membership test for = and IN, with the literals' comparable forms precomputed."""
    strings = {v.casefold() for v in values if isinstance(v, str)}
    booleans = {v for v in values if isinstance(v, bool)}
    bare_numbers = {float(v) for v in values if type(v) is int or type(v) is float}
    all_numbers = bare_numbers | {n for v in values if (n := _number(v)) is not None}
    instants = {t for v in values if isinstance(v, str) and _has_time(v) and (t := _instant(v)) is not None}

    def test(value: Any) -> bool:
        kind = type(value)
        if kind is str:
            if value.casefold() in strings:
                return True
            if bare_numbers and (number := _number(value)) is not None:
                return number in bare_numbers
            # The same instant written with another offset: '...T17:00:00Z' = '...T10:00:00-07:00'.
            return bool(instants) and _has_time(value) and _instant(value) in instants
        if kind is bool:
            return value in booleans
        if kind is int or kind is float:
            return float(value) in all_numbers
        return False

    return test


def _ordered(op: str, literal: Scalar) -> Callable[[Any], bool]:
    """< > <= >=: numeric if both sides are numbers, chronological if both are dates, else by string."""
    compare = _COMPARE[op]
    if isinstance(literal, bool):
        return lambda value: False
    number = _number(literal)
    instant = _instant(literal)
    text = literal.casefold() if isinstance(literal, str) else None

    def test(value: Any) -> bool:
        if number is not None and (other := _number(value)) is not None:
            return compare(other, number)
        if instant is not None and (when := _instant(value)) is not None:
            return compare(when, instant)
        return text is not None and type(value) is str and compare(value.casefold(), text)

    return test


def _matcher(condition: Condition) -> Callable[[Row], bool]:
    get = _getter(condition.path)
    if condition.op == "LIKE":
        assert condition.pattern is not None
        fullmatch = condition.pattern.fullmatch

        def like(row: Row) -> bool:
            value = get(row)
            return type(value) is str and fullmatch(value.casefold()) is not None

        return like
    test = _equals(condition.values) if condition.op in ("=", "IN") else _ordered(condition.op, condition.values[0])

    if condition.path == ("active",):
        # An object without Active is active, for explicit conditions as for the implicit default.
        def active(row: Row) -> bool:
            value = get(row)
            return test(True if value is _MISSING or value is None else value)

        return active

    def match(row: Row) -> bool:
        value = get(row)
        return value is not _MISSING and value is not None and test(value)

    return match


def _sort_key(value: Any) -> tuple[int, Any]:
    """A key that orders mixed values without TypeError: missing < booleans < numbers < datetimes < text."""
    if value is _MISSING or value is None:
        return (0, 0)
    if (number := _number(value)) is not None:
        return (2, number)  # numeric strings such as Id sort numerically
    if type(value) is str:
        if _has_time(value) and (instant := _instant(value)) is not None:
            return (3, instant)  # offsets differ between rows: compare instants
        return (4, value.casefold())
    if type(value) is bool:
        return (1, value)
    return (5, str(value))


def _is_queryable(entity: str, path: tuple[str, ...], rows: Sequence[Row]) -> bool:
    allowed = _ALLOW_LIST.get(entity, _DEFAULT_ALLOW) + _COMMON_FIELDS
    if any(tuple(name.casefold().split(".")) == path for name in allowed):
        return True
    exists = _getter(path, scalar=False)
    return any(exists(row) is not _MISSING for row in rows)


def _active_check() -> Callable[[Row], bool]:
    """Name lists' implicit filter: objects without Active count as active."""
    get = _getter(("active",))

    def active(row: Row) -> bool:
        value = get(row)
        return value is not False and not (isinstance(value, str) and value.casefold() == "false")

    return active


def _key(field: str) -> Callable[[Row], tuple[int, Any]]:
    get = _getter(tuple(field.casefold().split(".")))
    return lambda row: _sort_key(get(row))


def _id_key() -> Callable[[Row], tuple[int, Any]]:
    """_key("Id") with a fast path for the usual plain-dict object with a digits-only Id."""
    slow = _key("Id")

    def key(row: Row) -> tuple[int, Any]:
        value = row.get("Id") if type(row) is dict else None
        if type(value) is str and value.isdigit() and value.isascii():
            return (2, int(value))
        return slow(row)

    return key


def run(text: str, entities: Mapping[str, Sequence[Row] | Mapping[str, Row]],
        now: str | None = None) -> dict[str, Any]:
    """Evaluate a query over ``entities`` (entity name -> objects, as a list or an {Id: object} map).

    Returns the service's JSON body; raises QueryError. ``now`` is the body's "time" value.
    """
    parser = Parser(text)
    query, entity_token = parser.query()
    if query.entity not in entities:
        raise parse_error(text, f'"{query.entity}"', entity_token.pos)
    stored = entities[query.entity]
    rows: Sequence[Row] = list(stored.values()) if isinstance(stored, Mapping) else stored

    for condition in query.conditions:
        if not _is_queryable(query.entity, condition.path, rows):
            raise QueryError("4001", "Invalid query",
                             f"QueryValidationError: property '{condition.field}' is not queryable")

    checks = [_matcher(condition) for condition in query.conditions]
    if query.entity in NAME_LISTS and not any(c.path == ("active",) for c in query.conditions):
        checks.insert(0, _active_check())

    # One linear pass over the rows, all conditions per row.
    if not checks:
        matched = list(rows)
    elif len(checks) == 1:
        matched = list(filter(checks[0], rows))
    else:
        def check_all(row: Row) -> bool:
            return all(check(row) for check in checks)

        matched = list(filter(check_all, rows))

    time = now if now is not None else datetime.now(UTC).isoformat(timespec="milliseconds")
    if query.count:
        return {"QueryResponse": {"totalCount": len(matched)}, "time": time}

    # Only the matched rows are sorted: by Id first, then one stable sort per ORDERBY key from the last to
    # the first, so ties keep Id order whatever the directions.
    matched.sort(key=_id_key())
    for name, descending in reversed(query.order):
        matched.sort(key=_key(name), reverse=descending)

    first = query.start - 1
    page = [copy.deepcopy(row) for row in matched[first:first + query.max_results]]
    if not page:
        return {"QueryResponse": {}, "time": time}  # the real service omits the entity key
    response = {query.entity: page, "startPosition": query.start, "maxResults": len(page)}
    return {"QueryResponse": response, "time": time}
