"""HubSpot list and search pages over sorted indexes (sorted_index.py): a page costs time in proportion to the
page, not to the company.

- Lists (`GET /crm/v3/objects/{type}`) walk the type's id index from the `after` id, skipping records whose
  `archived` flag is not the one asked for.
- Searches walk an index in the search's order (its sorts, then id; id alone without sorts). The filters of a
  single filter group that compare the first sort property (EQ GT GTE LT LTE BETWEEN) become a range found by
  bisection. An EQ filter on another property puts that property first in the index, so its records are one
  range too (`status = paid`, sorted by anything). The other filters, and the free-text `query`, are tested on
  each record the walk passes. With nothing left
  to test, `after` is a position and `total` the range's length; otherwise `total` costs one pass over the
  range (remembered until the type changes) and each page resumes where the previous one stopped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from core.sandbox.hubspot_common import id_key
from core.sandbox.sorted_index import TOP, Desc, SortedIndex, index
from core.sandbox.tables import Table

JSON = dict[str, Any]
Sort = tuple[str, str, bool]  # (property, kind, descending)
Keyer = Callable[[str, str], Any]  # (kind, text) -> comparable key or None, as hubspot_search._key
RANGE_OPERATORS = ("EQ", "GT", "GTE", "LT", "LTE", "BETWEEN")



def list_page(table: Table, after: str | None, limit: int, archived: bool) -> tuple[list[JSON], str | None]:
    """One page of a list in id order from `after` (an id: the first record at or past it), and the next id."""
    ix = index(table, ("ids",), lambda oid, obj: id_key(oid))
    start = ix.position(id_key(after)) if after else 0
    page: list[JSON] = []
    for _, obj in ix.walk(start, len(ix), lambda o: o["archived"] == archived):
        if len(page) == limit:
            return page, str(obj["id"])
        page.append(obj)
    return page, None


def search_index(table: Table, sorts: tuple[Sort, ...], keyer: Keyer) -> SortedIndex:
    """Live records in the order of `sorts`: each property's value (missing or unparseable ones last), then id."""

    def key(oid: str, obj: Any) -> Any:
        if obj["archived"]:
            return None
        parts: list[Any] = []
        for prop, kind, desc in sorts:
            text = obj["properties"].get(prop)
            value = keyer(kind, text) if text not in (None, "") else None
            parts.append((1, 0) if value is None else (0, Desc(value) if desc else value))
        return (*parts, id_key(oid))

    return index(table, ("search", sorts), key)


def bounds(ix: SortedIndex, sort: Sort, filters: Iterable[Any], prefix: tuple[Any, ...] = ()
           ) -> tuple[int, int, list[Any]]:
    """The range of the index that the filters on `sort`'s property allow, and those filters. `prefix` is the
    key part fixed before it (an EQ filter's value), whose records alone are considered. A filter has `.prop`,
    `.operator`, `.value`, `.high` (hubspot_search.Filter)."""
    prop, _, desc = sort
    start, stop = (ix.position(prefix), ix.position((*prefix, TOP))) if prefix else (0, len(ix))
    used = []
    for flt in filters:
        if flt.prop != prop or flt.operator not in RANGE_OPERATORS:
            continue
        low = flt.value if flt.operator in ("EQ", "GT", "GTE", "BETWEEN") else None
        high = flt.high if flt.operator == "BETWEEN" else flt.value if flt.operator in ("EQ", "LT", "LTE") else None
        if low is not None:
            start, stop = _clip(ix, prefix, start, stop, low, desc, above=True, strict=flt.operator == "GT")
        if high is not None:
            start, stop = _clip(ix, prefix, start, stop, high, desc, above=False, strict=flt.operator == "LT")
        used.append(flt)
    if used:  # records without the value never pass these filters
        stop = min(stop, ix.position((*prefix, (1,))))
    return start, max(start, stop), used


def _clip(ix: SortedIndex, prefix: tuple[Any, ...], start: int, stop: int, value: Any, desc: bool, above: bool,
          strict: bool) -> tuple[int, int]:
    """Keep the records above (or below) `value`; `strict` leaves out those equal to it."""
    part = (0, Desc(value) if desc else value)
    first, past = ix.position((*prefix, part)), ix.position((*prefix, part, TOP))  # [first, past): equal to it
    if above != desc:  # ascending and above, or descending and below: a lower bound in index order
        return max(start, past if strict else first), stop
    return start, min(stop, first if strict else past)


def page(ix: SortedIndex, table: Table, signature: Any, start: int, stop: int,
         test: Callable[[JSON], bool] | None, after: int, end: int) -> tuple[int, list[JSON]]:
    """(total, records after..end) of the matches in [start, stop)."""
    if test is None:
        return stop - start, [table[oid] for oid in ix.ids[start + after:min(stop, start + end)]]
    total = ix.cursors.total(table.version, signature)
    if total is None:
        total = sum(1 for _ in ix.walk(start, stop, test))
        ix.cursors.set_total(table.version, signature, total)
    matched, position = ix.cursors.resume(table.version, signature, after) or (0, start)
    rows: list[JSON] = []
    for at, obj in ix.walk(position, stop, test):
        matched += 1
        position = at + 1
        if matched > after:
            rows.append(obj)
            if matched >= end:
                break
    else:
        position = stop
    ix.cursors.remember(table.version, signature, matched, position)
    return total, rows


def signature_of(body: JSON) -> str:
    """What identifies a search for its cursors: everything but the page (after, limit) and the properties."""
    rest = {k: v for k, v in body.items() if k not in ("after", "limit", "properties")}
    return json.dumps(rest, sort_keys=True, default=str)
