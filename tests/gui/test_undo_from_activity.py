"""Undo from the Activity tab: QuickBooks' refusal shown as refused (message and rows), and a later fix that
depends on the one being undone named in the preview and undone with it, newest first."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core import app, paths
from core.fixes.errors import UndoRefused
from core.journal import Journal
from core.sandbox.server import Sandbox
from core.services import fixes
from core.sync.engine import push
from gui.main_window import MainWindow
from gui.session import Session
from tests.gui.wizard_steps import (
    Clicks,
    activity_view,
    apply_and_verify,
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


def test_quickbooks_refusing_the_undo_shows_refused_in_activity(qtbot: QtBot, window: MainWindow,
                                                                session: Session, sandbox: Sandbox) -> None:
    """Revenue recognition on: INV-1016's old lines have no service date, QuickBooks answers 6000."""
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
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        confirm_undo(qtbot, dialog)
    assert dialog.verdict.property("outcome") == "refused"
    message = view.message.text()
    assert message.startswith("Not undone: QuickBooks refused, so the fix is still in place.")
    assert "6000" in message and "service date" in message
    undo, original = view.run_ids()
    assert view.row_text(undo, 5) == "Undo refused" and view.row_text(original, 5) == "Done"
    refused_row = view.tree.topLevelItem(view.run_ids().index(undo)).child(0).text(5)
    assert refused_row.startswith("Refused: QuickBooks error 6000")
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(10, 1250.0)]
    view.select_run(original)
    assert view.undo_button.isEnabled()   # the fix is still in place


def _corrected_then_sent(qtbot: QtBot, window: MainWindow, session: Session, sandbox: Sandbox) -> tuple[str, str]:
    """INV-1012: Javier Peña's QuickBooks customer gets HubSpot's email (a fix), then Sync Doctor sends the
    invoice under that customer (a push). Returns (the fix's run id, the QuickBooks invoice's Id)."""
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    assert session.endpoints is not None
    failures = fixes.failures_for(session.db_path, "missing_customer", ["9012"])
    plan = fixes.build_plan(session.db_path, "missing_customer", failures, "correct_email",
                               {"target": "quickbooks", "customer_id": "12"}, lambda *_: None, threading.Event())
    fix = fixes.apply(session.profile, session.endpoints, plan, lambda *_: None, threading.Event())
    assert fix.ok
    app.refresh(session.endpoints, session.db_path)
    journal_path = paths.profile_dir(session.profile) / "journal.sqlite"
    sent = push(session.endpoints, session.db_path, journal_path, ["9012"])
    assert sent.result is not None and sent.result.ok
    with Journal(journal_path) as journal:
        assert {r.kind for r in journal.runs()} == {"missing_customer", "push"}
    return fix.run_id, sent.result.results[0].record_id


def test_a_later_fix_that_depends_on_the_undone_one_is_named_and_undone_with_it(
        qtbot: QtBot, window: MainWindow, session: Session, sandbox: Sandbox, tmp_path: Path) -> None:
    """Undoing the email correction names the send that relies on it, and undoes it first."""
    fix_run, invoice_id = _corrected_then_sent(qtbot, window, session, sandbox)
    view = activity_view(qtbot, window, session)
    view.select_run(fix_run)
    click(qtbot, view.undo_button)
    dialog = undo_dialog(qtbot, view)
    shoot(dialog, tmp_path / "undo-dependents.png")
    assert dialog.dependents.isVisible()
    said = dialog.dependents.text()
    assert said.startswith("Later fixes depend on this one, so they are undone with it, newest first:")
    assert 'Invoice "INV-1012"' in said and "refers to Customer" in said and "sent to QuickBooks by Sync Doctor" in said
    assert dialog.confirm_button.text() == "Undo 2 fixes"
    records = [dialog.table.cell_text(r, 1) for r in range(dialog.table.rowCount())]
    assert next(r for r in records if r).startswith("Delete")   # the newer fix first
    assert invoice_id in sandbox.state.qbo.entities["Invoice"]   # nothing written before the confirmation

    with qtbot.waitSignal(view.loaded, timeout=30_000):
        confirm_undo(qtbot, dialog)
    assert view.message.text() == "Undone: 2 records put back as they were."
    assert invoice_id not in sandbox.state.qbo.entities["Invoice"]
    assert qbo_record(sandbox, "Customer", "12")["PrimaryEmailAddr"]["Address"] == "jpena@correo-viejo.example"
    states = {view.row_text(r, 2): view.row_text(r, 5) for r in view.run_ids()}
    assert states["No matching customer in QuickBooks"] == "Undone"
    with pytest.raises(UndoRefused):
        fixes.undo(session.profile, session.endpoints, fix_run, lambda *_: None, threading.Event())


def test_a_dependent_that_cannot_be_undone_refuses_the_undo_with_the_reason(
        qtbot: QtBot, window: MainWindow, session: Session, sandbox: Sandbox) -> None:
    """Someone edited the sent invoice in QuickBooks: it cannot be deleted, so the correction it relies on stays."""
    fix_run, invoice_id = _corrected_then_sent(qtbot, window, session, sandbox)
    edit_in_quickbooks(sandbox, "Invoice", invoice_id, PrivateNote="Checked by the accountant")
    view = activity_view(qtbot, window, session)
    view.select_run(fix_run)
    click(qtbot, view.undo_button)
    dialog = undo_dialog(qtbot, view)
    assert not dialog.confirm_button.isEnabled() and dialog.verdict.property("outcome") == "refused"
    said = dialog.verdict.text()
    assert said.startswith("Undo is not possible: A later fix (invoice sent to QuickBooks by Sync Doctor) depends "
                           "on this one and cannot be undone:")
    assert "changed in QuickBooks after the fix" in said
    qtbot.waitUntil(lambda: view.message.text() == said)
    assert invoice_id in sandbox.state.qbo.entities["Invoice"]
    assert qbo_record(sandbox, "Customer", "12")["PrimaryEmailAddr"]["Address"] == "javier@fotopena.example"


def test_partly_undone_names_what_was_put_back_and_what_was_not(
        qtbot: QtBot, window: MainWindow, session: Session, sandbox: Sandbox) -> None:
    """The customer is edited in QuickBooks between the preview and the confirmation: the send is undone, the
    correction stays, and both the dialog and Activity say exactly that."""
    fix_run, invoice_id = _corrected_then_sent(qtbot, window, session, sandbox)
    view = activity_view(qtbot, window, session)
    view.select_run(fix_run)
    click(qtbot, view.undo_button)
    dialog = undo_dialog(qtbot, view)
    edit_in_quickbooks(sandbox, "Customer", "12", Notes="Prefers email")
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        confirm_undo(qtbot, dialog)
    assert dialog.verdict.property("outcome") == "partly"
    said = view.message.text()
    assert said.startswith('Partly undone. Put back: Invoice "INV-1012". Not put back: Customer "Javier Peña"')
    assert "changed in QuickBooks after the fix" in said and said == dialog.verdict.text()
    assert invoice_id not in sandbox.state.qbo.entities["Invoice"]
    assert qbo_record(sandbox, "Customer", "12")["PrimaryEmailAddr"]["Address"] == "javier@fotopena.example"
    states = {view.row_text(r, 2): view.row_text(r, 5) for r in view.run_ids()}
    assert states["No matching customer in QuickBooks"] == "Done"
