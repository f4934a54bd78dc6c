"""The one list of failure kinds. Adding a kind = one module under core/failures/ + one line here."""

from __future__ import annotations

import json
from typing import Any

from core.failures import (
    books_closed,
    currency_mismatch,
    document_number_too_long,
    duplicate_display_name,
    duplicate_document_number,
    edited_in_quickbooks,
    inactive_customer,
    incomplete_invoice,
    invalid_display_name,
    missing_customer,
    revenue_recognition_service_date,
    unknown_item,
)
from core.qbo.faults import parse_fault

# The order error replies are classified in: specific codes before broad text matches.
# Each entry is a kind module, or a namespace with the same attributes (incomplete_invoice's three kinds).
KINDS: tuple[Any, ...] = (
    duplicate_display_name,
    duplicate_document_number,
    edited_in_quickbooks,
    revenue_recognition_service_date,
    books_closed,
    document_number_too_long,
    invalid_display_name,
    inactive_customer,
    currency_mismatch,
    incomplete_invoice.KINDS[2],
    unknown_item,
    missing_customer,
    incomplete_invoice.KINDS[0],
    incomplete_invoice.KINDS[1],
)
BY_ID: dict[str, Any] = {m.KIND: m for m in KINDS}
SEED_KINDS = ("missing_customer", "duplicate_display_name", "revenue_recognition_service_date",
              "edited_in_quickbooks", "duplicate_document_number")


def get(kind: str) -> Any:
    return BY_ID.get(kind)


def classify(code: str, message: str) -> str | None:
    """The kind an error belongs to: first by its code alone, then by code and text; None if unknown."""
    for module in KINDS:
        if code and module.matches(code, ""):
            return str(module.KIND)
    for module in KINDS:
        if module.matches(code, message):
            return str(module.KIND)
    return None


def classify_reply(status: int, body: str) -> str | None:
    """The kind of a QBO fault (JSON, lowercase or XML) or a HubSpot error body."""
    fault = parse_fault(status, body)
    if fault is not None:
        return classify(fault.code, f"{fault.message} {fault.detail}")
    try:
        message = str(json.loads(body).get("message", ""))
    except (ValueError, AttributeError):
        message = body
    return classify("", message)
