"""100 taken customer names fixed in one run: unique names, one injected failure reported, the rest done."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from core import paths
from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from gui.session import Session
from gui.wizards.base import PageId
from gui.wizards.duplicate_display_name import DuplicateDisplayNameWizard
from tests.gui.helpers import refresh_and_wait
from tests.gui.wizard_steps import Clicks, click, commit, express_to_preview, next_button, qbo, shoot, wait_page

pytestmark = [pytest.mark.gui, pytest.mark.slow]
N = 100


def second_contacts_scenario(n: int) -> dict[str, Any]:
    """n companies whose first contact is already a QuickBooks customer named after the company; each second
    contact has an open invoice, and the customer HubSpot would create for it needs that same name."""
    companies, contacts, invoices, customers = [], [], [], []
    for k in range(n):
        company, first, second = str(10_000 + k), str(20_000 + k), str(30_000 + k)
        companies.append({"id": company, "name": f"Bulk Co {k:03d}", "domain": f"co{k}.example"})
        contacts.append({"id": first, "email": f"owner@co{k}.example", "firstname": "Ona", "lastname": f"Owner{k}",
                         "company_id": company})
        contacts.append({"id": second, "email": f"buyer@co{k}.example", "firstname": "Bea",
                         "lastname": f"Buyer{k}", "company_id": company})
        customers.append({"Id": str(100 + k), "DisplayName": f"Bulk Co {k:03d}", "Active": True,
                          "PrimaryEmailAddr": {"Address": f"owner@co{k}.example"}})
        invoices.append({"id": str(40_000 + k), "number": f"B-{k:03d}", "status": "open", "currency": "USD",
                         "date": "2026-10-01", "due": "2026-10-31", "contact_id": second,
                         "lines": [{"name": "Consulting", "quantity": 1, "price": 100.0, "sku": "CONS"}]})
    return {"name": "Bulk names company",
            "hubspot": {"companies": companies, "contacts": contacts, "invoices": invoices},
            "qbo": {"preferences": {"SalesFormsPrefs": {"CustomTxnNumbers": True},
                                    "ProductAndServicesPrefs": {"RevenueRecognitionEnabled": False}},
                    "Customer": customers}}


def test_hundred_names_in_one_run_with_one_failure_reported(qtbot: QtBot, tmp_path: Path) -> None:
    with Sandbox(second_contacts_scenario(N)) as sb:
        window = MainWindow(Session("bulk", paths.cache_path("bulk"), sb.endpoints()))
        qtbot.addWidget(window)
        window.show()
        assert refresh_and_wait(qtbot, window, timeout=30_000) == "ok"
        ids = [str(40_000 + k) for k in range(N)]
        wizard = window.open_fix_wizard("duplicate_display_name", ids)
        assert isinstance(wizard, DuplicateDisplayNameWizard) and wizard.bulk
        assert wizard.explain_page.evidence.rowCount() == N

        express_to_preview(qtbot, wizard, Clicks(qtbot))
        table = wizard.bulk_table
        assert table is not None and table.rowCount() == N
        names = [table.cell_text(r, 2) for r in range(N)]
        taken = {c["DisplayName"].casefold() for c in qbo(sb, "Customer")}
        assert len({n.casefold() for n in names}) == N and not taken & {n.casefold() for n in names}
        assert names[0] == "Bulk Co 000 (Bea Buyer0)"
        shoot(wizard, tmp_path / "bulk-preview.png")

        # Someone takes one of the proposed names in QuickBooks after the preview.
        victim = 37
        with sb.state.lock:
            sb.state.qbo.entities["Customer"]["999"] = {"Id": "999", "DisplayName": names[victim], "Active": True,
                                                        "SyncToken": "0"}
        click(qtbot, commit(wizard))
        qtbot.waitUntil(lambda: wizard.apply_page.isComplete() or wizard.currentId() != PageId.APPLY,
                        timeout=60_000)
        assert wizard.currentId() == PageId.APPLY   # a failure stays on screen instead of moving on
        results = table.results()
        failed = [inv for inv, text in results.items() if text != "Done"]
        assert failed == [ids[victim]] and "Not done" in results[ids[victim]]
        states = [wizard.apply_page.results.cell_text(r, 3) for r in range(wizard.apply_page.results.rowCount())]
        assert sum(s == "Done" for s in states) == N - 1 and sum(s.startswith("Refused") for s in states) == 1
        made = {c["DisplayName"] for c in qbo(sb, "Customer")}
        assert {n for k, n in enumerate(names) if k != victim} <= made

        click(qtbot, next_button(wizard))
        wait_page(qtbot, wizard, PageId.VERIFY)
        qtbot.waitUntil(lambda: wizard.verify_page.verdict.property("state") == "failing", timeout=60_000)
        assert wizard.verify_page.verdict.text() == f"{N - 1} of {N} invoices can now sync; 1 still cannot."
        assert "B-037" in wizard.verify_page.details.text()
        window.shutdown()
