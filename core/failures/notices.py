"""Company- and connection-level problems: shown once, not once per invoice."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from core.failures.base import Texts
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


TEXTS: dict[str, dict[str, Texts]] = {
    CUSTOM_TXN_NUMBERS_OFF: {
        "en": Texts(
            title="QuickBooks numbers invoices itself",
            explanation="Custom transaction numbers are off in QuickBooks, so QuickBooks gives synced invoices its "
                        "own numbers instead of HubSpot's. Matching HubSpot invoices to their QuickBooks copies "
                        "by number then becomes unreliable.",
            fix_steps=("Turn on custom transaction numbers in QuickBooks if you want HubSpot's numbers kept.",),
        ),
        "es": Texts(
            title="QuickBooks numera las facturas por su cuenta",
            explanation="Los números de transacción personalizados están desactivados en QuickBooks, así que "
                        "QuickBooks asigna sus propios números a las facturas sincronizadas en lugar de los de "
                        "HubSpot. Relacionar cada factura de HubSpot con su copia por número deja de ser fiable.",
            fix_steps=("Activar los números de transacción personalizados si se quieren conservar los de HubSpot.",),
        ),
    },
    CONNECTION_PROBLEM: {
        "en": Texts(
            title="Connection problem",
            explanation="The last refresh could not read everything from this service, so what you see may be out "
                        "of date. The login may have expired or been revoked, a permission may be missing, or the "
                        "service could not be reached.",
            fix_steps=("Reconnect the account if the login expired or was revoked.",
                       "Check the network and refresh again."),
        ),
        "es": Texts(
            title="Problema de conexión",
            explanation="La última actualización no pudo leer todo de este servicio, así que lo que ve puede estar "
                        "desactualizado. Puede que el acceso haya caducado o se haya revocado, que falte un permiso "
                        "o que no se pudiera contactar con el servicio.",
            fix_steps=("Volver a conectar la cuenta si el acceso caducó o se revocó.",
                       "Comprobar la red y actualizar de nuevo."),
        ),
    },
}


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
            found.append(Notice(CUSTOM_TXN_NUMBERS_OFF, "warning",
                                "Custom transaction numbers are off in QuickBooks",
                                {"setting": "SalesFormsPrefs.CustomTxnNumbers", "invoices_with_numbers": numbered}))
    return found
