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
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from core.sandbox import qbo_query_index
from core.sandbox.qbo_query_eval import MISSING, Row, active_check, getter, id_key, key, matcher
from core.sandbox.qbo_query_parse import (  # re-exported: the public API of the query language
    DEFAULT_MAX_RESULTS,
    MAX_MAX_RESULTS,
    Condition,
    Parser,
    Query,
    QueryError,
    parse,
    parse_error,
)
from core.sandbox.tables import Table

__all__ = ["DEFAULT_MAX_RESULTS", "MAX_MAX_RESULTS", "NAME_LISTS", "Condition", "Query", "QueryError", "parse", "run"]

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




def _is_queryable(entity: str, path: tuple[str, ...], rows: Iterable[Row]) -> bool:
    allowed = _ALLOW_LIST.get(entity, _DEFAULT_ALLOW) + _COMMON_FIELDS
    if any(tuple(name.casefold().split(".")) == path for name in allowed):
        return True
    exists = getter(path, scalar=False)
    return any(exists(row) is not MISSING for row in rows)


def run(text: str, entities: Mapping[str, Sequence[Row] | Mapping[str, Row]], now: str | None = None,
        hidden: Collection[tuple[str, str]] = ()) -> dict[str, Any]:
    """Evaluate a query over ``entities`` (entity name -> objects, as a list, an {Id: object} map or a Table,
    which pages through sorted indexes: qbo_query_index.py).

    Returns the service's JSON body; raises QueryError. ``now`` is the body's "time" value; ``hidden`` lists
    (entity, Id) pairs that do not exist for this query (created earlier in the same batch).
    """
    parser = Parser(text)
    query, entity_token = parser.query()
    if query.entity not in entities:
        raise parse_error(text, f'"{query.entity}"', entity_token.pos)
    stored = entities[query.entity]
    rows: Iterable[Row] = stored.values() if isinstance(stored, Mapping) else stored

    for condition in query.conditions:
        if not _is_queryable(query.entity, condition.path, rows):
            raise QueryError("4001", "Invalid query",
                             f"QueryValidationError: property '{condition.field}' is not queryable")

    gone = frozenset(oid for entity, oid in hidden if entity == query.entity)
    implicit_active = query.entity in NAME_LISTS and not any(c.path == ("active",) for c in query.conditions)
    time = now if now is not None else datetime.now(UTC).isoformat(timespec="milliseconds")
    if isinstance(stored, Table):
        return qbo_query_index.run(query, stored, gone, implicit_active, time)

    checks = [matcher(condition) for condition in query.conditions]
    if implicit_active:
        checks.insert(0, active_check())
    if gone:
        checks.insert(0, lambda row: str(row.get("Id")) not in gone)

    # One linear pass over the rows, all conditions per row.
    if not checks:
        matched = list(rows)
    elif len(checks) == 1:
        matched = list(filter(checks[0], rows))
    else:
        def check_all(row: Row) -> bool:
            return all(check(row) for check in checks)

        matched = list(filter(check_all, rows))

    if query.count:
        return {"QueryResponse": {"totalCount": len(matched)}, "time": time}

    # Only the matched rows are sorted: by Id first, then one stable sort per ORDERBY key from the last to
    # the first, so ties keep Id order whatever the directions.
    matched.sort(key=id_key())
    for name, descending in reversed(query.order):
        matched.sort(key=key(name), reverse=descending)

    first = query.start - 1
    page = [copy.deepcopy(row) for row in matched[first:first + query.max_results]]
    if not page:
        return {"QueryResponse": {}, "time": time}  # the real service omits the entity key
    response = {query.entity: page, "startPosition": query.start, "maxResults": len(page)}
    return {"QueryResponse": response, "time": time}
