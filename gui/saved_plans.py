"""File ▸ Apply a saved plan…: choose a plan saved from a fix's preview and open its wizard at the Preview.
A base of gui.app_window.AppWindow."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from gui.main_window import MainWindow

if TYPE_CHECKING:
    from gui.wizards.base import FixWizard


class SavedPlans(MainWindow):
    """The panel window with File ▸ Apply a saved plan…; AppWindow's base."""

    def _add_plan_action(self) -> None:
        """File ▸ Apply a saved plan… (Ctrl+Shift+O), after Export."""
        self.open_plan_action = self._action(
            self.tr("Apply a saved &plan…"), self.open_saved_plan,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_O))
        self.open_plan_action.setToolTip(self.tr("Open a plan saved from a fix's preview, check it and apply it"))
        file_menu = next((m for a in self.menuBar().actions()
                          if isinstance(m := a.menu(), QMenu) and self.export_action in m.actions()), None)
        if file_menu is not None:
            file_menu.addAction(self.open_plan_action)

    def choose_plan_file(self) -> Path | None:
        """Ask which saved plan to open (Qt's own dialog, the same on every system); None when cancelled."""
        dialog = QFileDialog(self, self.tr("Apply a saved plan"))
        dialog.setObjectName("openPlanDialog")
        dialog.setAccessibleName(self.tr("Choose a saved plan"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setNameFilter(self.tr("Sync Doctor plan (*.json)"))
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def open_saved_plan(self, path: Path | None = None) -> FixWizard | None:
        """Open a saved plan's wizard at its Preview (from the chooser unless `path` is given); a file that cannot
        be applied here (not a plan, too new, another company) is explained in the message bar."""
        if not isinstance(path, Path | str):   # triggered(bool) from the menu
            path = self.choose_plan_file()
        if path is None:
            return None
        from gui.wizards import open_saved_plan

        try:
            wizard = open_saved_plan(Path(path), self.session, self.bridge, self)
        except Exception as err:   # UserErrors in their own words; anything else logged as a bug
            self.show_error(err)
            return None
        wizard.cache_changed.connect(self.load_cache)   # after Verify the panel shows the new verdict
        self.wizard_opened.emit(wizard)
        return wizard
