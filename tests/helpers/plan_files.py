"""A hand-made plan touching both systems, and a cache that only names its company: what saved-plan tests need."""

from __future__ import annotations

from pathlib import Path

from core.failures.duplicate_display_name import NO_HOLDER
from core.fixes.model import Action, Change, FieldChange, Plan
from core.fixes.words import entity_label, field
from core.i18n import verbatim
from core.store.db import open_db, set_meta


def a_plan() -> Plan:
    change = Change("quickbooks", "Customer", Action.UPDATE, "7", entity_label("Customer", "Acme"),
                    (FieldChange(field("DisplayName"), "Acme", "Acme (2)"), FieldChange(field("Active"), False, True)),
                    {"Id": "7", "SyncToken": "3", "sparse": True, "DisplayName": "Acme (2)"}, version="3",
                    before={"Id": "7", "SyncToken": "3", "DisplayName": "Acme", "Line": [{"Amount": 1.5}]},
                    invoice_ids=("9001",))
    link = Change("hubspot", "association", Action.ASSOCIATE, "invoices/9001/contacts/5",
                  verbatim("Invoice → contact"), (FieldChange(field("contact"), None, "5"),),
                  {"associationTypeId": 177}, invoice_ids=("9001",))
    return Plan("duplicate_display_name", "rename_existing", ("9001", "9002"), (change, link),
                notes=(verbatim("Then refresh."),), problems=(("9002", NO_HOLDER.format(name="Acme")),),
                params={"pattern": "{name} (2)"})


def cache_of(tmp_path: Path, realm: str) -> Path:
    path = tmp_path / f"cache-{realm}.db"
    database = open_db(path)
    try:
        set_meta(database, "refresh.source", f"http://hubspot.test http://qbo.test {realm}")
        set_meta(database, "qbo.company_name", f"Company {realm}")
    finally:
        database.close()
    return path
