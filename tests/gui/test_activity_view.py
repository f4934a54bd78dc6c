"""The Activity tab: a fix appears in it, can be undone from it, and an interrupted run offers Finish."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core import paths
from core.fixes import plans
from core.journal import Journal
from core.sandbox.server import Sandbox
from core.services import fixes
from core.store.db import open_db
from gui.main_window import MainWindow
from gui.session import Session
from tests.gui.wizard_steps import (
    Clicks,
    activity_view,
    apply_and_verify,
    click,
    confirm_undo,
    express_to_preview,
    loaded_window,
    qbo_record,
    sales_lines,
    shoot,
    turn_off_revenue_recognition,
    undo_dialog,
)
from tests.helpers.journals import OLD_LABEL, previous_release_journal

pytestmark = pytest.mark.gui


def test_a_fix_is_listed_and_can_be_undone_from_the_view(qtbot: QtBot, window: MainWindow, session: Session,
                                                         sandbox: Sandbox, tmp_path: Path) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    view = activity_view(qtbot, window, session)
    assert view.run_ids() == [] and view.empty.isVisible() and not view.undo_button.isEnabled()

    wizard = window.open_fix_wizard("edited_in_quickbooks", ["9016"])
    assert wizard is not None
    clicks = Clicks(qtbot)
    express_to_preview(qtbot, wizard, clicks)
    apply_and_verify(qtbot, wizard, clicks)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    [run] = view.run_ids()
    assert view.row_text(run, 2) == "Changed in QuickBooks"
    assert view.row_text(run, 3) == 'Invoice "INV-1016" of Taquería Los Cuates'
    assert "Line 1: 8 × 125.00" in view.row_text(run, 4) and "→ 10 × 125.00" in view.row_text(run, 4)
    assert view.row_text(run, 5) == "Done" and view.row_text(run, 1)   # who
    shoot(view, tmp_path / "activity.png")

    view.select_run(run)
    assert view.undo_button.isEnabled() and not view.finish_button.isVisible()
    click(qtbot, view.undo_button)
    dialog = undo_dialog(qtbot, view)
    # the preview: what the undo puts back, before → after; nothing written until confirmed
    assert dialog.table.field_rows() == [("Lines", "10 × 125.00 = 1,250.00 (Consulting hour)",
                                          "8 × 125.00 = 1,000.00 (Consulting hour)")]
    assert dialog.confirm_button.text() == "Undo 1 fix" and not dialog.dependents.isVisible()
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(10, 1250.0)]
    with Journal.for_profile(session.profile) as journal:
        assert len(journal.runs()) == 1   # not even journaled
    shoot(dialog, tmp_path / "undo-preview.png")
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        confirm_undo(qtbot, dialog)
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(8, 1000.0)]
    assert view.message.text() == "Undone: 1 record put back as it was."
    undo_run, original = view.run_ids()   # newest first
    assert view.row_text(undo_run, 2) == "Undo of an earlier fix" and view.row_text(original, 5) == "Undone"
    view.select_run(original)
    assert not view.undo_button.isEnabled() and "Nothing of this fix" in view.undo_button.toolTip()


def test_cancelling_the_undo_preview_writes_nothing(qtbot: QtBot, window: MainWindow, session: Session,
                                                    sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    wizard = window.open_fix_wizard("edited_in_quickbooks", ["9016"])
    assert wizard is not None
    express_to_preview(qtbot, wizard, Clicks(qtbot))
    apply_and_verify(qtbot, wizard, Clicks(qtbot))
    wizard.close()
    view = activity_view(qtbot, window, session)
    [run] = view.run_ids()
    view.select_run(run)
    click(qtbot, view.undo_button)
    dialog = undo_dialog(qtbot, view)
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(10, 1250.0)]
    with Journal.for_profile(session.profile) as journal:
        assert [r.run_id for r in journal.runs()] == [run]
    assert view.undo_button.isEnabled()


def test_an_interrupted_run_offers_finish(qtbot: QtBot, window: MainWindow, session: Session,
                                          sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    # A crash right after journaling: the change is PENDING, never sent.
    db = open_db(session.db_path)
    try:
        failures = fixes.failures_for(session.db_path, "edited_in_quickbooks", ["9016"])
        plan = plans.plan_for(db, "edited_in_quickbooks", failures, "revert_to_hubspot", {})
    finally:
        db.close()
    with Journal.for_profile(session.profile) as journal:
        run_id = journal.begin_run(plan)
        journal.add(run_id, plan.changes[0], seq=0)

    view = activity_view(qtbot, window, session)
    assert view.run_ids() == [run_id]
    assert view.row_text(run_id, 5) == "Interrupted — not finished"
    view.select_run(run_id)
    assert view.finish_button.isVisible() and view.finish_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        click(qtbot, view.finish_button)
    assert view.message.text().startswith("Done")
    assert view.row_text(run_id, 5) == "Done"
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(10, 1250.0)]


def test_a_journal_from_the_previous_release_is_listed_as_written(qtbot: QtBot, window: MainWindow,
                                                                 session: Session) -> None:
    """Its labels are sentences, not messages: the view shows them as they were written, and the cause (a
    kind id) in the window's language."""
    previous_release_journal(paths.profile_dir(session.profile) / "journal.sqlite")
    view = activity_view(qtbot, window, session)
    [run] = view.run_ids()
    assert view.row_text(run, 2) == "No matching customer in QuickBooks"
    assert view.row_text(run, 3) == OLD_LABEL
    assert view.row_text(run, 4) == "Correo: ana@old.example → ana@ferreterialopez.es; Active: No → Yes"


def test_a_refused_undo_shows_quickbooks_reason(qtbot: QtBot, window: MainWindow, session: Session,
                                                sandbox: Sandbox) -> None:
    """After the renumbering fix, the integration synced the invoice under its old number; putting the other
    invoice's number back would duplicate it, QuickBooks refuses, and the view says QuickBooks' reason."""
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    wizard = window.open_fix_wizard("duplicate_document_number", ["9031"])
    assert wizard is not None
    express_to_preview(qtbot, wizard, Clicks(qtbot))
    apply_and_verify(qtbot, wizard, Clicks(qtbot))
    assert qbo_record(sandbox, "Invoice", "340")["DocNumber"] == "INV-1031-1"
    synced = dict(qbo_record(sandbox, "Invoice", "340"), Id="9999", DocNumber="INV-1031")
    with sandbox.state.lock:
        sandbox.state.qbo.entities["Invoice"]["9999"] = synced

    view = activity_view(qtbot, window, session)
    [run] = view.run_ids()
    view.select_run(run)
    click(qtbot, view.undo_button)
    dialog = undo_dialog(qtbot, view)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        confirm_undo(qtbot, dialog)
    text = view.message.text()
    assert text.startswith("Not undone: QuickBooks refused, so the fix is still in place.") and "INV-1031" in text
    reason = text.split('"INV-1031":', 1)[-1]
    assert len(reason.strip()) > 10, text   # QuickBooks' own words follow the record, not nothing
    assert qbo_record(sandbox, "Invoice", "340")["DocNumber"] == "INV-1031-1"
