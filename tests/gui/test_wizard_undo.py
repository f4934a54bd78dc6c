"""Undo from the wizard's last page: previewed, confirmed, and its result said plainly — done, refused with
QuickBooks' words, or refused before anything is written when someone else edited the record since."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.activity_view import ActivityView
from gui.main_window import MainWindow
from gui.session import Session
from gui.wizards.base import FixWizard
from tests.gui.wizard_steps import (
    Clicks,
    apply_until_fixed,
    click,
    confirm_undo,
    edit_in_quickbooks,
    express_to_preview,
    loaded_window,
    qbo_record,
    sales_lines,
    shoot,
    turn_off_revenue_recognition,
    undo_dialog,
)

pytestmark = pytest.mark.gui


def _fixed(qtbot: QtBot, window: MainWindow, kind: str, invoice_id: str) -> FixWizard:
    wizard = window.open_fix_wizard(kind, [invoice_id])
    assert isinstance(wizard, FixWizard)
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
    dialog = undo_dialog(qtbot, wizard)
    assert ("Lines", "10 × 125.00 = 1,250.00 (Consulting hour)", "8 × 125.00 = 1,000.00 (Consulting hour)") in \
        dialog.table.field_rows()
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(10, 1250.0)]   # nothing written yet
    confirm_undo(qtbot, dialog)
    assert dialog.verdict.property("outcome") == "done"
    assert page.undo_status.text().startswith("Undone") and page.undo_status.property("state") == "fixed"
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(8, 1000.0)]
    assert not page.undo_button.isEnabled()   # once is enough
    click(qtbot, dialog.close_button)
    click(qtbot, page.retry_button)           # and the check says so
    qtbot.waitUntil(lambda: page.verdict.property("state") == "failing", timeout=30_000)
    assert page.verdict.text() == "Not fixed: invoice INV-1016 is still blocked by Changed in QuickBooks."


def test_quickbooks_refusing_the_undo_is_shown_as_refused(qtbot: QtBot, window: MainWindow, sandbox: Sandbox,
                                                          session: Session, tmp_path: Path) -> None:
    """Revenue recognition stays on: putting INV-1016's old lines back lacks a service date, QuickBooks answers
    6000, and the wizard says so instead of "The fix was undone"."""
    loaded_window(qtbot, window)
    wizard = window.open_fix_wizard("edited_in_quickbooks", ["9016"])
    assert isinstance(wizard, FixWizard)
    clicks = Clicks(qtbot)
    express_to_preview(qtbot, wizard, clicks)
    click(qtbot, wizard.button(wizard.WizardButton.CommitButton))
    page = wizard.verify_page
    qtbot.waitUntil(lambda: page.isVisible() and page.verdict.property("state") in ("fixed", "failing"),
                    timeout=30_000)
    verdict = page.verdict.text()
    assert verdict == "✓ Fixed: invoice INV-1016 can now sync to QuickBooks."

    click(qtbot, page.undo_button)
    dialog = undo_dialog(qtbot, wizard)
    confirm_undo(qtbot, dialog)
    shoot(dialog, tmp_path / "undo-refused.png")
    assert dialog.verdict.property("outcome") == "refused"
    said = page.undo_status.text()
    assert said.startswith("Not undone: QuickBooks refused, so the fix is still in place.")
    assert "6000" in said and "service date" in said and 'Invoice "INV-1016"' in said
    assert page.undo_status.property("state") == "failing" and page.undo_status.isVisible()
    assert page.verdict.text() == verdict and "was undone" not in page.verdict.text()
    assert page.undo_button.isEnabled()   # still in place: may be tried again
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(10, 1250.0)]

    view = ActivityView(session, window.bridge)   # and Activity tells the same
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    undo, fix = view.run_ids()
    assert view.row_text(undo, 5) == "Undo refused" and view.row_text(fix, 5) == "Done"
    assert "6000" in view.tree.topLevelItem(0).child(0).text(5)


def test_undo_after_someone_else_edited_is_refused_with_a_reason(qtbot: QtBot, window: MainWindow,
                                                                 sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    wizard = _fixed(qtbot, window, "duplicate_document_number", "9031")
    assert qbo_record(sandbox, "Invoice", "340")["DocNumber"] == "INV-1031-1"
    edit_in_quickbooks(sandbox, "Invoice", "340", PrivateNote="Renumbered, told the client")

    page = wizard.verify_page
    click(qtbot, page.undo_button)
    dialog = undo_dialog(qtbot, wizard)
    assert not dialog.confirm_button.isEnabled() and dialog.verdict.property("outcome") == "refused"
    qtbot.waitUntil(lambda: page.undo_status.text().startswith("Undo is not possible"), timeout=20_000)
    assert "changed in QuickBooks after the fix" in page.undo_status.text()
    record = qbo_record(sandbox, "Invoice", "340")   # their edit and our fix both stay
    assert record["DocNumber"] == "INV-1031-1" and record["PrivateNote"] == "Renumbered, told the client"
    assert page.undo_button.isEnabled()   # not undone: may be tried again later
