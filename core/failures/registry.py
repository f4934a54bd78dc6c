"""The one list of failure kinds. Adding a kind = one module under core/failures/ + one line here
(core/failures/README.md lists the rest: its wizard if it needs its own, translations, sandbox rule, tests).

The list's order means nothing: each kind says its fix-first `rank` and its classification `priority`.
"""

from __future__ import annotations

import json

from core.failures import (
    books_closed,
    contact_without_email,
    currency_mismatch,
    document_number_too_long,
    duplicate_display_name,
    duplicate_document_number,
    edited_in_quickbooks,
    inactive_customer,
    invalid_display_name,
    missing_customer,
    no_contact,
    no_line_items,
    revenue_recognition_service_date,
    unknown_item,
)
from core.failures.base import FactColumn, FailureKind, Fault
from core.qbo.faults import parse_fault

KINDS: tuple[FailureKind, ...] = (
    no_contact.KIND,
    contact_without_email.KIND,
    no_line_items.KIND,
    edited_in_quickbooks.KIND,
    invalid_display_name.KIND,
    duplicate_display_name.KIND,
    inactive_customer.KIND,
    missing_customer.KIND,
    document_number_too_long.KIND,
    duplicate_document_number.KIND,
    currency_mismatch.KIND,
    books_closed.KIND,
    revenue_recognition_service_date.KIND,
    unknown_item.KIND,
)
BY_ID: dict[str, FailureKind] = {k.id: k for k in KINDS}
BY_PRIORITY: tuple[FailureKind, ...] = tuple(sorted(KINDS, key=lambda k: k.priority))
SEED_KINDS = ("missing_customer", "duplicate_display_name", "revenue_recognition_service_date",
              "edited_in_quickbooks", "duplicate_document_number")


def get(kind: str) -> FailureKind | None:
    return BY_ID.get(kind)


def rank(kind: str) -> int:
    """The fix-first rank of a kind id; a kind this version does not know sorts last."""
    found = BY_ID.get(kind)
    return found.rank if found is not None else 999


def fact_columns() -> tuple[FactColumn, ...]:
    """Every kind's fact columns, each once. Two kinds naming one column must mean the same SQL by it."""
    out: dict[str, FactColumn] = {}
    for kind in KINDS:
        for column in kind.facts:
            if out.setdefault(column.name, column) != column:
                raise ValueError(f"fact column {column.name} is defined twice, differently ({kind.id})")
    return tuple(out.values())


def classify(fault: Fault) -> str | None:
    """The kind an error reply belongs to: first by a QuickBooks code that names a kind on its own, then by
    the reply's words, kinds taken in their `priority` order; None if unknown."""
    if fault.system == "quickbooks" and fault.code:
        for kind in BY_PRIORITY:
            if fault.code in kind.codes:
                return kind.id
    for kind in BY_PRIORITY:
        if kind.matches(fault):
            return kind.id
    return None


def classify_reply(status: int, body: str) -> str | None:
    """The kind of a QBO fault (JSON, lowercase or XML) or a HubSpot error body."""
    fault = parse_fault(status, body)
    if fault is not None:
        return classify(Fault("quickbooks", fault.code, f"{fault.message} {fault.detail}"))
    try:
        message = str(json.loads(body).get("message", ""))
    except (ValueError, AttributeError):
        message = body
    return classify(Fault("hubspot", "", message))
