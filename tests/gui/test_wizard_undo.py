"""Undo from the wizard's last page: restores the record; refused, with a reason, after someone else's edit."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from tests.gui.wizard_steps import (
    Clicks,
    apply_until_fixed,
    click,
    edit_in_quickbooks,
    express_to_preview,
    loaded_window,
    qbo_record,
    sales_lines,
    turn_off_revenue_recognition,
)

pytestmark = pytest.mark.gui


def _fixed(qtbot: QtBot, window: MainWindow, kind: str, invoice_id: str) -> object:
    wizard = window.open_fix_wizard(kind, [invoice_id])
    assert wizard is not None
    clicks = Clicks(qtbot)
    express_to_preview(qtbot, wizard, clicks)
    apply_until_fixed(qtbot, wizard, clicks)
    return wizard


def test_undo_restores_the_record(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    wizard = _fixed(qtbot, window, "edited_in_quickbooks", "9016")
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(10, 1250.0)]
    page = wizard.verify_page
    assert page.undo_button.isVisible() and page.undo_button.isEnabled()

    click(qtbot, page.undo_button)
    qtbot.waitUntil(lambda: page.undo_status.text().startswith("Undone"), timeout=20_000)
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(8, 1000.0)]
    assert not page.undo_button.isEnabled()   # once is enough
    click(qtbot, page.retry_button)           # and the check says so
    qtbot.waitUntil(lambda: page.verdict.property("state") == "failing", timeout=30_000)
    assert "still cannot sync" in page.verdict.text() and "Changed in QuickBooks" in page.details.text()


def test_undo_after_someone_else_edited_is_refused_with_a_reason(qtbot: QtBot, window: MainWindow,
                                                                 sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    wizard = _fixed(qtbot, window, "duplicate_document_number", "9031")
    assert qbo_record(sandbox, "Invoice", "340")["DocNumber"] == "INV-1031-1"
    edit_in_quickbooks(sandbox, "Invoice", "340", PrivateNote="Renumbered, told the client")

    page = wizard.verify_page
    click(qtbot, page.undo_button)
    qtbot.waitUntil(lambda: page.undo_status.text().startswith("Undo is not possible"), timeout=20_000)
    assert "changed in QuickBooks after the fix" in page.undo_status.text()
    record = qbo_record(sandbox, "Invoice", "340")   # their edit and our fix both stay
    assert record["DocNumber"] == "INV-1031-1" and record["PrivateNote"] == "Renumbered, told the client"
    assert page.undo_button.isEnabled()   # not undone: may be tried again later
