"""Evaluation of QBO query conditions and sort keys over stored objects (qbo_query.py parses and pages;
qbo_query_index.py pages over sorted indexes). The semantics are listed in qbo_query.py's docstring."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from core.sandbox.qbo_query_parse import Condition, Scalar

Row = Mapping[str, Any]


# Everything below runs once per row on lists of 100,000 objects, so it avoids isinstance() against
# collections.abc classes (slow) in favour of exact type tests, with a Mapping fallback.
class Missing:
    """The sentinel for a path that is absent from an object."""


MISSING: Any = Missing()
_PLAIN = frozenset({str, int, float, bool, type(None)})
_NUMERIC = re.compile(r"-?\d+(?:\.\d+)?\Z")
_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge,
}


def _is_mapping(value: Any) -> bool:
    return isinstance(value, dict) or (type(value) not in _PLAIN and isinstance(value, Mapping))


def getter(path: tuple[str, ...], scalar: bool = True) -> Callable[[Row], Any]:
    """Resolve a dotted path with case-insensitive segments (MetaData vs Metadata); MISSING if absent.

    Each segment's actual spelling is remembered, so on uniform data every row costs one dict lookup per
    segment; only objects lacking that spelling pay for a scan of their keys.
    """
    spelled = list(path)

    def scan(current: Mapping[str, Any], i: int) -> Any:
        for actual in current:
            if isinstance(actual, str) and actual.casefold() == path[i]:
                spelled[i] = actual
                return current[actual]
        return MISSING

    def get(row: Row) -> Any:
        current: Any = row
        for i, key in enumerate(spelled):
            kind = type(current)
            if kind is not dict and (kind in _PLAIN or not isinstance(current, dict | Mapping)):
                return MISSING
            value = current.get(key, MISSING)
            if value is MISSING:
                value = scan(current, i)
                if value is MISSING:
                    return MISSING
            current = value
        # Reference and complex types compare on their scalar: CustomerRef.value, PrimaryEmailAddr.Address.
        if scalar and type(current) not in _PLAIN and _is_mapping(current):
            return current.get("value", current.get("Address", MISSING))
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


def matcher(condition: Condition) -> Callable[[Row], bool]:
    get = getter(condition.path)
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
            return test(True if value is MISSING or value is None else value)

        return active

    def match(row: Row) -> bool:
        value = get(row)
        return value is not MISSING and value is not None and test(value)

    return match


def sort_key(value: Any) -> tuple[int, Any]:
    """A key that orders mixed values without TypeError: missing < booleans < numbers < datetimes < text."""
    if value is MISSING or value is None:
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


def active_check() -> Callable[[Row], bool]:
    """Name lists' implicit filter: objects without Active count as active."""
    get = getter(("active",))

    def active(row: Row) -> bool:
        value = get(row)
        return value is not False and not (isinstance(value, str) and value.casefold() == "false")

    return active


def key(field: str) -> Callable[[Row], tuple[int, Any]]:
    get = getter(tuple(field.casefold().split(".")))
    return lambda row: sort_key(get(row))


def id_key() -> Callable[[Row], tuple[int, Any]]:
    """key("Id") with a fast path for the usual object with a digits-only Id."""
    slow = key("Id")

    def fast(row: Row) -> tuple[int, Any]:
        value = row.get("Id") if isinstance(row, dict) else None
        if type(value) is str and value.isdigit() and value.isascii():
            return (2, int(value))
        return slow(row)

    return fast
