"""Changed in QuickBooks, from the panel: the line diff, then QuickBooks put back to HubSpot's lines."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from tests.gui.wizard_steps import (
    apply_until_fixed,
    express_to_preview,
    from_the_banner,
    previewed,
    qbo,
)

pytestmark = pytest.mark.gui
INVOICE = "9016"   # INV-1016: 10 × 125.00 in HubSpot, 8 × 125.00 in QuickBooks invoice 315


def test_revert_from_the_banner_in_five_clicks(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    wizard, clicks = from_the_banner(qtbot, window, sandbox, "edited_in_quickbooks", INVOICE)
    diff = wizard.line_diff
    assert diff is not None
    qtbot.waitUntil(lambda: diff.table.rowCount() == 1)
    assert [diff.table.cell_text(0, c) for c in (1, 3, 5, 7)] == ["10", "1,250.00", "8", "1,000.00"]
    assert diff.table.item(0, 5).background().color().name() != diff.table.item(0, 0).background().color().name()

    express_to_preview(qtbot, wizard, clicks)
    rows = previewed(wizard)
    assert any(f == "Line 1" and b.startswith("8 × 125.00") and a.startswith("10 × 125.00") for f, b, a in rows)
    assert ("Total", "1,000.00", "1,250.00") in rows

    apply_until_fixed(qtbot, wizard, clicks)
    assert clicks.count <= 5, clicks.log
    invoice = next(i for i in qbo(sandbox, "Invoice") if i["Id"] == "315")
    lines = [ln for ln in invoice["Line"] if ln.get("DetailType") == "SalesItemLineDetail"]
    assert [(ln["SalesItemLineDetail"]["Qty"], ln["Amount"]) for ln in lines] == [(10, 1250.0)]
