"""Invoice number already used, from the panel: the colliding documents, and the holder renumbered."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from gui.wizards.base import PageId
from tests.gui.wizard_steps import (
    Clicks,
    apply_and_verify,
    click,
    commit,
    express_to_preview,
    loaded_window,
    next_button,
    open_from_panel,
    previewed,
    qbo,
    turn_off_revenue_recognition,
    wait_page,
)

pytestmark = pytest.mark.gui
INVOICE = "9031"   # INV-1031: QuickBooks invoice 340 (Tech Hub Coworking) has the number


def test_renumber_from_the_banner_in_five_clicks(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    clicks = Clicks(qtbot)
    wizard = open_from_panel(qtbot, window, clicks, "duplicate_document_number", INVOICE)
    table = wizard.explain_page.evidence
    assert table.rowCount() == 1 and "340" in table.cell_text(0, 1) and table.cell_text(0, 3) == "Tech Hub Coworking"

    express_to_preview(qtbot, wizard, clicks)
    assert ("Number", "INV-1031", "INV-1031-1") in previewed(wizard)
    apply_and_verify(qtbot, wizard, clicks)
    assert wizard.verify_page.verdict.property("state") == "fixed", wizard.verify_page.details.text()
    assert clicks.count <= 5, clicks.log
    assert next(i for i in qbo(sandbox, "Invoice") if i["Id"] == "340")["DocNumber"] == "INV-1031-1"


def test_the_suggested_number_can_be_edited(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    wizard = window.open_fix_wizard("duplicate_document_number", [INVOICE])
    assert wizard is not None
    qtbot.waitUntil(wizard.explain_page.recommended.isEnabled)
    click(qtbot, next_button(wizard))
    wait_page(qtbot, wizard, PageId.CHOOSE)
    edit = wizard.choose_page.editors["renumber_quickbooks"].edits["Invoice:340"]
    assert edit.text() == "INV-1031-1"
    edit.setText("")
    assert not next_button(wizard).isEnabled()
    edit.setText("TH-340")
    click(qtbot, next_button(wizard))
    wait_page(qtbot, wizard, PageId.PREVIEW)
    qtbot.waitUntil(wizard.preview_page.isComplete)
    assert ("Number", "INV-1031", "TH-340") in previewed(wizard)
    click(qtbot, commit(wizard))
    wait_page(qtbot, wizard, PageId.VERIFY, timeout=30_000)
    qtbot.waitUntil(lambda: wizard.verify_page.verdict.property("state") == "fixed", timeout=30_000)
    assert next(i for i in qbo(sandbox, "Invoice") if i["Id"] == "340")["DocNumber"] == "TH-340"
