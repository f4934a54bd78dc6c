"""A record changed between Preview and Apply: nothing overwritten, the Conflict page, Re-plan, then success."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from gui.wizards.base import PageId
from tests.gui.wizard_steps import (
    apply_until_fixed,
    click,
    commit,
    edit_in_quickbooks,
    express_to_preview,
    from_the_banner,
    loaded_window,
    next_button,
    next_to_preview,
    open_at_choose,
    qbo_record,
    sales_lines,
    shoot,
    wait_page,
)

pytestmark = pytest.mark.gui


def test_conflict_stops_shows_the_change_and_replans(qtbot: QtBot, window: MainWindow, sandbox: Sandbox,
                                                     tmp_path: Path) -> None:
    wizard, clicks = from_the_banner(qtbot, window, sandbox, "edited_in_quickbooks", "9016")
    express_to_preview(qtbot, wizard, clicks)
    token = qbo_record(sandbox, "Invoice", "315")["SyncToken"]

    edit_in_quickbooks(sandbox, "Invoice", "315", PrivateNote="Checked by Ana")   # after Preview, before Apply
    click(qtbot, commit(wizard))
    wait_page(qtbot, wizard, PageId.CONFLICT)
    shoot(wizard, tmp_path / "conflict.png")
    page = wizard.conflict_page
    assert page.replan_button.isVisible() and page.replan_button.isEnabled()
    for button in (wizard.WizardButton.BackButton, wizard.WizardButton.NextButton,
                   wizard.WizardButton.CommitButton, wizard.WizardButton.FinishButton):
        assert not wizard.button(button).isVisible()
    shown = [(page.table.cell_text(r, 1), page.table.cell_text(r, 3)) for r in range(page.table.rowCount())]
    assert ("Private note", "Checked by Ana") in shown
    now = qbo_record(sandbox, "Invoice", "315")   # nothing overwritten
    assert sales_lines(now) == [(8, 1000.0)] and now["PrivateNote"] == "Checked by Ana"
    assert now["SyncToken"] == str(int(token) + 1)

    click(qtbot, page.replan_button)
    wait_page(qtbot, wizard, PageId.PREVIEW, timeout=30_000)
    plan = wizard.plan
    assert plan is not None and plan.changes[0].version == now["SyncToken"]   # planned on the record as it is now
    assert commit(wizard).isEnabled()
    apply_until_fixed(qtbot, wizard, clicks)
    after = qbo_record(sandbox, "Invoice", "315")
    assert sales_lines(after) == [(10, 1250.0)] and after["PrivateNote"] == "Checked by Ana"   # their edit kept


def test_unplannable_number_blocks_apply_and_a_failed_step_shows_the_error_page(
        qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    loaded_window(qtbot, window)
    wizard = open_at_choose(qtbot, window, "duplicate_document_number", "9031")
    wizard.choose_page.editors["renumber_quickbooks"].edits["Invoice:340"].setText("INV-1034")   # taken
    click(qtbot, next_button(wizard))
    wait_page(qtbot, wizard, PageId.PREVIEW)
    qtbot.waitUntil(lambda: wizard.plan is not None)
    assert wizard.preview_page.problems.isVisible() and "already used" in wizard.preview_page.problems.text()
    assert not commit(wizard).isEnabled()

    # The guide path of another cause checks again over the network; with the services gone that step fails.
    guide = open_at_choose(qtbot, window, "revenue_recognition_service_date", "9038")
    click(qtbot, guide.choose_page.radios["turn_off_in_quickbooks"])
    next_to_preview(qtbot, guide)
    sandbox.stop()
    click(qtbot, commit(guide))
    wait_page(qtbot, guide, PageId.ERROR, timeout=60_000)
    assert guide.error_page.text.text()
    assert guide.button(guide.WizardButton.BackButton).isEnabled()
    assert guide.button(guide.WizardButton.CancelButton).isVisible()
    for button in (guide.WizardButton.NextButton, guide.WizardButton.CommitButton, guide.WizardButton.FinishButton):
        assert not guide.button(button).isVisible()
    click(qtbot, guide.button(guide.WizardButton.BackButton))
    assert guide.currentId() == PageId.VERIFY
