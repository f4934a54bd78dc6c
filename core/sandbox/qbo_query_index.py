"""QBO query pages over sorted indexes (sorted_index.py), so a page costs time in proportion to the page.

The order (ORDERBY fields, then Id; Id alone without ORDERBY) is an index of the entity's table. Name lists'
implicit `Active` filter is a partition of that index (active records first), and `Active IN (true, false)` is
dropped while every stored Active is a boolean or absent, so neither is tested record by record. Conditions on
the first order field with < <= > >= = narrow the walk to a range found by bisection, when every stored value of
that field has the literal's kind (numbers, dates or text: `sort_key`'s rank), because only then do the query's
comparisons agree with the index order. The other conditions and a batch's hidden objects are tested on each
record the walk passes. When nothing is left to test, STARTPOSITION is a position in the range; otherwise the
walk resumes where the previous page of the same query stopped. Results are the same as qbo_query's list
evaluation, which tests/sandbox/test_sandbox_indexes.py pins.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection
from typing import Any

from core.sandbox.qbo_query_eval import Missing, Row, active_check, getter, id_key, matcher, sort_key
from core.sandbox.qbo_query_parse import Condition, Query
from core.sandbox.sorted_index import TOP, Desc, SortedIndex, index
from core.sandbox.tables import Table

Path = tuple[str, ...]
Order = tuple[tuple[Path, bool], ...]
RANGE_OPS = ("<", "<=", ">", ">=", "=")



def order_of(query: Query) -> Order:
    return tuple((tuple(name.casefold().split(".")), desc) for name, desc in query.order or (("Id", False),))


def key_function(order: Order, partition: bool) -> Callable[[str, Any], Any]:
    """Sort keys: with `partition`, active records (name lists' implicit filter) first, then the order."""
    getters = [(getter(path), desc) for path, desc in order]
    by_id = id_key()
    is_active = active_check()

    def key(oid: str, row: Any) -> Any:
        parts: list[Any] = [Desc(sort_key(get(row))) if desc else sort_key(get(row)) for get, desc in getters]
        return (0 if is_active(row) else 1, *parts, by_id(row), oid) if partition else (*parts, by_id(row), oid)

    return key


def run(query: Query, table: Table, hidden: Collection[str], implicit_active: bool, time: str) -> dict[str, Any]:
    """The service's body for `query` over one entity's table."""
    order = order_of(query)
    ix = index(table, ("qbo", order, implicit_active), key_function(order, implicit_active))
    conditions = tuple(c for c in query.conditions if not (_either_active(c) and _plain_active(table)))
    start, stop, absorbed = _bounds(ix, order, conditions, (0,) if implicit_active else ())
    test = _combine([matcher(c) for c in conditions if c not in absorbed], hidden)
    if query.count:
        total = stop - start if test is None else sum(1 for _ in ix.walk(start, stop, test))
        return {"QueryResponse": {"totalCount": total}, "time": time}
    skip, size = query.start - 1, query.max_results
    if test is None:  # every record of the range matches: STARTPOSITION is a position
        rows: list[Row] = [table[oid] for oid in ix.ids[start + skip:min(stop, start + skip + size)]]
    else:
        rows = _walk_page(ix, table, (order, conditions, frozenset(hidden)), start, stop, test, skip, size)
    if not rows:
        return {"QueryResponse": {}, "time": time}  # the real service omits the entity key
    page = [copy.deepcopy(row) for row in rows]
    return {"QueryResponse": {query.entity: page, "startPosition": query.start, "maxResults": len(page)},
            "time": time}


def _either_active(condition: Condition) -> bool:
    """`Active IN (true, false)`, which sync tools add to see inactive names too."""
    return condition.path == ("active",) and condition.op == "IN" and set(condition.values) == {True, False} \
        and all(isinstance(v, bool) for v in condition.values)


def _plain_active(table: Table) -> bool:
    """Whether every record's Active is a boolean or absent: then `Active IN (true, false)` holds for all."""
    get = getter(("active",))
    ix = index(table, ("qbo-active-kind",), lambda oid, row: (0 if isinstance(get(row), bool | Missing | None)
                                                              else 1, oid))
    return ix.position((1,)) == len(ix)


def _walk_page(ix: SortedIndex, table: Table, signature: Any, start: int, stop: int, test: Callable[[Row], bool],
               skip: int, size: int) -> list[Row]:
    matched, position = ix.cursors.resume(table.version, signature, skip) or (0, start)
    rows: list[Row] = []
    for at, row in ix.walk(position, stop, test):
        matched += 1
        position = at + 1
        if matched > skip:
            rows.append(row)
            if len(rows) == size:
                break
    else:
        position = stop
    ix.cursors.remember(table.version, signature, matched, position)
    return rows


def _combine(checks: list[Callable[[Row], bool]], hidden: Collection[str]) -> Callable[[Row], bool] | None:
    if hidden:
        gone = frozenset(hidden)
        checks = [lambda row: str(row.get("Id")) not in gone, *checks]
    if not checks:
        return None
    if len(checks) == 1:
        return checks[0]

    def every(row: Row) -> bool:
        return all(check(row) for check in checks)

    return every


def _bounds(ix: SortedIndex, order: Order, conditions: tuple[Condition, ...],
            prefix: tuple[int, ...]) -> tuple[int, int, list[Condition]]:
    """[start, stop) of the index that can hold matches (within the `prefix` partition), and the conditions
    that range enforces exactly."""
    low, high = (ix.position(prefix), ix.position((*prefix, TOP))) if prefix else (0, len(ix))
    path, desc = order[0]
    usable = [c for c in conditions if c.path == path and c.op in RANGE_OPS and c.path != ("active",)]
    if not usable:
        return low, high, []
    # Missing values never match a condition: drop them (first when ascending, last when descending).
    missing = ix.position((*prefix, Desc((1,)))) if desc else ix.position((*prefix, (1,)))
    low, high = (low, missing) if desc else (missing, high)
    rank = _rank(ix, low, high, len(prefix), desc)
    if rank is None:
        return low, max(low, high), []
    start, stop = low, high
    absorbed: list[Condition] = []
    for condition in usable:
        literal = sort_key(condition.values[0])
        if literal[0] != rank:
            continue  # another kind of value: the comparison is not the index order, test it on each record
        part = Desc(literal) if desc else literal
        first, past = ix.position((*prefix, part)), ix.position((*prefix, part, TOP))  # equal to the literal
        if desc:  # greater values come first
            spans = {">": (low, first), ">=": (low, past), "<": (past, high), "<=": (first, high)}
        else:
            spans = {">": (past, high), ">=": (first, high), "<": (low, first), "<=": (low, past)}
        span = spans.get(condition.op, (first, past))
        start, stop = max(start, span[0]), min(stop, span[1])
        if condition.op != "=":  # = on numbers also matches '05' for '5' in the index but not in the query
            absorbed.append(condition)
    return start, max(start, stop), absorbed


def _rank(ix: SortedIndex, low: int, high: int, at: int, desc: bool) -> int | None:
    """The rank (kind) shared by every value of key part `at` in [low, high) (present values only), or None."""
    if high <= low:
        return None
    first, last = ix.keys[low][at], ix.keys[high - 1][at]
    if desc:
        first, last = first.value, last.value
    return int(first[0]) if first[0] == last[0] else None
