"""The menus a desktop user expects around the panel: File (client companies, Quit), Edit ▸ Undo last fix,
View's tabs, and Help (causes explained, the log folder, About).

Every action is added to the window itself with a window-wide shortcut (Qt.WindowShortcut), so it works
whatever widget has the focus, the search box included (tests/gui/test_menus.py). Ctrl+Z in a text box stays
the text box's own undo: a text box claims its editing keys first.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import logs
from core.failures import registry
from gui.i18n import text
from gui.widgets import Owner

if TYPE_CHECKING:
    from gui.window_api import MenuWindow

VERSION = "0.1.0"   # pyproject.toml's (tests/gui/test_menus.py keeps them equal; the bundle has no pyproject)


def open_folder(path: str) -> bool:
    """Show a folder in the system's file manager (the test replaces this edge)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class AppMenus(QObject):
    """Builds the menus on `window` (the panel's own File/Edit/View menus are extended) and opens Help."""

    window: Owner[MenuWindow] = Owner()

    def __init__(self, window: MenuWindow) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.dialog: QDialog | None = None   # the Help dialog last opened (tests read it)
        file_menu, edit_menu = _menu_of(window, window.export_action), _menu_of(window, window.search_action)
        self._add_view_actions()
        ctrl = Qt.Modifier.CTRL
        companies = window.companies
        window.new_company_action = self._action(self.tr("&New client company…"), companies.new_company,
                                                 QKeySequence(ctrl | Qt.Key.Key_N))
        window.rename_company_action = self._action(self.tr("Re&name client company…"), companies.rename_company)
        window.remove_company_action = self._action(self.tr("Re&move client company…"), companies.remove_company)
        window.quit_action = self._action(self.tr("&Quit"), window.quit_app, QKeySequence(ctrl | Qt.Key.Key_Q),
                                          QKeySequence(QKeySequence.StandardKey.Quit))
        window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        window.undo_action = self._action(self.tr("&Undo last fix…"), window.undo_last.ask,
                                          QKeySequence(ctrl | Qt.Key.Key_Z))
        window.undo_action.setToolTip(self.tr("Put back what the most recent fix changed (after you confirm)"))
        if file_menu is not None:
            first = file_menu.actions()[0] if file_menu.actions() else None
            for action in (window.new_company_action, window.rename_company_action, window.remove_company_action):
                file_menu.insertAction(first, action)   # type: ignore[arg-type]  # stubs: before may be None (append)
            file_menu.insertSeparator(first)   # type: ignore[arg-type]  # stubs: before may be None (append)
            file_menu.addSeparator()
            file_menu.addAction(window.quit_action)
        if edit_menu is not None:
            first = edit_menu.actions()[0] if edit_menu.actions() else None
            edit_menu.insertAction(first, window.undo_action)   # type: ignore[arg-type]  # stubs: before may be None
            edit_menu.insertSeparator(first)   # type: ignore[arg-type]  # stubs: before may be None (append)
        self.help_menu = window.menuBar().addMenu(self.tr("&Help"))
        self.causes_action = self._action(self.tr("&Causes explained"), self.show_causes, QKeySequence(Qt.Key.Key_F1))
        self.logs_action = self._action(self.tr("Open &log folder"), open_log_folder)
        self.about_action = self._action(self.tr("&About Sync Doctor"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addActions([self.causes_action, self.logs_action, self.about_action])

    def _action(self, name: str, slot: Callable[[], object], *keys: QKeySequence) -> QAction:
        action = self.window._action(name, slot, *keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def _add_view_actions(self) -> None:
        """View ▸ Failures / Activity / History (Ctrl+1…3), above the language menu."""
        window = self.window
        first = window.view_menu.actions()[0] if window.view_menu.actions() else None
        window.tab_actions = []
        slots = (window.show_failures, window.show_activity, window.show_history)
        names = (self.tr("&Failures"), self.tr("&Activity"), self.tr("&History"))
        for index, (name, slot) in enumerate(zip(names, slots, strict=True)):
            action = self._action(name, slot, QKeySequence(Qt.Modifier.CTRL | Qt.Key(Qt.Key.Key_1 + index)))
            window.view_menu.insertAction(first, action)   # type: ignore[arg-type]  # stubs: before may be None (append)
            window.tab_actions.append(action)
        if first is not None:
            window.view_menu.insertSeparator(first)

    # ---- Help -----------------------------------------------------------------------------------------
    def show_causes(self) -> QDialog:
        """Every cause Sync Doctor recognises: what it means and how it is fixed, in the window's language."""
        dialog = self._help_dialog(self.tr("Causes explained"))
        parts = []
        for kind in registry.KINDS:
            steps = "".join(f"<li>{html.escape(text(step))}</li>" for step in kind.fix_steps)
            parts.append(f"<h3>{html.escape(text(kind.title))}</h3><p>{html.escape(text(kind.explanation))}</p>"
                         + (f"<p><b>{self.tr('How to fix it')}</b></p><ol>{steps}</ol>" if steps else ""))
        browser = QTextBrowser(dialog)
        browser.setObjectName("causesText")
        browser.setHtml("".join(parts))
        _finish(dialog, browser)
        dialog.resize(640, 560)
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        dialog = self._help_dialog(self.tr("About Sync Doctor"))
        label = QLabel(self.tr("<h2>Sync Doctor {version}</h2><p>Finds why HubSpot invoices do not reach "
                               "QuickBooks Online, and helps fix the cause.</p><p>Log file: {log}</p>").format(
            version=VERSION, log=html.escape(str(logs.log_path()))), dialog)
        label.setObjectName("aboutText")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _finish(dialog, label)
        dialog.open()
        return dialog

    def _help_dialog(self, title: str) -> QDialog:
        dialog = QDialog(cast(QWidget, self.parent()))
        dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        return dialog


def _menu_of(window: MenuWindow, action: QAction) -> QMenu | None:
    return next((m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu) and action in m.actions()),
                None)


def open_log_folder() -> None:
    open_folder(str(logs.log_path().parent))


def _finish(dialog: QDialog, body: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body)
    layout.addWidget(buttons)


def confirm(parent: QWidget, title: str, question: str, yes: str) -> QMessageBox:
    """A non-blocking question (opened, not exec'd): the caller connects yes_button(box).clicked."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.Cancel, parent)
    box.addButton(yes, QMessageBox.ButtonRole.AcceptRole).setObjectName("confirmYes")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.open()
    return box


def yes_button(box: QMessageBox) -> QPushButton:
    button = box.findChild(QPushButton, "confirmYes")
    assert button is not None
    return button
