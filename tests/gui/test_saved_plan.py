"""Saved plans in the GUI: previewed and saved offline, opened later with File ▸ Apply a saved plan…, applied and
verified; a record edited since the save stops on the Conflict page with nothing overwritten."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from core import paths
from core.fixes import plan_file
from core.sandbox.server import Sandbox
from gui.app_window import AppWindow
from gui.banner import MessageLevel
from gui.main_window import MainWindow
from gui.session import DEMO_PROFILE, Session
from gui.wizards.base import FixWizard, PageId
from tests.gui.helpers import refresh_and_wait
from tests.gui.wizard_steps import (
    TIMEOUT,
    Clicks,
    apply_until_fixed,
    click,
    commit,
    edit_in_quickbooks,
    next_button,
    open_from_panel,
    previewed,
    qbo_record,
    sales_lines,
    shoot,
    turn_off_revenue_recognition,
    wait_page,
)
from tests.helpers.plan_files import a_plan, cache_of

pytestmark = pytest.mark.gui

KIND, INVOICE, QBO_INVOICE = "edited_in_quickbooks", "9016", "315"   # INV-1016: lines edited in QuickBooks


def cache_once(qtbot: QtBot, sandbox: Sandbox) -> None:
    """Fill the demo profile's cache from the sandbox (revenue recognition off: the edit is the only cause)."""
    turn_off_revenue_recognition(sandbox)
    online = MainWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), sandbox.endpoints()))
    qtbot.addWidget(online)
    assert refresh_and_wait(qtbot, online) == "ok"
    online.shutdown()


def save_offline(qtbot: QtBot, sandbox: Sandbox, target: Path,
                 monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """(a) Offline: the panel's Fix… → the recommended fix's Preview → Save plan. Returns the previewed rows."""
    cache_once(qtbot, sandbox)
    window = MainWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), None))
    qtbot.addWidget(window)
    window.show()
    window.load_cache()
    qtbot.waitUntil(lambda: window.model.row_of(INVOICE) >= 0, timeout=TIMEOUT)
    wizard = open_from_panel(qtbot, window, Clicks(qtbot), KIND, INVOICE)
    qtbot.waitUntil(wizard.explain_page.recommended.isEnabled, timeout=TIMEOUT)
    click(qtbot, wizard.explain_page.recommended)
    wait_page(qtbot, wizard, PageId.PREVIEW)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=TIMEOUT)
    assert not commit(wizard).isEnabled() and wizard.preview_page.offline.isVisible()
    rows = previewed(wizard)
    assert rows

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, wizard.preview_page.save_button)
    assert wizard.preview_page.saved.text() == f"Saved to {target}"
    saved = plan_file.load(target)
    assert saved.plan == wizard.plan and saved.profile == DEMO_PROFILE and saved.qbo_realm
    assert [f.invoice_number for f in saved.failures] == ["INV-1016"]
    wizard.close()
    window.shutdown()
    return rows


def online_window(qtbot: QtBot, sandbox: Sandbox) -> AppWindow:
    window = AppWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), sandbox.endpoints()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def apply_saved_plan_action(window: AppWindow) -> None:
    """File ▸ Apply a saved plan… as the menu shows it."""
    file_menu = cast(QMenu, window.menuBar().actions()[0].menu())
    action = next(a for a in file_menu.actions() if a.text() == "Apply a saved &plan…")
    assert action is window.open_plan_action and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+O"
    action.trigger()


