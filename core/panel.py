"""The failure panel's rows, read lean: at 50,000 failures the table must load in well under a second.

`core.app.load_failure_rows` parses every row's evidence JSON up front; the panel only needs it for the one
invoice whose card is open, so `PanelRow` keeps the JSON text and parses it on first use. Same fields as
`core.app.FailureRow` (the wizards accept either), plus the contact's email for search.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Any

from core.store.db import open_db

_SQL = """
SELECT f.kind, f.hubspot_invoice_id, coalesce(f.invoice_number, ''), coalesce(f.customer, ''), f.amount,
       coalesce(f.currency, ''), coalesce(f.invoice_date, ''), coalesce(f.summary, ''), f.evidence,
       coalesce(f.severity, 'failure'), f.root, {email}
  FROM failures f {join}
"""


class PanelRow:
    """One stored failure, evidence parsed lazily."""

    __slots__ = (
        "__dict__",
        "_evidence_json",
        "amount",
        "currency",
        "customer",
        "email",
        "hubspot_invoice_id",
        "invoice_date",
        "invoice_number",
        "kind",
        "root",
        "severity",
        "summary",
    )

    def __init__(self, kind: str, hubspot_invoice_id: str, invoice_number: str, customer: str,
                 amount: float | None, currency: str, invoice_date: str, summary: str, evidence_json: str | None,
                 severity: str, root: int | bool, email: str = "") -> None:
        self.kind, self.hubspot_invoice_id, self.invoice_number = kind, hubspot_invoice_id, invoice_number
        self.customer, self.amount, self.currency, self.invoice_date = customer, amount, currency, invoice_date
        self.summary, self._evidence_json, self.severity = summary, evidence_json, severity
        self.root, self.email = bool(root), email

    @cached_property
    def evidence(self) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(self._evidence_json or "{}")
        return parsed

    def __repr__(self) -> str:
        return f"PanelRow({self.kind!r}, {self.hubspot_invoice_id!r}, {self.invoice_number!r})"


def load_panel_rows(db_path: Path) -> list[PanelRow]:
    """Every stored failure and warning of the newest diagnosis, with its contact's email."""
    db = open_db(db_path)
    try:
        if "failures" not in db.table_names():
            return []
        with_facts = "facts_invoices" in db.table_names()
        sql = _SQL.format(email="coalesce(fi.email, '')" if with_facts else "''",
                          join="LEFT JOIN facts_invoices fi ON fi.id = f.hubspot_invoice_id" if with_facts else "")
        rows = db.execute(sql).fetchall()   # unordered: the panel groups and sorts them itself
    finally:
        db.close()
    return [PanelRow(*row) for row in rows]
