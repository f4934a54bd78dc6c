"""The menus a desktop user expects (issue 13): File ▸ New client company… / Quit, Edit ▸ Undo last fix…, Help ▸
Causes explained / Open log folder / About, shortcuts that work while the search box has the focus, and buttons
that say what they do."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu, QTextBrowser
from pytestqt.qtbot import QtBot

from core import logs
from core.sandbox.server import Sandbox
from gui import menus
from gui.app_window import AppWindow
from gui.companies import NameDialog
from gui.export_dialog import ExportDialog
from gui.session import Session
from gui.undo_dialog import UndoDialog
from tests.gui.wizard_steps import (
    Clicks,
    apply_and_verify,
    express_to_preview,
    loaded_window,
    qbo_record,
    sales_lines,
    turn_off_revenue_recognition,
    undo_dialog,
)

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def app_window(qtbot: QtBot, session: Session) -> Iterator[AppWindow]:
    win = AppWindow(session, lang="en")
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if shiboken6.isValid(win):
        win.close()


def menu_texts(win: AppWindow) -> dict[str, list[str]]:
    return {a.text(): [x.text() for x in m.actions() if not x.isSeparator()]
            for a in win.menuBar().actions() if isinstance(m := a.menu(), QMenu)}


def test_menus_a_desktop_user_expects(app_window: AppWindow) -> None:
    menus_ = menu_texts(app_window)
    assert list(menus_) == ["&File", "&Edit", "&Invoice", "&View", "&Help"]
    assert menus_["&File"][:3] == ["&New client company…", "Re&name client company…", "Re&move client company…"]
    assert menus_["&File"][-1] == "&Quit"
    assert menus_["&Edit"][0] == "&Undo last fix…"
    assert menus_["&Help"] == ["&Causes explained", "Open &log folder", "&About Sync Doctor"]
    assert app_window.quit_action.shortcut().toString() == "Ctrl+Q"
    # The demo is not a saved company: nothing to rename or remove.
    assert not app_window.rename_company_action.isEnabled() and not app_window.remove_company_action.isEnabled()
    assert app_window.card.retry_button.text() == "Re-check"   # it re-checks; it never re-sends


def test_shortcuts_work_while_the_search_box_has_the_focus(qtbot: QtBot, app_window: AppWindow) -> None:
    search = app_window.filter_bar.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "INV")
    qtbot.keyClick(search, Qt.Key.Key_E, CTRL)   # a text box would take Ctrl+E (end of line) for itself
    assert isinstance(app_window.export_dialog, ExportDialog) and app_window.export_dialog.isVisible()
    app_window.export_dialog.reject()
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_2, CTRL)
    assert app_window.tabs.currentWidget() is app_window.activity_tab
    app_window.show_failures()
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)   # Ctrl+Z in a text box undoes the typing, never a fix
    assert not app_window.findChildren(UndoDialog) and app_window.tabs.currentIndex() == 0
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_N, CTRL)
    assert isinstance(app_window.companies.dialog, NameDialog) and app_window.companies.dialog.isVisible()
    app_window.companies.dialog.reject()
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not shiboken6.isValid(app_window) or not app_window.isVisible())


def test_help_menu(qtbot: QtBot, app_window: AppWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.keyClick(app_window.table, Qt.Key.Key_F1)
    dialog = app_window.menus.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Causes explained"
    causes = dialog.findChild(QTextBrowser, "causesText").toPlainText()
    assert "No matching QuickBooks customer" in causes or "customer" in causes.lower()
    assert "How to fix it" in causes
    dialog.reject()

    opened: list[str] = []
    monkeypatch.setattr(menus, "open_folder", opened.append)   # the file manager is the edge
    app_window.menus.logs_action.trigger()
    assert opened == [str(logs.log_path().parent)] and Path(opened[0]).is_dir()

    app_window.menus.about_action.trigger()
    about = app_window.menus.dialog
    assert about is not None and about.isVisible() and "Sync Doctor" in about.windowTitle()
    version = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())["project"]["version"]
    assert version == menus.VERSION and version in about.findChild(QLabel, "aboutText").text()
    about.reject()


def test_undo_last_fix_from_the_edit_menu(qtbot: QtBot, app_window: AppWindow, sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, app_window)
    wizard = app_window.open_fix_wizard("edited_in_quickbooks", ["9016"])
    assert wizard is not None
    clicks = Clicks(qtbot)
    express_to_preview(qtbot, wizard, clicks)
    apply_and_verify(qtbot, wizard, clicks)
    wizard.close()
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) != [(8, 1000.0)]

    app_window.undo_action.trigger()   # Edit ▸ Undo last fix…: the Activity tab, then the undo's preview
    dialog = undo_dialog(qtbot, app_window)
    assert app_window.tabs.currentWidget() is app_window.activity_tab
    assert dialog.proposal is not None and dialog.table.rowCount() > 0   # what goes back, before any write
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) != [(8, 1000.0)]   # nothing written before Undo
    with qtbot.waitSignal(app_window.activity.records_changed, timeout=30_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(8, 1000.0)]
