"""The one list of failure kinds. Adding a kind = one module under core/failures/ + one line here."""

from __future__ import annotations

from types import ModuleType

from core.failures import (
    duplicate_display_name,
    duplicate_document_number,
    edited_in_quickbooks,
    missing_customer,
    revenue_recognition_service_date,
)

# Order is the order causes are shown and checked in.
KINDS: tuple[ModuleType, ...] = (
    duplicate_display_name,
    missing_customer,
    duplicate_document_number,
    revenue_recognition_service_date,
    edited_in_quickbooks,
)
BY_ID: dict[str, ModuleType] = {m.KIND: m for m in KINDS}


def get(kind: str) -> ModuleType | None:
    return BY_ID.get(kind)


def classify(code: str, message: str) -> str | None:
    """The kind a QBO/HubSpot error reply belongs to, by code first, then by text; None if unknown."""
    for module in KINDS:
        if module.matches(code, message):
            return str(module.KIND)
    return None
