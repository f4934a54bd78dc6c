"""Edit ▸ Undo last fix…: the most recent fix that can be undone, undone through the Activity tab's own Undo
(ActivityView.undo_selected), after the person confirms which fix that is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from gui import menus
from gui.banner import MessageLevel
from gui.widgets import Owner

if TYPE_CHECKING:
    from gui.app_window import AppWindow


class UndoLast(QObject):
    window: Owner[AppWindow] = Owner()

    def __init__(self, window: AppWindow) -> None:
        super().__init__(window)
        self.window = window
        self.confirm_box: QMessageBox | None = None
        self.run_id = ""
        self._waiting = False

    def ask(self) -> None:
        """Show the Activity tab with the journal read afresh, then offer to undo its newest undoable fix."""
        window = self.window
        if not window.session.online:
            window.show_message(self.tr("You are offline, so nothing can be undone now."), MessageLevel.INFO)
            return
        activity = window.activity
        if not self._waiting:
            self._waiting = True
            activity.loaded.connect(self._on_loaded)
        already = window.tabs.currentWidget() is window.activity_tab
        window.show_activity()   # reloads the journal when the tab changes; _on_loaded follows
        if already:
            activity.reload()

    def _on_loaded(self) -> None:
        activity = self.window.activity
        activity.loaded.disconnect(self._on_loaded)
        self._waiting = False
        self.run_id = next((r for r in activity.run_ids() if activity.can_undo(r)[0]), "")
        if not self.run_id:
            self.window.show_message(self.tr("There is no fix to undo."), MessageLevel.INFO)
            return
        activity.select_run(self.run_id)
        what = activity.row_text(self.run_id, 2)
        when = activity.row_text(self.run_id, 0)
        self.confirm_box = menus.confirm(
            self.window, self.tr("Undo last fix"),
            self.tr("Undo “{what}” ({when})? Every record it changed in QuickBooks or HubSpot is put back as it "
                    "was.").format(what=what, when=when), self.tr("Undo"))
        menus.yes_button(self.confirm_box).clicked.connect(self._undo)

    def _undo(self) -> None:
        activity = self.window.activity
        activity.select_run(self.run_id)
        activity.undo_selected()   # the Activity tab's Undo: one entry point for both
