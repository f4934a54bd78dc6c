"""Fill a cache straight from a sandbox state (no HTTP): the same save_* writers a refresh uses, so the
benchmarks measure the rules and the panel on exactly what a refresh would have stored."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from core.hubspot import save as hs_save
from core.qbo import save as qbo_save


def fill(db: sqlite_utils.Database, state: Any) -> None:
    with db.atomic():
        for otype in ("companies", "contacts", "invoices", "line_items"):
            hs_save.save_objects(db, otype, state.hubspot.objects[otype].values(), 1)
        for (from_type, from_id, to_type), found in state.hubspot.associations.items():
            if from_type in ("invoices", "contacts"):
                hs_save.save_associations(db, from_type, to_type,
                                          [(from_id, to, t) for to, types in found.items() for t in types], 1)
        qbo_save.save_preferences(db, state.qbo.preferences, 1)
        for entity in ("Customer", "Vendor", "Employee", "Item", "Invoice", "CreditMemo"):
            qbo_save.save_entities(db, entity, state.qbo.entities[entity].values(), 1)
