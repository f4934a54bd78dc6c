"""A failure kind whose rule and texts live in incomplete_invoice.py (shared by the incomplete-invoice kinds)."""

from __future__ import annotations

import sqlite_utils

from core.failures import incomplete_invoice
from core.failures.base import Failure

KIND = incomplete_invoice.NO_CONTACT
RANK = 0
SEVERITY = "failure"
TEXTS = incomplete_invoice.TEXTS_BY_KIND[KIND]


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return incomplete_invoice.detect_kind(db, KIND)


def matches(code: str, message: str) -> bool:
    del code, message  # HubSpot refuses to send these itself; QBO never sees them
    return False