def open_saved(qtbot: QtBot, window: AppWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> FixWizard:
    monkeypatch.setattr(window, "choose_plan_file", lambda: path)
    with qtbot.waitSignal(window.wizard_opened, timeout=TIMEOUT) as opened:
        apply_saved_plan_action(window)
    wizard = cast(FixWizard, opened.args[0])
    qtbot.waitExposed(wizard)
    return wizard


def test_saved_offline_then_applied_online(qtbot: QtBot, sandbox: Sandbox, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.json"
    rows = save_offline(qtbot, sandbox, target, monkeypatch)
    saved = plan_file.load(target)

    window = online_window(qtbot, sandbox)
    wizard = open_saved(qtbot, window, target, monkeypatch)
    assert wizard.currentId() == PageId.PREVIEW
    assert wizard.kind == KIND and wizard.plan == saved.plan   # exactly the saved changes, not re-planned
    assert previewed(wizard) == rows
    assert not wizard.preview_page.offline.isVisible()
    shoot(wizard, tmp_path / "saved-preview.png")
    assert commit(wizard).isVisible() and commit(wizard).isEnabled()
    assert wizard.button(wizard.WizardButton.BackButton).isEnabled()

    clicks = Clicks(qtbot)
    apply_until_fixed(qtbot, wizard, clicks)
    assert wizard.plan == saved.plan
    after = qbo_record(sandbox, "Invoice", QBO_INVOICE)
    assert sales_lines(after) == [(10, 1250.0)]              # as previewed: HubSpot's lines
    assert "INV-1016" in wizard.verify_page.verdict.text()
    assert wizard.verify_page.undo_button.isEnabled()


def test_record_edited_since_the_save_stops_on_the_conflict_page(qtbot: QtBot, sandbox: Sandbox, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.json"
    save_offline(qtbot, sandbox, target, monkeypatch)
    token = qbo_record(sandbox, "Invoice", QBO_INVOICE)["SyncToken"]
    edit_in_quickbooks(sandbox, "Invoice", QBO_INVOICE, PrivateNote="Checked by Ana")   # after the save

    window = online_window(qtbot, sandbox)
    wizard = open_saved(qtbot, window, target, monkeypatch)
    assert wizard.currentId() == PageId.PREVIEW
    assert wizard.plan is not None and wizard.plan.changes[0].version == token   # the saved plan's SyncToken
    click(qtbot, commit(wizard))
    wait_page(qtbot, wizard, PageId.CONFLICT, timeout=30_000)
    page = wizard.conflict_page
    shown = [(page.table.cell_text(r, 1), page.table.cell_text(r, 3)) for r in range(page.table.rowCount())]
    assert ("Private note", "Checked by Ana") in shown
    now = qbo_record(sandbox, "Invoice", QBO_INVOICE)   # nothing overwritten
    assert sales_lines(now) == [(8, 1000.0)] and now["PrivateNote"] == "Checked by Ana"
    assert now["SyncToken"] == str(int(token) + 1)

    qtbot.waitUntil(lambda: wizard.choose_page.selected() is not None, timeout=TIMEOUT)
    click(qtbot, page.replan_button)                     # the same choice, planned on the record as it is now
    wait_page(qtbot, wizard, PageId.PREVIEW, timeout=30_000)
    assert wizard.plan is not None and wizard.plan.changes[0].version == now["SyncToken"]
    apply_until_fixed(qtbot, wizard, Clicks(qtbot))
    after = qbo_record(sandbox, "Invoice", QBO_INVOICE)
    assert sales_lines(after) == [(10, 1250.0)] and after["PrivateNote"] == "Checked by Ana"


def test_offline_it_opens_without_apply_and_back_replans(qtbot: QtBot, sandbox: Sandbox, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.json"
    save_offline(qtbot, sandbox, target, monkeypatch)
    saved = plan_file.load(target)
    window = AppWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), None))
    qtbot.addWidget(window)
    window.show()
    wizard = open_saved(qtbot, window, target, monkeypatch)
    assert wizard.currentId() == PageId.PREVIEW and wizard.plan == saved.plan
    assert not commit(wizard).isEnabled() and wizard.preview_page.offline.isVisible()

    qtbot.waitUntil(lambda: wizard.choose_page.selected() is not None, timeout=TIMEOUT)
    click(qtbot, wizard.button(wizard.WizardButton.BackButton))
    assert wizard.currentId() == PageId.CHOOSE
    selected = wizard.choose_page.selected()
    assert selected is not None and selected.id == saved.plan.option
    click(qtbot, next_button(wizard))
    wait_page(qtbot, wizard, PageId.PREVIEW)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=TIMEOUT)
    assert wizard.plan == saved.plan          # re-planned on the same cache: the same changes


def test_files_that_cannot_be_applied_are_explained(qtbot: QtBot, sandbox: Sandbox, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    cache_once(qtbot, sandbox)
    window = online_window(qtbot, sandbox)
    notes = tmp_path / "notes.json"
    notes.write_text('{"hello": "world"}', encoding="utf-8")
    monkeypatch.setattr(window, "choose_plan_file", lambda: notes)
    apply_saved_plan_action(window)
    assert window.messages.level is MessageLevel.ERROR
    assert "notes.json is not a Sync Doctor plan" in window.messages.text()

    other = tmp_path / "other.json"
    plan_file.save(a_plan(), other, profile="Acme Ltd", db_path=cache_of(tmp_path, "1234567890"))
    monkeypatch.setattr(window, "choose_plan_file", lambda: other)
    with qtbot.assertNotEmitted(window.wizard_opened):
        window.open_plan_action.trigger()
    assert "another QuickBooks company" in window.messages.text()

    monkeypatch.setattr(window, "choose_plan_file", lambda: None)   # cancelled: nothing happens
    window.messages.clear()
    window.open_plan_action.trigger()
    assert not window.messages.text()


def test_the_chooser_is_qt_own_dialog_for_plan_files(qtbot: QtBot, sandbox: Sandbox,
                                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = online_window(qtbot, sandbox)
    seen: list[QFileDialog] = []

    def accept(dialog: QFileDialog) -> int:
        seen.append(dialog)
        dialog.selectFile(str(tmp_path / "plan.json"))
        return 0   # cancelled

    monkeypatch.setattr(QFileDialog, "exec", accept)
    assert window.choose_plan_file() is None
    (dialog,) = seen
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.nameFilters() == ["Sync Doctor plan (*.json)"]
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    assert dialog.accessibleName() == "Choose a saved plan"
    wanted = QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_O)
    assert window.open_plan_action.shortcut().matches(wanted) == QKeySequence.SequenceMatch.ExactMatch
