"""Company- and connection-level problems: shown once, not once per invoice."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from core.i18n import N_, Message
from core.store.db import get_meta

CUSTOM_TXN_NUMBERS_OFF = "custom_txn_numbers_off"
CONNECTION_PROBLEM = "connection_problem"
SYSTEMS = ("hubspot", "quickbooks")


@dataclass(frozen=True)
class Notice:
    kind: str
    severity: str
    summary: str
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "severity": self.severity, "summary": self.summary, "evidence": self.evidence}


@dataclass(frozen=True)
class NoticeTexts:
    title: Message
    explanation: Message
    fix_steps: tuple[Message, ...]


TEXTS: dict[str, NoticeTexts] = {
    CUSTOM_TXN_NUMBERS_OFF: NoticeTexts(
        title=N_("Notice", "QuickBooks numbers invoices itself"),
        explanation=N_("Notice", "Custom transaction numbers are off in QuickBooks, so QuickBooks gives synced "
                                 "invoices its own numbers instead of HubSpot's. Matching HubSpot invoices to their "
                                 "QuickBooks copies by number then becomes unreliable."),
        fix_steps=(N_("Notice", "Turn on custom transaction numbers in QuickBooks if you want HubSpot's numbers "
                                "kept."),),
    ),
    CONNECTION_PROBLEM: NoticeTexts(
        title=N_("Notice", "Connection problem"),
        explanation=N_("Notice", "The last refresh could not read everything from this service, so what you see may "
                                 "be out of date. The login may have expired or been revoked, a permission may be "
                                 "missing, or the service could not be reached."),
        fix_steps=(N_("Notice", "Reconnect the account if the login expired or was revoked."),
                   N_("Notice", "Check the network and refresh again.")),
    ),
}
NUMBERS_OFF = N_("Notice", "Custom transaction numbers are off in QuickBooks")


def detect(db: sqlite_utils.Database) -> list[Notice]:
    found: list[Notice] = []
    for system in SYSTEMS:
        raw = get_meta(db, f"connection.{system}")
        if raw:
            problem = json.loads(raw)
            found.append(Notice(CONNECTION_PROBLEM, "failure", str(problem.get("message", "")),
                                {"system": system, **problem}))
    row = db.execute("SELECT custom_txn_numbers FROM qbo_preferences WHERE id = 1").fetchone()
    if row is not None and row[0] == 0:
        numbered = db.execute("SELECT count(*) FROM facts_invoices WHERE in_scope AND number <> ''").fetchone()[0]
        if numbered:
            found.append(Notice(CUSTOM_TXN_NUMBERS_OFF, "warning", str(NUMBERS_OFF),
                                {"setting": "SalesFormsPrefs.CustomTxnNumbers", "invoices_with_numbers": numbered}))
    return found
