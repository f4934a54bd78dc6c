"""Invoice number already used, from the panel: the colliding documents, and the holder renumbered."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from tests.gui.wizard_steps import (
    apply_until_fixed,
    commit_until_fixed,
    express_to_preview,
    from_the_banner,
    loaded_window,
    next_button,
    next_to_preview,
    open_at_choose,
    previewed,
    qbo,
    turn_off_revenue_recognition,
)

pytestmark = pytest.mark.gui
INVOICE = "9031"   # INV-1031: QuickBooks invoice 340 (Tech Hub Coworking) has the number


def test_renumber_from_the_banner_in_five_clicks(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    wizard, clicks = from_the_banner(qtbot, window, sandbox, "duplicate_document_number", INVOICE)
    table = wizard.explain_page.evidence
    assert table.rowCount() == 1 and table.cell_text(0, 1) == "QuickBooks invoice of Tech Hub Coworking"
    assert table.cell_text(0, 3) == "Tech Hub Coworking"

    express_to_preview(qtbot, wizard, clicks)
    assert ("Number", "INV-1031", "INV-1031-1") in previewed(wizard)
    apply_until_fixed(qtbot, wizard, clicks)
    assert clicks.count <= 5, clicks.log
    assert next(i for i in qbo(sandbox, "Invoice") if i["Id"] == "340")["DocNumber"] == "INV-1031-1"


def test_the_suggested_number_can_be_edited(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    wizard = open_at_choose(qtbot, window, "duplicate_document_number", INVOICE)
    edit = wizard.choose_page.editors["renumber_quickbooks"].edits["Invoice:340"]
    assert edit.text() == "INV-1031-1"
    edit.setText("")
    assert not next_button(wizard).isEnabled()
    edit.setText("TH-340")
    next_to_preview(qtbot, wizard)
    assert ("Number", "INV-1031", "TH-340") in previewed(wizard)
    commit_until_fixed(qtbot, wizard)
    assert next(i for i in qbo(sandbox, "Invoice") if i["Id"] == "340")["DocNumber"] == "TH-340"
