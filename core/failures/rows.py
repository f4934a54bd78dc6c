"""Turning a rule's SQL rows (invoice_id, number, summary, evidence JSON) into Failure records."""

from __future__ import annotations

import json

import sqlite_utils

from core.failures.base import Failure


def failures_from(db: sqlite_utils.Database, kind: str, sql: str) -> list[Failure]:
    out = []
    for row in db.query(sql):
        out.append(Failure(kind=kind, hubspot_invoice_id=str(row["invoice_id"]),
                           invoice_number=row["number"] or "", summary=row["summary"] or "",
                           evidence=json.loads(row["evidence"] or "{}")))
    return out
