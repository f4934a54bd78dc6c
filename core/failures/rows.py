"""Turning a rule's SQL rows (invoice_id, number, summary, evidence JSON) into Failure records."""

from __future__ import annotations

import json

import sqlite_utils

from core.failures.base import Failure


def failures_from(db: sqlite_utils.Database, kind: str, sql: str) -> list[Failure]:
    cursor = db.execute(sql)
    names = [d[0] for d in cursor.description]
    at = {name: names.index(name) for name in ("invoice_id", "number", "summary", "evidence")}
    return [Failure(kind=kind, hubspot_invoice_id=str(row[at["invoice_id"]]), invoice_number=row[at["number"]] or "",
                    summary=row[at["summary"]] or "", evidence=json.loads(row[at["evidence"]] or "{}"))
            for row in cursor.fetchall()]
